/**
 * A CSV renamed .xlsx (Excel opens it without a word, so the office does not know): `check`
 * says the file is CSV, not Excel, and the two ways out, in Vietnamese, instead of "cannot read
 * this Excel file" (h-q10 item 9). The same for Excel's "Unicode Text" (UTF-16) renamed so; a
 * real workbook and an old .xls are not said to be CSV.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkVi } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const SAID = 'tệp này là CSV (văn bản), không phải Excel';
const HINT =
  'gợi ý: Hãy đổi đuôi tệp thành .csv, hoặc mở bằng Excel rồi lưu lại thành “Excel Workbook (*.xlsx)”.';

describe('a CSV under an .xlsx name', () => {
  it('is said to be CSV, with how to rename or save it', async () => {
    const dir = await makeTempDir('phuong-print-csv-xlsx-');
    const csv = await readFile(EXAMPLE_GROUPS);
    const utf8 = join(dir, 'danh-sach-to.xlsx');
    await writeFile(utf8, csv);
    // Excel's "Unicode Text": UTF-16 LE with its byte-order mark, tabs between cells.
    const utf16 = join(dir, 'danh-sach-unicode.xlsx');
    const text = csv
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .replaceAll(';', '\t');
    await writeFile(
      utf16,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    for (const file of [utf8, utf16]) {
      const r = await checkVi(EXAMPLE_CAMPAIGN, file);
      expect(r.code).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines[0]).toBe(`lỗi: ${file}: ${SAID}`);
      expect(lines[1]).toBe(HINT);
    }
  });

  it('a damaged workbook (a zip) is not called CSV', async () => {
    const dir = await makeTempDir('phuong-print-csv-xlsx-');
    const broken = join(dir, 'hong.xlsx');
    await writeFile(broken, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]));
    const r = await checkVi(EXAMPLE_CAMPAIGN, broken);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain(SAID);
  });
});
