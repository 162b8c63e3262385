/**
 * A measure counted in people over a list whose own column counts what it counts (qa55 M5): a
 * Trung thu campaign typed "Số thiếu nhi tham gia | người" beside the list's "Số thiếu nhi". The
 * groups page told the clerk to delete that column ("nếu không cần thì xoá cột khỏi tệp") and to
 * count in households, never the fix, "| Số thiếu nhi". Now both notes say it, in the form's
 * words. The example's campaign with that measure; a list of four tổ uploaded as the office has it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, plainText as plain, studioWithExample, type TestStudio } from './studio.js';

const page = '/c/hai-phong/groups';
const GROUPS = [
  'STT,Tên tổ dân phố,Tổ trưởng,Điện thoại,Số hộ,Số thiếu nhi',
  '1,Tổ dân phố số 1,Đinh Văn Tâm,0904 222 001,110,45',
  '2,Tổ dân phố số 2,Ngô Thị Hoa,0904 222 002,95,38',
  '3,Tổ dân phố số 3,Bùi Văn Khánh,0904 222 003,130,52',
  '4,Tổ dân phố số 4,Lý Thị Thu,0904 222 004,80,30',
].join('\r\n');

describe('a column counting what a people measure counts (qa55 M5)', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    let folder: string;
    ({ s, c, folder } = await studioWithExample());
    const file = join(folder, 'campaign.yaml');
    const yaml = (await readFile(file, 'utf8')).replace(
      /^measures:\n(?: {2}- .*\n)+/m,
      'measures:\n  - { id: thamgia, label: Số thiếu nhi tham gia, of: people }\n',
    );
    await writeFile(file, yaml);
    const res = await c.upload(page, 'file', 'to.csv', Buffer.from(GROUPS), {}, page);
    expect(res.status, plain(res.text)).toBe(303);
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('says to write the column after the "|", not to delete it', async () => {
    const text = plain((await c.get(page)).text);
    expect(text).toContain(
      'Muốn tính tỷ lệ của “Số thiếu nhi tham gia” trên cột này: ở ô “Chỉ tiêu” (thẻ Nội dung), ở dòng “Số thiếu nhi tham gia”, sau dấu “|” ghi “Số thiếu nhi”.',
    );
    expect(text).toContain(
      'Danh sách có cột “Số thiếu nhi”: muốn tính tỷ lệ trên cột đó, ở ô “Chỉ tiêu” (thẻ Nội dung) sau dấu “|” ghi “Số thiếu nhi”.',
    );
    expect(text).not.toContain('nếu không cần thì xoá cột khỏi tệp');
    expect(text).not.toContain('hoặc tính theo hộ');
  });
});
