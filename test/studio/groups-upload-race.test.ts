/**
 * Two uploads of the groups list at once (a double click on "Tải lên", two tabs), on a campaign
 * already printed (qa8 U1: once, a list with fewer groups was taken without "Vẫn dùng tệp này").
 * Each upload was written to the same pending file (.upload-groups.csv): one request could
 * check one file and put the other's bytes in place, or remove the file the other was about to
 * use. Now a list that drops ids is never used without the tick, whatever the other request
 * does; an upload is answered by what it sent. Real studio on loopback; the ids from the files.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTICE_ONLY } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, signedInStudio, type TestStudio } from './studio.js';

const NAMES = ['Tổ 1', 'Tổ 2', 'Tổ 3', 'Tổ 4'];
const list = (n: number, leader = '') =>
  `STT;Tên tổ dân phố;Tổ trưởng\n${NAMES.slice(0, n)
    .map((name, i) => `${i + 1};${name};${leader}`)
    .join('\n')}\n`;
const slug = 'vneid';
const ROUNDS = 12;

describe('two uploads of the groups list at once', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  beforeAll(async () => {
    ({ s, c } = await signedInStudio());
    folder = join(s.dataDir, 'campaigns', slug);
    await mkdir(join(folder, 'out'), { recursive: true });
    await writeFile(join(folder, 'campaign.yaml'), NOTICE_ONLY);
    await writeFile(join(folder, 'groups.csv'), list(4));
    // Printed: the links and ZIPs the leaders have are this list's.
    await writeFile(join(folder, 'out', 'manifest.json'), '{"files":[],"print":[],"zips":[]}\n');
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('never uses a list that drops ids without the tick, and answers each upload for its own file', async () => {
    const page = `/c/${slug}/groups`;
    for (let round = 0; round < ROUNDS; round++) {
      // The same four ids, another leader each round (accepted); and two of them (refused).
      const same = new TextEncoder().encode(list(4, `Trưởng ${round}`));
      const fewer = new TextEncoder().encode(list(2));
      const [kept, dropped] = await Promise.all([
        c.upload(page, 'file', 'groups.csv', same, {}, page),
        c.upload(page, 'file', 'groups.csv', fewer, {}, page),
      ]);
      expect(dropped.status, `round ${round}`).toBe(409);
      expect(dropped.text.replace(/<[^>]+>/g, ' '), `round ${round}`).toContain(
        '2 mã không còn trong tệp mới',
      );
      expect(kept.status, `round ${round}`).toBe(303);
      const now = await readFile(join(folder, 'groups.csv'), 'utf8');
      expect(now, `round ${round}`).toBe(list(4, `Trưởng ${round}`));
    }
    // No pending upload left behind but the refused ones kept for their answer (qa58b p8: the
    // tick and "Tải lên" use it; an hour at most), one a refusal.
    const pending = (await readdir(folder)).filter((f) => f.startsWith('.upload'));
    expect(pending.filter((f) => !f.startsWith('.upload-groups-held-'))).toEqual([]);
    expect(pending.length).toBeLessThanOrEqual(ROUNDS);
  });
});
