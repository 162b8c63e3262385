/**
 * Kinds (poster layout helpers): the pieces the poster layout stacks — paragraphs measured before
 * they are placed, the tinted steps box, a QR code with its caption, and the logo.
 * In: sections' runs, styles already scaled to the page, URLs, PNG bytes. Out: drawing on a Surface.
 */
import { drawParagraph, paragraphHeight, widestLine } from '../layout/draw-text.js';
import { sizeForOneLine } from '../layout/fit-size.js';
import { type FontSet, missingCharacters } from '../layout/font-set.js';
import { pngSize } from '../layout/images.js';
import { linkRuns } from '../layout/link-lines.js';
import {
  drawQr,
  type ErrorCorrection,
  QUIET_ZONE,
  qrAlt,
  qrMatrix,
  readableUrl,
} from '../layout/qr.js';
import { type Rect, type StructureType, type Surface, tagged } from '../layout/surface.js';
import { columnHeight, drawColumn } from '../layout/text-column.js';
import type { TextStyle } from '../layout/text-model.js';
import type { Run } from '../template/blocks.js';

/** A part measured first and drawn once its place is known. */
export interface Part {
  h: number;
  draw(y: number): void;
}

/**
 * Lines one under the other, as one element of a tagged PDF (`tag`: a paragraph unless said);
 * a list (L) has each line an item (LI).
 */
export function textPart(
  c: Surface,
  lines: Run[][],
  style: TextStyle,
  x: number,
  w: number,
  tag: StructureType = 'P',
): Part {
  return {
    h: columnHeight(c, lines, style, w),
    draw: (y) => {
      drawColumn(c, lines, style, x, y, w, tag);
    },
  };
}

/** Parts one under the other, as one part. */
export function stacked(parts: Part[]): Part {
  return {
    h: parts.reduce((s, p) => s + p.h, 0),
    draw: (y) => {
      let dy = y;
      for (const p of parts) {
        p.draw(dy);
        dy += p.h;
      }
    },
  };
}

/** Lines in a tinted box as wide as the longest one, centred on the page. */
export function boxPart(
  c: Surface,
  lines: Run[][],
  style: TextStyle,
  pad: number,
  maxW: number,
  tint: string,
): Part {
  const widest = Math.max(...lines.map((r) => widestLine(c, r, style, maxW - 2 * pad)));
  const inner = Math.min(maxW - 2 * pad, widest + 1);
  const x = (c.size[0] - inner) / 2;
  // The lines are steps: a list in a tagged PDF.
  const text = textPart(c, lines, style, x, inner, 'L');
  return {
    h: text.h + 2 * pad,
    draw: (y) => {
      tagged(c, 'Artifact', () =>
        c.fillRects([[x - pad, y, inner + 2 * pad, text.h + 2 * pad]], tint),
      );
      text.draw(y + pad);
    },
  };
}

/**
 * Lines in a frame as wide as the longest one, centred, in the style's colour (the urgency mark,
 * "HỎA TỐC", as the notice's stamp); `pad` inside the frame and under it.
 */
export function stampPart(c: Surface, lines: Run[][], style: TextStyle, pad: number): Part {
  const widest = Math.max(...lines.map((r) => widestLine(c, r, style, c.size[0])));
  const w = widest + 4 * pad;
  const x = (c.size[0] - w) / 2;
  const text = textPart(c, lines, style, x, w);
  const frameH = text.h + pad;
  return {
    h: frameH + pad,
    draw: (y) => {
      tagged(c, 'Artifact', () =>
        c.strokeRect([x, y, w, frameH], Math.max(1, pad / 3), style.color ?? 'black'),
      );
      text.draw(y + pad / 2);
    },
  };
}

const printable = new WeakMap<FontSet, Map<string, string>>();

/**
 * A URL as people read it (layout/qr.ts `readableUrl`, the same on every kind) when the fonts can
 * print the decoded characters; else as written, without its scheme.
 */
export function printableUrl(c: Surface, url: string, family: TextStyle['family']): string {
  // Every poster of a ward prints the same codes: each URL is decoded and checked against the
  // fonts once per font set and family.
  let known = printable.get(c.fonts);
  if (!known) {
    known = new Map();
    printable.set(c.fonts, known);
  }
  const key = `${family} ${url}`;
  let text = known.get(key);
  if (text === undefined) {
    const decoded = readableUrl(url);
    text =
      missingCharacters(decoded, c.fonts, family).length === 0
        ? decoded
        : url.replace(/^https?:\/\//, '').replace(/\/$/, '');
    // A campaign has a few codes; a long-running server meets more campaigns: kept bounded.
    if (known.size >= 64) known.clear();
    known.set(key, text);
  }
  return text;
}

/** The caption under (or beside) a code: its label, then its whole URL (wrapped, never cut). */
export interface Caption {
  h: number;
  draw(x: number, y: number, w: number): void;
}

export function qrCaption(
  c: Surface,
  label: Run[][],
  url: string,
  labelStyle: TextStyle,
  urlStyle: TextStyle,
  w: number,
  /** Smallest type the URL may shrink to so that it stays on one line (9 pt on an A4 page). */
  urlMin: number,
): Caption {
  const text = printableUrl(c, url, urlStyle.family);
  // The URL shrinks a little to stay on one line (easier to type), never under `urlMin`: past
  // that it wraps after "/" instead.
  const urlFit: TextStyle = {
    ...urlStyle,
    size: sizeForOneLine(c.measure, text, urlStyle, w, urlMin),
  };
  // Broken as every printed link is, never beside its own "-" (layout/link-lines.ts).
  const urlRuns = (width: number): Run[] => linkRuns(c.measure, url, urlFit, width, text);
  const labelH = label.reduce((s, r) => s + paragraphHeight(c, r, labelStyle, w), 0);
  return {
    h: labelH + paragraphHeight(c, urlRuns(w), urlFit, w),
    draw: (x, y, width) => {
      let dy = y;
      for (const r of label)
        dy += tagged(c, 'P', () => drawParagraph(c, r, labelStyle, x, dy, width));
      tagged(c, 'P', () => drawParagraph(c, urlRuns(width), urlFit, x, dy, width));
    },
  };
}

/**
 * `png` fitted into `rect` keeping its proportions, 6 % in from its edges; on a white tile filling
 * `rect` if asked (the centre of a QR code; an opaque logo on the poster's band). With
 * `alt` (the agency's name) it is a figure of a tagged PDF; without, it belongs to what is open
 * (the centre of a QR code's figure).
 */
export function drawLogo(
  c: Surface,
  png: Uint8Array,
  rect: Rect,
  tile: boolean,
  alt?: string,
): void {
  if (alt) {
    tagged(c, 'Figure', () => drawLogo(c, png, rect, tile), alt);
    return;
  }
  const [x, y, w, h] = rect;
  if (tile) c.fillRects([rect], 'white');
  const pad = w * 0.06;
  const [pw, ph] = pngSize(png);
  const s = Math.min((w - 2 * pad) / pw, (h - 2 * pad) / ph);
  c.image(png, [x + (w - pw * s) / 2, y + (h - ph * s) / 2, pw * s, ph * s]);
}

/** Share of the symbol's width a logo may cover: about 6 % of its area, well within level H. */
const LOGO_ON_QR = 0.25;

/**
 * A code in its outer square (quiet zone included); with a logo, a white square of whole modules
 * is cleared in the centre first, so no half-covered module confuses a reader.
 */
export function drawCode(
  c: Surface,
  code: { url: string; caption: readonly Run[][] },
  rect: Rect,
  ecc: ErrorCorrection,
  logo?: Uint8Array,
): void {
  // The code, and the logo in its centre, are one figure: its label and link (qrAlt).
  tagged(
    c,
    'Figure',
    () => drawCodeAndLogo(c, code.url, rect, ecc, logo),
    qrAlt(code.caption, code.url),
  );
}

function drawCodeAndLogo(
  c: Surface,
  url: string,
  rect: Rect,
  ecc: ErrorCorrection,
  logo?: Uint8Array,
): void {
  const [x, y, size] = rect;
  drawQr(c, url, x, y, size, ecc);
  if (!logo) return;
  const n = qrMatrix(url, ecc).size;
  const unit = size / (n + 2 * QUIET_ZONE);
  // Odd symbol sizes and an odd count keep the square on the module grid and centred.
  const modules = Math.max(3, Math.round(n * LOGO_ON_QR) | 1);
  const start = QUIET_ZONE + (n - modules) / 2;
  const side = modules * unit;
  drawLogo(c, logo, [x + start * unit, y + start * unit, side, side], true);
}
