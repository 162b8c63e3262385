/**
 * The stamp a cache of what was read from a file is keyed by: its size, modification and change
 * times and inode, which an editor's save changes — but only from one tick of the file system's
 * clock to the next (a few milliseconds on Linux, two seconds on FAT), so a second save of the
 * same size within the tick would keep the first save's stamp. A file changed that recently has
 * no stamp: the caller reads it again rather than trusting what it kept.
 */
import { createHash } from 'node:crypto';
import { readFileSync, type Stats, statSync } from 'node:fs';

/** How long after a change a file's stamp is not trusted: longer than any file system's tick. */
const SETTLING_MS = 2_000;

export function fileStamp(info: Stats, now = Date.now()): string | undefined {
  if (now - Math.max(info.mtimeMs, info.ctimeMs) < SETTLING_MS) return undefined;
  return `${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}`;
}

/**
 * `file`'s stamp, or when it changed too recently for one, the digest of its bytes (a read: for
 * the inputs a cache of their loaded form stands for, far cheaper than loading them again).
 * Undefined when there is no such file.
 */
export function stampOrDigest(file: string): string | undefined {
  const info = statSync(file, { throwIfNoEntry: false });
  if (!info) return undefined;
  const stamp = info.isFile() ? fileStamp(info) : `${info.mtimeMs}:${info.ino}`;
  if (stamp !== undefined) return stamp;
  try {
    return `sha256:${createHash('sha256').update(readFileSync(file)).digest('hex')}`;
  } catch {
    return undefined;
  }
}
