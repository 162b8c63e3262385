/**
 * A group whose households are 0 in the groups file ("not counted yet"): its leader's figures
 * form saves what the leader types without asking to confirm it is "above the households (0)",
 * and shows no rate against 0. Real HTTP on loopback, the ward loaded from such a file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { loadWard } from '../../src/serve/ward.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { startServer, type TestServer, tokenOf } from './server.js';

let store: Store;
const s = {} as TestServer;
beforeAll(async () => {
  const dir = await makeTempDir();
  store = await openStore({ dataDir: dir });
  const groups = join(dir, 'groups.csv');
  // Group 12's households typed as 0.
  const csv = await readFile(EXAMPLE_GROUPS, 'utf8');
  const zeroed = csv.replace(/^(12;[^;]*;[^;]*;[^;]*;[^;]*);\d+;/m, '$1;0;');
  expect(zeroed).not.toBe(csv);
  await writeFile(groups, zeroed);
  const ward = await loadWard({ campaign: EXAMPLE_CAMPAIGN, groups });
  Object.assign(
    s,
    await startServer({
      ward,
      results: {
        db: store.db,
        campaign: campaignKey(ward.campaign),
        measures: ward.campaign.measures,
      },
    }),
  );
});
afterAll(async () => {
  await s.app?.close();
  await store?.close();
  await removeTempDirs();
});

const pageOf = (query = '') => fetch(`${s.url}/g/${tokenOf('12')}/${query}`).then((r) => r.text());

it('saves a figure of a group with households 0 without an "above the households" question', async () => {
  const html = await pageOf();
  const form = /<form class="figures"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
  const hidden = Object.fromEntries(
    [...form.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)].map((m) => [
      m[1],
      m[2],
    ]),
  );
  expect(html).not.toContain('trên 0 hộ');
  const sent = await fetch(`${s.url}/g/${tokenOf('12')}/ket-qua`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...hidden, so_cai_app: '61' } as Record<string, string>).toString(),
  });
  const body = await sent.text();
  expect(body).not.toContain('lớn hơn số hộ');
  expect(sent.status).toBe(303);
  const saved = await pageOf('?da-luu');
  expect(saved).toContain('Đã lưu: <strong>61</strong>');
  expect(saved).not.toMatch(/61<\/strong> \([^)]*trên 0 hộ/);
});
