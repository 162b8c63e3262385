/**
 * Output stage: the folder a user names (--out, --data) made with its missing parents. Not
 * `mkdir(…, { recursive: true })`: on a file system that answers ENOENT to making anything
 * (procfs, some FUSE mounts), Node 20's recursive mkdir retries forever — `--out /proc/x` hung a
 * build at 50 % CPU. Here each missing folder is made once, from the nearest one that exists,
 * and a refusal is the system's error, worded like any other (system-errors.ts). Blocking: a
 * command makes its folder once, in a few system calls.
 */
import {
  accessSync,
  constants,
  lstatSync,
  mkdirSync,
  readlinkSync,
  rmdirSync,
  type Stats,
  statSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';

const statOf = (p: string): Stats | undefined => {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
};

/**
 * `path` is there but cannot be followed: a symbolic link to something that does not exist (a
 * folder on a drive not mounted, a moved target). Said as such, not as a file in the way.
 */
function danglingLink(path: string): UserError {
  let target = '?';
  try {
    target = readlinkSync(path);
  } catch {
    // Not a link after all: the sentence still names the path.
  }
  return new UserError(
    msg`it is a link to ${target}, which does not exist`,
    { file: path },
    msg`Make the folder it points to (or mount its drive), or choose another folder.`,
  );
}

export function makeFolderSync(path: string): void {
  const chain: string[] = [];
  let p = path;
  let found = statOf(p);
  while (!found && dirname(p) !== p) {
    chain.push(p);
    p = dirname(p);
    found = statOf(p);
  }
  // A file where the folder should be: mkdir's own EEXIST names it (a file further up is
  // named by the ENOTDIR of the first folder made under it).
  if (p === path && found && !found.isDirectory()) mkdirSync(p);
  for (const folder of chain.reverse()) {
    try {
      mkdirSync(folder);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (!statOf(folder)) throw danglingLink(folder);
      if (!statOf(folder)?.isDirectory()) throw e;
    }
  }
}

/** A system error as Node's own calls throw it, for system-errors.ts to word. */
export function systemError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall}, ${syscall} '${path}'`), {
    code,
    syscall,
    path,
  });
}

/**
 * Throws what `makeFolderSync(path)` and writing in the folder would meet, without making
 * anything: a file in the way, a folder further up that is a file or a dangling link, a folder
 * this user cannot write in (or a read-only disk). A few system calls: the CLI's `build` asks it
 * before it reads its inputs, so a wrong `--out` is refused at once, not after the groups file is
 * read; the folder itself is made only once the inputs are good (no empty folder left by a
 * build refused for its inputs).
 */
export function checkFolderSync(path: string): void {
  let p = path;
  let child: string | undefined;
  let found = statChecked(p);
  while (!found && dirname(p) !== p) {
    // There but not followed: a link to a folder that does not exist.
    if (lstatOf(p)) throw danglingLink(p);
    child = p;
    p = dirname(p);
    found = statChecked(p);
  }
  if (!found) return;
  if (!found.isDirectory()) {
    // A file where the folder should be (mkdir's EEXIST), or further up (the ENOTDIR of the
    // first folder made under it).
    throw child === undefined
      ? systemError('EEXIST', 'mkdir', p)
      : systemError('ENOTDIR', 'mkdir', child);
  }
  // Making a folder in it, or writing a file: write and search permission (EACCES, EROFS).
  accessSync(p, constants.W_OK | constants.X_OK);
  // A file system that makes no folder though its folders look writable (procfs, to root; some
  // FUSE mounts): the first missing folder made and removed at once, so the refusal comes now,
  // not after the inputs are read. Nothing is left: an empty folder this call made is removed.
  if (child !== undefined) {
    mkdirSync(child);
    rmdirSync(child);
  }
}

/**
 * `statSync`, undefined where nothing is (or a file stands further up: the walk up finds it); a
 * name longer than the disk allows is thrown as it is (mkdir would meet it after the inputs).
 */
function statChecked(p: string): Stats | undefined {
  try {
    return statSync(p);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENAMETOOLONG') throw e;
    return undefined;
  }
}

const lstatOf = (p: string): Stats | undefined => {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
};

export async function makeFolder(path: string): Promise<void> {
  makeFolderSync(path);
}
