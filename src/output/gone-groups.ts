/**
 * Output stage: the files of groups no longer in the groups file. When thôn are merged or a row
 * is deleted, a whole-ward build removes what the tool made for the groups that are gone — only
 * the files the previous manifest lists (their documents and ZIPs), never a file it does not
 * know, and then each such group's folder if nothing else is left in it. So too the files of a
 * kind the campaign now has nothing to print for (plan.ts `skipped`), print files included. A
 * build of part of the ward (--group, --shard) removes nothing: it does not see the whole file.
 */
import { rm, rmdir } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import type { Manifest } from './manifest.js';

/** A path the tool writes: relative, inside the output folder (a damaged manifest deletes nothing else). */
const insideOut = (path: string) =>
  typeof path === 'string' && !isAbsolute(path) && !path.split(/[\\/]/).includes('..');

/**
 * Whether a listed file is one of a group as the groups file has it now: under the folder of a
 * group in the file (or that group's ZIP). By path, not by id: a row renamed ("Thôn Tây" →
 * "Thôn Tây Hạ") keeps its id but not its folder, and a row renumbered after a deleted row takes
 * another id with its own folder (a build writes it again under the new id). A row that failed
 * keeps what it had.
 */
export function currentFiles(
  slugs: ReadonlyMap<string, string>,
  failed: ReadonlySet<string>,
  skipped: ReadonlySet<string>,
): (f: { group?: string; path: string; kind: string }) => boolean {
  const folders = new Set(slugs.values());
  return (f) => {
    if (f.group === undefined || skipped.has(f.kind)) return false;
    if (failed.has(f.group)) return true;
    const zip = /^zip\/(.+)\.zip$/.exec(f.path);
    return folders.has(zip ? (zip[1] ?? '') : (f.path.split('/')[0] ?? ''));
  };
}

/** Groups whose old files a build removed: gone from the file, or renamed (same id, new folder). */
export interface GoneGroups {
  removed: number;
  renamed: number;
}

/**
 * Removes the listed files that are no current group's, and the print files of skipped kinds;
 * returns how many groups lost files: those no longer in the file, and those still in it under
 * a new name (`ids`: the groups file's ids now), whose files were written again in a new folder.
 */
export async function removeGoneGroups(
  out: string,
  prev: Manifest,
  isCurrent: (f: { group?: string; path: string; kind: string }) => boolean,
  skipped: ReadonlySet<string>,
  ids: ReadonlySet<string>,
): Promise<GoneGroups> {
  for (const p of prev.print)
    if (skipped.has(p.kind) && insideOut(p.path)) await rm(join(out, p.path), { force: true });
  const gone = [...prev.files, ...prev.zips].filter(
    (f): f is typeof f & { group: string } =>
      f.group !== undefined && !isCurrent(f) && insideOut(f.path),
  );
  const folders = new Set<string>();
  for (const f of gone) {
    await rm(join(out, f.path), { force: true });
    const folder = dirname(f.path);
    // The group's own folder ("thon-7/"), never the shared "zip/" or the output folder itself.
    if (folder !== '.' && !prev.zips.some((z) => dirname(z.path) === folder)) folders.add(folder);
  }
  for (const folder of folders) {
    // Left in place when something else is in it (a file the office put there).
    await rmdir(join(out, folder)).catch(() => {});
  }
  const groups = new Set(gone.filter((f) => !skipped.has(f.kind)).map((f) => f.group));
  const renamed = [...groups].filter((id) => ids.has(id)).length;
  return { removed: groups.size - renamed, renamed };
}
