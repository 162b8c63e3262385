/**
 * The download log (Cài đặt › "Nhật ký tải tệp có họ tên") beyond the tracking sheets: files of
 * the leaders' names and phones — the links sheet, the codes sheet, the campaign's folder with
 * its groups list — and the admin's backup of the whole data folder are recorded; the results
 * report, naming no leader, is not. The log keeps 24 months, as its page says: an older row goes.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { addTestUser, Client, plainText, studioWithExample, type TestStudio } from './studio.js';

let s: TestStudio;
let admin: Client;
let lan: Client;

beforeAll(async () => {
  // A public address: the leaders tab makes its codes sheet only with one.
  ({ s, c: admin } = await studioWithExample({ baseUrl: 'https://in.phuong-le-chan.vn' }));
  await addTestUser(s.store.db, 'lan', 'mật-khẩu-của-lan');
  lan = new Client(s.url);
  await lan.signIn('lan', 'mật-khẩu-của-lan');
});
afterAll(async () => {
  await s.close();
  await removeTempDirs();
});

/** The log's rows, newest first: [account, campaign, file]. */
async function logRows(): Promise<string[][]> {
  const log = await admin.get('/settings/nhat-ky-tai-tep');
  expect(log.status).toBe(200);
  return [
    ...log.text.matchAll(/<tr><td>(.*?)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/g),
  ].map((r) => [r[2] ?? '', r[3] ?? '', r[4] ?? '']);
}

/** The file name a download is saved under. */
const savedAs = (res: { headers: Headers }) => {
  const said = res.headers.get('content-disposition') ?? '';
  const utf8 = /filename\*=UTF-8''([^;]+)/.exec(said)?.[1];
  return utf8 ? decodeURIComponent(utf8) : (/filename="([^"]+)"/.exec(said)?.[1] ?? '');
};

it('records the leaders’ links and codes sheets, the campaign’s folder and the backup, not the report', async () => {
  // The example's groups file names its leaders and their phones: what the files hold.
  const groups = await readFile(join(s.dataDir, 'campaigns', 'hai-phong', 'groups.csv'), 'utf8');
  const [, first] = groups.replace(/^\uFEFF/, '').split(/\r?\n/);
  const [, , leader = '', phone = ''] = (first ?? '').split(';');
  expect(leader).toMatch(/\p{L} \p{L}/u);
  expect(phone).toMatch(/\d/);

  const opened = await admin.post('/c/hai-phong/leaders/open', {}, '/c/hai-phong/leaders');
  expect(opened.status).toBe(303);
  const csv = await lan.get('/c/hai-phong/leaders/links.csv');
  expect(csv.status).toBe(200);
  expect(csv.text).toContain(leader);
  expect(csv.text).toContain(phone);
  const sheet = await lan.get('/c/hai-phong/leaders/qr.pdf');
  expect(sheet.status).toBe(200);
  expect(await pdfText(sheet.bytes)).toContain(leader);
  const folder = await lan.get('/c/hai-phong/campaign.zip');
  expect(folder.status).toBe(200);
  // A stored ZIP: the groups file's bytes are in it as written.
  expect(folder.text).toContain(leader);
  // The report names groups, not their leaders: not logged.
  const report = await lan.get('/c/hai-phong/results/bao-cao.pdf');
  expect(report.status).toBe(200);
  const reported = await pdfText(report.bytes);
  expect(reported).toContain('BÁO CÁO');
  expect(reported).not.toContain(leader);
  const backup = await admin.get('/settings/sao-luu.zip');
  expect(backup.status).toBe(200);

  expect(await logRows()).toEqual([
    ['admin', 'Toàn bộ dữ liệu', savedAs(backup)],
    ['lan', 'hai-phong', savedAs(folder)],
    ['lan', 'hai-phong', savedAs(sheet)],
    ['lan', 'hai-phong', savedAs(csv)],
  ]);
  expect(savedAs(backup)).toMatch(/^sao-luu-phuong-print-.*\.zip$/);
  expect(savedAs(csv)).toMatch(/\.csv$/);
  // The page says which files it lists.
  const page = plainText((await admin.get('/settings/nhat-ky-tai-tep')).text);
  expect(page).toContain('bản sao lưu toàn bộ dữ liệu');
  expect(page).toContain('danh sách đường dẫn của các tổ');
});

it('keeps 24 months: a download older than that leaves the log, a newer one stays', async () => {
  const monthsAgo = (n: number) => {
    const d = new Date();
    d.setUTCMonth(d.getUTCMonth() - n);
    return d.toISOString();
  };
  // As an older studio left them, one a month past the period, one a month within it.
  await s.store.db
    .insertInto('file_downloads')
    .values([
      {
        user_name: 'cu',
        campaign: 'nam-cu',
        file: 'Bảng theo dõi cũ.pdf',
        downloaded_at: monthsAgo(25),
      },
      {
        user_name: 'van',
        campaign: 'nam-truoc',
        file: 'Bảng theo dõi năm trước.pdf',
        downloaded_at: monthsAgo(23),
      },
    ])
    .execute();
  const page = await admin.get('/settings/nhat-ky-tai-tep');
  expect(plainText(page.text)).toContain('Nhật ký giữ 24 tháng');
  const rows = await logRows();
  expect(rows).toContainEqual(['van', 'nam-truoc', 'Bảng theo dõi năm trước.pdf']);
  expect(rows.map((r) => r[0])).not.toContain('cu');
  // Gone from the store, not only from the page.
  const left = await s.store.db.selectFrom('file_downloads').select('user_name').execute();
  expect(left.map((r) => r.user_name)).not.toContain('cu');
  expect(left.map((r) => r.user_name)).toContain('van');
});
