/**
 * The stamp a cache of what was read from a file is keyed by: its size, modification and change
 * times and inode, which an editor's save changes — but only from one tick of the file system's
 * clock to the next (a few milliseconds on Linux, two seconds on FAT), so a second save of the
 * same size within the tick would keep the first save's stamp. A file changed that recently has
 * no stamp: the caller reads it again rather than trusting what it kept.
 */
import type { Stats } from 'node:fs';

/** How long after a change a file's stamp is not trusted: longer than any file system's tick. */
const SETTLING_MS = 2_000;

export function fileStamp(info: Stats, now = Date.now()): string | undefined {
  if (now - Math.max(info.mtimeMs, info.ctimeMs) < SETTLING_MS) return undefined;
  return `${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}`;
}
