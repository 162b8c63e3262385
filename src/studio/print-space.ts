/**
 * Studio: the disk space a campaign's prints take, and freeing it (qa31 M1: 21–45 MB a built
 * campaign in out/, never freed). The prints are made again by "Tạo tệp in" from the campaign's
 * files, which stay; what is kept of out/ is its record: `manifest.json` (when the campaign was
 * printed, which files, each group's name then: the next build's renumbering warning reads it)
 * and a killed build's journal. The leaders' pages never read out/ (they draw their documents
 * from a copy of the saved files, into published/<slug>.cache), so freeing it leaves them whole.
 */
import type { Dirent } from 'node:fs';
import { readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { LOCK_FILES, lockOutputFolder } from '../output/folder-lock.js';
import { JOURNAL, MANIFEST, type Manifest } from '../output/manifest.js';
import { PRINTS_RESTORED_FILE } from '../store/backup.js';

/** What out/ keeps when its prints are freed: the build's record, and the lock while freeing. */
const KEPT = new Set([MANIFEST, JOURNAL, ...LOCK_FILES]);

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

/** The notes the studio keeps in out/ on where its prints went: not prints themselves. */
const NOTES = [FREED_FILE, PRINTS_RESTORED_FILE];

/** The bytes the prints of out/ take (everything but its record). */
export const printBytes = (out: string): Promise<number> =>
  folderBytes(out, new Set([...KEPT, ...NOTES]));

/** How many of the files the manifest lists are on disk. */
async function listedOnDisk(out: string, m: Manifest): Promise<number> {
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
 * What of a campaign's prints is on disk, as the build tab and "Xoá tệp in" say it: their bytes,
 * how many of the files the manifest `m` lists are there, and, when none is (`gone`), why: freed
 * at `freedAt`, or `restored` from a backup (which carries their record alone); neither known
 * (out/ emptied by hand, by a virus scan) leaves both unset.
 */
export interface PrintsOnDisk {
  bytes: number;
  files: number;
  gone: boolean;
  freedAt?: number;
  restored: boolean;
}

export async function printsOnDisk(out: string, m: Manifest): Promise<PrintsOnDisk> {
  const [bytes, files] = await Promise.all([printBytes(out), listedOnDisk(out, m)]);
  const gone = m.print.length + m.zips.length > 0 && files === 0;
  const freed = gone ? await freedAt(out) : undefined;
  const restored =
    gone &&
    freed === undefined &&
    (await stat(join(out, PRINTS_RESTORED_FILE)).then(
      () => true,
      () => false,
    ));
  return { bytes, files, gone, ...(freed === undefined ? {} : { freedAt: freed }), restored };
}

/** Out/'s notes on where its prints went, removed once it holds new prints (studio/builds.ts). */
export async function forgetPrintsNotes(out: string): Promise<void> {
  await Promise.all(NOTES.map((n) => rm(join(out, n), { force: true }).catch(() => {})));
}

/** A print file that could not be removed (held open on Windows, a folder not writable). */
export class PrintHeld extends Error {
  constructor(
    /** The file, relative to out/, with "/" between folders. */
    readonly file: string,
    readonly code: string | undefined,
    /** Whether some of the prints were removed before it. */
    readonly removedSome: boolean,
  ) {
    super(`cannot remove ${file} (${code ?? 'unknown'})`);
  }
}

/**
 * Removes the prints of out/, its record kept, holding the folder's build lock meanwhile: a build
 * started at the same moment (another tab, the CLI) is refused, or refuses this (FolderBusy).
 * `stillFree`: asked once the lock is held, whether no build of this studio began meanwhile
 * (it locks out/ only after reading its inputs): "busy" then, nothing removed. "nothing": no
 * prints to free (out/ is then neither made nor marked as freed). A file that cannot be removed
 * throws PrintHeld; what was removed before it is marked as freed. `bytes`: the prints' bytes when
 * the caller has just measured them (`printBytes`), so out/ is not walked again.
 */
export async function freePrints(
  out: string,
  stillFree: () => boolean = () => true,
  bytes?: number,
): Promise<'freed' | 'busy' | 'nothing'> {
  if ((bytes ?? (await printBytes(out))) === 0) return 'nothing';
  const unlock = await lockOutputFolder(out);
  let removed = 0;
  try {
    if (!stillFree()) return 'busy';
    const entries = (await readdir(out)).filter((n) => !KEPT.has(n) && !NOTES.includes(n));
    for (const name of entries) {
      try {
        await rm(join(out, name), { recursive: true, force: true, maxRetries: 3 });
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        const path = err.path ? relative(out, err.path) : name;
        const file = (path.startsWith('..') ? name : path).split(sep).join('/');
        throw new PrintHeld(file, err.code, removed > 0);
      }
      removed++;
    }
    return 'freed';
  } finally {
    if (removed > 0)
      await writeFile(join(out, FREED_FILE), `${new Date().toISOString()}\n`).catch(() => {});
    await unlock();
  }
}
