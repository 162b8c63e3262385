/**
 * Studio: the one rule for "Tệp in cũ" — a campaign's print files are old when its campaign
 * file or its groups file was saved after the last whole build began reading them. The campaign
 * list (campaign-folders.ts, "tệp in cũ: đã sửa sau lần tạo tệp in …") and the build tab
 * (routes-build.ts, "Tệp in cũ: chiến dịch được sửa lúc …") both ask it, so that they cannot
 * disagree: the tab once went by the studio's own record of its last build (its click's time),
 * the list by the manifest, and after a build the studio did not run (a CLI build into out/) a
 * save in between was old on one and current on the other. The manifest's time is its oldest
 * file's; the tab marks each print file by its own (`readAt`), by this rule.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../output/atomic-write.js';

/** Why the print files are old: when the campaign was saved, and when the build began reading. */
export interface PrintsOld {
  editedAt: number;
  /** When the build began reading its inputs (the manifest's `builtAt`); 0 when not known. */
  readAt: number;
}

/**
 * When the files' inputs were read, as the output folder's manifest records them (`builtAt`,
 * the start of the last whole build); 0 for files a stopped build left without one (none of
 * them is known current), undefined when no build left any.
 */
export const printsReadAt = (m: {
  builtAt?: number | undefined;
  unfinished?: boolean | undefined;
}): number | undefined => m.builtAt ?? (m.unfinished ? 0 : undefined);

/**
 * The rule: files read at `readAt` are old when a save came after it. A save in the same
 * millisecond the build began is taken as read (the build reads after taking its time).
 */
export function printsOld(readAt: number | undefined, editedAt: number): PrintsOld | undefined {
  return readAt !== undefined && editedAt > readAt ? { editedAt, readAt } : undefined;
}

/** The latest of the inputs' modification times (ms), from their stats; 0 when there is none. */
export const lastEditOf = (stats: readonly ({ mtimeMs: number } | undefined)[]): number =>
  Math.max(0, ...stats.map((s) => s?.mtimeMs ?? 0));

/** When the campaign file or its groups file was last saved (ms since the epoch). */
export async function lastEdit(c: { file: string; groups: string | undefined }): Promise<number> {
  const stats = await Promise.all(
    [c.file, c.groups].map((f) => (f ? stat(f).catch(() => undefined) : undefined)),
  );
  const [yaml, groups] = stats;
  return lastEditOf([yaml && { mtimeMs: await printedEditOf(c.file, yaml.mtimeMs) }, groups]);
}

/**
 * The campaign's fields no paper prints: a save changing only these leaves the print files as
 * they were (qa58b M4: a moved "Hạn báo cáo" marked every file "Tệp in cũ"). The deadline is
 * the leaders' form's and the results report's, never a paper's (templates/*.hbs).
 */
const UNPRINTED = new Set(['report.deadline']);

/** Whether changed fields `keys` (form names) are some, and none of them printed. */
export const unprintedOnly = (keys: readonly string[]): boolean =>
  keys.length > 0 && keys.every((k) => UNPRINTED.has(k));

/** Whether a save from form `before` to `after` changed only fields no paper prints. */
export function onlyUnprinted(
  before: Record<string, string | undefined>,
  after: Record<string, string | undefined>,
): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return unprintedOnly(
    [...keys].filter((k) => (before[k] ?? '').trim() !== (after[k] ?? '').trim()),
  );
}

/** Beside campaign.yaml: its save that changed only unprinted fields, and the last that did not. */
const noteOf = (file: string) => join(dirname(file), '.unprinted-save.json');

/**
 * When campaign file `file` was last saved with a change a paper prints: its modification time,
 * unless that save (and those after it) changed only unprinted fields, as noteUnprintedSave
 * recorded; `mtimeMs` when the caller has stat the file already.
 */
export async function printedEditOf(file: string, mtimeMs?: number): Promise<number> {
  const m =
    mtimeMs ??
    (await stat(file).then(
      (s) => s.mtimeMs,
      () => 0,
    ));
  const note = await readFile(noteOf(file), 'utf8').then(
    (t) => JSON.parse(t) as { mtimeMs?: unknown; printedAt?: unknown },
    () => undefined,
  );
  return note?.mtimeMs === m && typeof note.printedAt === 'number' ? note.printedAt : m;
}

/** After a save of unprinted fields only: the papers' inputs are still those of `printedAt`. */
export async function noteUnprintedSave(file: string, printedAt: number): Promise<void> {
  const { mtimeMs } = await stat(file);
  await writeFileAtomic(noteOf(file), JSON.stringify({ mtimeMs, printedAt }));
}
