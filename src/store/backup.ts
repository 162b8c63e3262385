/**
 * The store: a copy of the SQLite file taken while the server runs (SQLite's online backup, so
 * the copy is consistent even mid-write). Written under a temporary name and renamed when whole:
 * a backup interrupted half-way never looks like a good one. The copy holds what the store does
 * (the studio's password hashes and sessions, every figure), so it is readable by the program's
 * user only, as the store is (open-store.ts); a umask's 0644 made it anyone's (qa11 Q17).
 */
import { existsSync } from 'node:fs';
import { chmod, open, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import { makeFolderSync } from '../output/make-folder.js';
import { todayInVietnam } from '../results/report-model.js';
import { SQLITE_FILE_NAME } from './open-store.js';

/** The store's mode (open-store.ts), its copy's too. */
const STORE_MODE = 0o600;

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
      msg`Name a new file, e.g. with today's date: phuong-print-${todayInVietnam()}.sqlite.`,
    );
  }
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const partial = `${to}.partial`;
  try {
    // The copy's folder made as the store's; the file made 0600 before SQLite writes a byte of
    // it (its journal takes the file's mode), and set so again whatever the umask.
    makeFolderSync(dirname(resolve(partial)));
    await (await open(partial, 'w', STORE_MODE)).close();
    await chmod(partial, STORE_MODE);
    const { totalPages } = await db.backup(partial);
    await chmod(partial, STORE_MODE);
    await rename(partial, to);
    return { pages: totalPages };
  } catch (e) {
    await rm(partial, { force: true });
    throw e;
  } finally {
    db.close();
  }
}
