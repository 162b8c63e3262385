/**
 * A printed table's columns as rasterised: where its vertical rules cross a body row, and the
 * column a word of its header stands in (the widths a reader's pen gets, not the layout's own).
 */
import type { PdfWord } from './pdf-text.js';
import { greyImage } from './qr-extent.js';
import { rasterize } from './raster.js';

const DPI = 150;
const PT_MM = 25.4 / 72;

/** The rules on page 1, in mm from the page's left edge, through the middle of `at`'s row. */
export async function rulesThrough(pdf: Uint8Array, at: PdfWord): Promise<number[]> {
  const [tif] = await rasterize(pdf, { dpi: DPI, page: 1 });
  const img = await greyImage(tif as string);
  const y = Math.round((((at.yMin + at.yMax) / 2) * DPI) / 72);
  const rules: number[][] = [];
  for (let x = 0; x < img.width; x++) {
    // A rule is dark a little above and below the row's middle, where a letter is not.
    if (img.at(x, y - 6) >= 160 || img.at(x, y + 6) >= 160) continue;
    const last = rules.at(-1);
    if (last && x - (last.at(-1) ?? 0) <= 1) last.push(x);
    else rules.push([x]);
  }
  return rules.map((r) => ((((r[0] ?? 0) + (r.at(-1) ?? 0)) / 2) * 25.4) / DPI);
}

/** The column (mm) between the rules that `w` (a header word) stands between. */
export function columnAt(rules: readonly number[], w: PdfWord): { left: number; right: number } {
  const x = ((w.xMin + w.xMax) / 2) * PT_MM;
  const right = rules.findIndex((r) => r > x);
  return { left: rules[right - 1] ?? 0, right: rules[right] ?? 0 };
}

/** A word of page 1's table header: below the line above "STT", above the first body row `first`. */
export function headerWord(
  words: readonly PdfWord[],
  text: string,
  first: PdfWord,
): PdfWord | undefined {
  const stt = words.find((w) => w.text === 'STT');
  return words.find(
    (w) => w.text === text && w.yMin > (stt?.yMin ?? 0) - 15 && w.yMin < first.yMin,
  );
}
