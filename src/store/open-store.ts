/**
 * The store: where the office's data lives between runs (users, sessions, campaigns' figures).
 * By default an embedded SQLite file in the data folder, so the office installs no database
 * server; a `postgres://` URL selects PostgreSQL for a district that hosts many wards. Opening
 * brings the schema up to date (`migrations/`), so a newer tool opens an older store.
 */

import {
  chmodSync,
  closeSync,
  type Dirent,
  existsSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  CompiledQuery,
  Kysely,
  type MigrationProvider,
  Migrator,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  sql,
} from 'kysely';
import { UserError } from '../errors.js';
import { type Message, msg } from '../messages/message.js';
import { makeFolderSync } from '../output/make-folder.js';
import { restoreCommand } from '../shell-quoted.js';
import { systemErrorOf } from '../system-errors.js';
import { wardStamp } from '../ward-time.js';
import { MIGRATIONS } from './migrations/index.js';
import type { StoreTables } from './tables.js';

export type StoreDb = Kysely<StoreTables>;

export interface Store {
  readonly db: StoreDb;
  readonly kind: 'sqlite' | 'postgres';
  /** The SQLite file's path (undefined for PostgreSQL). */
  readonly file?: string;
  /**
   * The copy of the store as it was, kept when this opening brought an older store up to date
   * (`upgradeCopyName`), for going back to the version that wrote it.
   */
  upgradeCopy?: string;
  /** Older copies removed when `upgradeCopy` was made (beyond the newest `UPGRADE_COPIES_KEPT`). */
  upgradeCopiesRemoved?: string[];
  /** Older copies the system refused to remove then (a file the server's user may not remove). */
  upgradeCopiesNotRemoved?: CopyNotRemoved[];
  close(): Promise<void>;
}

export interface StoreOptions {
  /** The data folder: the SQLite file is `<dataDir>/phuong-print.sqlite`. */
  dataDir?: string;
  /** A `postgres://` or `postgresql://` URL; wins over dataDir. */
  url?: string;
  /**
   * Told what opening does to a store an earlier version made: just before a PostgreSQL store is
   * brought up to date, that no copy of it is kept (the way back is the installer's pg_dump); once
   * opened, its upgradeNotes (the copy kept, the older copies removed or not).
   */
  say?: (note: Message) => void;
  /** The studio: the notes point to Cài đặt for the way back (upgradeNotes' `settings`). */
  settings?: boolean;
}

export const SQLITE_FILE_NAME = 'phuong-print.sqlite';

export async function openStore(options: StoreOptions): Promise<Store> {
  const store = options.url ? await openPostgres(options.url) : await openSqlite(options);
  try {
    await migrate(store, options.say);
  } catch (e) {
    await store.close();
    throw e;
  }
  if (options.say)
    for (const note of upgradeNotes(store, options.settings ?? false)) options.say(note);
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
    // A removed user's password hash and sessions, a purged campaign's figures: overwritten with
    // zeros as they are deleted, not left readable in the file's free pages (qa46 F8; backups
    // already do it, backup.ts). The store is small: the extra writes cost nothing felt.
    sqlite.pragma('secure_delete = ON');
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
  /** SQLite's DDL is transactional: the migrator then runs the pending steps in one transaction. */
  override createAdapter() {
    return new SqliteTransactionalDdlAdapter();
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

class SqliteTransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
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

/** `phuong-print.sqlite.truoc-nang-cap-<the store's last step>-<time>`: kept before an upgrade. */
export const UPGRADE_COPY_MARK = '.truoc-nang-cap-';

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A copy's time in its name ("2026-12-05-080000"), which sorts as time; '' for none. */
const copyStamp = (name: string) => /-(\d{4}-\d{2}-\d{2}-\d{6})$/.exec(name)?.[1] ?? '';

/**
 * The copies kept before an upgrade beside the store `file`, oldest first: by the time in their
 * names, not the step before it — a store taken back to an older copy and upgraded again makes a
 * copy with a lower step (review41). Only files (or links): a folder so named is no copy.
 */
export function upgradeCopies(file: string): string[] {
  const prefix = `${basename(file)}${UPGRADE_COPY_MARK}`;
  let entries: Dirent[];
  try {
    entries = readdirSync(dirname(file), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => e.name)
    .filter((n) => n.startsWith(prefix) && !/-(wal|shm|journal)$|\.partial$/.test(n))
    .sort((a, b) => order(copyStamp(a), copyStamp(b)) || order(a, b))
    .map((n) => join(dirname(file), n));
}

/**
 * How many copies kept before upgrades stay when another is made: each is a whole store, one more
 * per upgrade (qa35). A copy is the way back to the version before one upgrade; the fourth newest
 * goes back three versions and holds none of what was entered since, so it is removed then (the
 * current store holds what it held). The newest is never removed by the program.
 */
export const UPGRADE_COPIES_KEPT = 3;

/** A copy kept before an upgrade: its path, size, and when it was made (ward time, from its name). */
export interface UpgradeCopy {
  path: string;
  name: string;
  bytes: number;
  /** "2026-12-06 07:30" in the ward's time, or undefined for a name without a time. */
  madeAt?: string;
}

/** The copies kept before upgrades beside the store `file`, oldest first, with their sizes. */
export function upgradeCopyFacts(file: string): UpgradeCopy[] {
  return upgradeCopies(file).map((path) => {
    const name = basename(path);
    // "2026-12-05-080000" → "2026-12-05 08:00".
    const t = copyStamp(name);
    let bytes = 0;
    try {
      bytes = statSync(path).size;
    } catch {}
    return {
      path,
      name,
      bytes,
      madeAt: t ? `${t.slice(0, 10)} ${t.slice(11, 13)}:${t.slice(13, 15)}` : undefined,
    };
  });
}

/** A copy that could not be removed, and what the system said. */
export interface CopyNotRemoved {
  copy: UpgradeCopy;
  error: NodeJS.ErrnoException;
}

/** Why a copy could not be removed, as the CLI words a refused file operation (system-errors.ts). */
export function whyNotRemoved(e: NodeJS.ErrnoException): Message {
  return systemErrorOf(e)?.text ?? msg`the system refused to remove it (${e.code ?? e.message})`;
}

/**
 * Removes the copies kept before upgrades beside `file` but the newest `keep` (at least one: the
 * newest is the way back from the last upgrade). The removed copies, oldest first, and those the
 * system refused to remove (a file the server's user may not remove): each is tried.
 */
export function removeOlderUpgradeCopies(
  file: string,
  keep: number,
): { removed: UpgradeCopy[]; notRemoved: CopyNotRemoved[] } {
  const copies = upgradeCopyFacts(file);
  const older = copies.slice(0, Math.max(0, copies.length - Math.max(1, keep)));
  const removed: UpgradeCopy[] = [];
  const notRemoved: CopyNotRemoved[] = [];
  for (const copy of older) {
    try {
      // unlink, not rm: rm reads a refused unlink (EPERM) as a folder's and says ENOTDIR.
      unlinkSync(copy.path);
      removed.push(copy);
    } catch (e) {
      const error = e as NodeJS.ErrnoException;
      if (error.code === 'ENOENT') removed.push(copy);
      else notRemoved.push({ copy, error });
    }
  }
  return { removed, notRemoved };
}

/**
 * What a start-up says of the upgrade this opening made, if any: the copy kept, and the older
 * copies removed. `settings`: the studio, whose Cài đặt tells how to go back.
 */
export function upgradeNotes(store: Store, settings: boolean): Message[] {
  if (!store.upgradeCopy) return [];
  const notes = [
    settings
      ? msg`the data store was brought up to date for this version; its copy as it was is kept as ${store.upgradeCopy} (to go back to the earlier version: Cài đặt, "Nâng cấp và quay lại phiên bản cũ")`
      : msg`the data store was brought up to date for this version; its copy as it was is kept as ${store.upgradeCopy}`,
  ];
  const removed = store.upgradeCopiesRemoved ?? [];
  if (removed.length > 0)
    notes.push(
      msg`removed the older copies kept before earlier upgrades, only the newest ${UPGRADE_COPIES_KEPT} are kept: ${removed.join(', ')}`,
    );
  for (const { copy, error } of store.upgradeCopiesNotRemoved ?? []) {
    const why = whyNotRemoved(error);
    notes.push(
      settings
        ? msg`could not remove ${copy.name}, an older copy kept before an earlier upgrade: ${why}; Cài đặt shows it with its size`
        : msg`could not remove ${copy.name}, an older copy kept before an earlier upgrade: ${why}; remove it by hand to free the space`,
    );
  }
  return notes;
}

/** The migrations the store has applied (none: a new store). */
async function appliedSteps(db: StoreDb): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === 'kysely_migration')) return [];
  const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  return rows.rows.map((r) => r.name).sort();
}

/**
 * What the store has applied, or the store's first refusal as a user error: the first query of a
 * start-up, where an unreachable PostgreSQL server (stopped, a wrong address or password) shows.
 */
async function readSteps(store: Store): Promise<string[]> {
  try {
    return await appliedSteps(store.db);
  } catch (e) {
    const message = (e as Error)?.message ?? String(e);
    if (store.kind === 'postgres')
      throw new UserError(
        msg`cannot reach the PostgreSQL database: ${message}`,
        {},
        msg`check that the PostgreSQL server is running and that the database address (--database-url or $PHUONG_PRINT_DATABASE_URL) names it, its user and password`,
      );
    throw new UserError(
      msg`the data store could not be brought up to date: ${message}`,
      {},
      msg`restore the store from its latest backup, or report this with the data folder kept as it is`,
    );
  }
}

async function migrate(store: Store, beforeUpgrade?: (note: Message) => void): Promise<void> {
  const { db } = store;
  const applied = await readSteps(store);
  // A step this version does not know: a newer version wrote the store (qa35 MAJOR-2). Refused
  // before anything is written; the copy that newer version kept is the way back.
  const unknown = applied.filter((n) => !(n in MIGRATIONS));
  if (unknown.length > 0) {
    const where = store.file ?? msg`in PostgreSQL`;
    const copy = store.file ? upgradeCopies(store.file).at(-1) : undefined;
    throw new UserError(
      msg`the data store ${where} was written by a newer version of phuong-print (step ${unknown.at(-1) ?? ''}), which this version cannot read`,
      {},
      copy && store.file
        ? msg`use that version, or go back to the copy kept before the upgrade: stop the studio and run \`${restoreCommand(copy, dirname(store.file))}\` (what was entered since the upgrade is not in it)`
        : msg`use that version, or restore the copy of the store kept before the upgrade (phuong-print.sqlite.truoc-nang-cap-… in the data folder) or a backup made with this version`,
    );
  }
  const pending = Object.keys(MIGRATIONS).filter((n) => !applied.includes(n));
  // A store of an older version about to be brought up to date: once it is, only this version
  // (or a newer one) opens it. A copy of it as it was lets the office go back (qa35 MAJOR-2).
  if (store.file && applied.length > 0 && pending.length > 0) {
    store.upgradeCopy = await keepCopy(db, store.file, applied.at(-1) ?? '');
    // Best effort: a copy that cannot be removed is left, and Cài đặt shows it with its size.
    const { removed, notRemoved } = removeOlderUpgradeCopies(store.file, UPGRADE_COPIES_KEPT);
    if (removed.length > 0) store.upgradeCopiesRemoved = removed.map((c) => c.name);
    if (notRemoved.length > 0) store.upgradeCopiesNotRemoved = notRemoved;
  }
  if (store.kind === 'postgres' && applied.length > 0 && pending.length > 0)
    beforeUpgrade?.(
      msg`the PostgreSQL store is about to be brought up to date for this version (${pending.length} steps) and no copy of it is kept: the earlier version can open it again only from a pg_dump made before the update`,
    );
  // Nothing to apply (every start after the first): the migrator is not run (it read the
  // schema again to learn as much).
  if (pending.length === 0) return;
  // All the pending steps run in one transaction, on SQLite too (SqliteAfterFaultDialect): a
  // step stopped half-way (a power cut, a full disk, an error in its third statement) leaves the
  // store as it was before the start, and the next start applies it whole. It is also one wait
  // for the disk instead of one per statement (bench/results.md "h-fixed2", review44 #3).
  const outcome = await new Migrator({
    db,
    provider,
    // A migration is applied once whatever its name's place: 0280-result-bases was released
    // after 0300-studio-settings, and Kysely's default refused every store made in between
    // (qa27 F1). The migrations of one hundred (index.ts) do not depend on another's.
    allowUnorderedMigrations: true,
  }).migrateToLatest();
  const { error, results } = outcome;
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new UserError(
      failed
        ? msg`the data store could not be brought up to date (step ${failed}): ${(error as Error).message ?? String(error)}`
        : msg`the data store could not be brought up to date: ${(error as Error).message ?? String(error)}`,
      {},
      store.upgradeCopy
        ? msg`nothing is lost: the store as it was is kept as ${store.upgradeCopy}; report this with the data folder kept as it is`
        : msg`restore the store from its latest backup, or report this with the data folder kept as it is`,
    );
  }
}

/**
 * A consistent copy of the store (VACUUM INTO, on the store's own connection: whole even with
 * its WAL), named with its last step and the time, readable by the program's user only as the
 * store is. Made under a temporary name and renamed when whole.
 */
async function keepCopy(db: StoreDb, file: string, lastStep: string): Promise<string> {
  const step = /^\d+/.exec(lastStep)?.[0] ?? lastStep;
  const copy = `${file}${UPGRADE_COPY_MARK}${step}-${wardStamp(new Date())}`;
  const partial = `${copy}.partial`;
  rmSync(partial, { force: true });
  try {
    closeSync(openSync(partial, 'w', 0o600));
    chmodSync(partial, 0o600);
    await sql`vacuum into ${partial}`.execute(db);
    renameSync(partial, copy);
  } catch (e) {
    rmSync(partial, { force: true });
    throw new UserError(
      msg`cannot keep a copy of the data store before bringing it up to date: ${(e as Error).message}; nothing was changed in it`,
      { file },
      msg`free some space on the disk or make the data folder writable, then start again`,
    );
  }
  return copy;
}
