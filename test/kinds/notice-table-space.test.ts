/**
 * The space after a body table looks like the space after a paragraph: from the table's bottom
 * rule to the next paragraph's letters, as much white as from a paragraph's last line (its
 * baseline: a line of letters without descenders) to the next paragraph's letters. The same
 * paragraph follows both, so its letters reach as high each time. Measured on the page's
 * raster, the lines found by their words' boxes.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import type { Group } from '../../src/load/types.js';
import { pdfWords } from '../support/pdf-text.js';
import { rasterize } from '../support/raster.js';
import { exampleInputs, exampleWithBody, renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

// A line with no letter below the baseline (no g, p, y, no dot below): its ink ends on it.
const FLAT = 'Mời bà con tham khảo.';
const NEXT = 'Đề nghị các tổ thông báo đến từng hộ.';
const BODY = `${FLAT}\n\n${NEXT}\n\n| STT | Nội dung |\n|---|---|\n| 1 | Tập huấn |\n\n${NEXT}`;
const DPI = 200;
const px = (pt: number) => (pt / 72) * DPI;

let gapAfterParagraph: number;
let gapAfterTable: number;

beforeAll(async () => {
  const dir = await makeTempDir('phuong-print-table-space-');
  const group = (await exampleInputs()).groups[0] as Group;
  const campaign = await exampleWithBody(dir, 'space', () => BODY);
  const { bytes } = await renderFor(notice, campaign, group);
  const words = (await pdfWords(bytes)).filter((w) => w.page === 1);
  const [png] = await rasterize(bytes, { dpi: DPI, page: 1 });
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const inkIn = (y: number, x0: number, x1: number) => {
    for (let x = Math.round(px(x0)); x < Math.round(px(x1)); x++)
      if ((data[y * info.width + x] ?? 255) < 128) return true;
    return false;
  };
  const flat = words.find((w) => w.text === 'Mời');
  const nexts = words.filter((w) => w.text === 'Đề');
  const [before, after] = nexts.slice(-2);
  if (!flat || !before || !after) throw new Error('the test paragraphs are not on page 1');
  // The first row of ink going down from the top of a word's box.
  const inkTop = (w: { yMin: number; xMin: number; xMax: number }) => {
    let y = Math.floor(px(w.yMin));
    while (!inkIn(y, w.xMin, w.xMax)) y++;
    return y;
  };
  // The last row of ink going up from the foot of a word's box.
  const inkBottom = (w: { yMax: number; xMin: number; xMax: number }) => {
    let y = Math.ceil(px(w.yMax));
    while (!inkIn(y, w.xMin, w.xMax)) y--;
    return y;
  };
  gapAfterParagraph = inkTop(before) - inkBottom(flat);
  // Going up from the paragraph after the table, the first ink is the table's bottom rule.
  const ruleFrom = { ...after, yMax: after.yMin - 1 };
  gapAfterTable = inkTop(after) - inkBottom(ruleFrom);
});
afterAll(removeTempDirs);

describe('the space after a body table', () => {
  it('is the space after a paragraph', () => {
    // Within 1 px at 200 dpi (0.36 pt).
    expect(Math.abs(gapAfterTable - gapAfterParagraph)).toBeLessThanOrEqual(1);
    expect(gapAfterTable).toBeGreaterThan(px(6));
  });
});
