/**
 * Layout stage: QR codes drawn as vector rectangles from the `qrcode` module matrix (never a
 * bitmap, so they stay sharp at any print size). Matrices are cached per process: the same few
 * URLs are printed on every group's documents.
 */

import { create as createQr } from 'qrcode/lib/core/qrcode.js';
import { CheapLru } from '../cheap-lru.js';
import { UserError } from '../errors.js';
import { type Message, msg } from '../messages/message.js';
import { linkAsSent } from '../model/link-as-sent.js';
import { plainText, type Run } from '../template/blocks.js';
import { type Rect, type Surface, tagged } from './surface.js';
import { MM } from './text-model.js';

export type ErrorCorrection = 'L' | 'M' | 'Q' | 'H';

/** Modules of white border around the code, as the QR standard requires. */
export const QUIET_ZONE = 4;

export interface QrMatrix {
  size: number;
  /** Row-major; 1 = dark module. */
  dark: Uint8Array;
}

// Bounded: a long-running server meets every group's own links.
const matrices = new CheapLru<string, QrMatrix>({ max: 256 });

/** The code of `text` (an address with Vietnamese letters as a browser sends it: linkAsSent). */
export function qrMatrix(text: string, ecc: ErrorCorrection = 'M'): QrMatrix {
  const key = `${ecc}\u0000${text}`;
  let m = matrices.get(key);
  if (!m) {
    const qr = createQr(linkAsSent(text), { errorCorrectionLevel: ecc });
    m = { size: qr.modules.size, dark: Uint8Array.from(qr.modules.data as ArrayLike<number>) };
    matrices.set(key, m);
  }
  return m;
}

/**
 * Draws a QR code whose outer square, quiet zone included, is `size` points wide at (x, y).
 * Horizontal runs of dark modules are merged into one rectangle each: fewer path operators,
 * and no hairline seams between modules in some viewers.
 */
const symbols = new CheapLru<string, Rect[]>({ max: 256 });

/** The dark modules as rectangles in module units (horizontal runs merged), made once per code. */
function qrRuns(text: string, ecc: ErrorCorrection): Rect[] {
  const key = `${ecc}\u0000${text}`;
  let runs = symbols.get(key);
  if (!runs) {
    const m = qrMatrix(text, ecc);
    runs = [];
    for (let row = 0; row < m.size; row++) {
      let col = 0;
      while (col < m.size) {
        if (!m.dark[row * m.size + col]) {
          col++;
          continue;
        }
        const start = col;
        while (col < m.size && m.dark[row * m.size + col]) col++;
        runs.push([QUIET_ZONE + start, QUIET_ZONE + row, col - start, 1]);
      }
    }
    symbols.set(key, runs);
  }
  return runs;
}

/**
 * Draws a QR code whose outer square, quiet zone included, is `size` points wide at (x, y).
 * The code is one symbol on the surface: a PDF holds its drawing once and places it wherever
 * it is printed again (every group's pages in a combined print file share it).
 */
export function drawQr(
  surface: Surface,
  text: string,
  x: number,
  y: number,
  size: number,
  ecc: ErrorCorrection = 'M',
): void {
  const m = qrMatrix(text, ecc);
  const unit = size / (m.size + 2 * QUIET_ZONE);
  surface.fillRects([[x, y, size, size]], 'white');
  surface.symbol(`qr:${ecc}:${text}`, qrRuns(text, ecc), x, y, unit, 'black');
}

/**
 * The smallest module a phone resolves on a sheet held in the hand (about 25 cm away, a slightly
 * shaky 72 dpi-equivalent camera frame): a longer link makes a larger code, never finer modules.
 */
export const HAND_MODULE = 3; // points: 1.06 mm, three whole pixels at a 72 dpi view

/** Outer side, quiet zone included, of the code of `text` whose dark part is `codeSide` across. */
export function qrOuterFor(text: string, codeSide: number, ecc: ErrorCorrection = 'M'): number {
  const n = qrMatrix(text, ecc).size;
  return (codeSide * (n + 2 * QUIET_ZONE)) / n;
}

/** Outer side, quiet zone included, of the code of `text` drawn with modules of `module`. */
export function qrSide(text: string, module: number, ecc: ErrorCorrection = 'M'): number {
  return (qrMatrix(text, ecc).size + 2 * QUIET_ZONE) * module;
}

/**
 * The dark symbol's side shared by codes printed at one size: the largest of each code's own
 * (`outerOf`: its outer side, quiet zone included, as it would print alone). A code of fewer
 * modules then has larger ones, never finer than its own size allowed.
 */
export function evenSymbol(
  urls: readonly string[],
  outerOf: (url: string) => number,
  ecc: ErrorCorrection = 'M',
): number {
  return Math.max(
    ...urls.map((u) => {
      const n = qrMatrix(u, ecc).size;
      return (outerOf(u) * n) / (n + 2 * QUIET_ZONE);
    }),
  );
}

/**
 * The outer side of each code (quiet zone included) that prints every symbol at one size
 * (evenSymbol): a longer link's larger code beside a short one's looks uneven, as if by mistake
 * (qa10 Q10, qa12 Q12). A code of fewer modules gets the wider quiet zone; each scans as well.
 */
export function evenOuterSides(
  urls: readonly string[],
  outerOf: (url: string) => number,
  ecc: ErrorCorrection = 'M',
): number[] {
  const symbol = evenSymbol(urls, outerOf, ecc);
  return urls.map((u) => qrOuterFor(u, symbol, ecc));
}

/**
 * `qrSide`, checked against the room a document has for one code: a link too long to print as a
 * code that still scans is an error naming the link, never a code shrunk until phones miss it.
 */
export function qrSideWithin(
  text: string,
  module: number,
  room: number,
  where: { file?: string; document: Message },
  ecc: ErrorCorrection = 'M',
): number {
  const side = qrSide(text, module, ecc);
  if (side > room + 0.01) {
    throw new UserError(
      msg`the link ${text} is too long for a QR code on the ${where.document}: it needs ${Math.ceil(side / MM)} mm, the page has room for ${Math.floor(room / MM)} mm`,
      { file: where.file },
      msg`Give a short link for it in the campaign (e.g. one made with a link shortener) and use that in the template.`,
    );
  }
  return side;
}

/**
 * "onetouch.mic.gov.vn/khoa-hoc/…" — a URL as a person would read and type it under its code:
 * no scheme, no trailing "/", percent-escapes decoded ("Smart Hải Phòng", not "Smart%20H%E1…").
 * Never cut short: the caption wraps it instead.
 */
export function readableUrl(url: string): string {
  const bare = url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  try {
    return decodeURI(bare).normalize('NFC');
  } catch {
    // A malformed escape: print the address exactly as given.
    return bare;
  }
}

/**
 * What a screen reader says for a code (a tagged PDF's figure): "Mã QR: <label> (<URL>)", the
 * label from its caption lines. A caption that names the code itself ("Mã QR tải ứng dụng …")
 * does not have it said twice.
 */
export function qrAlt(caption: readonly Run[][], url: string): string {
  const label = caption
    .map(plainText)
    .join(' ')
    .trim()
    .replace(/^Mã QR:?\s*/i, '');
  return `Mã QR: ${label ? `${label} ` : ''}(${url})`;
}

/** A code as a tagged PDF's figure, with its alternative text (qrAlt). */
export function drawQrFigure(
  surface: Surface,
  code: { url: string; caption: readonly Run[][] },
  x: number,
  y: number,
  size: number,
  ecc: ErrorCorrection = 'M',
): void {
  tagged(
    surface,
    'Figure',
    () => drawQr(surface, code.url, x, y, size, ecc),
    qrAlt(code.caption, code.url),
  );
}
