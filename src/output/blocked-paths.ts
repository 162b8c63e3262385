/**
 * Output stage, before the first group is drawn: a file the build will write whose place the
 * output folder already holds as the wrong thing — a folder named manifest.json, a file named
 * `zip` where the groups' ZIPs go — is refused at once, worded as the write would have been
 * (system-errors.ts), not after every group was drawn (the ZIPs are written in the workers).
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { systemError } from './make-folder.js';

/** `paths`: relative to `out`, with `/` between folders. */
export async function refuseBlockedPaths(out: string, paths: Iterable<string>): Promise<void> {
  const entries = await readdir(out, { recursive: true, withFileTypes: true }).catch(() => []);
  if (entries.length === 0) return;
  const isFolder = new Map<string, boolean>();
  for (const e of entries) {
    isFolder.set(relative(out, join(e.parentPath, e.name)).split(sep).join('/'), e.isDirectory());
  }
  const folders = new Set<string>();
  for (const path of paths) {
    if (isFolder.get(path)) throw systemError('EISDIR', 'open', join(out, path));
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
  }
  for (const folder of folders) {
    if (isFolder.get(folder) === false) throw systemError('EEXIST', 'mkdir', join(out, folder));
  }
}
