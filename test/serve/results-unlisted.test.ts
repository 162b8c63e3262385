/**
 * serve's office figures page (/admin/ket-qua) over real HTTP says the figures the store holds
 * for groups no longer in the groups file and for a measure the campaign no longer has (qa9 Q9):
 * named, in Vietnamese, with how to have them counted again — not dropped without a word.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Group } from '../../src/load/types.js';
import { campaignKey } from '../../src/results/campaign-key.js';
import { recordSubmission } from '../../src/results/results-store.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { visible } from '../support/page-text.js';
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
const s = {} as TestServer;
beforeAll(async () => {
  store = await openStore({ dataDir: await makeTempDir() });
  const ward = await exampleWard();
  const key = campaignKey(ward.campaign);
  // Stored when the list had a group 40 and the campaign a measure "tham_gia_cu".
  const old: Group = {
    id: '40',
    name: 'Tổ dân phố số 40',
    population: 900,
    households: 250,
    source: { file: 'groups.csv', row: 41 },
  };
  const then = {
    campaign: key,
    measures: [
      ...ward.campaign.measures,
      { id: 'tham_gia_cu', label: 'Số người tham gia (cũ)', of: 'people' as const },
    ],
  };
  await recordSubmission(store.db, then, {
    group: old,
    values: { tham_gia: 80 },
    source: 'leader',
  });
  const g1 = ward.groups.find((g) => g.id === '1') as Group;
  await recordSubmission(store.db, then, {
    group: g1,
    values: { tham_gia: 100, tham_gia_cu: 95 },
    source: 'leader',
  });
  Object.assign(
    s,
    await startServer({
      results: { db: store.db, campaign: key, measures: ward.campaign.measures },
    }),
  );
});
afterAll(async () => {
  await s.app?.close();
  await store?.close();
  await removeTempDirs();
});

describe('office figures page: figures the campaign no longer counts', () => {
  it('names the group no longer in the list and the measure no longer in the campaign', async () => {
    const res = await fetch(`${s.url}/admin/ket-qua`, {
      headers: { authorization: basic('admin', ADMIN_PASSWORD) },
    });
    expect(res.status).toBe(200);
    const text = visible(await res.text());
    expect(text).toContain(
      '1 tổ có số liệu nhưng không còn trong danh sách: Tổ dân phố số 40 (mã 40): 80 người dân tham gia cuộc thi. Số liệu của tổ này vẫn được lưu, nhưng không tính vào tổng của Kết quả; báo cáo ghi riêng là chưa tính.',
    );
    expect(text).toContain(
      'Có số liệu của 1 chỉ tiêu không còn trong chiến dịch: mã chỉ tiêu “tham_gia_cu” (1 tổ đã báo cáo).',
    );
    // Group 1's figure still counts; group 40's does not.
    expect(text).toContain('Đã báo cáo: 1/32 tổ.');
  });
});

// review35 #8: a POST to an unknown link looked for a former group by reading every submission
// of the campaign, each time. The former groups' links are now read once per list served.
describe('figures form sent to a link no group has', () => {
  it('reads the store once, not for every such POST; a former group is still told it left', async () => {
    const ward = await exampleWard();
    let reads = 0;
    const db = store.db.withPlugin({
      transformQuery: (args) => {
        if (args.node.kind === 'SelectQueryNode') reads++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    const own = await startServer({
      results: { db, campaign: campaignKey(ward.campaign), measures: ward.campaign.measures },
    });
    try {
      const send = (token: string) =>
        fetch(`${own.url}/g/${token}/ket-qua`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'so_tham_gia=5',
        });
      // Group 40 left the list after it reported: its form is answered 410, not 404.
      const former = await send(tokenOf('40'));
      expect(former.status).toBe(410);
      expect(visible(await former.text())).toContain('Tổ dân phố số 40 không còn trong danh sách');
      const before = reads;
      for (let i = 0; i < 5; i++) {
        // A link of the same length as a group's, which no group has.
        const token = randomBytes(64).toString('base64url').slice(0, tokenOf('1').length);
        expect((await send(token)).status).toBe(404);
      }
      expect(reads - before).toBe(0);
      expect((await send(tokenOf('40'))).status).toBe(410);
    } finally {
      await own.app.close();
    }
  });
});
