/**
 * The office's figures page when some groups that report have no population in the groups file
 * (a new tổ, a merged one: "not counted yet"): the ward's rate is of the groups with one, and
 * the others' figures are said apart, never "122/100 hộ, 122,0%" (qa9 Q4). Expected figures are
 * worked out from the groups file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { recordSubmission } from '../../src/results/results-store.js';
import { loadWard } from '../../src/serve/ward.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { ADMIN_PASSWORD, basic, startServer, type TestServer } from './server.js';

let store: Store;
let base = 0;
let csv = '';
const s = {} as TestServer;
beforeAll(async () => {
  const dir = await makeTempDir('phuong-print-unrated-');
  const groups = join(dir, 'groups.csv');
  // Group 4's population left empty: the list does not count it yet.
  csv = (await readFile(EXAMPLE_GROUPS, 'utf8')).replace(
    /^(4;Tổ dân phố số 4;.*;\d+);\d+$/m,
    '$1;',
  );
  await writeFile(groups, csv);
  base = csv
    .trim()
    .split('\n')
    .slice(1)
    .reduce((sum, row) => sum + Number(row.split(';').at(-1) || 0), 0);
  const ward = await loadWard({ campaign: EXAMPLE_CAMPAIGN, groups });
  store = await openStore({ dataDir: dir });
  const scope = { campaign: campaignKey(ward.campaign), measures: ward.campaign.measures };
  for (const [id, value] of [
    ['3', 300],
    ['4', 500],
  ] as const) {
    const g = ward.groups.find((x) => x.id === id);
    if (g)
      await recordSubmission(store.db, scope, {
        group: g,
        values: { tham_gia: value },
        source: 'leader',
      });
  }
  Object.assign(s, await startServer({ ward, results: { db: store.db, ...scope } }));
});
afterAll(async () => {
  await s.app?.close();
  await store?.close();
  await removeTempDirs();
});

describe('the ward total when a reporting group has no population', () => {
  it("rates the groups with one, and says the other's figure apart", async () => {
    const res = await fetch(`${s.url}/admin/ket-qua`, {
      headers: { authorization: basic('admin', ADMIN_PASSWORD) },
    });
    const html = await res.text();
    const totals = /<ul class="totals">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    const text = totals.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    const rate = (Math.round((300 * 1000) / base) / 10).toFixed(1).replace('.', ',');
    const thousands = (n: number) => n.toLocaleString('de-DE');
    // Group 3 is the only one with a population that reported: its rate leads, the ward's
    // counting the other groups with a population as 0 (qa22 #8); 2 reported, so the count says
    // it is of those with a population.
    const rows = csv.trim().split('\n').slice(1);
    const own = Number(
      rows
        .find((r) => r.startsWith('3;'))
        ?.split(';')
        .at(-1),
    );
    const others = rows.filter((r) => Number(r.split(';').at(-1) || 0) > 0).length - 1;
    const ownRate = (Math.round((300 * 1000) / own) / 10).toFixed(1).replace('.', ',');
    expect(text).toContain(
      `Số người dân tham gia cuộc thi ${ownRate}% ở 1 tổ có số nhân khẩu đã báo cáo (300 / ${thousands(own)} nhân khẩu); toàn phường: 800; các tổ có số nhân khẩu: 300 / ${thousands(base)} nhân khẩu · ${rate}% (không tính 500 của 1 tổ chưa có số nhân khẩu trong danh sách) (tính ${others} tổ chưa báo cáo là 0)`,
    );
  });
});
