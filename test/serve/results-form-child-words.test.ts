/**
 * Children counted in any of their words on the leader's form (qa54 p5): a measles campaign
 * counts "Số trẻ đã được tiêm" against "Chỉ tiêu (trẻ)". The form took "38 trẻ" and refused
 * "38 cháu" ("chỉ ghi chữ số …"), though "cháu" is how a leader often says a child. A real server
 * on loopback; the figure read back from the store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLatest } from '../../src/results/results-store.js';
import type { Store } from '../../src/store/open-store.js';
import { removeTempDirs } from '../support/tmp.js';
import { measureWard } from './measure-ward.js';
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
  const { dir, ward } = await measureWard(
    'results-child-words-',
    '{ id: tre, label: Số trẻ đã được tiêm, of: Chỉ tiêu (trẻ) }',
    GROUPS,
  );
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
