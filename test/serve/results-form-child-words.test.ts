/**
 * Children counted in any of their words on the leader's form (qa54 p5): a measles campaign
 * counts "Số trẻ đã được tiêm" against "Chỉ tiêu (trẻ)". The form took "38 trẻ" and refused
 * "38 cháu" ("chỉ ghi chữ số …"), though "cháu" is how a leader often says a child. A real server
 * on loopback; the figure read back from the store.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLatest } from '../../src/results/results-store.js';
import { loadWard } from '../../src/serve/ward.js';
import type { Store } from '../../src/store/open-store.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { sendFigures, startResultsServer, type TestServer } from './server.js';

const GROUPS = [
  'STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Chỉ tiêu (trẻ)',
  '1;Tổ dân phố 1;Nguyễn Văn Hải;198;45',
  '2;Tổ dân phố 2;Lê Thị Mai;150;40',
].join('\r\n');

let store: Store;
let campaign: string;
const s = {} as TestServer;
beforeAll(async () => {
  const dir = await makeTempDir('results-child-words-');
  const yaml = (await readFile(EXAMPLE_CAMPAIGN, 'utf8')).replace(
    /^measures:\n(?: {2}- .*\n)+/m,
    'measures:\n  - { id: tre, label: Số trẻ đã được tiêm, of: Chỉ tiêu (trẻ) }\n',
  );
  await writeFile(join(dir, 'campaign.yaml'), yaml);
  await writeFile(join(dir, 'groups.csv'), `\uFEFF${GROUPS}\r\n`);
  const ward = await loadWard({
    campaign: join(dir, 'campaign.yaml'),
    groups: join(dir, 'groups.csv'),
  });
  const served = await startResultsServer(ward, dir);
  ({ store, campaign } = served);
  Object.assign(s, served);
});
afterAll(async () => {
  await s.app?.close();
  await store?.close();
  await removeTempDirs();
});

const saved = async (id: string) => (await readLatest(store.db, campaign)).get(id)?.get('tre');

describe('children counted as the leader says them (qa54 p5)', () => {
  it('saves "38 cháu" and "30 trẻ em" as 38 and 30', async () => {
    const r = await sendFigures(s.url, '1', { so_tre: '38 cháu' });
    expect(r.status, r.html.slice(0, 300)).toBe(303);
    expect((await saved('1'))?.value).toBe(38);
    expect((await sendFigures(s.url, '2', { so_tre: '30 trẻ em' })).status).toBe(303);
    expect((await saved('2'))?.value).toBe(30);
  });

  it('still refuses another measure’s word', async () => {
    const r = await sendFigures(s.url, '1', { so_tre: '38 hộ' });
    expect(r.status).toBe(422);
  });
});
