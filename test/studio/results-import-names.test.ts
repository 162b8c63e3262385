/**
 * The studio's import of a results file names its groups as `report` does (qa19 finding 3), over
 * a real studio: a name typed with an en dash is the group, read and offered to store; a short
 * form is refused with the group likely meant; a group whose row is hidden in the groups
 * workbook is said to be that, at its row; every refused row is listed on the preview.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupsWithHiddenRow } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';
import { JOINED, visible } from './results-figures.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

let s: TestStudio;
let c: Client;
beforeAll(async () => {
  const started = await studioWithExample();
  ({ s, c } = started);
  // The groups as a workbook whose row 5 (a merged group) is hidden by hand.
  await rm(join(started.folder, 'groups.csv'));
  const bytes = await groupsWithHiddenRow();
  await writeFile(join(started.folder, 'groups.xlsx'), bytes);
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

const IMPORT = '/c/hai-phong/results/import';

describe('the studio’s import of figures: group names as typed', () => {
  it('reads an en dash name, and lists each refused row with the group meant or its hidden row', async () => {
    const csv = `Tên tổ dân phố;${JOINED}\nTổ 3 – Khu 1;150\nTổ 2;170\nTổ dân phố số 4 (đã sáp nhập);80\n`;
    const page = await c.upload(IMPORT, 'file', 'ket-qua.csv', Buffer.from(csv), {}, IMPORT);
    expect(page.status).toBe(200);
    const text = visible(page.text);
    expect(text).toContain(
      'Tệp ket-qua.csv: 1 dòng đọc được, 2 dòng không nhập. Sẽ lưu số liệu mới của 1 tổ.',
    );
    // The row read is the group as the groups file names it.
    expect(page.text).toMatch(
      /<th scope="row"><a [^>]*>Tổ 3 - Khu 1<\/a><\/th><td [^>]*><strong>150<\/strong>/,
    );
    const refused = [...page.text.matchAll(/<ul class="problems">(.*?)<\/ul>/gs)].flatMap((m) =>
      [...(m[1] ?? '').matchAll(/<li>(.*?)<\/li>/gs)].map((l) => visible(l[1] ?? '')),
    );
    expect(refused).toEqual([
      'Dòng 3, cột “Tên tổ dân phố”: tệp danh sách tổ không có tổ nào tên “Tổ 2”: có phải “Tổ dân phố số 2” (mã 2)? Nếu đúng, sửa tên ở dòng này cho đúng như trong tệp danh sách (“Tổ dân phố số 2”), hoặc ghi mã tổ là 2.',
      'Dòng 4, cột “Tên tổ dân phố”: dòng 5 của groups.xlsx (“Tổ dân phố số 4 (đã sáp nhập)”) đang bị ẩn trong Excel: tệp danh sách không đọc dòng đó, nên số liệu của dòng này không thuộc tổ nào. Nếu tổ này vẫn báo cáo, cho hiện lại dòng đó trong tệp danh sách (chọn các dòng bao quanh › Unhide/Bỏ ẩn) rồi lưu tệp; nếu tổ đã giải thể hoặc sáp nhập, xoá dòng này trong tệp kết quả.',
    ]);
  });
});
