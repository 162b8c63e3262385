/**
 * qa45 F8: two clerks upload the groups list from pages opened on the same list. The second
 * upload replaced the first a moment later, and the first clerk had been told "uploaded" only.
 * Now the second is refused (409), told the list was uploaded again meanwhile and when, the list
 * in use left as the first clerk's; chosen again from that page, her file is used. The refusal
 * and the groups page say who uploaded the list in use ("tải lên lúc … bởi lan"). Real studio.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { visible } from './results-figures.js';
import { addTestUser, Client, studioWithExample, type TestStudio } from './studio.js';

const PATH = '/c/hai-phong/groups';
const csv = (names: string[]) =>
  new TextEncoder().encode(
    `STT,Tên tổ dân phố\n${names.map((n, i) => `${i + 1},${n}`).join('\n')}\n`,
  );
const listOf = (page: string) => /name="_list" value="([^"]*)"/.exec(page)?.[1] ?? '';

describe('two clerks uploading the groups list from pages opened on one list', () => {
  let s: TestStudio;
  let admin: Client;
  let lan: Client;
  beforeAll(async () => {
    ({ s, c: admin } = await studioWithExample());
    await addTestUser(s.store.db, 'lan', 'mật khẩu của Lan');
    lan = new Client(s.url);
    expect((await lan.signIn('lan', 'mật khẩu của Lan')).status).toBe(303);
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('refuses the later upload, saying the list changed meanwhile; chosen again, it is used', async () => {
    const hers = (await lan.get(PATH)).text;
    const mine = (await admin.get(PATH)).text;
    expect(listOf(hers)).not.toBe('');
    const first = await admin.upload(
      PATH,
      'file',
      'Danh sach A.csv',
      csv(['Tổ Hoa Sen', 'Tổ Hoa Mai']),
      { _list: listOf(mine) },
      PATH,
    );
    expect(first.status).toBe(303);
    const second = await lan.upload(
      PATH,
      'file',
      'Danh sach B.csv',
      csv(['Tổ Cúc', 'Tổ Lan', 'Tổ Huệ']),
      { _list: listOf(hers) },
      PATH,
    );
    expect(second.status).toBe(409);
    const said = visible(second.text);
    expect(said).toMatch(
      /Chưa dùng tệp “Danh sach B\.csv”: danh sách tổ đã được tải lên lại lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4} bởi admin, sau khi bạn mở trang này\./,
    );
    // The list in use is still the first clerk's.
    const now = visible((await admin.get(PATH)).text);
    expect(now).toMatch(
      /Tệp hiện dùng: Danh sach A\.csv, tải lên lúc \d\d:\d\d ngày \S+ bởi admin/,
    );
    expect(now).toContain('Tổ Hoa Sen');
    // Chosen again on the refused page: used.
    const again = await lan.upload(
      PATH,
      'file',
      'Danh sach B.csv',
      csv(['Tổ Cúc', 'Tổ Lan', 'Tổ Huệ']),
      { _list: listOf(second.text) },
      PATH,
    );
    expect(again.status).toBe(303);
    expect(visible((await admin.get(PATH)).text)).toMatch(
      /Tệp hiện dùng: Danh sach B\.csv, tải lên lúc \d\d:\d\d ngày \S+ bởi lan/,
    );
  });
});
