/**
 * Two phones on one link send the same measure at once, both from a page made on the same
 * submission (`seen`): one is stored, the other refused as stale — never both, the later then
 * writing over the earlier unseen (review35 #3). On PostgreSQL's default isolation (READ
 * COMMITTED, a pool of connections) the check and the write are one step only under the group's
 * lock; on SQLite the store's transactions run one at a time. A save of another measure meanwhile
 * is no conflict. Both backends (PostgreSQL when PHUONG_PRINT_TEST_PG_URL is set).
 */
import { describe, expect, it } from 'vitest';
import { readHistory, readLatest, recordSubmission } from '../../src/results/results-store.js';
import { backendsReusingOneDatabase } from '../support/stores.js';
import { cleanUpStores, group, scope } from './store-fixtures.js';

cleanUpStores();
/** One PostgreSQL database for the file's stores, emptied for each (its tests open one at a time). */
const BACKENDS = backendsReusingOneDatabase();

describe.each(BACKENDS)('submissions checked against `seen`, sent at once ($name)', ({ open }) => {
  it('stores one of several phones’ figures of a measure, refuses the others', async () => {
    const store = await open();
    try {
      // Ten tổ, each with a first figure; then six phones each send a figure of it at once.
      const PHONES = 6;
      const groups = Array.from({ length: 10 }, (_, i) => group(String(i + 1), 900, 250));
      const seen = new Map<string, number>();
      for (const g of groups) {
        const first = await recordSubmission(store.db, scope, {
          group: g,
          values: { tham_gia: 100 },
          source: 'leader',
        });
        seen.set(g.id, first.seq);
      }
      const sent = await Promise.all(
        groups.flatMap((g) =>
          Array.from({ length: PHONES }, (_, phone) =>
            recordSubmission(store.db, scope, {
              group: g,
              values: { tham_gia: 200 + phone },
              source: 'leader',
              id: `phone-${phone}:${g.id}`,
              seen: seen.get(g.id) ?? 0,
            }).then((r) => ({ group: g.id, phone, ...r })),
          ),
        ),
      );
      const latest = await readLatest(store.db, scope.campaign);
      for (const g of groups) {
        const own = sent.filter((r) => r.group === g.id);
        const stored = own.filter((r) => r.stored);
        // Exactly one phone's figure stored, and it is the figure of now; the rest told "stale".
        expect(stored.map((r) => r.phone)).toHaveLength(1);
        expect(own.filter((r) => r.stale)).toHaveLength(PHONES - 1);
        expect(latest.get(g.id)?.get('tham_gia')?.value).toBe(200 + (stored[0]?.phone ?? -1));
        expect(await readHistory(store.db, scope.campaign, g.id)).toHaveLength(2);
      }
    } finally {
      await store.close();
    }
  });

  it('a save of another measure since `seen` is kept, and is no conflict', async () => {
    const store = await open();
    try {
      const g = group('1', 900, 250);
      const first = await recordSubmission(store.db, scope, {
        group: g,
        values: { tham_gia: 100, cai_app: 20 },
        source: 'leader',
      });
      // The office corrects cai_app; a phone whose page showed `first` sends tham_gia.
      await recordSubmission(store.db, scope, {
        group: g,
        values: { cai_app: 30 },
        source: 'office',
        by: 'lan',
      });
      /** A leader's phone, its page showing `first`, sends `values`. */
      const leaderSends = (values: Record<string, number>, id: string) =>
        recordSubmission(store.db, scope, {
          group: g,
          values,
          source: 'leader',
          id,
          seen: first.seq,
        });
      const other = await leaderSends({ tham_gia: 120 }, 'phone:1');
      expect(other.stored).toBe(true);
      // The same measure since `seen`: refused.
      const late = await leaderSends({ cai_app: 25 }, 'phone:2');
      expect(late.stale).toBe(true);
      const latest = (await readLatest(store.db, scope.campaign)).get('1');
      expect(latest?.get('tham_gia')?.value).toBe(120);
      expect(latest?.get('cai_app')?.value).toBe(30);
    } finally {
      await store.close();
    }
  });
});
