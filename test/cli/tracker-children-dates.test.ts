/**
 * A children's sign-up list of blank rows (qa57 p5, lớp học bơi hè): the notice asks each child's
 * date of birth, and its "Ngày sinh" column was the width of its title's longest word, about
 * 11 mm, too narrow to write "12/03/2019" in by hand. Measured on the page: the rules either side
 * of the column, in a one-point strip through its first row.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { pdfWords } from '../support/pdf-text.js';
import { rasterizeArea } from '../support/raster.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const CAMPAIGN = `${NOTICE_ONLY}title: Học bơi hè 2027 cho trẻ 6–15 tuổi
when: Từ ngày 07/6/2027 đến ngày 30/7/2027
deadline: 20/5/2027
actions:
  - step: Cha mẹ đăng ký cho con với tổ trưởng tổ dân phố (họ tên, ngày sinh của trẻ, bể bơi và ca học chọn)
  - step: Đưa trẻ đến học đúng giờ, đủ 10 buổi
  - step: Đón trẻ ngay sau buổi học
measures:
  - { id: tre, label: Số trẻ đăng ký học bơi, of: Số trẻ từ 6 đến 15 tuổi }
`;
const GROUPS = 'STT,Tên tổ dân phố,Số hộ,Số trẻ từ 6 đến 15 tuổi\n1,Tổ dân phố số 1,180,74\n';
const MM = 72 / 25.4;
/** "12/03/2019" written by hand, with the pen's room either side. */
const HANDWRITTEN_DATE_MM = 20;

describe("a children's list of blank rows", () => {
  it('gives the date of birth room for a date written by hand', async () => {
    const r = await buildCampaignText(CAMPAIGN, GROUPS, 'tracker');
    expect(r.code, r.stderr).toBe(0);
    const pdf = await readFile(join(r.dir, 'out', 'to-dan-pho-so-1', 'tracker.pdf'));
    const words = (await pdfWords(pdf)).filter((w) => w.page === 1);
    expect(words.map((w) => w.text).join(' ')).toContain('DANH SÁCH TRẺ');
    const title = words.find((w) => w.text === 'Ngày' && words.some((s) => s.text === 'sinh'));
    const first = words.find((w) => w.text === '1' && title && w.yMin > title.yMax);
    expect(title && first).toBeTruthy();
    if (!title || !first) return;
    // At 72 dpi a pixel is a point: one row of pixels across the page through row 1.
    const y = Math.round((first.yMin + first.yMax) / 2);
    const file = await rasterizeArea(pdf, { dpi: 72, page: 1, x: 0, y, width: 842, height: 1 });
    const { data, info } = await sharp(file)
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const dark = [...Array(info.width).keys()].filter((x) => (data[x] ?? 255) < 128);
    const middle = (title.xMin + title.xMax) / 2;
    const left = Math.max(...dark.filter((x) => x < middle));
    const right = Math.min(...dark.filter((x) => x > middle));
    expect((right - left) / MM).toBeGreaterThanOrEqual(HANDWRITTEN_DATE_MM);
  });
});

describe('children counted as people (`of: trẻ`)', () => {
  it('rates them against no count of the whole population (review57b #3)', async () => {
    const campaign = CAMPAIGN.replace('of: Số trẻ từ 6 đến 15 tuổi', 'of: trẻ');
    const groups = 'STT,Tên tổ dân phố,Số hộ,Số nhân khẩu\n1,Tổ dân phố số 1,180,620\n';
    const r = await buildCampaignText(campaign, groups, 'tracker');
    expect(r.code, r.stderr).toBe(0);
    const text = await r.text('to-dan-pho-so-1', 'tracker');
    expect(text).toContain('DANH SÁCH TRẺ');
    expect(text).toContain('Số trẻ đăng ký học bơi');
    // The 620 residents are not the children.
    expect(text).not.toContain('620');
  });
});

describe('a fee paid for each child', () => {
  it('says the money column of the child, not of a "người" (the rows are children)', async () => {
    const campaign = CAMPAIGN.replace(
      '  - { id: tre, label: Số trẻ đăng ký học bơi, of: Số trẻ từ 6 đến 15 tuổi }\n',
      '  - { id: tre, label: Số trẻ đăng ký học bơi, of: Số trẻ từ 6 đến 15 tuổi }\n  - { id: tien, label: Số tiền học phí đã nộp (đồng), of: đồng }\n',
    );
    expect(campaign).toContain('Số tiền học phí đã nộp');
    const r = await buildCampaignText(campaign, GROUPS, 'tracker');
    expect(r.code, r.stderr).toBe(0);
    const text = (await r.text('to-dan-pho-so-1', 'tracker')).replace(/\s+/g, ' ');
    expect(text).toContain('DANH SÁCH TRẺ');
    expect(text).toContain('Cột “Số tiền học phí đã nộp (đồng)”: ghi số tiền đã nộp cho trẻ đó.');
    expect(text).not.toContain('người đó đã nộp');
  });
});
