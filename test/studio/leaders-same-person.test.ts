/**
 * The office's links sheet and leaders tab for a merged ward whose leaders share names (qa44 m3):
 * "Đặng Văn Thắng" leads tổ 5 and 6 (one person, one phone) and another "Đặng Văn Thắng" leads
 * Hàng Kênh's tổ 1. The sheet had no phone: the office could not tell whom to send each link to
 * by Zalo, nor see that two links go to one person. Expected values from the groups file below.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fromHtml, pageText } from '../serve/leader-page.js';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const ROWS = [
  ['STT', 'Tên tổ dân phố', 'Tổ trưởng', 'SĐT'],
  ['5', 'Tổ dân phố số 5 (Lạch Tray cũ)', 'Đặng Văn Thắng', '0910 000 185'],
  ['6', 'Tổ dân phố số 6 (Lạch Tray cũ)', 'Đặng Văn Thắng', '0910000185'],
  ['7', 'Tổ dân phố số 1 (Hàng Kênh cũ)', 'Đặng Văn Thắng', '0987 654 321'],
  ['8', 'Tổ dân phố số 2 (Hàng Kênh cũ)', 'Nguyễn Thị Hoa', '0912 345 678'],
];

let s: TestStudio;
let c: Client;
beforeAll(async () => {
  ({ s, c } = await studioWithExample({
    baseUrl: 'https://in.example.vn',
    groups: `${ROWS.map((r) => r.join(',')).join('\n')}\n`,
  }));
  expect((await c.post('/c/hai-phong/leaders/open', {}, '/c/hai-phong/leaders')).status).toBe(303);
});
afterAll(async () => {
  await s.close();
  await removeTempDirs();
});

it('gives each leader’s phone in the links sheet and says which links go to one person', async () => {
  const sheet = await c.get('/c/hai-phong/leaders/links.csv');
  const rows = sheet.text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((r) => r.split(';'));
  expect(rows[0]).toEqual([
    'Mã tổ',
    'Tên tổ dân phố',
    'Tổ trưởng',
    'Điện thoại',
    'Đường dẫn',
    'Ghi chú',
  ]);
  const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
  // Each phone as the papers print it; tổ 5 and 6 one person, Hàng Kênh's namesake another.
  expect(byId.get('5')?.slice(2, 4)).toEqual(['Đặng Văn Thắng', '0910 000 185']);
  expect(byId.get('6')?.slice(2, 4)).toEqual(['Đặng Văn Thắng', '0910 000 185']);
  expect(byId.get('7')?.slice(2, 4)).toEqual(['Đặng Văn Thắng', '0987 654 321']);
  expect(byId.get('5')?.[5]).toBe('Cùng tổ trưởng với mã 6 (Tổ dân phố số 6 (Lạch Tray cũ))');
  expect(byId.get('6')?.[5]).toBe('Cùng tổ trưởng với mã 5 (Tổ dân phố số 5 (Lạch Tray cũ))');
  expect(byId.get('7')?.[5]).toBe('');
  expect(byId.get('8')?.[5]).toBe('');
  expect(byId.get('5')?.[4]).toMatch(/^https:\/\/in\.example\.vn\/p\/hai-phong\/g\//);
});

it('says the same on the leaders tab, with each leader’s phone', async () => {
  const page = plainText((await c.get('/c/hai-phong/leaders')).text);
  expect(page).toContain(
    'Tổ trưởng: Đặng Văn Thắng (0910 000 185) Cùng tổ trưởng với mã 6 (Tổ dân phố số 6 (Lạch Tray cũ)).',
  );
  expect(page).toContain('Tổ trưởng: Đặng Văn Thắng (0987 654 321) Chưa báo cáo số liệu');
  // Found by a search, the row still names the other group its leader leads.
  const found = plainText((await c.get('/c/hai-phong/leaders?q=to 6 lach tray')).text);
  expect(found).toContain('Cùng tổ trưởng với mã 5 (Tổ dân phố số 5 (Lạch Tray cũ)).');
});

it('links the page of one tổ to the page of the other tổ its leader leads', async () => {
  const sheet = (await c.get('/c/hai-phong/leaders/links.csv')).text;
  const urls = new Map(
    sheet
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((r) => r.split(';'))
      .map((r) => [r[0], r[4] ?? '']),
  );
  const path = (id: string) => new URL(urls.get(id) ?? '').pathname;
  const five = await c.get(path('5'));
  expect(five.status).toBe(200);
  // The page's words as read (a link's end is no space before its colon).
  const said = (h: string) => pageText(h).replace(/ ([:,.])/g, '$1');
  expect(said(five.text)).toContain(
    'Anh/chị cũng là tổ trưởng của Tổ dân phố số 6 (Lạch Tray cũ): mỗi tổ có trang và tài liệu riêng, số liệu báo cáo riêng. Trang này là của Tổ dân phố số 5 (Lạch Tray cũ).',
  );
  // The link opens tổ 6's own page (the link sent to its leader).
  const href = /<p class="fact same-leader">[^<]*<a href="([^"]+)">/.exec(fromHtml(five.text))?.[1];
  expect(href).toBe(path('6'));
  expect(said((await c.get(href ?? '')).text)).toContain(
    'Anh/chị cũng là tổ trưởng của Tổ dân phố số 5 (Lạch Tray cũ)',
  );
  // A namesake with another phone, and a leader of one tổ: no such line.
  for (const id of ['7', '8']) {
    expect(said((await c.get(path(id))).text)).not.toContain('Anh/chị cũng là');
  }
});

// review46 #4: tổ 5's page links to tổ 6's, and tổ 6's to tổ 5's. Renewing tổ 5 alone (its link
// leaked) left the old tổ-5 page leading to tổ 6's unchanged page, and from it to tổ 5's new
// one. Now the leader's groups get new links together, and the tab says so.
it('renews all the links of a leader of several tổ together, and says so', async () => {
  const urlsNow = async () =>
    new Map(
      (await c.get('/c/hai-phong/leaders/links.csv')).text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n')
        .slice(1)
        .map((r) => r.split(';'))
        .map((r) => [r[0] ?? '', new URL(r[4] ?? '').pathname]),
    );
  const before = await urlsNow();
  // Asked first: the page names the other tổ whose link is renewed with it.
  const ask = plainText((await c.get('/c/hai-phong/leaders/renew?to=5')).text);
  expect(ask).toContain(
    'Tổ trưởng của Tổ dân phố số 5 (Lạch Tray cũ) cũng phụ trách Tổ dân phố số 6 (Lạch Tray cũ)',
  );
  expect(ask).toContain('được cấp mới cùng lúc');
  expect(plainText((await c.get('/c/hai-phong/leaders/renew?to=8')).text)).not.toContain(
    'cũng phụ trách',
  );
  const renewed = await c.post('/c/hai-phong/leaders/renew', { to: '5' }, '/c/hai-phong/leaders');
  expect(renewed.status).toBe(303);
  const after = await urlsNow();
  for (const id of ['5', '6']) {
    expect(after.get(id), id).not.toBe(before.get(id));
    expect((await c.get(before.get(id) ?? '')).status, id).toBe(410);
  }
  // The namesake with another phone and the other leader keep their links.
  for (const id of ['7', '8']) expect(after.get(id), id).toBe(before.get(id));
  // The new tổ 6 page links to tổ 5's new page.
  const six = fromHtml((await c.get(after.get('6') ?? '')).text);
  expect(/<p class="fact same-leader">[^<]*<a href="([^"]+)">/.exec(six)?.[1]).toBe(after.get('5'));
  const tab = plainText((await c.get(renewed.headers.get('location') ?? '')).text);
  expect(tab).toContain(
    'Đã cấp đường dẫn mới cho cả 2 tổ của tổ trưởng Đặng Văn Thắng: Tổ dân phố số 5 (Lạch Tray cũ) và Tổ dân phố số 6 (Lạch Tray cũ).',
  );
  expect(tab).toContain('đường dẫn cũ của cả 2 tổ đều thôi dùng');
});
