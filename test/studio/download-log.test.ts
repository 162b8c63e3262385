/**
 * qa46 F9: a download of a file holding residents' names (the ward's tracking sheets, a group's
 * ZIP holding one, every ZIP in one) by an office account is recorded, and an admin reads who
 * downloaded which file when on Cài đặt's "Nhật ký tải tệp có họ tên"; a file without names
 * (the poster) is not recorded, nor a HEAD request (no file sent). Only an admin reads the log.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { layDownZips } from './laid-down-zips.js';
import { buildLinks } from './office-steps.js';
import { addTestUser, Client, plainText, studioWithExample, type TestStudio } from './studio.js';

let s: TestStudio;
let admin: Client;
let lan: Client;

const bundle = (kind: string, path: string, bytes: Uint8Array, variant?: string) => {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return {
    kind,
    ...(variant ? { variant } : {}),
    path,
    pages: 1,
    bytes: bytes.length,
    sha256,
    key: sha256,
  };
};

beforeAll(async () => {
  let folder: string;
  ({ s, c: admin, folder } = await studioWithExample());
  await layDownZips(folder, [
    { id: '1', name: 'Tổ 1' },
    { id: '2', name: 'Tổ 2' },
  ]);
  // The build's two print files beside its ZIPs: the tracking sheets (names) and a poster (none).
  const out = join(folder, 'out');
  await mkdir(join(out, 'print'), { recursive: true });
  const pdf = new TextEncoder().encode('%PDF-1.7\n');
  await writeFile(join(out, 'print', 'tracker.pdf'), pdf);
  await writeFile(join(out, 'print', 'poster-a4.pdf'), pdf);
  const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
  manifest.print = [
    bundle('poster', 'print/poster-a4.pdf', pdf, 'a4'),
    bundle('tracker', 'print/tracker.pdf', pdf),
  ];
  await writeFile(join(out, 'manifest.json'), JSON.stringify(manifest));
  await addTestUser(s.store.db, 'lan', 'mật-khẩu-của-lan');
  lan = new Client(s.url);
  await lan.signIn('lan', 'mật-khẩu-của-lan');
});
afterAll(async () => {
  await s.close();
  await removeTempDirs();
});

it("records lan's download of the tracking sheets and every ZIP, not the poster's", async () => {
  const files = await buildLinks(lan, 'hai-phong');
  const tracker = [...files.keys()].find((n) => n.startsWith('Bảng theo dõi'));
  const poster = [...files.keys()].find((n) => n.startsWith('Áp phích'));
  const allZips = [...files.keys()].find((n) => n.startsWith('Tệp ZIP'));
  const zip1 = [...files.keys()].find((n) => n.startsWith('Tổ 1'));
  expect([tracker, poster, allZips, zip1], [...files.keys()].join(' | ')).not.toContain(undefined);
  for (const name of [poster, tracker, zip1, allZips]) {
    // A HEAD first (a browser's or a download manager's look before it downloads): the headers
    // alone, no file, and no line in the log (it was logged as a download).
    const head = await lan.request('HEAD', files.get(name ?? '') ?? '-');
    expect(head.status, name).toBe(200);
    expect(head.bytes.length, name).toBe(0);
    const res = await lan.get(files.get(name ?? '') ?? '-');
    expect(res.status, name).toBe(200);
  }

  const log = await admin.get('/settings/nhat-ky-tai-tep');
  expect(log.status).toBe(200);
  const text = plainText(log.text);
  expect(text).toContain('Nhật ký tải tệp có họ tên');
  const rows = [
    ...log.text.matchAll(/<tr><td>(.*?)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/g),
  ];
  // Newest first: every ZIP in one, Tổ 1's ZIP, the tracking sheets; the poster not at all.
  expect(rows.map((r) => [r[2], r[3], r[4]])).toEqual([
    ['lan', 'hai-phong', allZips],
    ['lan', 'hai-phong', zip1],
    ['lan', 'hai-phong', tracker],
  ]);
  expect(text).not.toContain(poster);
  // Cài đặt links to it.
  expect((await admin.get('/settings')).text).toContain('href="/settings/nhat-ky-tai-tep"');
});

it('shows the log to an admin only', async () => {
  expect((await lan.get('/settings/nhat-ky-tai-tep')).status).toBe(403);
});
