/**
 * Output stage: one writer per output folder, and what a killed writer left. Two builds into the same `--out` would interleave
 * their files (a notice of one run beside the ZIP and print file of the other) and each rewrite
 * the manifest without the other's files. A build holds `<out>/.phuong-print.lock` (a folder
 * made atomically, its time refreshed while the build runs, by `proper-lockfile`) from before it
 * reads the old manifest until after it writes the new one; a second build is refused at once.
 * A lock left by a killed build goes stale after LOCK_STALE_MS and is taken over; sooner when
 * the build that holds it is known dead: `<lock>.owner` names its process and machine, and a
 * lock whose process no longer runs on this machine is taken over at once (qa10 Q4: the office
 * re-runs a build it stopped, or one a closed terminal killed, and was told another was running).
 * The note names the folder it was taken in too (its path, device and inode): a lock copied with
 * its folder while its owner ran (a data folder copied as a backup) is no one's in the copy —
 * another path and another inode — and is taken over at once (qa58b p3: the copy was refused for
 * 15 s as "another studio"). A folder moved or renamed keeps its inode, one reached by another
 * path (a link) too, and a file system whose inodes are not kept (some USB drives) its path:
 * either way the owner's lock stands.
 */

import { readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import lockfile from 'proper-lockfile';
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import { writeFileAtomic } from './atomic-write.js';
import { makeFolder } from './make-folder.js';

const LOCK_STALE_MS = 15_000;

export type Unlock = () => Promise<void>;

/**
 * Another build is writing into the folder. Said with the folder and `--out` for the CLI; the
 * studio, whose office knows neither, says that the campaign is being printed since `since`
 * (qa12 Q18).
 */
export class FolderBusy extends UserError {
  constructor(
    out: string,
    readonly since: Date | undefined,
  ) {
    super(
      msg`another build is writing into ${out} right now`,
      { file: out, field: '--out' },
      msg`Wait for it to finish, or build into another folder with --out.`,
    );
  }
}

/** The folder `dir` as the file system knows it (device and inode), or undefined if unknown. */
const folderId = (dir: string) =>
  stat(dir, { bigint: true }).then(
    (s) => `${s.dev}:${s.ino}`,
    () => undefined,
  );

export async function lockOutputFolder(out: string): Promise<Unlock> {
  await makeFolder(out);
  const { release } = await lockFolder(out, LOCK, async (owner) => {
    // The owner file is written once, when that build took the lock: when it began.
    const since = await stat(owner).then(
      (s) => s.mtime,
      () => undefined,
    );
    return new FolderBusy(out, since);
  });
  return release;
}

/**
 * What a lock's owner note says: its process and machine, the folder it was taken in (its path,
 * and its device and inode: `folderId`), and what the taker adds (a port).
 */
export interface LockOwner {
  pid?: unknown;
  host?: unknown;
  folder?: unknown;
  folderId?: unknown;
  [more: string]: unknown;
}

/**
 * Takes the lock `<dir>/<name>` (the folder exists), or throws `busy(<owner note's path>)`'s
 * error while another live process holds it. A lock whose owner is known dead (this machine, no
 * such process) is taken over at once, a stale one after LOCK_STALE_MS. `note` adds to the
 * owner note (written whole): what another taker may tell of this one (the studio's address).
 */
export async function lockFolder(
  dir: string,
  name: string,
  busy: (ownerFile: string) => Promise<Error>,
): Promise<{ release: Unlock; note: (more: Record<string, unknown>) => Promise<void> }> {
  const owner = join(dir, `${name}.owner`);
  let release: Unlock;
  try {
    release = await lock(dir, name);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ELOCKED') throw e;
    if (!(await ownerIsDead(dir, owner))) throw await busy(owner);
    // Aged past stale, the lock is taken over by proper-lockfile's own rule.
    const old = new Date(Date.now() - 2 * LOCK_STALE_MS);
    await utimes(join(dir, name), old, old).catch(() => {});
    release = await lock(dir, name);
  }
  // Best effort: without it a killed owner's lock is taken over when it goes stale, as before.
  // Written whole or not at all (a temporary name, then renamed): another taker reading a note
  // half written would not know its owner dead, and wait out the 15 s. A dead earlier owner's
  // note goes first: should the new one fail, it must not name a dead process for this lock.
  await rm(owner, { force: true }).catch(() => {});
  const folderAt = { folder: resolve(dir), folderId: await folderId(dir) };
  const note = (more: Record<string, unknown>) =>
    writeFileAtomic(
      owner,
      JSON.stringify({ pid: process.pid, host: hostname(), ...folderAt, ...more }),
    ).catch(() => {});
  await note({});
  return {
    release: async () => {
      await rm(owner, { force: true });
      await release();
    },
    note,
  };
}

/** The owner note of a lock another process holds, as far as it can be read. */
export async function lockOwner(ownerFile: string): Promise<LockOwner> {
  return readFile(ownerFile, 'utf8').then(
    (t) => JSON.parse(t) as LockOwner,
    () => ({}),
  );
}

function lock(dir: string, name: string): Promise<Unlock> {
  return lockfile.lock(dir, {
    lockfilePath: join(dir, name),
    stale: LOCK_STALE_MS,
    realpath: false,
    retries: 0,
    // The refresh failed for long enough that another process may have taken the lock: keep
    // going (a build's files are whole either way) rather than crash mid-write.
    onCompromised: () => {},
  });
}

/**
 * Whether another process's build is writing into `out` now: its lock is held (fresh) and its
 * owner is not known dead. A studio restarted while the build it was stopped in still ends says
 * "đang in", never "xong" (qa12 Q17).
 */
export async function heldByAnother(out: string): Promise<boolean> {
  const held = await lockfile
    .check(out, { lockfilePath: join(out, LOCK), stale: LOCK_STALE_MS, realpath: false })
    .catch(() => false);
  if (!held) return false;
  const owner = await lockOwner(join(out, OWNER));
  return owner.pid !== process.pid && !(await ownerIsDead(out, join(out, OWNER)));
}

/**
 * The lock `dir` holds is no live owner's: its owner note, written on this machine, names another
 * folder (the lock was copied with `dir`), or a process that no longer runs. Unknown: not dead.
 */
async function ownerIsDead(dir: string, file: string): Promise<boolean> {
  const owner = await lockOwner(file);
  // Another machine's folder id and processes are not this one's to judge (a shared folder).
  if (owner.host !== hostname()) return false;
  if (typeof owner.folder === 'string' && typeof owner.folderId === 'string') {
    const here = await folderId(dir);
    if (here !== undefined && here !== owner.folderId && owner.folder !== resolve(dir)) return true;
  }
  if (!Number.isInteger(owner.pid)) return false;
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid as number, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** A temporary file of atomic-write.ts or combined.ts: `<name>.<pid>[.<n>].tmp`. */
const LEFTOVER = /\.\d+(\.\d+)?\.tmp$/;
/** What marks a folder as one of ours: a finished build's manifest, or a killed build's journal. */
const OURS = ['manifest.json', '.manifest-journal.jsonl'];
const LOCK = '.phuong-print.lock';
/** Beside the lock (proper-lockfile removes the lock folder with rmdir: it must stay empty). */
const OWNER = `${LOCK}.owner`;
/** The lock's files in an output folder: what clearing it must leave (studio/print-space.ts). */
export const LOCK_FILES: readonly string[] = [LOCK, OWNER];
const TOOL_NAMES = [LOCK, OWNER, '.cache', 'site-admin.txt'];

/**
 * Readies a locked output folder. Refuses a folder that holds files but no manifest of ours
 * (someone's documents, a wrong --out) unless `force`; refuses symbolic links inside it, which
 * would make a write land outside it; removes the temporary files a killed build left.
 */
export async function prepareOutputFolder(out: string, force = false): Promise<void> {
  const entries = await readdir(out, { recursive: true, withFileTypes: true }).catch(() => []);
  const names = entries.map((e) => relative(out, join(e.parentPath, e.name)));
  // The tool's own leftovers do not make a folder someone else's: the server's default disk
  // cache (out/.cache), the lock, a site's admin file, the owner note's temporary file a build
  // killed as it took the folder left (the first file a build writes). Another `*.tmp` file in
  // a folder that is not ours is the office's.
  const top = names.filter(
    (n) =>
      !n.includes(sep) &&
      !TOOL_NAMES.includes(n) &&
      !(n.startsWith(`${OWNER}.`) && LEFTOVER.test(n)),
  );
  if (!force && top.length > 0 && !top.some((n) => OURS.includes(n))) {
    throw new UserError(
      msg`the folder ${out} already holds files that phuong-print did not make (${top.slice(0, 3).join(', ')}${top.length > 3 ? ', …' : ''})`,
      { file: out, field: '--out' },
      msg`Choose an empty or new folder with --out, or add --force to build into it anyway.`,
    );
  }
  const link = entries.find((e) => e.isSymbolicLink());
  if (link) {
    throw new UserError(
      msg`the output folder holds a symbolic link: ${join(link.parentPath, link.name)}`,
      { file: out, field: '--out' },
      msg`A build never writes through links; remove the link (or build into a new folder).`,
    );
  }
  const stale = names.filter((n) => LEFTOVER.test(n));
  await Promise.all(stale.map((n) => rm(join(out, n), { force: true })));
}
