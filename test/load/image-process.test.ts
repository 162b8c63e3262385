/**
 * The process that reads the campaign's pictures (src/load/image-process.ts), from the outside:
 * a child that the system ends while it reads a picture (killed, out of memory) costs the
 * picture nothing: it is read again by a new child, not said to be damaged. Seen by ending the
 * real child process with SIGKILL while it prepares a large picture.
 */
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { imageHeader, imagePng } from '../../src/load/image-process.js';

/** The pids of this process's children running the picture reader. */
async function readers(): Promise<number[]> {
  const children = await readFile(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8');
  const pids = children.trim().split(/\s+/).filter(Boolean).map(Number);
  const found: number[] = [];
  for (const pid of pids) {
    const cmd = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmd.includes('image-process-child')) found.push(pid);
  }
  return found;
}

describe('the picture reader ended by the system while it reads', () => {
  it('reads the picture again in a new process: the picture is not called damaged', async () => {
    const side = 3000;
    const noise = Buffer.alloc(side * side * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const big = await sharp(noise, { raw: { width: side, height: side, channels: 3 } })
      .png({ compressionLevel: 1 })
      .toBuffer();
    // A running, ready reader first (a small question), then the large picture asked of it.
    expect((await imageHeader(big))?.width).toBe(side);
    const [first] = await readers();
    expect(first).toBeGreaterThan(0);
    const asked = imagePng(big, { maxSide: 1200, transparent: false });
    process.kill(first as number, 'SIGKILL');
    const png = await asked;
    expect(png).toBeDefined();
    const meta = await sharp(png as Uint8Array).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 1200]);
    // Read by another reader process, not in this one.
    const now = await readers();
    expect(now).not.toContain(first);
  });
});
