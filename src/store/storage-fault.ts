/**
 * Storage faults: the data folder (the SQLite store, the campaigns' files) cannot take a write —
 * the disk is full, or the file or its folder may not be written by the program's user (a backup
 * restored by root, a Docker volume owned by another user, a read-only mount). Not bugs: the
 * studio and `serve` name them (one log line, a page that says what is wrong and what to do)
 * instead of the generic error page and a stack trace.
 */
import { statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import { sql } from 'kysely';
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import type { Store } from './open-store.js';

export type StorageFault = 'full' | 'read-only';

const FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);
const READ_ONLY_CODES = new Set(['EROFS', 'SQLITE_READONLY', 'SQLITE_CANTOPEN']);
/** Refused writes of the system: a file or folder this user may not change. */
const DENIED_CODES = new Set(['EACCES', 'EPERM']);
const WRITES = new Set(['open', 'write', 'rename', 'mkdir', 'copyfile', 'unlink', 'rm', 'rmdir']);

/** The storage fault `e` is (or was caused by), or undefined for anything else. */
export function storageFaultOf(e: unknown): StorageFault | undefined {
  for (let err = e, depth = 0; err instanceof Error && depth < 5; depth++) {
    const { code, syscall } = err as NodeJS.ErrnoException;
    if (typeof code === 'string') {
      if (FULL_CODES.has(code)) return 'full';
      // SQLITE_READONLY_DBMOVED, _DIRECTORY, _CANTLOCK…: every one is a store that cannot be written.
      if (READ_ONLY_CODES.has(code) || code.startsWith('SQLITE_READONLY')) return 'read-only';
      if (DENIED_CODES.has(code) && (syscall === undefined || WRITES.has(syscall)))
        return 'read-only';
    }
    err = (err as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Below this much free space the store is said to be full (a write of figures needs a few pages). */
const LOW_SPACE_BYTES = 256 * 1024;

/**
 * Whether the store can take a write now: a real write (a table made) in a transaction rolled
 * back, and for SQLite the free space of its disk. For /healthz and the start; PostgreSQL is
 * the database server's to watch (undefined).
 */
export async function storeWriteFault(store: Store): Promise<StorageFault | undefined> {
  if (store.kind !== 'sqlite') return undefined;
  const rolledBack = new Error('rolled back');
  try {
    await store.db.transaction().execute(async (trx) => {
      await sql`create table _phuong_print_write_check (x integer)`.execute(trx);
      throw rolledBack;
    });
  } catch (e) {
    if (e !== rolledBack) {
      const fault = storageFaultOf(e);
      if (fault) return fault;
      throw e;
    }
  }
  if (store.file) {
    const fs = await statfs(dirname(store.file)).catch(() => undefined);
    if (fs && fs.bavail * fs.bsize < LOW_SPACE_BYTES) return 'full';
  }
  return undefined;
}

/**
 * Refuses to start on a store that cannot be written (the studio, `serve` with figures): a server
 * that says it runs while no one can sign in and no figure can be kept is worse than none.
 */
export async function refuseUnwritableStore(store: Store): Promise<void> {
  const fault = await storeWriteFault(store);
  if (!fault) return;
  const file = store.file ?? '';
  await store.close();
  throw new UserError(
    fault === 'full'
      ? msg`cannot write to the data store: the disk is full`
      : msg`cannot write to the data store: the file or its folder is read-only for this user`,
    { file },
    fault === 'full'
      ? msg`Free some space on that disk (old builds, backups, logs), then start again.`
      : msg`Give the user running the program write permission on the data folder and every file in it (chown -R <user> <folder>); in Docker, the data volume must belong to the container's user (node).`,
  );
}
