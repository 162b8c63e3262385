/**
 * Test support: fresh stores on every backend the machine has. SQLite always (a file in a
 * temporary folder); PostgreSQL when PHUONG_PRINT_TEST_PG_URL names a server whose user may
 * create databases — each store then gets a database of its own, dropped after the file's tests.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { openStore, type Store } from '../../src/store/open-store.js';
import { makeTempDir } from './tmp.js';

export const PG_URL = process.env.PHUONG_PRINT_TEST_PG_URL || undefined;

if (!PG_URL && process.env.CI) {
  console.warn('PHUONG_PRINT_TEST_PG_URL is not set: the PostgreSQL store tests are skipped');
}

const created: { url: string; name: string }[] = [];

async function adminQuery(url: string, text: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A new, empty PostgreSQL database on the test server, and its URL. */
export async function freshPostgres(url: string): Promise<string> {
  const name = `phuong_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `create database ${name}`);
  created.push({ url, name });
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Drops the databases made by this file's tests (call in afterAll, after closing the stores). */
export async function dropTestDatabases(): Promise<void> {
  for (const { url, name } of created.splice(0)) {
    await adminQuery(url, `drop database if exists ${name} with (force)`);
  }
}

export interface Backend {
  name: 'SQLite' | 'PostgreSQL';
  open(): Promise<Store>;
}

export const BACKENDS: Backend[] = [
  { name: 'SQLite', open: async () => openStore({ dataDir: await makeTempDir() }) },
  ...(PG_URL
    ? [
        {
          name: 'PostgreSQL' as const,
          open: async () => openStore({ url: await freshPostgres(PG_URL) }),
        },
      ]
    : []),
];

/** Empties a PostgreSQL store's tables as a new store has them (see reusingOneDatabase). */
async function emptyTables(store: Store): Promise<void> {
  const { rows } = await sql<{ name: string }>`
    select tablename as name from pg_tables
    where schemaname = current_schema()
      and tablename not in ('kysely_migration', 'kysely_migration_lock', 'store_meta')`.execute(
    store.db,
  );
  if (rows.length === 0) return;
  const names = rows.map((r) => `"${r.name}"`).join(', ');
  await sql.raw(`truncate ${names} restart identity cascade`).execute(store.db);
}

/**
 * BACKENDS for a test file whose tests open one store at a time and close it before the next:
 * on PostgreSQL the file's stores are one database, made and brought up to date once, its tables
 * emptied for each store (TRUNCATE … RESTART IDENTITY: numbering starts again as in a new one;
 * the migrations' bookkeeping and store_meta kept, as a new store has them). A database made and
 * migrated for every store cost about 1.3 s of waiting on the server each. Call once per file.
 */
export function backendsReusingOneDatabase(): Backend[] {
  let database: Promise<string> | undefined;
  const sqlite = BACKENDS[0] as Backend;
  if (!PG_URL) return [sqlite];
  const server = PG_URL;
  return [
    sqlite,
    {
      name: 'PostgreSQL',
      open: async () => {
        const reused = database !== undefined;
        database ??= freshPostgres(server);
        const store = await openStore({ url: await database });
        if (reused) await emptyTables(store);
        return store;
      },
    },
  ];
}
