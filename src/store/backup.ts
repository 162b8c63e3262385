/**
 * Backups of a data folder, taken while the studio runs, and putting one back.
 * - `backupDataFolder`: the whole folder as one ZIP (the store's snapshot, the campaigns, the
 *   leaders' link secrets in `published/`…): what moving to a new computer needs (qa27 F2).
 * - `backupStore`: the store alone, a copy of the SQLite file (SQLite's online backup, so the copy
 *   is consistent even mid-write).
 * - `restoreDataFolder`: either put back, never beside another store's `-wal` (qa27 F3).
 * Each is written under a temporary name and renamed when whole: a backup interrupted half-way
 * never looks like a good one. A backup holds what the store does (the studio's password hashes
 * and sessions, every figure, the link secrets), so it is readable by the program's user only, as
 * the store is (open-store.ts); a umask's 0644 made it anyone's (qa11 Q17).
 */
import { existsSync } from 'node:fs';
import {
  chmod,
  copyFile,
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  rm,
  writeFile,
} from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import { makeFolderSync } from '../output/make-folder.js';
import { StoredZipWriter } from '../output/stored-zip.js';
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

/** The store's own files beside it (WAL, its index, a rollback journal): never copied as files. */
const STORE_FILES = new Set(['', '-wal', '-shm', '-journal'].map((s) => `${SQLITE_FILE_NAME}${s}`));

/**
 * What a folder backup leaves out: the store's files (its snapshot goes in instead), files being
 * written (`.partial`, `.tmp`) and what the program makes again from the rest: each campaign's
 * prints (`campaigns/<name>/out/`, remade by "In tất cả") and the leaders' documents cache
 * (`published/<name>.cache/`, drawn again on demand). Left out, the archive stays far below
 * ZIP's 4 GB (no ZIP64 here) after years of campaigns.
 */
function leftOut(rel: string, isDir: boolean): boolean {
  const parts = rel.split('/');
  if (parts.length === 1 && STORE_FILES.has(rel)) return true;
  if (/\.(partial|tmp)$/.test(rel)) return true;
  if (isDir && parts.length === 3 && parts[0] === 'campaigns' && parts[2] === 'out') return true;
  if (isDir && parts.length === 2 && parts[0] === 'published' && rel.endsWith('.cache'))
    return true;
  return false;
}

/** The files of `dir` to back up, as paths relative to it with "/" (sorted, symlinks skipped). */
async function filesToKeep(dir: string, skip: Set<string>): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string) => {
    const entries = await readdir(join(dir, rel), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (skip.has(resolve(dir, r))) continue;
      if (e.isDirectory()) {
        if (!leftOut(r, true)) await walk(r);
      } else if (e.isFile() && !leftOut(r, false)) out.push(r);
    }
  };
  await walk('');
  return out;
}

/**
 * The whole data folder as one ZIP, safe while the studio runs (qa27 F2): the store as a
 * snapshot (SQLite's online backup, named `phuong-print.sqlite`, never its `-wal`/`-shm`), the
 * campaigns, and `published/` — the leaders' link secrets, without which every link and QR code
 * sent stops opening —, `deleted/` (the 30-day bin) and whatever else the folder keeps; not what
 * is made again (`leftOut`). Unpacked into an empty folder, it is a data folder to start the
 * studio on; `restoreDataFolder` does that. Written under a temporary name, renamed when whole.
 */
export async function backupDataFolder(
  dataDir: string,
  to: string,
): Promise<{ files: number; store: boolean }> {
  const dir = resolve(dataDir);
  const storeFile = join(dir, SQLITE_FILE_NAME);
  const store = existsSync(storeFile);
  if (!store && !existsSync(join(dir, 'campaigns'))) existingStoreFile(dataDir);
  if (existsSync(to)) {
    throw new UserError(
      msg`the backup file already exists`,
      { file: to },
      msg`Name a new file, e.g. with today's date: sao-luu-${todayInVietnam()}.zip.`,
    );
  }
  const partial = `${to}.partial`;
  const snapshot = `${to}.store.partial`;
  makeFolderSync(dirname(resolve(partial)));
  const out = await open(partial, 'w', STORE_MODE);
  try {
    await chmod(partial, STORE_MODE);
    const zip = new StoredZipWriter(new Date());
    const flush = async () => {
      for (const chunk of zip.take()) await out.write(chunk);
    };
    let files = 0;
    if (store) {
      await snapshotStore(storeFile, snapshot);
      zip.add({ name: SQLITE_FILE_NAME, bytes: await readFile(snapshot) });
      await rm(snapshot, { force: true });
      await flush();
      files++;
    }
    const skip = new Set([resolve(to), resolve(partial), resolve(snapshot)]);
    for (const rel of await filesToKeep(dir, skip)) {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(join(dir, rel));
      } catch (e) {
        // Gone since the folder was listed (a temporary file renamed, a campaign deleted).
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw e;
      }
      zip.add({ name: rel, bytes });
      await flush();
      files++;
    }
    for (const chunk of zip.end()) await out.write(chunk);
    await out.close();
    await rename(partial, to);
    return { files, store };
  } catch (e) {
    await out.close().catch(() => {});
    await rm(partial, { force: true });
    await rm(snapshot, { force: true });
    throw e;
  }
}

/** SQLite's online backup of the store file to `to` (0600 before a byte is written). */
async function snapshotStore(file: string, to: string): Promise<number> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    makeFolderSync(dirname(resolve(to)));
    await (await open(to, 'w', STORE_MODE)).close();
    await chmod(to, STORE_MODE);
    const { totalPages } = await db.backup(to);
    await chmod(to, STORE_MODE);
    return totalPages;
  } finally {
    db.close();
  }
}

/** The time of day in Viet Nam as a name's part: 2026-12-05-220733. */
const stampOf = (now: Date) =>
  new Date(now.getTime() + 7 * 3600_000)
    .toISOString()
    .slice(0, 19)
    .replace('T', '-')
    .replaceAll(':', '');

/**
 * Refuses a data folder whose store a running studio or server holds: restoring under it would
 * pull its files away mid-write. In WAL mode every open connection keeps a shared lock on the
 * file, so an exclusive one is had only when none is open.
 */
async function refuseInUse(storeFile: string, dataDir: string): Promise<void> {
  if (!existsSync(storeFile)) return;
  const { default: Database } = await import('better-sqlite3');
  let db: import('better-sqlite3').Database | undefined;
  try {
    db = new Database(storeFile, { fileMustExist: true, timeout: 0 });
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      throw new UserError(
        msg`the studio or server is still running on ${dataDir}`,
        { file: storeFile },
        msg`stop it first (Ctrl-C in its window, or stop its service), then restore again`,
      );
    }
    // A store too damaged to lock is the one being replaced: nothing holds it.
  } finally {
    db?.close();
  }
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/** Is `file` an SQLite database (its first 16 bytes)? */
async function isSqliteFile(file: string): Promise<boolean> {
  const fh = await open(file, 'r');
  try {
    const { bytesRead, buffer } = await fh.read(Buffer.alloc(16), 0, 16, 0);
    return bytesRead === 16 && buffer.toString('latin1') === SQLITE_MAGIC;
  } finally {
    await fh.close();
  }
}

/** A member's name that stays inside the folder it is unpacked into. */
const safeMember = (name: string) =>
  name !== '' &&
  !name.startsWith('/') &&
  !name.includes('\\') &&
  !/^[A-Za-z]:/.test(name) &&
  name.split('/').every((p) => p !== '..' && p !== '.');

/**
 * Puts a backup back as the data folder `dataDir` (qa27 F2, F3), with the studio stopped:
 * - a folder backup (`.zip`, `backupDataFolder`) becomes the whole folder; a folder already
 *   there is kept whole beside it, renamed `<folder>-truoc-khoi-phuc-<time>`;
 * - a store backup (`.sqlite`, `backupStore`) becomes the folder's store, and the store there,
 *   with its `-wal` and `-shm`, is kept beside it as `phuong-print.sqlite.truoc-khoi-phuc-<time>`
 *   (its `-wal`/`-shm` renamed with it, so it still opens whole).
 * Either way no `-wal` or `-shm` of another store stays beside the restored one: SQLite would
 * replay that log onto it, and a log of the store that crashed, written after the backup, turns
 * the restored file into a damaged one ("wrong # of entries in index"). Returns what was kept.
 */
export async function restoreDataFolder(
  from: string,
  dataDir: string,
  now = new Date(),
): Promise<{ kept?: string; kind: 'folder' | 'store' }> {
  if (!existsSync(from)) {
    throw new UserError(
      msg`the backup file ${from} does not exist`,
      { file: from },
      msg`Give the file made by \`phuong-print backup\` or the studio's Sao lưu button (a .zip, or an older .sqlite).`,
    );
  }
  const dir = resolve(dataDir);
  const storeFile = join(dir, SQLITE_FILE_NAME);
  const stamp = stampOf(now);
  if (await isSqliteFile(from)) {
    await refuseInUse(storeFile, dataDir);
    makeFolderSync(dir);
    let kept: string | undefined;
    if (existsSync(storeFile)) {
      kept = `${storeFile}.truoc-khoi-phuc-${stamp}`;
      await rename(storeFile, kept);
    }
    for (const s of ['-wal', '-shm', '-journal']) {
      if (existsSync(storeFile + s)) {
        if (kept) await rename(storeFile + s, kept + s);
        else await rm(storeFile + s, { force: true });
      }
    }
    const partial = `${storeFile}.partial`;
    await copyFile(from, partial);
    await chmod(partial, STORE_MODE);
    await rename(partial, storeFile);
    return { kept, kind: 'store' };
  }
  const { unzipSync } = await import('fflate');
  let members: Record<string, Uint8Array>;
  try {
    members = unzipSync(await readFile(from));
  } catch {
    members = {};
  }
  const names = Object.keys(members).filter((n) => !n.endsWith('/'));
  if (
    !names.every(safeMember) ||
    !names.some((n) => n === SQLITE_FILE_NAME || n.startsWith('campaigns/'))
  ) {
    throw new UserError(
      msg`${from} is not a backup of a phuong-print data folder`,
      { file: from },
      msg`Give the file made by \`phuong-print backup\` or the studio's Sao lưu button (a .zip, or an older .sqlite).`,
    );
  }
  await refuseInUse(storeFile, dataDir);
  const partial = `${dir}.khoi-phuc.partial`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true, mode: 0o700 });
  try {
    for (const name of names) {
      const file = join(partial, ...name.split('/'));
      await mkdir(dirname(file), { recursive: true, mode: 0o700 });
      await writeFile(file, members[name] ?? new Uint8Array(), { mode: 0o600 });
    }
  } catch (e) {
    await rm(partial, { recursive: true, force: true });
    throw e;
  }
  let kept: string | undefined;
  if (existsSync(dir)) {
    if ((await readdir(dir)).length > 0) {
      kept = `${dir}-truoc-khoi-phuc-${stamp}`;
      await rename(dir, kept);
    } else await rm(dir, { recursive: true });
  }
  await rename(partial, dir);
  return { kept, kind: 'folder' };
}
