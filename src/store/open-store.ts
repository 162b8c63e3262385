/**
 * The store: where the office's data lives between runs (users, sessions, campaigns' figures).
 * By default an embedded SQLite file in the data folder, so the office installs no database
 * server; a `postgres://` URL selects PostgreSQL for a district that hosts many wards. Opening
 * brings the schema up to date (`migrations/`), so a newer tool opens an older store.
 */

import { chmodSync, closeSync, existsSync, openSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  CompiledQuery,
  Kysely,
  type MigrationProvider,
  Migrator,
  PostgresDialect,
  SqliteDialect,
} from 'kysely';
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import { makeFolderSync } from '../output/make-folder.js';
import { MIGRATIONS } from './migrations/index.js';
import type { StoreTables } from './tables.js';

export type StoreDb = Kysely<StoreTables>;

export interface Store {
  readonly db: StoreDb;
  readonly kind: 'sqlite' | 'postgres';
  /** The SQLite file's path (undefined for PostgreSQL). */
  readonly file?: string;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** The data folder: the SQLite file is `<dataDir>/phuong-print.sqlite`. */
  dataDir?: string;
  /** A `postgres://` or `postgresql://` URL; wins over dataDir. */
  url?: string;
}

export const SQLITE_FILE_NAME = 'phuong-print.sqlite';

export async function openStore(options: StoreOptions): Promise<Store> {
  const store = options.url ? await openPostgres(options.url) : await openSqlite(options);
  try {
    await migrate(store.db);
  } catch (e) {
    await store.close();
    throw e;
  }
  return store;
}

async function openSqlite(options: StoreOptions): Promise<Store> {
  if (!options.dataDir) throw new Error('openStore: dataDir or url is required');
  const dir = resolve(options.dataDir);
  makeFolderSync(dir);
  const file = join(dir, SQLITE_FILE_NAME);
  // Loaded here, not at the top: only the commands that keep data pay for the native module.
  const { default: Database } = await import('better-sqlite3');
  checkIntact(Database, file);
  let sqlite: import('better-sqlite3').Database;
  try {
    // The store holds the figures and the studio's accounts (password hashes, sessions): readable
    // by the program's user only. SQLite gives its -wal and -shm files the database file's mode.
    // Best effort: a file this user cannot change is left to SQLite to open or refuse.
    try {
      closeSync(openSync(file, 'a', 0o600));
      chmodSync(file, 0o600);
    } catch {}
    sqlite = new Database(file);
    // WAL: readers never wait for the writer. synchronous=FULL: a write the server has
    // acknowledged survives a crash (kill -9 or power) — the loop's figures must never be lost.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
  } catch (e) {
    throw new UserError(
      msg`cannot open the data store ${file}: ${(e as Error).message}`,
      { file },
      msg`check that the data folder is writable and the file is not a damaged or foreign file`,
    );
  }
  const db = new Kysely<StoreTables>({ dialect: new SqliteAfterFaultDialect(sqlite) });
  return { db, kind: 'sqlite', file, close: () => db.destroy() };
}

/**
 * Refuses a damaged store before anything is written to it (qa27 F3): a backup copied back over
 * the store with the `-wal` of the store that crashed left beside it is replayed by SQLite from
 * that log, pages of a later state over an earlier one ("wrong # of entries in index …"), and a
 * studio that started on it went on silently. Checked through a read-only connection: closing
 * it never checkpoints, so a log that does not belong to the file is left out of it, and
 * removing it (or `phuong-print restore`) gives the backup back whole. A file that is no
 * database at all is left to the open below to refuse.
 */
function checkIntact(Database: typeof import('better-sqlite3'), file: string): void {
  if (!existsSync(file) || statSync(file).size === 0) return;
  let problem: string | undefined;
  let check: import('better-sqlite3').Database | undefined;
  try {
    check = new Database(file, { readonly: true, fileMustExist: true });
    const rows = check.pragma('quick_check') as { quick_check: string }[];
    const said = rows.map((r) => r.quick_check);
    if (said.join() !== 'ok') problem = said.slice(0, 3).join('; ');
  } catch (e) {
    // SQLITE_CORRUPT and its extended codes (_INDEX, _SEQUENCE, _VTAB: review36a #9).
    if ((e as { code?: string }).code?.startsWith('SQLITE_CORRUPT')) problem = (e as Error).message;
  } finally {
    check?.close();
  }
  if (problem !== undefined) {
    throw new UserError(
      msg`the data store ${file} is damaged (${problem}); nothing was changed in it`,
      { file },
      existsSync(`${file}-wal`)
        ? msg`if a backup was just copied back here, the files phuong-print.sqlite-wal and phuong-print.sqlite-shm beside it belong to the old store: put the backup back with \`phuong-print restore --from <backup> --data <folder>\`, which sets them aside (or move those two files out of the folder), then start again`
        : msg`put the latest backup back with \`phuong-print restore --from <backup> --data <folder>\`, or report this with the data folder kept as it is`,
    );
  }
}

/**
 * SQLite ends a transaction itself on some errors (SQLITE_FULL, SQLITE_IOERR…): kysely's rollback
 * after it then failed with "cannot rollback - no transaction is active", and that error hid the
 * one that said the disk was full. No transaction open, no rollback.
 *
 * A transaction begins IMMEDIATE: it takes the write lock first, so that what it reads to check a
 * write (results-store.ts `seen`) cannot change before it writes, even when another process (a
 * `serve` and the studio on one data folder) writes the file; it waits for the other's write
 * (busy_timeout) instead of failing at its own (review35 #3). In this process, kysely's one
 * connection already runs one transaction at a time.
 */
class SqliteAfterFaultDialect extends SqliteDialect {
  constructor(private readonly sqlite: import('better-sqlite3').Database) {
    super({ database: sqlite });
  }
  override createDriver() {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    const rollback = driver.rollbackTransaction.bind(driver);
    driver.rollbackTransaction = async (connection) => {
      if (this.sqlite.inTransaction) await rollback(connection);
    };
    return driver;
  }
}

async function openPostgres(url: string): Promise<Store> {
  // Loaded here: only a district's server that chose PostgreSQL needs the driver.
  const { default: pg } = await import('pg');
  const Pool = pg.Pool;
  const pool = new Pool({ connectionString: url, max: 10 });
  // A connection the server ends while it sits idle in the pool (PostgreSQL restarted, an
  // administrator's pg_terminate_backend, a dropped network) is an 'error' on the pool, and an
  // EventEmitter's 'error' with no listener ends the process: the studio or serve died with it.
  // The pool has already let that connection go; the next query opens another.
  pool.on('error', (e) => {
    process.stderr.write(
      `phuong-print: the PostgreSQL server closed an idle connection (${e.message}); the next query opens a new one\n`,
    );
  });
  const db = new Kysely<StoreTables>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

async function migrate(db: StoreDb): Promise<void> {
  const { error, results } = await new Migrator({
    db,
    provider,
    // A migration is applied once whatever its name's place: 0280-result-bases was released
    // after 0300-studio-settings, and Kysely's default refused every store made in between
    // (qa27 F1). The migrations of one hundred (index.ts) do not depend on another's.
    allowUnorderedMigrations: true,
  }).migrateToLatest();
  const missing = /previously executed migration (\S+) is missing/.exec(
    (error as Error | undefined)?.message ?? '',
  );
  if (missing)
    throw new UserError(
      msg`the data store was brought up to date by a newer phuong-print (step ${missing[1] ?? ''})`,
      {},
      msg`run that version or a newer one on this data folder, or restore the store from a backup made with this version`,
    );
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new UserError(
      failed
        ? msg`the data store could not be brought up to date (step ${failed}): ${(error as Error).message ?? String(error)}`
        : msg`the data store could not be brought up to date: ${(error as Error).message ?? String(error)}`,
      {},
      msg`restore the store from its latest backup, or report this with the data folder kept as it is`,
    );
  }
}
