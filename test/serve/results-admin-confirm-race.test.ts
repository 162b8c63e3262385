import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { readHistory, readLatest, recordSubmission } from '../../src/results/results-store.js';
import type { Ward } from '../../src/serve/ward.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import type { StoreTables } from '../../src/store/tables.js';
import { browserForm } from '../support/browser-form.js';
import { charityWard } from '../support/charity-fund.js';
import { heldConnection, Interleave } from '../support/interleave.js';
import { removeTempDirs } from '../support/tmp.js';
import { fromHtml, pageText } from './leader-page.js';
import { ADMIN_PASSWORD, basic, sendFigures, startServer, type TestServer } from './server.js';

let store: Store;
let held: Kysely<StoreTables>;
let ward: Ward;
let campaign: string;
const plugin = new Interleave();
const s = {} as TestServer;
beforeAll(async () => {
  let dir: string;
  ({ dir, ward } = await charityWard('results-confirm-race-'));
  store = await openStore({ dataDir: dir });
  campaign = campaignKey(ward.campaign);
  held = heldConnection(store.file ?? '', plugin);
  Object.assign(
    s,
    await startServer({ ward, results: { db: held, campaign, measures: ward.campaign.measures } }),
  );
  // The leader sends 9.500 for a 10.000.000 target, ticked: "chưa xác nhận" for the office.
  expect((await sendFigures(s.url, '8', { so_tien: '9.500' }, true)).status).toBe(303);
});
afterAll(async () => {
  await s.app?.close();
  await held?.destroy();
  await store?.close();
  await removeTempDirs();
});

const OFFICE = { authorization: basic('admin', ADMIN_PASSWORD) };

describe('a leader’s correction while the office confirms the old figure', () => {
  it('is kept: nothing is confirmed, the page says the figures changed (409)', async () => {
    const page = fromHtml(
      await (await fetch(`${s.url}/admin/ket-qua`, { headers: OFFICE })).text(),
    );
    const item = [...page.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)]
      .map((m) => m[1] ?? '')
      .find((li) => li.includes('Tổ dân phố 8: 9.500') && li.includes('<form'));
    expect(item).toBeDefined();
    const { fields } = browserForm(item ?? '');
    const group = ward.group('8');
    if (!group) throw new Error('the list has no tổ 8');
    // The confirmation reads the figures twice (the group's, then the unconfirmed ones): the
    // leader's 9.600 is stored right after the second read, before the office's write.
    plugin.arm(2, async () => {
      await recordSubmission(
        store.db,
        { campaign, measures: ward.campaign.measures },
        { group, values: { tien: 9_600 }, source: 'leader', confirmed: true },
      );
    });
    const r = await fetch(`${s.url}/admin/ket-qua/xac-nhan`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        ...OFFICE,
        'content-type': 'application/x-www-form-urlencoded',
        origin: s.url,
        'sec-fetch-site': 'same-origin',
      },
      body: new URLSearchParams(fields).toString(),
    });
    const text = pageText(await r.text());
    // The leader's correction is the figure of now, and it is still the leader's, unconfirmed.
    const now = (await readLatest(store.db, campaign)).get('8')?.get('tien');
    expect(now?.value).toBe(9_600);
    expect(now?.source).toBe('leader');
    const [last] = await readHistory(store.db, campaign, '8');
    expect(last?.source).toBe('leader');
    expect(r.status).toBe(409);
    expect(text).toContain(
      'Số liệu của Tổ dân phố 8 vừa thay đổi sau khi mở trang này: chưa xác nhận số nào.',
    );
    expect(text).toContain('Tổ dân phố 8: 9.600 đồng');
  });
});
