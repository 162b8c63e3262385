/**
 * Output stage: files are written to a temporary name beside their target and then renamed, so a
 * crash or Ctrl-C never leaves a truncated PDF and never destroys the previous good file.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

let counter = 0;
// Folders made (or being made) by this process: a build writes thousands of files into a few
// hundred folders, a group's files all at once.
const made = new Map<string, Promise<unknown>>();

export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const dir = dirname(path);
  let folder = made.get(dir);
  if (!folder) {
    folder = mkdir(dir, { recursive: true });
    made.set(dir, folder);
    folder.catch(() => made.delete(dir));
  }
  await folder;
  const tmp = `${path}.${process.pid}.${counter++}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
