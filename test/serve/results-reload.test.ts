/**
 * A reload brings the campaign's measures to the figures' routes: the server takes the results
 * scope from the inputs of each request. Served without measures, the office's figures page and
 * the leaders' form are not there; after the campaign gains measures (a reload, as `serve`
 * does on an edit), the form is on the leader's page and a figure sent is stored under the
 * campaign's notice.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { readLatest } from '../../src/results/results-store.js';
import { replaceInputs } from '../../src/serve/app.js';
import { createInProcessRenderer } from '../../src/serve/renderer.js';
import { loadWard, type Ward } from '../../src/serve/ward.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import {
  ADMIN_PASSWORD,
  basic,
  exampleWard,
  startServer,
  type TestServer,
  tokenOf,
} from './server.js';

let store: Store;
let withMeasures: Ward;
const s = {} as TestServer;
beforeAll(async () => {
  const dir = await makeTempDir();
  store = await openStore({ dataDir: dir });
  // The example's campaign without its measures block.
  const yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
  const bare = yaml.replace(/^measures:\n(?:[ \t]+.*\n)+/m, '');
  expect(bare).not.toContain('tham_gia');
  const campaign = join(dir, 'campaign.yaml');
  await writeFile(campaign, bare);
  const without = await loadWard({ campaign, groups: EXAMPLE_GROUPS });
  withMeasures = await exampleWard();
  Object.assign(
    s,
    await startServer({
      ward: without,
      renderer: createInProcessRenderer(without),
      results: { db: store.db, campaign: campaignKey(without.campaign), measures: [] },
    }),
  );
});
afterAll(async () => {
  await s.app?.close();
  await store?.close();
  await removeTempDirs();
});

const officePage = () =>
  fetch(`${s.url}/admin/ket-qua`, { headers: { authorization: basic('admin', ADMIN_PASSWORD) } });
const leaderPage = () => fetch(`${s.url}/g/${tokenOf('5')}/`).then((r) => r.text());

describe('figures after a reload', () => {
  it('appear with the measures a reloaded campaign declares, and are stored', async () => {
    expect((await officePage()).status).toBe(404);
    expect(await leaderPage()).not.toContain('<form class="figures"');

    replaceInputs(s.app, withMeasures, createInProcessRenderer(withMeasures));

    expect((await officePage()).status).toBe(200);
    const html = await leaderPage();
    expect(html).toContain('>Số người dân tham gia cuộc thi</label>');
    const form = /<form class="figures"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
    const hidden = Object.fromEntries(
      [...form.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)].map((m) => [
        m[1],
        m[2],
      ]),
    );
    const sent = await fetch(`${s.url}/g/${tokenOf('5')}/ket-qua`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...hidden, so_tham_gia: '77' }).toString(),
    });
    expect(sent.status).toBe(303);
    const latest = await readLatest(store.db, campaignKey(withMeasures.campaign));
    expect(latest.get('5')?.get('tham_gia')?.value).toBe(77);
  });
});
