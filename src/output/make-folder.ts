/**
 * Output stage: the folder a user names (--out, --data) made with its missing parents. Not
 * `mkdir(…, { recursive: true })`: on a file system that answers ENOENT to making anything
 * (procfs, some FUSE mounts), Node 20's recursive mkdir retries forever — `--out /proc/x` hung a
 * build at 50 % CPU. Here each missing folder is made once, from the nearest one that exists,
 * and a refusal is the system's error, worded like any other (system-errors.ts). Blocking: a
 * command makes its folder once, in a few system calls.
 */
import { mkdirSync, readlinkSync, type Stats, statSync } from 'node:fs';
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

export async function makeFolder(path: string): Promise<void> {
  makeFolderSync(path);
}
