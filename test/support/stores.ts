/**
 * Test support: fresh stores on every backend the machine has. SQLite always (a file in a
 * temporary folder); PostgreSQL when PHUONG_PRINT_TEST_PG_URL names a server whose user may
 * create databases — each store then gets a database of its own, dropped after the file's tests.
 */
import { randomBytes } from 'node:crypto';
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
