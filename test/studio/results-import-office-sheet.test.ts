/**
 * The studio's import of an office's own results sheet (qa21 findings 1 and 6), over a real
 * studio: a merged title above the header, a figure column headed with the measure's first
 * words, and an "STT" that counts the rows (a group left out, so from there on the STT is not
 * the group's id). The preview lists each figure under the group the row's name gives, says that
 * the STT was not taken as the id and which column was read as which measure, and offers to
 * store those groups' figures.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { JOINED, visible } from './results-figures.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

let s: TestStudio;
let c: Client;
beforeAll(async () => {
  ({ s, c } = await studioWithExample());
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

const IMPORT = '/c/hai-phong/results/import';

/** The office's sheet: title merged across, the header cut short, Tổ dân phố số 2 left out. */
async function officeSheet(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tổng hợp');
  ws.addRow(['TỔNG HỢP KẾT QUẢ CUỘC THI CÔNG DÂN SỐ']);
  ws.mergeCells('A1:D1');
  ws.addRow(['STT', 'Tổ dân phố', 'Số người dân tham gia', 'Ghi chú']);
  ws.addRow([1, 'Tổ dân phố số 1', 100]);
  ws.addRow([2, 'Tổ dân phố số 3', 120, 'tổ 2 chưa báo cáo']);
  ws.addRow([3, 'Tổ dân phố số 4', 90]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the studio’s import of figures: the office’s own sheet', () => {
  it('reads under the title, takes each row by its name over its STT, and says both', async () => {
    const page = await c.upload(IMPORT, 'file', 'tong-hop.xlsx', await officeSheet(), {}, IMPORT);
    expect(page.status).toBe(200);
    const text = visible(page.text);
    expect(text).toContain('Tệp tong-hop.xlsx: 3 dòng đọc được');
    // Each figure under the group the row names, none under Tổ dân phố số 2.
    const figureOf = (group: string) =>
      new RegExp(
        `<th scope="row"><a [^>]*>${group}</a></th><td [^>]*><strong>(\\d+)</strong>`,
      ).exec(page.text)?.[1];
    expect(figureOf('Tổ dân phố số 1')).toBe('100');
    expect(figureOf('Tổ dân phố số 3')).toBe('120');
    expect(figureOf('Tổ dân phố số 4')).toBe('90');
    expect(figureOf('Tổ dân phố số 2')).toBeUndefined();
    const notes = [...page.text.matchAll(/<ul class="notice warn">(.*?)<\/ul>/gs)].flatMap((m) =>
      [...(m[1] ?? '').matchAll(/<li>(.*?)<\/li>/gs)].map((l) => visible(l[1] ?? '')),
    );
    expect(notes.join('\n')).toContain(
      'cột “STT” là số thứ tự dòng, không phải mã tổ: ở 2 dòng, số này là mã của một tổ khác với tên ghi trong dòng, nên mỗi dòng được ghi cho tổ theo tên (dòng 4: STT 2, tên ghi “Tổ dân phố số 3”; dòng 5: STT 3, tên ghi “Tổ dân phố số 4”)',
    );
    expect(notes.join('\n')).toContain(
      `cột “Số người dân tham gia” được đọc là số liệu “${JOINED}”, dù tiêu đề cột không ghi đúng tên số liệu như trong chiến dịch`,
    );
    expect(text).not.toContain('TỔNG HỢP KẾT QUẢ');
  });
});
