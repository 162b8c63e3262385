/**
 * A tracking sheet of one or no tick column gives the room to the columns written by hand (this
 * session's brief, qa20's PCCC self-check of 10 items): the single "Đã làm đủ 10 việc" column
 * took the whole tick room, 105 mm for an "x", and a sign-up list of names alone had a notes
 * column of 135 mm beside a 60 mm name column. The columns are read as printed: the table's
 * vertical rules along the first body row, found in the page rasterised; the titles' widths from
 * the PDF's text.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { pdfTextItems, type TextItem } from '../support/pdf-items.js';
import { rasterize } from '../support/raster.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const ITEMS = [
  'Kiểm tra bình chữa cháy còn hạn sử dụng',
  'Ngắt điện các thiết bị khi ra khỏi nhà',
  'Không câu móc, cắm nhiều thiết bị vào một ổ điện',
  'Để bình gas xa nguồn nhiệt',
  'Có lối thoát nạn thứ hai',
  'Không để xe sát cửa ra vào',
  'Cất giữ chất dễ cháy đúng nơi',
  'Thuộc số điện thoại cứu hỏa 114',
  'Lắp thiết bị báo cháy',
  'Tham gia tập huấn thoát nạn',
];
const DPI = 150;
const MM_PER_PX = 25.4 / DPI;

interface Sheet {
  items: TextItem[];
  /** The columns' widths left to right, in mm, between the vertical rules of the first row. */
  widths: number[];
}

/** Page 1 of a group's sheet: its text items, and its columns as the rules draw them. */
async function sheetOf(dir: string, slug: string): Promise<Sheet> {
  const pdf = new Uint8Array(await readFile(join(dir, 'out', slug, 'tracker.pdf')));
  const [page] = await pdfTextItems(pdf);
  if (!page) throw new Error('no page');
  const stt = page.items.find((i) => i.str.trim() === 'STT');
  const one = page.items.find((i) => i.str.trim() === '1' && stt && i.yTopMm > stt.yTopMm);
  if (!one) throw new Error('no first row');
  const [image] = await rasterize(pdf, { dpi: DPI, page: 1 });
  const { data, info } = await sharp(image).greyscale().raw().toBuffer({ resolveWithObject: true });
  const y = Math.round((one.yTopMm + one.heightMm / 2) / MM_PER_PX);
  const dark = (x: number) => x >= 0 && (data[y * info.width + x] ?? 255) < 128;
  // A rule is a run of dark pixels, found by its first; the row's "1" is no rule.
  const rules: number[] = [];
  for (let x = 0; x < info.width; x++) {
    const mm = x * MM_PER_PX;
    if (dark(x) && !dark(x - 1) && !(mm > one.xMm - 0.3 && mm < one.xMm + one.widthMm + 0.3))
      rules.push(mm);
  }
  const widths = rules.slice(1).map((e, i) => e - (rules[i] as number));
  return { items: page.items, widths };
}

const GROUPS = 'STT;Tên khu phố;Số hộ;Số nhân khẩu\n1;Khu phố 1;30;100\n';

describe('the tick room a sheet does not tick in', () => {
  it('gives one "Đã làm đủ 10 việc" column the width of its title, the rest to name, address, notes', {
    timeout: 60_000,
  }, async () => {
    const yaml = `${NOTICE_ONLY}title: Hộ gia đình tự kiểm tra phòng cháy
actions:
${ITEMS.map((s) => `  - step: ${s}\n`).join('')}`;
    const b = await buildCampaignText(yaml, GROUPS, 'tracker');
    expect(b.code, b.stderr).toBe(0);
    const { items, widths } = await sheetOf(b.dir, 'khu-pho-1');
    // STT, Họ và tên chủ hộ, Địa chỉ, the one tick column, Ghi chú.
    expect(widths).toHaveLength(5);
    const [, name = 0, address = 0, all = 0, notes = 0] = widths;
    const title = items.find((i) => i.str.trim() === `Đã làm đủ ${ITEMS.length} việc`);
    // Printed whole on one line, in a column no wider than the title and its cell's margins.
    expect(title, items.map((i) => i.str).join('|')).toBeDefined();
    expect(all).toBeLessThan((title as TextItem).widthMm + 6);
    // Each written column is wider than the column that takes an "x".
    for (const w of [name, address, notes]) expect(w).toBeGreaterThan(all);
  });

  it('makes a sign-up list of names alone no wider in its notes than in its names', {
    timeout: 60_000,
  }, async () => {
    const yaml = `${NOTICE_ONLY}title: Ngày hội hiến máu tình nguyện
measures:
  - { id: dang_ky, label: Số người đăng ký hiến máu, of: Chỉ tiêu (người) }
`;
    const b = await buildCampaignText(
      yaml,
      'STT;Tên khu phố;Số hộ;Số nhân khẩu;Chỉ tiêu (người)\n1;Khu phố 1;300;1100;20\n',
      'tracker',
    );
    expect(b.code, b.stderr).toBe(0);
    const { widths } = await sheetOf(b.dir, 'khu-pho-1');
    // STT, Họ và tên, Địa chỉ, Ghi chú.
    expect(widths).toHaveLength(4);
    const [, name = 0, address = 0, notes = 0] = widths;
    expect(notes).toBeLessThanOrEqual(name);
    expect(notes).toBeLessThanOrEqual(address);
  });
});
