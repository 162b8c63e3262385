/**
 * Output stage, before the first group is drawn: a file the build will write whose place the
 * output folder already holds as the wrong thing — a folder named manifest.json, a file named
 * `zip` where the groups' ZIPs go — is refused at once, worded as the write would have been
 * (system-errors.ts), not after every group was drawn (the ZIPs are written in the workers).
 *
 * Only the folders the planned files go into are listed, each once: a `--group` build of a
 * 3,000-group ward lists a few, not the whole output folder (a recursive listing of it took
 * ~270 ms, 24,000 entries).
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { systemError } from './make-folder.js';

/** `paths`: relative to `out`, with `/` between folders. */
export async function refuseBlockedPaths(out: string, paths: Iterable<string>): Promise<void> {
  const planned = [...paths];
  // Every folder a planned file goes into, and the folders above it ('' is `out` itself).
  const folders = new Set<string>(['']);
  for (const path of planned) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
  }
  const isFolder = new Map<string, boolean>();
  await Promise.all(
    [...folders].map(async (folder) => {
      const entries = await readdir(join(out, folder), { withFileTypes: true }).catch(() => []);
      for (const e of entries)
        isFolder.set(folder === '' ? e.name : `${folder}/${e.name}`, e.isDirectory());
    }),
  );
  for (const path of planned) {
    if (isFolder.get(path)) throw systemError('EISDIR', 'open', join(out, path));
  }
  for (const folder of folders) {
    if (folder !== '' && isFolder.get(folder) === false)
      throw systemError('EEXIST', 'mkdir', join(out, folder));
  }
}
