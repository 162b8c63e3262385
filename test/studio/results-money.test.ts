/**
 * A money campaign's results in the studio (qa24 F10, F2): the office imports the tổ's sheet
 * (test/fixtures/qa24-money/ket-qua-tu-to.xlsx: "15.000.000 đ", "12,5 triệu", a number cell
 * 7,5, a "Tổng cộng" row) over the charity fund's list (chi-tieu-van-dong.xlsx, "Chỉ tiêu
 * (đồng)"). The sums written as people write them are read; the refusal speaks of money, not of
 * counts; the head line's count matches the rows listed, the totals row said apart. A sum far
 * out of line with its target, imported, is flagged on Kết quả. Real studio on loopback.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARITY_LABEL as LABEL, makeCharityFolder } from '../support/charity-fund.js';
import { workbook } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';
import { storePreviewed, visible } from './results-figures.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa24-money/${name}`, import.meta.url));
const RESULTS = '/c/hai-phong/results';
const IMPORT = `${RESULTS}/import`;

let s: TestStudio;
let office: Client;
beforeAll(async () => {
  let folder: string;
  ({ s, c: office, folder } = await studioWithExample());
  await makeCharityFolder(folder);
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

/** The preview's figure of a group's row, as shown ("15.000.000"). */
const figureOf = (page: string, group: string) =>
  new RegExp(`<th scope="row"><a [^>]*>${group}</a></th><td [^>]*><strong>([\\d.]+)</strong>`).exec(
    page,
  )?.[1];

describe('the import of a tổ’s money sheet (qa24 F10)', () => {
  it('reads “15.000.000 đ” and “12,5 triệu”, refuses 7,5 in money’s words, says the totals row apart', async () => {
    const bytes = await readFile(fixture('ket-qua-tu-to.xlsx'));
    const preview = await office.upload(IMPORT, 'file', 'ket-qua-tu-to.xlsx', bytes, {}, IMPORT);
    expect(preview.status).toBe(200);
    const text = visible(preview.text);
    expect(figureOf(preview.text, 'Tổ dân phố 2')).toBe('15.000.000');
    expect(figureOf(preview.text, 'Tổ dân phố 3')).toBe('12.500.000');
    // Rows 2, 3, 4, 5, 7 read; row 6 (7,5) refused; row 8 the sheet's own total.
    expect(text).toContain(
      'Tệp ket-qua-tu-to.xlsx: 5 dòng đọc được, 1 dòng không nhập; dòng 8 là dòng tổng cộng, bỏ qua.',
    );
    const refused = [...preview.text.matchAll(/<ul class="problems">(.*?)<\/ul>/gs)].flatMap((m) =>
      [...(m[1] ?? '').matchAll(/<li>(.*?)<\/li>/gs)].map((l) => visible(l[1] ?? '')),
    );
    expect(refused).toEqual([
      `Dòng 6, cột “${LABEL}”: “7,5” là số thập phân, nhưng số tiền tính bằng đồng phải là số nguyên. Ghi đủ số đồng bằng chữ số, ví dụ 12.500.000 (hoặc 12,5 triệu).`,
    ]);
    expect(text).not.toContain('số đếm');
  });

  it('says in the preview, before storing, each sum far out of line with its target', async () => {
    const bytes = await workbook({
      'Kết quả': [
        ['Tên tổ dân phố', LABEL],
        ['Tổ dân phố 1', '12.500.000'],
        ['Tổ dân phố 7', '150.000.000'],
        ['Tổ dân phố 8', '9.500'],
      ],
    });
    const preview = await office.upload(IMPORT, 'file', 'ket-qua-lech.xlsx', bytes, {}, IMPORT);
    expect(preview.status).toBe(200);
    const notes = [...preview.text.matchAll(/<ul class="notice warn">(.*?)<\/ul>/gs)].flatMap((m) =>
      [...(m[1] ?? '').matchAll(/<li>(.*?)<\/li>/gs)].map((l) => visible(l[1] ?? '')),
    );
    // The list's targets: Tổ dân phố 7 15.000.000, Tổ dân phố 8 10.000.000; rows as in the sheet.
    expect(notes).toContainEqual(
      expect.stringContaining(
        `Dòng 3, cột “${LABEL}”: Tổ dân phố 7: 150.000.000 đồng là gấp 10 lần chỉ tiêu 15.000.000 đồng: kiểm tra lại số chữ số 0 trước khi ký báo cáo`,
      ),
    );
    expect(notes).toContainEqual(
      expect.stringContaining(
        `Dòng 4, cột “${LABEL}”: Tổ dân phố 8: 9.500 đồng chưa bằng 1% chỉ tiêu 10.000.000 đồng`,
      ),
    );
    expect(notes.join('\n')).not.toContain('Tổ dân phố 1:');
    // Nothing was stored by the preview: the sums are still only the file's.
    expect(visible((await office.get(RESULTS)).text)).not.toContain('Tổ dân phố 7: 150.000.000');
  });

  it('flags on Kết quả an imported sum ten times its target, and one in thousands', async () => {
    const bytes = await workbook({
      'Kết quả': [
        ['Tên tổ dân phố', LABEL],
        ['Tổ dân phố 1', '12.500.000'],
        ['Tổ dân phố 7', '150.000.000'],
        ['Tổ dân phố 8', '9.500'],
      ],
    });
    const preview = await office.upload(IMPORT, 'file', 'ket-qua-2.xlsx', bytes, {}, IMPORT);
    expect(preview.status).toBe(200);
    expect((await storePreviewed(office, preview.text)).status).toBeLessThan(400);
    const page = visible((await office.get(RESULTS)).text);
    expect(page).toContain('Cần kiểm tra trước khi tải báo cáo:');
    // The list's targets: Tổ dân phố 7 15.000.000, Tổ dân phố 8 10.000.000.
    expect(page).toContain('Tổ dân phố 7: 150.000.000 đồng, gấp 10 lần chỉ tiêu 15.000.000 đồng');
    expect(page).toContain('Tổ dân phố 8: 9.500 đồng, chưa bằng 1% chỉ tiêu 10.000.000 đồng');
    expect(page).not.toContain('Tổ dân phố 1: 12.500.000');
    expect(page).toContain('⚠ gấp 10 lần chỉ tiêu, cần kiểm tra');
  });
});
