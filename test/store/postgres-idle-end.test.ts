/**
 * PostgreSQL ends connections on its own: a restart, an administrator's pg_terminate_backend, a
 * network that drops. The studio's and serve's store keeps idle connections in a pool; one the
 * server ended while idle must not end the program (an unhandled 'error' event did: the test
 * run's "terminating connection due to administrator command"), and the next query works.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { dropTestDatabases, freshPostgres, PG_URL } from '../support/stores.js';

afterAll(dropTestDatabases);

describe.skipIf(!PG_URL)('a PostgreSQL store whose idle connection the server ends', () => {
  it('keeps answering with a new connection', async () => {
    const url = await freshPostgres(PG_URL ?? '');
    const store = await openStore({ url });
    try {
      // A query leaves its connection idle in the pool.
      await store.db.selectFrom('store_meta').selectAll().execute();
      const database = new URL(url).pathname.slice(1);
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      try {
        const ended = await admin.query(
          'select pg_terminate_backend(pid) as ended from pg_stat_activity where datname = $1',
          [database],
        );
        expect(ended.rows.length).toBeGreaterThan(0);
      } finally {
        await admin.end();
      }
      // The server's message reaches the idle connection: wait until it has been let go.
      await new Promise((r) => setTimeout(r, 300));
      const rows = await store.db.selectFrom('store_meta').selectAll().execute();
      expect(rows.map((r) => r.key)).toContain('created_at');
    } finally {
      await store.close();
    }
  });
});
