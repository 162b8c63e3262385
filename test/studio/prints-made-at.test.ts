/**
 * "Đã tạo tệp in lúc …" on the build tab (a build the studio did not run: a CLI build, or one
 * before a restart) and on "Xoá tệp in": after a build of the flyers alone, it named the earlier
 * build's time, the manifest's oldest file's (left11a #3). Now the newest build's time, and the
 * kinds the earlier build left with its time. Over HTTP on loopback; the times are read from the
 * manifest the builds wrote, the earlier build's moved two hours back as if made then.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { wardTimeSaid } from '../../src/ward-time.js';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const slug = 'hai-phong';
const HOURS_2 = 2 * 3600_000;

let s: TestStudio;
let c: Client;
let folder: string;
beforeAll(async () => {
  ({ s, c, folder } = await studioWithExample({}, slug, undefined, { groups: 1 }));
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

interface Read {
  kind: string;
  readAt: number;
}

it('says the newest build’s time, and which files an earlier build made and when', async () => {
  const out = join(folder, 'out');
  const build = (...more: string[]) =>
    runCliInProcess(
      buildArgs(join(folder, 'campaign.yaml'), join(folder, 'groups.csv'), out, '--quiet', ...more),
    );
  expect((await build()).code).toBe(0);
  // The whole build as if made two hours ago.
  const file = join(out, 'manifest.json');
  const m = JSON.parse(await readFile(file, 'utf8'));
  m.builtAt -= HOURS_2;
  for (const p of [...m.print, m.original]) p.readAt -= HOURS_2;
  await writeFile(file, JSON.stringify(m));
  const flyers = await build('--kind', 'flyer');
  expect(flyers.code, flyers.stderr).toBe(0);

  const after = JSON.parse(await readFile(file, 'utf8'));
  const files: Read[] = [...after.print, after.original];
  const newest = Math.max(...files.map((f) => f.readAt));
  const oldest = Math.min(...files.map((f) => f.readAt));
  expect(newest - oldest).toBeGreaterThan(HOURS_2 - 60_000);
  // Only the flyers are of the newest build.
  expect([...new Set(files.filter((f) => f.readAt === newest).map((f) => f.kind))]).toEqual([
    'flyer',
  ]);
  const at = (ms: number) => wardTimeSaid(new Date(ms));

  const tab = plainText((await c.get(`/c/${slug}/build`)).text);
  expect(tab).toContain(`Đã tạo tệp in lúc ${at(newest)}; `);
  expect(tab).toMatch(
    new RegExp(`; [^.]*thông báo[^.]* là tệp của lần tạo trước, lúc ${at(oldest)}\\.`),
  );
  expect(tab).not.toContain(`Đã tạo tệp in lúc ${at(oldest)}`);

  const free = plainText((await c.get(`/c/${slug}/build/xoa-ban-in`)).text);
  expect(free).toMatch(
    new RegExp(
      `tệp, in lúc ${at(newest)}; [^)]*thông báo[^)]* là tệp của lần tạo trước, lúc ${at(oldest)}\\)`,
    ),
  );
});
