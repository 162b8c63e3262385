/**
 * Output stage: how many bytes the main thread may hold for the disk. A build's print files and
 * the stores of their kept pages are written as the groups' pages pass; when the disk is slower
 * than the workers, what waits to be written grows in memory. The build takes no more groups
 * until the bytes waiting in all of those files together are few again: a bound in bytes, so it
 * holds however fast the disk is and however large a group's pages are (a tracking sheet of a
 * thousand households is a hundred times a poster).
 */
import type { Writable } from 'node:stream';

/**
 * Bytes that may wait for the disk, all files together: a few groups of every kind, and a dozen
 * of the largest writes (a print file writes 256 kB at a time).
 */
export const BACKLOG_BYTES = 8 * 1024 * 1024;

/** Bytes written to `streams` and not yet handed to the disk. */
export function waitingBytes(streams: readonly (Writable | undefined)[]): number {
  let total = 0;
  for (const s of streams) if (s && !s.destroyed) total += s.writableLength;
  return total;
}

/**
 * Resolves once the bytes waiting in `streams` are at most `limit`; rejects with a stream's
 * error (a full disk) if one fails meanwhile.
 */
export async function backlogWritten(
  streams: readonly (Writable | undefined)[],
  limit = BACKLOG_BYTES,
): Promise<void> {
  while (waitingBytes(streams) > limit) {
    // The stream holding the most: a stream over its own high-water mark says 'drain' once it
    // has written everything it holds. None such (every one under its mark) leaves little to
    // wait for.
    let largest: Writable | undefined;
    for (const s of streams)
      if (s && !s.destroyed && s.writableNeedDrain)
        if (!largest || s.writableLength > largest.writableLength) largest = s;
    if (!largest) return;
    await drainOf(largest);
  }
}

/** The stream's 'drain', or its end (closed, destroyed), or its error. */
function drainOf(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (e?: Error) => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      if (e instanceof Error) reject(e);
      else resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}
