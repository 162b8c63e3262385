/**
 * Stores as other releases left them (qa35: upgrading a data folder): a SQLite store in a new
 * data folder with exactly the given migrations applied, and the steps a store file records.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, type Migration, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import { expect } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { makeTempDir } from './tmp.js';

/** The first `n` of today's migrations in name order: a store an earlier release made. */
export const firstSteps = (n: number): Record<string, Migration> =>
  Object.fromEntries(
    Object.entries(MIGRATIONS)
      .sort(([a], [b]) => a.localeCompare(b))
      .slice(0, n),
  );

/** A data folder whose store has exactly `migrations` applied (in `dir` when given). */
export async function storeOf(
  migrations: Record<string, Migration>,
  dir?: string,
): Promise<string> {
  const folder = dir ?? (await makeTempDir());
  await applyOnly(
    new Kysely<unknown>({
      dialect: new SqliteDialect({ database: new Database(join(folder, 'phuong-print.sqlite')) }),
    }),
    migrations,
  );
  return folder;
}

/** The steps the store file records, in name order. */
export function stepsIn(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (
      db.prepare('select name from kysely_migration order by name').all() as { name: string }[]
    ).map((r) => r.name);
  } finally {
    db.close();
  }
}

/** A PostgreSQL database (`url`, empty) given exactly `migrations`, as an earlier release left it. */
export async function postgresStoreOf(
  migrations: Record<string, Migration>,
  url: string,
): Promise<void> {
  const { default: pg } = await import('pg');
  await applyOnly(
    new Kysely<unknown>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
    }),
    migrations,
  );
}

/** Applies exactly `migrations` to the store `db`, then closes it. */
async function applyOnly(db: Kysely<unknown>, migrations: Record<string, Migration>) {
  const done = await new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    allowUnorderedMigrations: true,
  }).migrateToLatest();
  expect(done.error).toBeUndefined();
  await db.destroy();
}
