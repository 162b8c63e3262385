/**
 * A file imported while a leader's save is being written (review: the import took no group
 * lock on PostgreSQL): the import waits for the save, then sees it — the leader's newer figure
 * is kept and the file's older one named, as if they had come one after the other. Without the
 * lock the import read the store before the save committed and stored its figure too, unseen by
 * the save's own check. On SQLite one transaction runs at a time: the same outcome by design.
 */
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import type { Group } from '../../src/load/types.js';
import type { Measure } from '../../src/results/figures.js';
import { importFigures } from '../../src/results/import-figures.js';
import {
  readHistory,
  readLatestSeq,
  recordAllIn,
  recordSubmission,
} from '../../src/results/results-store.js';
import { openStore } from '../../src/store/open-store.js';
import { dropTestDatabases, freshPostgres, PG_URL } from '../support/stores.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(async () => {
  await dropTestDatabases();
  await removeTempDirs();
});

const MEASURES: Measure[] = [{ id: 'tham_gia', label: 'Số người tham gia', of: 'people' }];
const scope = { campaign: 'tiem-chung-2026', measures: MEASURES };
const group: Group = {
  id: '7',
  name: 'Tổ dân phố số 7',
  population: 900,
  source: { file: 'groups.csv', row: 8 },
};

describe.skipIf(!PG_URL)('an import racing a leader’s save (PostgreSQL)', () => {
  it('waits for the save under the group’s lock, then keeps the leader’s newer figure', async () => {
    const url = await freshPostgres(PG_URL as string);
    // Two processes on one database: the leaders' server and the office's import.
    const server = await openStore({ url });
    const office = await openStore({ url });
    try {
      await recordSubmission(server.db, scope, {
        group,
        values: { tham_gia: 100 },
        source: 'leader',
        at: new Date('2026-12-01T08:00:00Z'),
      });
      const seen = await readLatestSeq(server.db, scope.campaign, group.id);
      // The file speaks for Dec 2; the leader corrects the figure on Dec 3, its save held open
      // (between its check and its commit) while the import runs.
      let release = () => {};
      const held = new Promise<void>((r) => {
        release = r;
      });
      let written = () => {};
      const inserted = new Promise<void>((r) => {
        written = r;
      });
      const save = server.db.transaction().execute(async (tx) => {
        const done = await recordAllIn(tx, scope, [
          {
            group,
            values: { tham_gia: 130 },
            source: 'leader',
            seen,
            at: new Date('2026-12-03T08:00:00Z'),
          },
        ]);
        written();
        await held;
        return done;
      });
      await inserted;
      let importDone = false;
      const importing = importFigures(
        office.db,
        scope,
        [{ group, values: { tham_gia: 120 }, row: 2 }],
        { key: 'so-lieu-2-12', at: new Date('2026-12-02T08:00:00Z'), confirmed: false },
      ).finally(() => {
        importDone = true;
      });
      // Until the import waits on the tổ's lock (or ends without waiting: the failure below),
      // not a fixed sleep, which a slow runner could outlast with no lock taken at all.
      for (let tries = 0; tries < 200 && !importDone; tries++) {
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n from pg_stat_activity
          where wait_event_type = 'Lock' and wait_event = 'advisory'`.execute(server.db);
        if ((rows[0]?.n ?? 0) > 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const finishedWhileHeld = importDone;
      release();
      const [saved, imported] = await Promise.all([save, importing]);
      expect(saved[0]?.stored).toBe(true);
      expect(imported.stored).toBe(0);
      expect(imported.newer.map((n) => [n.group.name, n.value])).toEqual([
        ['Tổ dân phố số 7', 120],
      ]);
      const history = await readHistory(office.db, scope.campaign, group.id);
      expect(history.map((h) => [h.source, h.values.tham_gia])).toEqual([
        ['leader', 130],
        ['leader', 100],
      ]);
      expect(finishedWhileHeld).toBe(false);
    } finally {
      await server.close();
      await office.close();
    }
  }, 30_000);
});
