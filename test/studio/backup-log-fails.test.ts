/**
 * review47 #1: the backup ZIP (a copy of the whole data folder: residents lists, groups lists,
 * password hashes, link secrets) is made in the OS temp folder, then its download is logged. A
 * store that refused the record (locked, disk full, PostgreSQL down) answered the error page and
 * left the ZIP there. Now the download is refused and no backup is left in the temp folder.
 */
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

let s: TestStudio;
let admin: Client;

beforeAll(async () => {
  ({ s, c: admin } = await studioWithExample({ baseUrl: 'https://in.phuong-le-chan.vn' }));
});
afterAll(async () => {
  await s.close();
  await removeTempDirs();
});

/** The backup folders in the temp folder the studio makes them in (routes-settings.ts). */
const backupsInTemp = async () =>
  (await readdir(tmpdir())).filter((n) => n.startsWith('phuong-print-sao-luu-'));

it('leaves no backup in the temp folder when its download cannot be logged', async () => {
  // The store refuses every new line of the download log, as a full disk would.
  await sql`CREATE TRIGGER refuse_log BEFORE INSERT ON file_downloads BEGIN SELECT RAISE(ABORT, 'disk full'); END`.execute(
    s.store.db,
  );
  const before = new Set(await backupsInTemp());
  const backup = await admin.get('/settings/sao-luu.zip');
  expect(backup.status).toBe(500);
  expect(backup.headers.get('content-type')).not.toContain('zip');
  expect((await backupsInTemp()).filter((n) => !before.has(n))).toEqual([]);
  await sql`DROP TRIGGER refuse_log`.execute(s.store.db);
  // The store writing again, the backup is downloaded (and its folder goes once sent).
  expect((await admin.get('/settings/sao-luu.zip')).status).toBe(200);
});

it('answers a HEAD on the costly downloads without making them or logging them (review52 #9)', async () => {
  // Open the leaders' pages: the QR sheet exists.
  expect((await admin.post('/c/hai-phong/leaders/open', {}, '/c/hai-phong/leaders')).status).toBe(
    303,
  );
  const logged = async () =>
    Number(
      (await sql<{ n: number }>`SELECT count(*) AS n FROM file_downloads`.execute(s.store.db))
        .rows[0]?.n,
    );
  const before = { log: await logged(), temp: new Set(await backupsInTemp()) };
  for (const [path, type] of [
    ['/settings/sao-luu.zip', 'application/zip'],
    ['/c/hai-phong/campaign.zip', 'application/zip'],
    ['/c/hai-phong/leaders/qr.pdf', 'application/pdf'],
    // The results report and table, drawn in a worker for a GET (left11a #2).
    ['/c/hai-phong/results/bao-cao.pdf', 'application/pdf'],
    ['/c/hai-phong/results/ket-qua.xlsx', 'spreadsheetml'],
    // A preview's document and its page picture (no file name: shown in the page).
    ['/c/hai-phong/preview/file?group=5&kind=notice.pdf', 'application/pdf'],
    ['/c/hai-phong/preview/page.jpg?group=5&kind=notice.pdf&page=1', 'image/jpeg'],
  ]) {
    const head = await admin.request('HEAD', path ?? '');
    expect(head.status, path).toBe(200);
    expect(head.headers.get('content-type'), path).toContain(type);
    if (!path?.includes('page.jpg'))
      expect(head.headers.get('content-disposition'), path).toMatch(/filename/);
    expect(head.bytes.length, path).toBe(0);
    // Nothing made: no length of a file drawn or packed for the answer (a GET's HEAD had it).
    expect(head.headers.get('content-length') ?? '0', path).toBe('0');
  }
  // A page that cannot be is not found for a HEAD, as for a GET (review s54 #3).
  for (const path of [
    '/c/hai-phong/preview/page.jpg?group=5&kind=notice.pdf&page=0',
    '/c/hai-phong/preview/page.jpg?group=5&kind=notice.pdf&page=1.5',
    '/c/hai-phong/preview/page.jpg?group=5&kind=share.png&page=2',
  ]) {
    expect((await admin.get(path)).status, path).toBe(404);
    expect((await admin.request('HEAD', path)).status, path).toBe(404);
  }
  expect(
    (await admin.request('HEAD', '/c/hai-phong/preview/page.jpg?group=5&kind=share.png&page=1'))
      .status,
  ).toBe(200);
  // Named as the GET names it.
  for (const path of [
    '/c/hai-phong/results/bao-cao.pdf',
    '/c/hai-phong/preview/file?group=5&kind=notice.pdf',
  ]) {
    const get = await admin.get(path);
    expect(get.status, path).toBe(200);
    expect((await admin.request('HEAD', path)).headers.get('content-disposition'), path).toBe(
      get.headers.get('content-disposition'),
    );
  }
  expect(await logged()).toBe(before.log);
  expect((await backupsInTemp()).filter((n) => !before.temp.has(n))).toEqual([]);
  // The GET still makes and logs the QR sheet.
  expect((await admin.get('/c/hai-phong/leaders/qr.pdf')).status).toBe(200);
  expect(await logged()).toBeGreaterThan(before.log);
});
