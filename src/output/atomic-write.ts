/**
 * Output stage: files are written to a temporary name beside their target and then renamed, so a
 * crash or Ctrl-C never leaves a truncated PDF and never destroys the previous good file. A render
 * job stages its group's files and renames them once the group is whole (render-job.ts).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isMainThread } from 'node:worker_threads';

let counter = 0;

/**
 * A failed write's error names the file the user asked for, not its temporary name: in its path
 * and in its message, the part that survives the way back from a worker thread.
 */
export function namingTarget(e: unknown, tmp: string, path: string): unknown {
  if (!(e instanceof Error)) return e;
  const err = e as NodeJS.ErrnoException & { dest?: string };
  err.message = err.message.replaceAll(`'${tmp}' -> `, '').replaceAll(tmp, path);
  // A failed `write` (a full disk) names no file at all.
  if (!err.message.includes(path)) err.message += ` '${path}'`;
  if (err.path === undefined || err.path === tmp) err.path = err.dest ?? path;
  return err;
}
// Folders made (or being made) by this process: a build writes thousands of files into a few
// hundred folders, a group's files all at once. A long-lived process (the studio, `serve`,
// `build --watch`) outlives folders: one removed since it was made (the office deletes a
// campaign, or `out/`, and starts again) is made again at the write that finds it gone (qa10
// Q11: every later build into it failed until a restart).
const made = new Map<string, Promise<unknown>>();

function madeFolder(dir: string): Promise<unknown> {
  let folder = made.get(dir);
  if (!folder) {
    folder = mkdir(dir, { recursive: true });
    made.set(dir, folder);
    folder.catch(() => made.delete(dir));
  }
  return folder;
}

const isGone = (e: unknown) => (e as NodeJS.ErrnoException)?.code === 'ENOENT';

/** A file written whole under a temporary name beside `path`, not yet renamed into place. */
export interface Staged {
  path: string;
  tmp: string;
}

/**
 * Writes `data` to a temporary file beside `path` (its folder made). `mode` (0o600 for a
 * residents list) is the temporary file's from its creation (less the umask), so the file has it
 * the moment it appears under its name: a chmod after the rename left it readable by other
 * accounts for a while (read48 #9).
 */
async function stageFile(
  path: string,
  data: Uint8Array | string,
  options: { mode?: number } = {},
): Promise<Staged> {
  const dir = dirname(path);
  await madeFolder(dir);
  const tmp = `${path}.${process.pid}.${counter++}.tmp`;
  const mode = options.mode === undefined ? {} : { mode: options.mode };
  try {
    try {
      await writeFile(tmp, data, mode);
    } catch (e) {
      if (!isGone(e)) throw e;
      made.delete(dir);
      await madeFolder(dir);
      await writeFile(tmp, data, mode);
    }
  } catch (e) {
    await rm(tmp, { force: true });
    throw namingTarget(e, tmp, path);
  }
  return { path, tmp };
}

/** Renames a staged file into place (its temporary file removed if that fails). */
async function putInPlace({ path, tmp }: Staged): Promise<void> {
  try {
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw namingTarget(e, tmp, path);
  }
}

/** Writes `data` to `path` through a temporary file renamed into place. */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array | string,
  options: { mode?: number } = {},
): Promise<void> {
  await putInPlace(await stageFile(path, data, options));
}

/** stageFile, blocking. */
function stageFileSync(path: string, data: Uint8Array | string): Staged {
  const dir = dirname(path);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.set(dir, Promise.resolve());
  }
  const tmp = `${path}.${process.pid}.${counter++}.tmp`;
  try {
    try {
      writeFileSync(tmp, data);
    } catch (e) {
      if (!isGone(e)) throw e;
      mkdirSync(dir, { recursive: true });
      writeFileSync(tmp, data);
    }
  } catch (e) {
    rmSync(tmp, { force: true });
    throw namingTarget(e, tmp, path);
  }
  return { path, tmp };
}

/** putInPlace, blocking. */
function putInPlaceSync({ path, tmp }: Staged): void {
  try {
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw namingTarget(e, tmp, path);
  }
}

/**
 * How a render job writes its files. In a worker thread, blocking: the thread has nothing else to
 * do, and the promise API's thread-pool round trips cost a worker more than the writes (a 1,000-
 * group build on 2 workers: 18.1 s against 20.7 s). In the main thread (--jobs 1), on libuv's
 * threads: the writes then overlap the next group's layout on the other core.
 */
export const stageJobFile: (path: string, data: Uint8Array | string) => Promise<Staged> =
  isMainThread ? stageFile : async (path, data) => stageFileSync(path, data);

/** Puts a render job's staged file in place, as stageJobFile wrote it. */
export const placeJobFile: (staged: Staged) => Promise<void> = isMainThread
  ? putInPlace
  : async (staged) => putInPlaceSync(staged);

/**
 * Removes a render job's staged files (a stopped group's): their targets are left as they were,
 * and a folder made for them alone (a first build's group) is not left behind empty.
 */
export async function dropJobFiles(staged: readonly Staged[]): Promise<void> {
  await Promise.all(staged.map(({ tmp }) => rm(tmp, { force: true })));
  for (const dir of new Set(staged.map((s) => dirname(s.path)))) await rmdir(dir).catch(() => {});
}

/** Writes a render job's file whole: staged, then put in place. */
export const writeJobFile = async (path: string, data: Uint8Array | string): Promise<void> =>
  placeJobFile(await stageJobFile(path, data));
