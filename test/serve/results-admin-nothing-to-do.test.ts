/**
 * h-rev56b2 #1 (qa56 p4 on Kết quả): in the mừng thọ campaign (test/fixtures/qa56-mungtho),
 * Tổ dân phố số 3 has 0 elders and a budget of 0 in the groups file and sent nothing. The
 * report stopped asking it to hurry, but serve's Kết quả page (/admin/ket-qua, over real HTTP)
 * still listed it under "Chưa báo cáo" with its leader's phone to call and counted it in
 * "Đã báo cáo: 2/3". With every other tổ reported, the page headed "Chưa báo cáo (0 tổ)"; and the
 * totals per khu phố (`totals_by`) still counted Tổ 3 ("Khu phố 1 (2/3 tổ đã báo cáo)").
 * (test/support/mungtho-areas.ts now puts Tổ 3 alone in Khu phố 2: review57a #11b.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { recordSubmission } from '../../src/results/results-store.js';
import { loadWard } from '../../src/serve/ward.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { mungthoByArea } from '../support/mungtho-areas.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { ADMIN_PASSWORD, basic, startServer, type TestServer } from './server.js';

let server: TestServer;
let store: Store;
let html: string;
beforeAll(async () => {
  const dir = await makeTempDir('phuong-print-admin-nothing-to-do-');
  // Tổ 1 and 2 in Khu phố 1, Tổ 3 (nothing to do) alone in Khu phố 2, totalled by it.
  const files = await mungthoByArea(dir);
  const ward = await loadWard(files);
  store = await openStore({ dataDir: dir });
  const scope = { campaign: campaignKey(ward.campaign), measures: ward.campaign.measures };
  // QA's results rows for Tổ 1 and 2 (ketqua.csv); Tổ 3 sent nothing.
  for (const [name, values] of [
    ['Tổ dân phố số 1', { cu: 6, tien: 1_600_000 }],
    ['Tổ dân phố số 2', { cu: 4, tien: 1_300_000 }],
  ] as const) {
    const group = ward.groups.find((g) => g.name === name);
    if (!group) throw new Error(`no ${name} in the fixture`);
    await recordSubmission(store.db, scope, { group, values, source: 'leader' });
  }
  server = await startServer({ ward, results: { db: store.db, ...scope } });
  const res = await fetch(`${server.url}/admin/ket-qua`, {
    headers: { authorization: basic('admin', ADMIN_PASSWORD) },
  });
  expect(res.status).toBe(200);
  html = await res.text();
}, 60_000);
afterAll(async () => {
  await server?.app?.close();
  await store?.close();
  await removeTempDirs();
});

const plain = (s: string) =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/\s+/g, ' ');

describe('Kết quả with a group that has nothing to do', () => {
  it('does not list it as yet to report, nor give its phone to call', () => {
    expect(plain(html)).toContain('Đã đủ báo cáo Tất cả 2 tổ đã báo cáo.');
    expect(plain(html)).not.toContain('Chưa báo cáo (');
    expect(html).not.toContain('class="missing-list"');
    // Phạm Đức Thắng's number, from the groups file.
    expect(html).not.toContain('0356 782 104');
  });

  it('counts the two groups that had something to report, in the ward and in its khu phố', () => {
    expect(plain(html)).toContain('Đã báo cáo: 2/2 tổ');
    expect(plain(html)).toContain('Khu phố 1 (2/2 tổ đã báo cáo)');
  });

  it('says plainly that a khu phố whose tổ have nothing to do has none to report (review57a #11b)', () => {
    expect(plain(html)).toContain(
      'Khu phố 2 (không có tổ nào phải báo cáo) Số người cao tuổi được mừng thọ : không có gì phải báo cáo',
    );
    expect(plain(html)).not.toContain('(0/0 tổ');
  });

  it('says in its row that it has nothing to report', () => {
    const row = /<tr[^>]*>(?:(?!<\/tr>)[\s\S])*Tổ dân phố số 3[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
    expect(plain(row)).toContain('Không có gì phải báo cáo');
    expect(plain(row)).not.toContain('Chưa báo cáo');
  });
});
