/**
 * qa58 p1 in the studio: a groups row with no tổ trưởng (name and phone empty) left the table's
 * "Lỗi, ghi chú" cell empty. The example's list is uploaded with Tổ dân phố số 2's leader and
 * phone emptied: that row's cell says the tổ has no one to send the link to, and so does its row
 * on the Trang tổ trưởng tab; Tổ 1's stay as they were.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, plainText as plain, studioWithExample, type TestStudio } from './studio.js';

const page = '/c/hai-phong/groups';

/** The table row of the file's row `row`: its note cell's text ('' when it has none). */
function noteOf(html: string, row: number): string | undefined {
  const tr = new RegExp(
    `<tr[^>]*><th scope="row" data-label="Dòng">${row}</th>(.*?)</tr>`,
    's',
  ).exec(html);
  if (!tr) return undefined;
  const cells = [...(tr[1] ?? '').matchAll(/<td[^>]*>(.*?)<\/td>/gs)];
  return plain(cells.at(-1)?.[1] ?? '');
}

describe('a tổ with no tổ trưởng on the groups page (qa58 p1)', () => {
  let s: TestStudio;
  let c: Client;
  let name = '';
  beforeAll(async () => {
    let folder: string;
    ({ s, c, folder } = await studioWithExample());
    const lines = (await readFile(join(folder, 'groups.csv'), 'utf8')).trimEnd().split(/\r?\n/);
    const cells = (lines[2] ?? '').split(';');
    name = cells[1] ?? '';
    // Row 3 of the file: its leader and phone emptied.
    lines[2] = [cells[0], cells[1], '', '', ...cells.slice(4)].join(';');
    const res = await c.upload(page, 'file', 'to.csv', Buffer.from(lines.join('\r\n')), {}, page);
    expect(res.status, plain(res.text)).toBe(303);
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('says so in that row’s “Lỗi, ghi chú” cell, and not in another row’s', async () => {
    const html = (await c.get(page)).text;
    expect(name).toBe('Tổ dân phố số 2');
    expect(noteOf(html, 3)).toContain(
      `Cột “Tổ trưởng”: “${name}” không có tổ trưởng (ô họ tên và ô số điện thoại đều trống): không có ai để gửi đường dẫn trang tổ trưởng của tổ này`,
    );
    expect(noteOf(html, 2)).toBe('');
  });

  it('says on the Trang tổ trưởng tab that its link has no one to go to', async () => {
    const opened = await c.post('/c/hai-phong/leaders/open', {}, '/c/hai-phong/leaders');
    expect(opened.status, plain(opened.text)).toBe(303);
    const html = (await c.get('/c/hai-phong/leaders')).text;
    const rowOf = (group: string) =>
      plain(
        html
          .split('<li>')
          .find((li) => li.includes(`<strong>${group}</strong>`))
          ?.split('<details')[0] ?? '',
      );
    expect(rowOf(name)).toContain(
      'Danh sách chưa có tổ trưởng (họ tên, số điện thoại): không có ai để gửi đường dẫn này',
    );
    expect(rowOf('Tổ dân phố số 1')).toContain('Tổ trưởng:');
    expect(rowOf('Tổ dân phố số 1')).not.toContain('chưa có tổ trưởng');
  });
});
