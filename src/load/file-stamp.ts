/**
 * The stamp a cache of what was read from a file is keyed by: its size, modification and change
 * times and inode, which an editor's save changes — but only from one tick of the file system's
 * clock to the next (a few milliseconds on Linux, two seconds on FAT), so a second save of the
 * same size within the tick would keep the first save's stamp. A file changed that recently has
 * no stamp: the caller reads it again rather than trusting what it kept.
 */
import { createHash } from 'node:crypto';
import { readFileSync, type Stats, statSync } from 'node:fs';
import { LRUCache } from 'lru-cache';

/** How long after a change a file's stamp is not trusted: longer than any file system's tick. */
export const SETTLING_MS = 2_000;

export function fileStamp(info: Stats, now = Date.now()): string | undefined {
  if (now - Math.max(info.mtimeMs, info.ctimeMs) < SETTLING_MS) return undefined;
  return `${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}`;
}

/**
 * Each file's digest and the stamp it was read under: while the stamp is the same, the digest is
 * too, without reading the file again.
 */
const digests = new LRUCache<string, { stamp: string; digest: string }>({ max: 4096 });

/**
 * `file`'s key for a cache of what was read from it: the digest of its bytes (far cheaper than
 * loading them again), read again only when its stamp changes or it changed too recently for
 * one. Always the digest, not the stamp once the file settles: the same bytes keep one key two
 * seconds after a save, and after a save that changed nothing (a key that changed form there
 * made the studio load its ward again, serve the leaders a new copy, and draw the office's QR
 * sheet a second time). Undefined when there is no such file; a folder's key is its times.
 */
export function stampOrDigest(file: string): string | undefined {
  const info = statSync(file, { throwIfNoEntry: false });
  if (!info) return undefined;
  if (!info.isFile()) return `${info.mtimeMs}:${info.ino}`;
  const stamp = fileStamp(info);
  const known = digests.get(file);
  if (stamp !== undefined && known?.stamp === stamp) return known.digest;
  try {
    const digest = `sha256:${createHash('sha256').update(readFileSync(file)).digest('hex')}`;
    if (stamp !== undefined) digests.set(file, { stamp, digest });
    return digest;
  } catch {
    return undefined;
  }
}
