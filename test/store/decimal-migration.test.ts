/**
 * A store made before figures could have decimals, with whole figures in it, is brought up to date
 * when opened: its figures read back unchanged, and a quantity's "95,5" kg is then kept as 95,5
 * (PostgreSQL's integer column becomes double precision; SQLite's INTEGER column keeps a REAL as
 * it is) — on SQLite, and on PostgreSQL when a test server is given (PHUONG_PRINT_TEST_PG_URL).
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { readHistory, readLatest, recordSubmission } from '../../src/results/results-store.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { openStore } from '../../src/store/open-store.js';
import { dropTestDatabases, freshPostgres, PG_URL } from '../support/stores.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(async () => {
  await dropTestDatabases();
  await removeTempDirs();
});

/** The last migration before figures could have decimals. */
const BEFORE = '0260-results-withdrawn';

const group = {
  id: '1',
  name: 'Tổ dân phố số 1',
  households: 300,
  population: 1000,
  columns: { 'Khối lượng dự kiến (kg)': '120' },
  source: { file: 'groups.csv', row: 2 },
} as never;
const scope = {
  campaign: 'c1',
  measures: [
    { id: 'nguoi', label: 'Số người tham gia', of: 'people' },
    { id: 'rac_kg', label: 'Khối lượng rác thu gom (kg)', of: 'Khối lượng dự kiến (kg)' },
  ],
} as never;

/** A store as the version before this one left it, with whole figures 245 and 1234. */
async function oldStore(db: Kysely<unknown>): Promise<void> {
  const older = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name <= BEFORE));
  const migrator = new Migrator({ db, provider: { getMigrations: async () => older } });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
  await sql`insert into result_submissions (id, campaign, group_id, source, recorded_at)
    values ('old-1', 'c1', '1', 'leader', '2026-03-01T01:00:00.000Z')`.execute(db);
  await sql`insert into result_values (submission, measure, value)
    select seq, m, v from result_submissions,
    (select 'nguoi' as m, 245 as v union all select 'rac_kg', 1234) as f
    where id = 'old-1'`.execute(db);
  await db.destroy();
}

const backends = [
  {
    name: 'SQLite',
    make: async () => {
      const dir = await makeTempDir('decimal-migration-');
      const database = new Database(join(dir, 'phuong-print.sqlite'));
      await oldStore(new Kysely({ dialect: new SqliteDialect({ database }) }));
      return { dataDir: dir };
    },
  },
  ...(PG_URL
    ? [
        {
          name: 'PostgreSQL',
          make: async () => {
            const url = await freshPostgres(PG_URL as string);
            const { default: pg } = await import('pg');
            await oldStore(
              new Kysely({
                dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }),
              }),
            );
            return { url };
          },
        },
      ]
    : []),
];

describe.each(backends)('a store of whole figures brought up to date ($name)', ({ make }) => {
  it('reads its figures back unchanged, and keeps 95,5 kg after', async () => {
    const store = await openStore(await make());
    try {
      const before = (await readLatest(store.db, 'c1')).get('1');
      expect(before?.get('nguoi')?.value).toBe(245);
      expect(before?.get('rac_kg')?.value).toBe(1234);
      await recordSubmission(store.db, scope, {
        group,
        values: { rac_kg: 95.5 },
        source: 'leader',
        at: new Date('2026-03-02T01:00:00.000Z'),
      });
      await recordSubmission(store.db, scope, {
        group,
        values: { rac_kg: 0.25 },
        source: 'leader',
        at: new Date('2026-03-03T01:00:00.000Z'),
      });
      const history = await readHistory(store.db, 'c1', '1');
      expect(history.map((h) => h.values)).toEqual([
        { rac_kg: 0.25 },
        { rac_kg: 95.5 },
        { nguoi: 245, rac_kg: 1234 },
      ]);
    } finally {
      await store.close();
    }
  });
});
