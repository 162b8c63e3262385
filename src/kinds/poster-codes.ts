/**
 * Kinds (poster layout helper): the poster's codes (one or two) with their captions. Side by side
 * when the codes at the smallest size fit across the page (A4, the share image); otherwise one above the
 * other, each with its caption beside it (A3, whose 15 cm codes cannot sit side by side on a
 * 297 mm page). In: URLs, caption lines, styles and lengths already scaled to the page.
 * Out: the area's height for a code size, where the codes go, and the drawing.
 */
import type { ErrorCorrection } from '../layout/qr.js';
import type { Rect, Surface } from '../layout/surface.js';
import type { TextStyle } from '../layout/text-model.js';
import type { Run } from '../template/blocks.js';
import { drawCode, qrCaption } from './poster-parts.js';

export interface CodesSpec {
  /** One or two codes. */
  urls: string[];
  labels: Run[][][];
  /** Left edge and width of the content box. */
  left: number;
  width: number;
  minQr: number;
  maxQr: number;
  /** Between the codes (row) or between a code and its caption (stack). */
  gap: number;
  rowGap: number;
  captionGap: number;
  labelStyle: TextStyle;
  urlStyle: TextStyle;
  /** Smallest type of a URL under a code. */
  urlMin: number;
  ecc: ErrorCorrection;
  logo?: Uint8Array;
}

export interface CodesArea {
  row: boolean;
  /** The preferred code size; the layout may give less, never under `minQr`. */
  target: number;
  height(q: number): number;
  rects(top: number, q: number): Rect[];
  draw(top: number, q: number): void;
}

/** Beside a code there is room for a larger label than under it. */
const STACKED_LABEL = 1.4;

export function codesArea(c: Surface, s: CodesSpec): CodesArea {
  const n = s.urls.length;
  const row = n * s.minQr + (n - 1) * s.gap <= s.width;
  const target = row
    ? Math.min(s.maxQr, (s.width - (n - 1) * s.gap) / n)
    : Math.max(s.minQr, 0.55 * s.width);
  const colW = row ? (s.width - (n - 1) * s.gap) / n : s.width - target - s.gap;
  const label = row ? s.labelStyle : { ...s.labelStyle, size: s.labelStyle.size * STACKED_LABEL };
  const captions = s.urls.map((url, i) =>
    qrCaption(c, s.labels[i] ?? [], url, label, s.urlStyle, colW, s.urlMin),
  );
  const captionH = Math.max(...captions.map((cap) => cap.h));
  const right = s.left + s.width;
  // In a row, each code centred in its column; stacked, codes alternate left and right.
  const rects = (top: number, q: number): Rect[] =>
    s.urls.map(
      (_, i): Rect =>
        row
          ? [s.left + i * (colW + s.gap) + (colW - q) / 2, top, q, q]
          : [i % 2 === 0 ? s.left : right - q, top + i * (q + s.rowGap), q, q],
    );
  return {
    row,
    target,
    height: (q) => (row ? q + s.captionGap + captionH : n * q + (n - 1) * s.rowGap),
    rects,
    draw(top, q) {
      rects(top, q).forEach((rect, i) => {
        const y = rect[1];
        drawCode(c, { url: s.urls[i] as string, caption: s.labels[i] ?? [] }, rect, s.ecc, s.logo);
        const cap = captions[i];
        if (!cap) return;
        if (row) cap.draw(s.left + i * (colW + s.gap), y + q + s.captionGap, colW);
        else cap.draw(i % 2 === 0 ? right - colW : s.left, y + (q - cap.h) / 2, colW);
      });
    },
  };
}
