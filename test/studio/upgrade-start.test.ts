/**
 * A new version started where an older one runs (qa35 MAJOR-1), as the office's IT does it:
 * - on the port the old studio holds: refused as before, and the older store is left as it was
 *   (its steps, no copy), so the old studio still starts after it;
 * - on another port, same data folder: refused in one Vietnamese line naming the folder and the
 *   running studio's address and process; once that studio has crashed (SIGKILL), a start is not
 *   refused (the lock of a dead process is taken over).
 * - `serve --data` on a port in use leaves its older store as it was too.
 * Real files; real processes (bin/phuong-print.js) where one studio meets another. The refusals
 * on a port in use run the command's code in this process (runCliInProcess: the same exit code,
 * words and files; the real process refused on a port: environment-errors.test.ts, and after an
 * upgrade upgrade-port-taken.test.ts).
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { runCli, runCliInProcess } from '../support/cli.js';
import { firstSteps, stepsIn, storeOf } from '../support/old-store.js';
import { portInUse } from '../support/package-copy.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';
import { studioProcess, STUDIO_ENV_VI as VI } from './studio.js';

afterAll(removeTempDirs);

/** A data folder with the store of a release that knew the first `n` steps. */
async function oldDataFolder(n: number): Promise<{ dir: string; steps: string[] }> {
  const migrations = firstSteps(n);
  return { dir: await storeOf(migrations), steps: Object.keys(migrations) };
}

const stepsOf = (dir: string) => stepsIn(join(dir, 'phuong-print.sqlite'));

describe('a new version started where an older one runs', () => {
  it('studio on a port in use: refused, and the older store is left as it was', async () => {
    const { dir, steps } = await oldDataFolder(3);
    const { port, server } = await portInUse();
    try {
      const r = await runCliInProcess(['studio', '--data', dir, '--port', String(port)], {
        env: VI,
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`không mở được 127.0.0.1 cổng ${port}`);
      expect(r.stderr).not.toContain('kho dữ liệu');
    } finally {
      server.close();
    }
    expect(stepsOf(dir)).toEqual(steps);
    expect((await readdir(dir)).filter((n) => n.includes('truoc-nang-cap'))).toEqual([]);
  });

  it('serve --data on a port in use: refused, and the older store is left as it was', async () => {
    const { dir, steps } = await oldDataFolder(3);
    const { port, server } = await portInUse();
    try {
      const r = await runCliInProcess(
        [
          'serve',
          '--campaign',
          EXAMPLE_CAMPAIGN,
          '--groups',
          EXAMPLE_GROUPS,
          '--data',
          dir,
          '--port',
          String(port),
        ],
        { env: { ...VI, PHUONG_PRINT_SECRET: 'x'.repeat(40) } },
      );
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`cổng ${port}`);
    } finally {
      server.close();
    }
    expect(stepsOf(dir)).toEqual(steps);
  });

  it('a second studio on the same data folder is refused, naming the first; not after it crashed', async () => {
    const { dir } = await oldDataFolder(Object.keys(MIGRATIONS).length);
    const first = await studioProcess(dir);
    try {
      const address = first.url;
      const r = await runCli(['studio', '--data', dir, '--port', '0'], {
        env: VI,
        timeoutMs: 30_000,
      });
      expect(r.code).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines[0]).toBe(
        `lỗi: một studio khác đang chạy trên thư mục dữ liệu ${dir} (tại ${address}, tiến trình ${first.pid})`,
      );
      expect(lines[1]).toMatch(/^gợi ý: hãy dùng studio đang chạy đó, hoặc dừng nó trước/);
      expect(lines).toHaveLength(2);
      // The first one answers still.
      expect((await fetch(`${address}/healthz`)).status).toBe(200);
    } finally {
      // It crashes: a studio starts on the folder at once, its lock no one's now.
      await first.kill('SIGKILL');
    }
    const again = await studioProcess(dir);
    try {
      expect((await fetch(`${again.url}/healthz`)).status).toBe(200);
    } finally {
      await again.stop();
    }
  });
});
