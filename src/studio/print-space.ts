/**
 * Studio: the disk space a campaign's prints take, and freeing it (qa31 M1: 21–45 MB a built
 * campaign in out/, never freed). The prints are made again by "In tất cả" from the campaign's
 * files, which stay; what is kept of out/ is its record: `manifest.json` (when the campaign was
 * printed, which files, each group's name then: the next build's renumbering warning reads it)
 * and a killed build's journal. The leaders' pages never read out/ (they draw their documents
 * from a copy of the saved files, into published/<slug>.cache), so freeing it leaves them whole.
 */
import type { Dirent } from 'node:fs';
import { readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lockOutputFolder } from '../output/folder-lock.js';
import { MANIFEST, type Manifest } from '../output/manifest.js';

/** What out/ keeps when its prints are freed: the build's record, and the lock while freeing. */
const KEPT = new Set([
  MANIFEST,
  '.manifest-journal.jsonl',
  '.phuong-print.lock',
  '.phuong-print.lock.owner',
]);

/**
 * Written in out/ when its prints were freed (the time, ms): the build tab says they were
 * deleted rather than left out of a backup (which carries the manifest alone, store/backup.ts).
 */
export const FREED_FILE = 'studio-prints-freed.txt';

/** The bytes of every file under `dir` (0 when there is none); `skip`: top-level names not counted. */
export async function folderBytes(
  dir: string,
  skip: ReadonlySet<string> = new Set(),
): Promise<number> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  const sizes = await Promise.all(
    entries
      .filter((e) => !skip.has(e.name))
      .map((e) => {
        const path = join(dir, e.name);
        if (e.isDirectory()) return folderBytes(path);
        if (!e.isFile()) return 0;
        return stat(path).then(
          (s) => s.size,
          () => 0,
        );
      }),
  );
  return sizes.reduce((a, b) => a + b, 0);
}

/** The bytes the prints of out/ take (everything but its record). */
export const printBytes = (out: string): Promise<number> =>
  folderBytes(out, new Set([...KEPT, FREED_FILE]));

/** How many of the files the manifest lists are on disk. */
export async function listedOnDisk(out: string, m: Manifest): Promise<number> {
  const there = await Promise.all(
    [...m.print, ...m.zips].map((b) =>
      stat(join(out, b.path)).then(
        (s) => s.isFile(),
        () => false,
      ),
    ),
  );
  return there.filter(Boolean).length;
}

/** When the prints of out/ were freed (ms), if they were and none was made since. */
export async function freedAt(out: string): Promise<number | undefined> {
  const s = await stat(join(out, FREED_FILE)).catch(() => undefined);
  return s?.mtimeMs;
}

/**
 * Removes the prints of out/, its record kept, holding the folder's build lock meanwhile: a build
 * started at the same moment (another tab, the CLI) is refused, or refuses this (FolderBusy).
 */
export async function freePrints(out: string): Promise<void> {
  const unlock = await lockOutputFolder(out);
  try {
    const entries = await readdir(out);
    for (const name of entries) {
      if (KEPT.has(name)) continue;
      await rm(join(out, name), { recursive: true, force: true, maxRetries: 3 });
    }
    await writeFile(join(out, FREED_FILE), `${new Date().toISOString()}\n`);
  } finally {
    await unlock();
  }
}
