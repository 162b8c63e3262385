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

import { constants, existsSync } from 'node:fs';
import {
  access,
  chmod,
  copyFile,
  link,
  lstat,
  mkdir,
  open,
  readdir,
  readFile,
  readlink,
  realpath,
  rename,
  rm,
  stat,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { Message } from '../messages/message.js';
import { msg } from '../messages/message.js';
import { makeFolderSync } from '../output/make-folder.js';
import { MANIFEST } from '../output/manifest.js';
import { memberTimes, StoredZipWriter } from '../output/stored-zip.js';
import { STUDIO_LOCK_FILES } from '../studio/data-folder-lock.js';
import { wardDay, wardStamp, wardTimeSaid } from '../ward-time.js';
import { SQLITE_FILE_NAME, UPGRADE_COPY_MARK } from './open-store.js';

/** The store's mode (open-store.ts), its copy's too. */
const STORE_MODE = 0o600;
/** A folder backup's entries as unzip makes them: files 0600, folders 0700 (type bits with them). */
const FILE_MODE = 0o100000 | STORE_MODE;
const FOLDER_MODE = 0o40000 | 0o700;

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
      msg`Name a new file, e.g. with today's date: phuong-print-${wardDay()}.sqlite.`,
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
    await dropSessions(partial);
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
 * prints (`campaigns/<name>/out/` but its manifest, remade by "Tạo tệp in") and the leaders' documents cache
 * (`published/<name>.cache/`, drawn again on demand). Left out, the archive stays far below
 * ZIP's 4 GB (no ZIP64 here) after years of campaigns.
 */
function leftOut(rel: string, isDir: boolean): boolean {
  const parts = rel.split('/');
  if (parts.length === 1 && STORE_FILES.has(rel)) return true;
  // The running studio's lock (studio/data-folder-lock.ts): its process, not the data's.
  if (parts.length === 1 && STUDIO_LOCK_FILES.some((n) => rel === n || rel.startsWith(`${n}.`)))
    return true;
  // A copy of the store kept before an upgrade (open-store.ts): for going back on this machine;
  // the backup holds the store as it is now (its snapshot), and each upgrade's copy would add a
  // whole store to every backup after it.
  if (parts.length === 1 && rel.startsWith(`${SQLITE_FILE_NAME}${UPGRADE_COPY_MARK}`)) return true;
  if (/\.(partial|tmp)$/.test(rel)) return true;
  // An upload waiting for its answer in a campaign's folder (studio/held-upload.ts): the office's
  // file for an hour at most, which may hold personal data beside the list (review59b #3).
  if (parts.length === 3 && parts[0] === 'campaigns' && (parts[2] ?? '').startsWith('.upload-'))
    return true;
  // What a restore into the folder itself kept (`truoc-khoi-phuc-<time>/`): the old folder.
  if (isDir && parts.length === 1 && rel.startsWith(`${RESTORE_KEPT_PREFIX}`)) return true;
  // Of a campaign's prints, only their record (out/manifest.json: when it was printed, which
  // files, the groups' names then), a few KB: restored, the campaign is known as printed, its
  // prints to make again (qa31 m1), and the next build warns of a renumbered list.
  if (parts.length >= 4 && parts[0] === 'campaigns' && parts[2] === 'out')
    return isDir || parts.length > 4 || parts[3] !== MANIFEST;
  if (isDir && parts.length === 2 && parts[0] === 'published' && rel.endsWith('.cache'))
    return true;
  return false;
}

/**
 * Written by a restore beside each campaign's restored print record (out/manifest.json): its
 * prints were not in the backup. The studio's build tab says so only then (review39 #4), and
 * forgets it once the campaign is printed again.
 */
export const PRINTS_RESTORED_FILE = 'studio-prints-restored.txt';

/** The file system calls a folder backup makes: node's, or a test's stub at that boundary. */
export interface BackupFs {
  readdir: typeof readdir;
  open: typeof open;
}

const NODE_FS: BackupFs = { readdir, open };

/** A file or folder gone since its folder was listed (deleted, renamed, replaced). */
const isGone = (e: unknown) =>
  ['ENOENT', 'ENOTDIR'].includes((e as NodeJS.ErrnoException).code ?? '');

/**
 * The files of `dir` to back up, as paths relative to it with "/" (sorted, symlinks skipped),
 * and the folders under it with their last change; a folder gone before it could be listed (a
 * campaign deleted meanwhile) is named in `gone`, not a failure.
 */
async function filesToKeep(
  dir: string,
  skip: Set<string>,
  fs: BackupFs,
): Promise<{ files: string[]; folders: Map<string, Date>; gone: string[] }> {
  const files: string[] = [];
  const folders = new Map<string, Date>();
  const gone: string[] = [];
  const walk = async (rel: string) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(join(dir, rel), { withFileTypes: true });
      if (rel) folders.set(rel, (await stat(join(dir, rel))).mtime);
    } catch (e) {
      if (rel && isGone(e)) {
        gone.push(rel);
        return;
      }
      throw e;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (skip.has(resolve(dir, r))) continue;
      if (e.isDirectory()) {
        if (!leftOut(r, true)) await walk(r);
      } else if (e.isFile() && !leftOut(r, false)) files.push(r);
    }
  };
  await walk('');
  return { files, folders, gone };
}

/** A file's bytes and last change, read through one handle; undefined when it is gone. */
async function readKept(
  fs: BackupFs,
  file: string,
): Promise<{ bytes: Uint8Array; mtime: Date } | undefined> {
  let fh: import('node:fs/promises').FileHandle;
  try {
    fh = await fs.open(file, 'r');
  } catch (e) {
    if (isGone(e)) return undefined;
    throw e;
  }
  try {
    const { mtime } = await fh.stat();
    return { bytes: await fh.readFile(), mtime };
  } finally {
    await fh.close();
  }
}

/**
 * The note a backup holds at its top when files were removed while it was made (`gone`),
 * in Vietnamese for the office that opens the ZIP; `restore` never unpacks it.
 */
export const LEFT_OUT_NOTE = 'THIEU-TRONG-BAN-SAO-LUU.txt';

function leftOutNote(gone: readonly string[]): Uint8Array {
  const lines = [
    `Bản sao lưu này (tạo lúc ${wardTimeSaid(new Date())}) thiếu ${gone.length} mục dưới đây: chúng bị xoá hoặc đổi tên trong lúc đang sao lưu.`,
    '',
    ...gone.map((g) => `- ${g}`),
    '',
    'Các mục khác đều có đủ. Nếu vẫn cần các mục trên, hãy tạo lại bản sao lưu (nút “Tải bản sao lưu” ở trang Cài đặt) khi không ai đang xoá hay đổi tên chiến dịch.',
    '',
  ];
  // With a BOM and Windows line ends: Notepad shows the accents.
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}`);
}

/** The entries a backup's LEFT_OUT_NOTE lists ("- campaigns/nhap-ve-sinh"); none without it. */
function missingOf(note: Uint8Array | undefined): string[] {
  if (!note) return [];
  return new TextDecoder()
    .decode(note)
    .split(/\r?\n/)
    .filter((l) => l.startsWith('- '))
    .map((l) => l.slice(2).trim())
    .filter((l) => l !== '');
}

/**
 * The whole data folder as one ZIP, safe while the studio runs (qa27 F2): the store as a
 * snapshot (SQLite's online backup, named `phuong-print.sqlite`, never its `-wal`/`-shm`), the
 * campaigns, and `published/` — the leaders' link secrets, without which every link and QR code
 * sent stops opening —, `deleted/` (the 30-day bin) and whatever else the folder keeps; not what
 * is made again (`leftOut`). Unpacked into an empty folder, it is a data folder to start the
 * studio on; `restoreDataFolder` does that. Written under a temporary name, renamed when whole.
 * Each entry carries its file's or folder's last change, put back by the restore: the days the
 * studio shows ("Cập nhật ngày …", an undated draft's day) are not the move's day. A file or
 * folder removed while the backup runs is left out and named in `gone`: the backup is what
 * existed when each was read.
 */
export async function backupDataFolder(
  dataDir: string,
  to: string,
  opts: { fs?: BackupFs } = {},
): Promise<{ files: number; store: boolean; gone: string[] }> {
  const fs = opts.fs ?? NODE_FS;
  const dir = resolve(dataDir);
  const storeFile = join(dir, SQLITE_FILE_NAME);
  const store = existsSync(storeFile);
  if (!store && !existsSync(join(dir, 'campaigns'))) existingStoreFile(dataDir);
  if (existsSync(to)) {
    throw new UserError(
      msg`the backup file already exists`,
      { file: to },
      msg`Name a new file, e.g. with today's date: sao-luu-${wardDay()}.zip.`,
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
      zip.add({ name: SQLITE_FILE_NAME, bytes: await readFile(snapshot), mode: FILE_MODE });
      await rm(snapshot, { force: true });
      await flush();
      files++;
    }
    const skip = new Set([resolve(to), resolve(partial), resolve(snapshot)]);
    const added = new Set<string>();
    const listed = await filesToKeep(dir, skip, fs);
    const gone = [...listed.gone];
    for (const rel of listed.files) {
      const kept = await readKept(fs, join(dir, rel));
      if (!kept) {
        // Gone since the folder was listed (a temporary file renamed, a campaign deleted).
        gone.push(rel);
        continue;
      }
      // Each folder as its own entry first, 0700: a hand unzip makes it so, not 0755 (the
      // link secrets of published/ are no one else's).
      const parts = rel.split('/');
      for (let i = 1; i < parts.length; i++) {
        const folder = parts.slice(0, i).join('/');
        if (added.has(folder)) continue;
        added.add(folder);
        const mtime = listed.folders.get(folder);
        zip.add({ name: `${folder}/`, bytes: new Uint8Array(), mode: FOLDER_MODE, mtime });
      }
      zip.add({ name: rel, bytes: kept.bytes, mode: FILE_MODE, mtime: kept.mtime });
      await flush();
      files++;
    }
    if (gone.length > 0) {
      // Said inside the ZIP too: the studio's Sao lưu hands it over as a download, so the
      // office that opens it (or restores it) sees what it lacks.
      zip.add({ name: LEFT_OUT_NOTE, bytes: leftOutNote(gone), mode: FILE_MODE });
    }
    for (const chunk of zip.end()) await out.write(chunk);
    await out.close();
    await rename(partial, to);
    return { files, store, gone };
  } catch (e) {
    await out.close().catch(() => {});
    await rm(partial, { force: true });
    await rm(snapshot, { force: true });
    throw e;
  }
}

/**
 * The studio's open sessions taken out of a backup's copy of the store (qa32 m4): a browser
 * signed in on the old computer, or a former colleague's, is not signed in on the copy unzipped
 * or restored from it; the users and their passwords stay (signing in again costs nothing).
 * The rows' pages are cleared too (secure_delete), not left in the file's free pages.
 */
async function dropSessions(copy: string): Promise<void> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(copy, { fileMustExist: true });
  try {
    const table = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'studio_sessions'")
      .get();
    if (!table) return;
    db.pragma('secure_delete = ON');
    db.prepare('DELETE FROM studio_sessions').run();
  } finally {
    db.close();
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
    await dropSessions(to);
    return totalPages;
  } finally {
    db.close();
  }
}

/**
 * Refuses a data folder whose store a running studio or server holds: restoring under it would
 * pull its files away mid-write. In WAL mode every open connection keeps a shared lock on the
 * file, so an exclusive one is had only when none is open. The lock is tried through a hard link
 * to the store, under another name: the locks are the file's, whatever its name, but the link has
 * a log of its own (empty), so closing it merges nothing into the file. Closing the store itself,
 * the last connection, would write its `-wal` — perhaps another store's log, copied back with a
 * backup (qa27 F3) — into the file kept as it was (review36a #5).
 */
async function refuseInUse(storeFile: string, dataDir: string): Promise<void> {
  if (!existsSync(storeFile)) return;
  const probe = `${storeFile}.dang-kiem-tra-${process.pid}`;
  const removeProbe = async () => {
    for (const s of ['', '-wal', '-shm', '-journal']) await rm(probe + s, { force: true });
  };
  await removeProbe();
  try {
    await link(storeFile, probe);
  } catch {
    // No hard links here (some shared folders): nothing can be tried without the store itself.
    return;
  }
  const { default: Database } = await import('better-sqlite3');
  let db: import('better-sqlite3').Database | undefined;
  try {
    db = new Database(probe, { fileMustExist: true, timeout: 0 });
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      db?.close();
      db = undefined;
      await removeProbe();
      throw new UserError(
        msg`the studio or server is still running on ${dataDir}`,
        { file: storeFile },
        msg`stop it first (Ctrl-C in its window, or stop its service), then restore again`,
      );
    }
    // A store too damaged to lock is the one being replaced: nothing holds it.
  } finally {
    db?.close();
    await removeProbe();
  }
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/** Is `file` an SQLite database (its first 16 bytes)? */
async function isSqliteFile(file: string): Promise<boolean> {
  if ((await stat(file)).isDirectory()) {
    throw new UserError(
      msg`this is a folder, not a backup file`,
      { file },
      msg`Give the backup file itself (a .zip made by \`phuong-print backup\` or the studio's Sao lưu button), not a folder; a folder unzipped by hand is already a data folder: start the studio on it.`,
    );
  }
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
  !name.includes('\0') &&
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
): Promise<{ kept?: string; kind: 'folder' | 'store'; skipped: string[]; missing: string[] }> {
  if (!existsSync(from)) {
    throw new UserError(
      msg`the backup file does not exist`,
      { file: from },
      msg`Give the file made by \`phuong-print backup\` or the studio's Sao lưu button (a .zip, or an older .sqlite).`,
    );
  }
  // A data folder that is a link (to another disk) is restored where it points: the link stays.
  const dir = await realpath(resolve(dataDir)).catch(() => resolve(dataDir));
  await refuseDanglingLink(dataDir);
  const storeFile = join(dir, SQLITE_FILE_NAME);
  const stamp = wardStamp(now);
  if (await isSqliteFile(from)) {
    await refuseInUse(storeFile, dataDir);
    let kept: string | undefined;
    const partial = `${storeFile}.partial`;
    const done: [string, string][] = [];
    try {
      makeFolderSync(dir);
      // Copied first, so that a full disk or a folder not this user's changes nothing.
      await copyFile(from, partial);
      await chmod(partial, STORE_MODE);
      if (existsSync(storeFile)) {
        kept = `${storeFile}.truoc-khoi-phuc-${stamp}`;
        await rename(storeFile, kept);
        done.push([storeFile, kept]);
      }
      for (const s of ['-wal', '-shm', '-journal']) {
        if (existsSync(storeFile + s)) {
          if (kept) {
            await rename(storeFile + s, kept + s);
            done.push([storeFile + s, kept + s]);
          } else await rm(storeFile + s, { force: true });
        }
      }
      await rename(partial, storeFile);
    } catch (e) {
      for (const [a, b] of done.reverse()) await rename(b, a).catch(() => {});
      await rm(partial, { force: true }).catch(() => {});
      throw restoreFailure(e, dataDir);
    }
    return { kept, kind: 'store', skipped: [], missing: [] };
  }
  const { unzipSync } = await import('fflate');
  let members: Record<string, Uint8Array>;
  let times = new Map<string, Date>();
  try {
    const zip = await readFile(from);
    members = unzipSync(zip);
    times = memberTimes(zip);
  } catch {
    members = {};
  }
  const all = Object.keys(members).filter((n) => !n.endsWith('/'));
  const notBackup = (why?: Message) =>
    new UserError(
      why ?? msg`this file is not a backup of a phuong-print data folder`,
      { file: from },
      msg`Give the file made by \`phuong-print backup\` or the studio's Sao lưu button (a .zip, or an older .sqlite).`,
    );
  if (!all.some((n) => n === SQLITE_FILE_NAME || n.startsWith('campaigns/'))) throw notBackup();
  const unsafe = all.find((n) => !safeMember(n));
  if (unsafe !== undefined) {
    throw notBackup(
      msg`it holds a file whose name cannot be unpacked safely (${unsafe.replaceAll('\0', '\\0')})`,
    );
  }
  const fileNames = new Set(all);
  const clash = all.find((n) =>
    n.split('/').some((_, i, parts) => i > 0 && fileNames.has(parts.slice(0, i).join('/'))),
  );
  if (clash !== undefined) {
    throw notBackup(
      msg`it holds both a file and a folder named ${clash.slice(0, clash.lastIndexOf('/'))}`,
    );
  }
  // Another moment's log or a file half written (a ZIP made by hand of a running folder): never
  // put back beside the store, whose log SQLite would replay onto it (review36a #6).
  const skipped = all.filter(
    (n) => (STORE_FILES.has(n) && n !== SQLITE_FILE_NAME) || /\.(partial|tmp)$/.test(n),
  );
  const names = all.filter((n) => !skipped.includes(n) && n !== LEFT_OUT_NOTE);
  // The note of what the backup lacks is not unpacked, but its list is said (review 38 #6).
  const missing = missingOf(members[LEFT_OUT_NOTE]);
  await refuseInUse(storeFile, dataDir);
  const inPlace = restoresInside(await placeFacts(dir));
  // Beside the folder when its parent can be written; inside it otherwise (a Docker volume, a
  // mount point, a folder under a root-owned one), the old entries kept in a folder of its own.
  const partial = inPlace ? join(dir, PARTIAL_NAME) : `${dir}${PARTIAL_NAME}`;
  const keptName = `${RESTORE_KEPT_PREFIX}${stamp}`;
  const kept = inPlace ? join(dir, keptName) : `${dir}-${keptName}`;
  /** The renames done, undone in reverse order when a later step fails. */
  const done: [string, string][] = [];
  const move = async (a: string, b: string) => {
    await rename(a, b);
    done.push([a, b]);
  };
  let keptAny = false;
  let removedEmpty = false;
  try {
    await rm(partial, { recursive: true, force: true });
    await mkdir(partial, { recursive: true, mode: 0o700 });
    for (const name of names) {
      const file = join(partial, ...name.split('/'));
      await mkdir(dirname(file), { recursive: true, mode: 0o700 });
      await writeFile(file, members[name] ?? new Uint8Array(), { mode: 0o600 });
      // A print record without its prints: the build tab says they were not in the backup.
      const parts = name.split('/');
      if (
        parts.length === 4 &&
        parts[0] === 'campaigns' &&
        parts[2] === 'out' &&
        parts[3] === MANIFEST
      )
        await writeFile(join(dirname(file), PRINTS_RESTORED_FILE), `${now.toISOString()}\n`, {
          mode: 0o600,
        });
    }
    await putTimesBack(partial, names, times);
    if (inPlace) {
      // Earlier restores' kept folders stay where they are, beside this one.
      const old = (await readdir(dir)).filter(
        (n) => n !== PARTIAL_NAME && !n.startsWith(RESTORE_KEPT_PREFIX),
      );
      if (old.length > 0) {
        await mkdir(kept, { mode: 0o700 });
        keptAny = true;
        for (const n of old) await move(join(dir, n), join(kept, n));
      }
      for (const n of await readdir(partial)) await move(join(partial, n), join(dir, n));
      await rm(partial, { recursive: true, force: true });
    } else {
      if (existsSync(dir)) {
        if ((await readdir(dir)).length > 0) {
          await move(dir, kept);
          keptAny = true;
        } else {
          await rm(dir, { recursive: true });
          removedEmpty = true;
        }
      }
      await move(partial, dir);
    }
  } catch (e) {
    for (const [a, b] of done.reverse()) await rename(b, a).catch(() => {});
    await rm(partial, { recursive: true, force: true }).catch(() => {});
    if (inPlace && keptAny) await rm(kept, { recursive: true }).catch(() => {});
    if (removedEmpty) await mkdir(dir, { mode: 0o700 }).catch(() => {});
    throw restoreFailure(e, dataDir);
  }
  return { kept: keptAny ? kept : undefined, kind: 'folder', skipped, missing };
}

/**
 * Each unpacked file's and folder's last change as the backup recorded it (`backupDataFolder`):
 * the files first, then the folders deepest first, once nothing more is written into them. A
 * ZIP without dates for its entries (made by hand) leaves them as unpacked.
 */
async function putTimesBack(
  root: string,
  names: readonly string[],
  times: ReadonlyMap<string, Date>,
): Promise<void> {
  const folders = new Set<string>();
  for (const name of names) {
    const parts = name.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
    const when = times.get(name);
    if (when) await utimes(join(root, ...parts), when, when);
  }
  const deepestFirst = [...folders].sort((a, b) => b.split('/').length - a.split('/').length);
  for (const folder of deepestFirst) {
    const when = times.get(`${folder}/`);
    if (when) await utimes(join(root, ...folder.split('/')), when, when);
  }
}

/**
 * Refuses a data folder that is a link to a folder not there (most often a disk not mounted):
 * restoring beside it would fail with a bare ENOTDIR, or put the data on the system disk.
 */
async function refuseDanglingLink(dataDir: string): Promise<void> {
  const path = resolve(dataDir);
  const isLink = await lstat(path)
    .then((s) => s.isSymbolicLink())
    .catch(() => false);
  if (
    !isLink ||
    (await realpath(path).then(
      () => true,
      () => false,
    ))
  ) {
    return;
  }
  const target = resolve(dirname(path), await readlink(path));
  throw new UserError(
    msg`the data folder is a link to the folder ${target}, which is not there: nothing was restored`,
    { file: dataDir },
    msg`If that folder is on another disk, connect and mount the disk (or start the Docker volume) and restore again; otherwise give --data the folder itself.`,
  );
}

/** The partial folder a ZIP is unpacked into, and the kept old folder's name (with its time). */
const PARTIAL_NAME = '.khoi-phuc.partial';
/** The folder a restore into the data folder itself keeps of what was there (`<prefix><time>`). */
export const RESTORE_KEPT_PREFIX = 'truoc-khoi-phuc-';

/** What decides where a ZIP is unpacked (`restoresInside`), as the file system says it. */
export interface PlaceFacts {
  /** The data folder is there already. */
  exists: boolean;
  /** Entries can be made beside it (its parent is this user's to write). */
  parentWritable: boolean;
  /** It is a mount point (a Docker volume or bind mount, a disk): it cannot be renamed (EBUSY). */
  mountPoint: boolean;
}

/**
 * Inside the folder when it cannot itself be renamed away or nothing can be made beside it: a
 * Docker volume or any mount point, a folder under a root-owned one (review36a). Beside it
 * otherwise (the old folder kept whole under another name).
 */
export const restoresInside = (f: PlaceFacts): boolean =>
  f.exists && (!f.parentWritable || f.mountPoint);

/**
 * The mount points the system lists (Linux's /proc/self/mountinfo, its 5th field, spaces and
 * the like written as octal escapes); none where it has no such list.
 */
export async function mountPoints(mountinfo = '/proc/self/mountinfo'): Promise<Set<string>> {
  const text = await readFile(mountinfo, 'utf8').catch(() => '');
  const points = new Set<string>();
  for (const line of text.split('\n')) {
    const field = line.split(' ')[4];
    if (field) {
      points.add(
        field.replace(/\\([0-7]{3})/g, (_, o: string) =>
          String.fromCharCode(Number.parseInt(o, 8)),
        ),
      );
    }
  }
  return points;
}

/**
 * The facts of `dir` (an absolute path, links resolved). A mount point is one the system lists,
 * or one on another device than its parent (where no list is kept): a bind mount of a folder of
 * the same disk, as `docker run -v /srv/du-lieu:/data` on a host without overlay, or
 * `mount --bind`, has its parent's device, and was renamed away (EBUSY) after the backup had
 * been unpacked beside it.
 */
async function placeFacts(dir: string): Promise<PlaceFacts> {
  const exists = existsSync(dir);
  const parent = dirname(dir);
  if (!exists) return { exists, parentWritable: true, mountPoint: false };
  if (parent === dir) return { exists, parentWritable: false, mountPoint: true };
  const parentWritable = await access(parent, constants.W_OK).then(
    () => true,
    () => false,
  );
  const [a, b] = await Promise.all([stat(dir), stat(parent)]).catch(() => [undefined, undefined]);
  const mountPoint = a?.dev !== b?.dev || (await mountPoints()).has(dir);
  return { exists, parentWritable, mountPoint };
}

/** A failed restore's cause said in one sentence, with what to do (never Node's English). */
function restoreFailure(e: unknown, dataDir: string): unknown {
  if (e instanceof UserError) return e;
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const hint = msg`Nothing was changed in ${dataDir}. A .zip backup can also be unzipped by hand into an empty folder, then the studio started on that folder.`;
  if (code === 'EACCES' || code === 'EPERM') {
    return new UserError(
      msg`cannot restore into ${dataDir}: this user may not write there`,
      {},
      msg`Run the restore as the user that runs the studio (in Docker, the container's user), or give that user the folder (chown -R). ${hint}`,
    );
  }
  if (code === 'ENOSPC') {
    return new UserError(
      msg`cannot restore into ${dataDir}: the disk is full`,
      {},
      msg`Free some space on that disk, then restore again. ${hint}`,
    );
  }
  if (code === 'EBUSY' || code === 'EXDEV') {
    return new UserError(
      msg`cannot restore into ${dataDir}: the folder is in use or on another disk`,
      {},
      msg`Close the programs that have files of the folder open, then restore again. ${hint}`,
    );
  }
  return new UserError(msg`cannot restore into ${dataDir} (${code || String(e)})`, {}, hint);
}
