/**
 * qa10 Q9: a groups file the office picked wrong is said as what it is, in Vietnamese, with how
 * to make one the tool reads: a folder was "a “no extension” file" (English inside the sentence),
 * .xls and .ods had only the generic hint (the studio says how to save them as .xlsx), Excel's
 * lock file "~$groups.xlsx" read as a broken workbook, and UTF-16 without its byte order mark was
 * guessed windows-1258.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checkGroupsFile, checkVi } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const CAMPAIGN = new URL('../../examples/hai-phong/campaign.yaml', import.meta.url).pathname;

it('says a folder is a folder', async () => {
  const dir = join(await makeTempDir('phuong-print-groups-folder-'), 'danh-sach');
  await mkdir(dir);
  const r = await checkVi(CAMPAIGN, dir);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(`lỗi: ${dir}: đây là một thư mục, không phải tệp`);
  expect(r.stderr).not.toContain('no extension');
});

it('says how to save an .xls or .ods as .xlsx', async () => {
  const xls = await checkGroupsFile('to.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
  expect(xls.code).toBe(1);
  expect(xls.stderr).toContain('đây là tệp Excel cũ (.xls)');
  expect(xls.stderr).toContain('Lưu thành (Save As) › “Sổ làm việc Excel (Excel Workbook *.xlsx)”');
  const ods = await checkGroupsFile('to.ods', 'PK');
  expect(ods.stderr).toContain('đây là tệp LibreOffice (.ods)');
  expect(ods.stderr).toContain('“Excel 2007-365 (.xlsx)”');
});

it('reads a ".xls" that holds a CSV, or a workbook, by what it holds (qa13)', async () => {
  // Some programs export their lists as CSV under a ".xls" name: it was called an old workbook.
  const csv = 'STT;Tên tổ dân phố;Tổ trưởng\r\n1;Tổ dân phố số 1;Nguyễn Văn An\r\n';
  const r = await checkGroupsFile('export.xls', csv);
  expect(r.stderr).not.toContain('Excel cũ');
  expect(r.code, r.stderr).toBe(0);
  const page = await checkGroupsFile(
    'web.xls',
    '\uFEFF<meta http-equiv="Content-Type"><table><tr><td>1</td></tr></table>',
  );
  expect(page.code).toBe(1);
  expect(page.stderr).toContain('tệp “.xls” này là trang web hoặc tệp XML mà Excel mở được');
  expect(page.stderr).toContain('“Sổ làm việc Excel (Excel Workbook *.xlsx)”');
});

it("names Excel's lock file and the workbook to choose instead", async () => {
  const r = await checkGroupsFile('~$groups.xlsx', new Uint8Array(165));
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('đây là tệp tạm Excel tạo ra khi đang mở một sổ tính');
  expect(r.stderr).toContain('Hãy chọn chính tệp sổ tính “groups.xlsx”.');
});

it('calls UTF-16 without a byte order mark UTF-16', async () => {
  const text = 'STT;Tên tổ dân phố\r\n1;Tổ dân phố số 1\r\n2;Tổ dân phố số 2\r\n';
  const r = await checkGroupsFile('u16.csv', new Uint8Array(Buffer.from(text, 'utf16le')));
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('tệp không ở dạng UTF-8 (có vẻ là UTF-16)');
  expect(r.stderr).not.toContain('windows-1258');
});

it('says a folder given for the campaign is a folder, and the file to give (qa17)', async () => {
  const folder = join(await makeTempDir('phuong-print-campaign-folder-'), 'chien-dich');
  await mkdir(folder);
  const groups = new URL('../../examples/hai-phong/groups.csv', import.meta.url).pathname;
  const r = await checkVi(folder, groups);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(`lỗi: ${folder}: đây là một thư mục, không phải tệp chiến dịch`);
  expect(r.stderr).toContain(`--campaign ${join(folder, 'campaign.yaml')}`);
});
