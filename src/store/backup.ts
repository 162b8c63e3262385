/**
 * The store: a copy of the SQLite file taken while the server runs (SQLite's online backup, so
 * the copy is consistent even mid-write). Written under a temporary name and renamed when whole:
 * a backup interrupted half-way never looks like a good one.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import { SQLITE_FILE_NAME } from './open-store.js';

/**
 * The store file of a data folder that must already hold one (`backup`, `report`): a mistyped
 * folder is refused, never made a new, empty store.
 */
export function existingStoreFile(dataDir: string): string {
  const file = join(resolve(dataDir), SQLITE_FILE_NAME);
  if (!existsSync(file)) {
    throw new UserError(
      msg`no data store in ${dataDir}`,
      { file },
      msg`Give the folder passed to \`serve --data\` (it holds phuong-print.sqlite).`,
    );
  }
  return file;
}

export async function backupStore(dataDir: string, to: string): Promise<{ pages: number }> {
  const file = existingStoreFile(dataDir);
  if (existsSync(to)) {
    throw new UserError(
      msg`the backup file already exists`,
      { file: to },
      msg`Name a new file, e.g. with the date: phuong-print-2025-11-12.sqlite.`,
    );
  }
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const partial = `${to}.partial`;
  try {
    const { totalPages } = await db.backup(partial);
    await rename(partial, to);
    return { pages: totalPages };
  } catch (e) {
    await rm(partial, { force: true });
    throw e;
  } finally {
    db.close();
  }
}
