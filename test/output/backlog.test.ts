/**
 * The build's bound on bytes waiting for the disk (output/backlog.ts): streams whose disk is held
 * back by hand, so what waits is known exactly.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { backlogWritten, waitingBytes } from '../../src/output/backlog.js';

/** A file whose disk takes each write only when `release()` is called. */
function heldDisk() {
  const held: (() => void)[] = [];
  const stream = new Writable({
    highWaterMark: 1024,
    write(_chunk, _encoding, done) {
      held.push(done);
    },
  });
  const release = () => held.shift()?.();
  return { stream, release, held };
}

const KB = (n: number) => Buffer.alloc(n * 1024);

describe('backlogWritten', () => {
  it('waits while the streams together hold more than the limit, and not longer', async () => {
    const a = heldDisk();
    const b = heldDisk();
    for (let i = 0; i < 4; i++) a.stream.write(KB(4));
    for (let i = 0; i < 3; i++) b.stream.write(KB(4));
    expect(waitingBytes([a.stream, b.stream, undefined])).toBe(28 * 1024);

    let done = false;
    const waiting = backlogWritten([a.stream, undefined, b.stream], 6 * 1024).then(() => {
      done = true;
    });
    // Each file writes one chunk; 20 kB still wait, over the 6 kB allowed.
    a.release();
    b.release();
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false);
    // One file's disk catches up entirely: 8 kB wait in the other, still over.
    while (a.held.length) {
      a.release();
      await new Promise((r) => setImmediate(r));
    }
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false);
    // The other's too: nothing waits.
    while (b.held.length) {
      b.release();
      await new Promise((r) => setImmediate(r));
    }
    await waiting;
    expect(done).toBe(true);
    expect(waitingBytes([a.stream, b.stream])).toBe(0);
  });

  it('returns at once when the streams hold no more than the limit', async () => {
    const a = heldDisk();
    a.stream.write(KB(4));
    await backlogWritten([a.stream], 4 * 1024);
    expect(waitingBytes([a.stream])).toBe(4 * 1024);
  });

  it('fails with the error of a stream that fails while waited for (a full disk)', async () => {
    const a = heldDisk();
    for (let i = 0; i < 4; i++) a.stream.write(KB(4));
    const waiting = backlogWritten([a.stream], 1024);
    a.stream.destroy(new Error('ENOSPC: no space left on device'));
    await expect(waiting).rejects.toThrow('ENOSPC');
  });

  it('does not wait for a stream that is closed without its bytes (an aborted file)', async () => {
    const a = heldDisk();
    for (let i = 0; i < 4; i++) a.stream.write(KB(4));
    const waiting = backlogWritten([a.stream], 1024);
    a.stream.destroy();
    await expect(waiting).resolves.toBeUndefined();
  });
});
