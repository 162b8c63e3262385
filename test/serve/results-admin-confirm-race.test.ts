/**
 * /admin/ket-qua's "Xác nhận số đúng" while the leader corrects the figure (review35 #4): the
 * confirmation reads the group's figures, checks them, then writes; a leader's correction that
 * lands in between must not be followed by the office's write of the old figure, "confirmed".
 * The server's store is a second connection to the same SQLite file whose reads can be held:
 * the leader's correction is stored (through the first connection) right after the
 * confirmation's last read of the figures, before its write. Real server on loopback; the
 * charity fund's list (test/fixtures/qa24-money/chi-tieu-van-dong.xlsx: Tổ dân phố 8,
 * 10.000.000 đồng).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import {
  Kysely,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  SqliteDialect,
  type UnknownRow,
} from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { readHistory, readLatest, recordSubmission } from '../../src/results/results-store.js';
import { loadWard, type Ward } from '../../src/serve/ward.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import type { StoreTables } from '../../src/store/tables.js';
import { collapseSpaces } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { fromHtml } from './leader-page.js';
import { ADMIN_PASSWORD, basic, sendFigures, startServer, type TestServer } from './server.js';

const LIST = fileURLToPath(
  new URL('../fixtures/qa24-money/chi-tieu-van-dong.xlsx', import.meta.url),
);

/**
 * Holds nothing until armed; then, at the `nth` read of the group figures (a select joining
 * result_values), runs `then` before the read's rows are handed back.
 */
class Interleave implements KyselyPlugin {
  private reads = 0;
  private armed?: { nth: number; then: () => Promise<void> };
  private readonly joined = new WeakMap<object, boolean>();
  arm(nth: number, then: () => Promise<void>) {
    this.reads = 0;
    this.armed = { nth, then };
  }
  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    this.joined.set(
      queryId,
      node.kind === 'SelectQueryNode' && JSON.stringify(node).includes('"result_values"'),
    );
    return node;
  }
  async transformResult({
    result,
    queryId,
  }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.armed && this.joined.get(queryId) && ++this.reads === this.armed.nth) {
      const { then } = this.armed;
      this.armed = undefined;
      await then();
    }
    return result;
  }
}

let store: Store;
let held: Kysely<StoreTables>;
let ward: Ward;
let campaign: string;
const plugin = new Interleave();
const s = {} as TestServer;
beforeAll(async () => {
  const dir = await makeTempDir('results-confirm-race-');
  const yaml = (await readFile(EXAMPLE_CAMPAIGN, 'utf8')).replace(
    /^measures:\n(?: {2}- .*\n)+/m,
    'measures:\n  - { id: tien, label: Số tiền đã vận động (đồng), of: Chỉ tiêu (đồng) }\n',
  );
  await writeFile(join(dir, 'campaign.yaml'), yaml);
  ward = await loadWard({ campaign: join(dir, 'campaign.yaml'), groups: LIST });
  store = await openStore({ dataDir: dir });
  campaign = campaignKey(ward.campaign);
  const sqlite = new Database(store.file ?? '');
  sqlite.pragma('busy_timeout = 5000');
  held = new Kysely<StoreTables>({
    dialect: new SqliteDialect({ database: sqlite }),
    plugins: [plugin],
  });
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
const textOf = (html: string) => collapseSpaces(fromHtml(html).replace(/<[^>]+>/g, ' '));

describe('a leader’s correction while the office confirms the old figure', () => {
  it('is kept: nothing is confirmed, the page says the figures changed (409)', async () => {
    const page = fromHtml(
      await (await fetch(`${s.url}/admin/ket-qua`, { headers: OFFICE })).text(),
    );
    const item = [...page.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)]
      .map((m) => m[1] ?? '')
      .find((li) => li.includes('Tổ dân phố 8: 9.500') && li.includes('<form'));
    expect(item).toBeDefined();
    const fields = Object.fromEntries(
      [...(item ?? '').matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map(
        (m) => [m[1] as string, m[2] as string],
      ),
    );
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
    const text = textOf(await r.text());
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
