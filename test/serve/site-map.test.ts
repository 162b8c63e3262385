/**
 * The campaign's map on a static site (`build --site`): the same picture for every group, written
 * once and linked from every leader's page, not copied into each group's folder (review44 #6: a
 * 3,000-group ward wrote 3,000 copies of a 0.5–2 MB picture). The storm campaign with the QA
 * round's map (test/fixtures/qa40-map/), two groups.
 */
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupToken } from '../../src/serve/tokens.js';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { stormCampaign } from '../support/storm-campaign.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { SECRET } from './server.js';

const MAP = fileURLToPath(new URL('../fixtures/qa40-map/so-do-tap-ket.png', import.meta.url));
const CAPTION = 'Sơ đồ điểm tập kết khu dân cư số 3';
const GROUPS = 'STT,Tên tổ dân phố\n1,Tổ dân phố 1\n2,Tổ dân phố 2\n';

let site: string;
beforeAll(async () => {
  const dir = await makeTempDir();
  await copyFile(MAP, join(dir, 'so-do.png'));
  await writeFile(
    join(dir, 'campaign.yaml'),
    stormCampaign({ after: `assets:\n  map: { file: so-do.png, caption: ${CAPTION} }\n` }),
  );
  await writeFile(join(dir, 'groups.csv'), GROUPS);
  const out = join(dir, 'out');
  const r = await runCliInProcess(
    // One kind is enough for the leaders' pages; the flyer prints the map, so it stays in use.
    buildArgs(
      join(dir, 'campaign.yaml'),
      join(dir, 'groups.csv'),
      out,
      '--quiet',
      '--site',
      '--no-site-views',
      '--kind',
      'flyer',
    ),
    { env: { PHUONG_PRINT_SECRET: SECRET } },
  );
  expect(r.code, r.stderr).toBe(0);
  site = join(out, 'site');
}, 300_000);
afterAll(removeTempDirs);

describe('the map on a static site', () => {
  it('is written once and shown on every group’s page', async () => {
    const shown = new Set<string>();
    for (const id of ['1', '2']) {
      const page = join(site, 'g', groupToken(SECRET, id), 'index.html');
      const html = await readFile(page, 'utf8');
      const src = /<img class="map-img" src="([^"]+)"/.exec(html)?.[1];
      const large = /<figure class="map">\s*<a href="([^"]+)"/.exec(html)?.[1];
      expect(src, html).toBeDefined();
      expect(large).toBe(src);
      const file = resolve(dirname(page), src ?? '');
      // The picture the page names is there.
      expect((await readFile(file)).length).toBeGreaterThan(0);
      shown.add(file);
    }
    expect(shown.size).toBe(1);
    const [file = ''] = shown;
    const bytes = await readFile(file);
    // No other copy of it anywhere in the site.
    const pngs = (await readdir(site, { recursive: true }))
      .filter((f) => f.endsWith('.png'))
      .map((f) => join(site, f));
    const copies = [];
    for (const f of pngs) if (Buffer.compare(await readFile(f), bytes) === 0) copies.push(f);
    expect(copies).toEqual([file]);
  });
});
