/**
 * A build's own worker threads (src/output/pool.ts createRunner) when one fails with no group of
 * its own: piscina emits 'error' on the pool, and nothing heard it — the process ended (a studio
 * with every leader's page, as qa34 O1 ended serve). Now one log line; piscina's new thread draws
 * the next groups; and when no thread can start at all, the build's groups fail with a sentence
 * for the office instead of waiting forever. Real worker threads over worker files of the test's
 * own.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { isUserError } from '../../src/errors.js';
import { say } from '../../src/messages/message.js';
import { loadBuildInputs } from '../../src/output/inputs.js';
import { createRunner } from '../../src/output/pool.js';
import type { GroupJob } from '../../src/output/render-job.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/** Runs `body` with the process's uncaught exceptions collected (one would end a server). */
async function noneUncaught(body: () => Promise<void>): Promise<unknown[]> {
  const uncaught: unknown[] = [];
  const heard = (e: unknown) => uncaught.push(e);
  process.on('uncaughtException', heard);
  try {
    await body();
  } finally {
    process.off('uncaughtException', heard);
  }
  return uncaught;
}

describe('a build thread that fails with no group of its own', () => {
  const spec = { campaign: EXAMPLE_CAMPAIGN, groups: EXAMPLE_GROUPS };
  /** A server's build runner (two worker threads) over `worker`, its log lines kept. */
  async function runnerOver(worker: string, threads = 2) {
    const inputs = await loadBuildInputs(spec, []);
    const lines: string[] = [];
    const runner = await createRunner(threads, inputs, {
      mainThreadDraws: false,
      worker,
      logLine: (line) => lines.push(line),
    });
    return { runner, lines };
  }
  const jobOf = (groupId: string) =>
    ({ spec, groupId, kinds: [], items: [] }) as unknown as GroupJob;

  it('a thread dies with no group (as it starts): one line, the process goes on, the groups are drawn', async () => {
    const dir = await makeTempDir('phuong-print-build-thread-');
    const marker = join(dir, 'die-once');
    await writeFile(marker, '');
    const worker = join(dir, 'worker.cjs');
    await writeFile(
      worker,
      `'use strict';
const fs = require('node:fs');
// piscina loads the file twice (require, then import) before it gives up: the thread's own mark.
let dies = globalThis.dies === true;
try { fs.unlinkSync(${JSON.stringify(marker)}); dies = true; globalThis.dies = true; } catch (_e) {}
// The first thread to start fails as it loads, before any group is its own. (A thread waiting
// for work sleeps in Atomics.wait: a timer of its own cannot end it while it is idle.)
if (dies) throw new Error('an idle thread broke');
module.exports = async (job) => ({ value: { group: job.groupId, thread: require('node:worker_threads').threadId } });
`,
    );
    const { runner, lines } = await runnerOver(worker);
    try {
      const uncaught = await noneUncaught(async () => {
        await vi.waitFor(() => expect(lines).toHaveLength(1), { timeout: 10_000 });
        const results = await Promise.all(['1', '2', '3'].map((id) => runner.run(jobOf(id))));
        expect(results.map((r) => (r as unknown as { group: string }).group)).toEqual([
          '1',
          '2',
          '3',
        ]);
      });
      expect(uncaught.map(String)).toEqual([]);
      expect(lines[0]).toBe(
        'a build thread failed with no group of its own: an idle thread broke; another took its place',
      );
    } finally {
      await runner.close();
    }
  }, 30_000);

  /** A worker file that cannot load (as when the program's files are replaced under it). */
  async function unloadable(): Promise<string> {
    const dir = await makeTempDir('phuong-print-build-thread-');
    const worker = join(dir, 'worker.cjs');
    await writeFile(worker, `'use strict';\nthrow new Error('cannot load the drawing code');\n`);
    return worker;
  }

  it('no thread can load its code, the groups sent at once as a build does: each fails with the office’s sentence, one log line', async () => {
    const { runner, lines } = await runnerOver(await unloadable(), 3);
    try {
      const uncaught = await noneUncaught(async () => {
        // Sent before the threads fail: piscina hands them their jobs before their code loads.
        const failed = await Promise.all(
          ['1', '2', '3', '4', '5', '6'].map((id) =>
            runner.run(jobOf(id)).catch((e: unknown) => e),
          ),
        );
        for (const e of failed) {
          expect(isUserError(e), String(e)).toBe(true);
          if (isUserError(e))
            expect(say(e.text, 'vi')).toMatch(/^Việc tạo tài liệu đã dừng giữa chừng/);
        }
        // The threads started in the failed ones' places fail too, after: still one line.
        await new Promise((r) => setTimeout(r, 1000));
      });
      expect(uncaught.map(String)).toEqual([]);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('cannot load the drawing code');
      expect(lines[0]).not.toContain('another took its place');
    } finally {
      await runner.close().catch(() => {});
    }
  }, 30_000);

  it('no thread can start: the groups fail with the office’s sentence, not a wait forever', async () => {
    const { runner, lines } = await runnerOver(await unloadable());
    try {
      const uncaught = await noneUncaught(async () => {
        // Sent after the threads failed: none is left to take them.
        await vi.waitFor(() => expect(lines.join('\n')).toContain('none left'), {
          timeout: 10_000,
        });
        const failed = await runner.run(jobOf('1')).catch((e: unknown) => e);
        expect(isUserError(failed)).toBe(true);
        if (isUserError(failed)) {
          // Plain words for an office, and what to do on the command line (no button there).
          expect(say(failed.text, 'vi')).toBe(
            'Việc tạo tài liệu đã dừng giữa chừng do phần mềm gặp lỗi khi khởi động phần vẽ tài liệu. Các tệp đã tạo xong vẫn được giữ.',
          );
          expect(failed.hintText && say(failed.hintText, 'vi')).toBe(
            'Hãy tạo lại. Nếu vẫn dừng, hãy khởi động lại phần mềm (có thể phần mềm vừa được cập nhật khi đang chạy); nếu vẫn không được, hãy cài đặt lại phần mềm.',
          );
        }
      });
      expect(uncaught.map(String)).toEqual([]);
    } finally {
      await runner.close().catch(() => {});
    }
  }, 30_000);
});
