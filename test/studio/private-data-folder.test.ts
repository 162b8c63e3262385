/**
 * The studio's data folder is its own account's only (qa46 F2): the residents list, the groups
 * file (the leaders' phones), the tracking sheets and ZIPs must not be readable by another
 * account of the office's computer. `phuong-print studio` as the office starts it, on a data
 * folder an older version left 0755 with its campaign's files 0644: at the start the folders are
 * made 0700 and the campaign's files 0600; a residents list then uploaded and saved, and the
 * file naming its upload, are written 0600.
 */
import { chmod, cp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { saveRoster } from './office-steps.js';
import { Client, startCli } from './studio.js';

const LIST = join(import.meta.dirname, '..', 'fixtures', 'qa46', 'roster-ward.csv');

afterAll(removeTempDirs);

const modeOf = async (path: string) => ((await stat(path)).mode & 0o777).toString(8);

it("makes the data folder and the campaign's personal files private to the studio's account", async () => {
  const data = await makeTempDir();
  const campaigns = join(data, 'campaigns');
  const folder = join(campaigns, 'hai-phong');
  await cp(join(EXAMPLE_CAMPAIGN, '..'), folder, { recursive: true });
  await rm(join(folder, 'groups.xlsx'), { force: true });
  for (const dir of [data, campaigns, folder]) await chmod(dir, 0o755);
  await chmod(join(folder, 'groups.csv'), 0o644);
  const { child, address: started } = startCli(['--data', data, '--port', '0']);
  try {
    const address = await started;
    expect(await modeOf(data)).toBe('700');
    expect(await modeOf(campaigns)).toBe('700');
    expect(await modeOf(folder)).toBe('700');
    expect(await modeOf(join(folder, 'groups.csv'))).toBe('600');

    const c = new Client(address);
    expect((await c.signIn()).status).toBe(303);
    await saveRoster(c, 'hai-phong', 'DS.csv', await readFile(LIST));
    const written = (await readdir(folder)).filter(
      (n) => /rosters/.test(n) && !/^rosters$/.test(n),
    );
    expect(written.length).toBeGreaterThan(1);
    for (const name of written)
      expect([name, await modeOf(join(folder, name))]).toEqual([name, '600']);
  } finally {
    child.kill('SIGTERM');
  }
});
