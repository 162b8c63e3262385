/**
 * A group whose households are 0 in the groups file: its leader's figures form never says the
 * figure is "above the households (0)" nor shows a rate against 0; since a 0 is a real 0 (no
 * households), a figure above it is asked once ("nhưng danh sách ghi … có 0 hộ", qa25 F3) and
 * saved with the tick. Real HTTP on loopback, the ward loaded from such a file.
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

it('asks once about a figure of a group with households 0, never "above the households", and saves it with the tick', async () => {
  const html = await pageOf();
  const form = /<form class="figures"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
  const hidden = Object.fromEntries(
    [...form.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)].map((m) => [
      m[1],
      m[2],
    ]),
  );
  expect(html).not.toContain('trên 0 hộ');
  const send = (more: Record<string, string>) =>
    fetch(`${s.url}/g/${tokenOf('12')}/ket-qua`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...hidden, so_cai_app: '61', ...more } as Record<
        string,
        string
      >).toString(),
    });
  const asked = await send({});
  const question = await asked.text();
  expect(asked.status).toBe(422);
  expect(question).not.toContain('lớn hơn số hộ');
  expect(question).toContain('nhưng danh sách ghi');
  expect(question).toContain('0 hộ');
  const sent = await send({ xac_nhan: '1' });
  expect(sent.status).toBe(303);
  const saved = await pageOf('?da-luu');
  expect(saved).toContain('Đã lưu: <strong>61</strong>');
  expect(saved).not.toMatch(/61<\/strong> \([^)]*trên 0 hộ/);
});
