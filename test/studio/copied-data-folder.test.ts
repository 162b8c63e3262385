/**
 * A data folder copied while its studio runs (qa58b p3: `cp -r data1 data3`, the studio's lock
 * copied with it): a studio started on the copy opens at once — the copied lock names the folder
 * it was taken in, not this one — where it was refused for 15 s as "another studio" (the copied
 * owner note named the running studio of data1). A second studio on the folder a studio holds is
 * still refused, on the original and on the copy once its own studio runs. Real processes
 * (bin/phuong-print.js), real files, the studios asked over loopback HTTP.
 */
import { cp, readdir, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { studioProcess, STUDIO_ENV_VI as VI } from './studio.js';

afterAll(removeTempDirs);

/** A second studio on `dir` (another port): refused, naming the studio that holds it. */
async function refusedOn(dir: string, holder: { url: string; pid: number | undefined }) {
  const r = await runCli(['studio', '--data', dir, '--port', '0'], { env: VI, timeoutMs: 30_000 });
  expect(r.code).toBe(1);
  expect(r.stderr.trim().split('\n')[0]).toBe(
    `lỗi: một studio khác đang chạy trên thư mục dữ liệu ${dir} (tại ${holder.url}, tiến trình ${holder.pid})`,
  );
}

describe('a data folder copied while its studio runs', () => {
  it('opens in a studio of its own without waiting for the lock to go stale; a live studio’s folder is still refused', async () => {
    const root = await makeTempDir('phuong-print-copied-');
    const original = join(root, 'data1');
    const copy = join(root, 'data3');
    const first = await studioProcess(original);
    let second: Awaited<ReturnType<typeof studioProcess>> | undefined;
    try {
      // Copied as the office copies it, the running studio's lock and its note with it.
      await cp(original, copy, { recursive: true });
      expect(await readdir(copy)).toContain('.phuong-print-studio.lock.owner');
      // The copied lock kept fresh while the second studio starts, as its owner keeps its own:
      // however slow the start, it is not let in by the lock going stale (15 s after the copy).
      const lock = join(copy, '.phuong-print-studio.lock');
      const fresh = setInterval(() => {
        const now = new Date();
        utimes(lock, now, now).catch(() => {});
      }, 1000);
      try {
        second = await studioProcess(copy);
      } finally {
        clearInterval(fresh);
      }
      // Its own address, not the refusal naming the studio of data1 (whose address it would say).
      expect(second.log()).not.toContain('một studio khác');
      expect(second.url).not.toContain(first.url);
      expect((await fetch(`${second.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
      // Each folder's studio still keeps a second one off it.
      await refusedOn(original, first);
      await refusedOn(copy, second);
    } finally {
      await second?.stop();
      await first.stop();
    }
  }, 120_000);
});
