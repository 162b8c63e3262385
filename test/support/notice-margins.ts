/**
 * Where a notice's justified body lines end and where its text stops at the foot of a page, read
 * from the PDF's word boxes (pdftotext -bbox): Decree 30's margins for an administrative document
 * on A4 are left 30 mm, right 15 mm and bottom 20 mm.
 */
import { type PdfWord, wordLines } from './pdf-text.js';

export const MM = 72 / 25.4;
/** Decree 30's left margin, in points. */
export const LEFT = 30 * MM;
/** Where the text ends on an A4 page with Decree 30's 15 mm right margin, in points. */
export const RIGHT_EDGE = 210 * MM - 15 * MM;

/** Decree 30's smallest bottom margin: nothing of the text below this, in mm from the top. */
export const TEXT_BOTTOM = 297 - 20;

export const lineText = (l: readonly PdfWord[]) => l.map((w) => w.text).join(' ');
export const lineStart = (l: readonly PdfWord[]) => (l[0] as PdfWord).xMin;
const lineEnd = (l: readonly PdfWord[]) => (l[l.length - 1] as PdfWord).xMax;

/**
 * The printed lines between "Kính gửi" and "Nơi nhận" (the header's columns share lines, the
 * body's do not); throws, with every line, when the page has no "Kính gửi".
 */
export function noticeBodyLines(words: readonly PdfWord[]): PdfWord[][] {
  const all = wordLines(words);
  const from = all.findIndex((l) => lineText(l).startsWith('Kính gửi'));
  const to = all.findIndex((l) => lineText(l).startsWith('Nơi nhận'));
  if (from <= 0)
    throw new Error(`no "Kính gửi" below the header:\n${all.map(lineText).join('\n')}`);
  return all.slice(from + 1, to);
}

/**
 * Each body line that ends past the right margin, and each justified line (not a paragraph's
 * last, not one unbreakable item) that ends short of it, as "past the margin by N mm: …" or
 * "ragged, N mm short: …". A paragraph's last line: the next one starts indented, or the body ends.
 */
export function marginReport(body: readonly PdfWord[][]): string[] {
  const report: string[] = [];
  for (const [i, l] of body.entries()) {
    const next = body[i + 1];
    const last = !next || lineStart(next) > LEFT + 5;
    const mm = ((RIGHT_EDGE - lineEnd(l)) / MM).toFixed(2);
    if (lineEnd(l) > RIGHT_EDGE + 0.3) report.push(`past the margin by ${-mm} mm: ${lineText(l)}`);
    else if (!last && l.length > 1 && lineEnd(l) < RIGHT_EDGE - 0.3)
      report.push(`ragged, ${mm} mm short: ${lineText(l)}`);
  }
  return report;
}

/** Where a line's lowest word ends, in mm from the top of the page. */
export const bottomMm = (line: readonly PdfWord[]) => Math.max(...line.map((w) => w.yMax)) / MM;

/**
 * The bottom-margin twin of `marginReport`: each line printed under the bottom margin that is not
 * the "Bản gửi" copy mark, as "p.N 280.1 mm: …".
 */
export const underMargin = (lines: readonly PdfWord[][]) =>
  lines
    .filter((l) => !lineText(l).startsWith('Bản gửi:') && bottomMm(l) > TEXT_BOTTOM + 0.3)
    .map((l) => `p.${l[0]?.page} ${bottomMm(l).toFixed(1)} mm: ${lineText(l)}`);
