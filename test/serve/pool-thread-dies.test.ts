/**
 * serve's document pool when a thread dies (qa34 O1): a thread that ended under its document
 * made piscina start another; that one could not load its file (`dist/` rebuilt meanwhile) and,
 * having no task of its own, failed as an 'error' event on the pool, which nothing heard: the
 * whole process ended. Now the document that was being drawn fails, the pool's failure is one log
 * line, and the next document is drawn by a fresh pool once the file is back. Real worker threads (piscina) over a worker file of the test's own, which
 * ends its thread when asked to.
 */
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createDocumentPool } from '../../src/serve/pool-renderer.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const dir = await makeTempDir('phuong-print-thread-dies-');
const worker = join(dir, 'worker-entry.cjs');
await writeFile(
  worker,
  `'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.renderOne = async (task) => {
  if (task.die) {
    // An error nothing catches: the thread ends under its task.
    setImmediate(() => { throw new Error('the thread ended'); });
    return new Promise(() => {});
  }
  return { value: 'drawn ' + task.name };
};
`,
);

afterAll(removeTempDirs);

describe('the document pool when a thread dies', () => {
  it('fails that document, logs one line, keeps the process, draws the next one', async () => {
    const lines: string[] = [];
    const pool = createDocumentPool({ threads: 1, worker }, (line) => lines.push(line));
    const render = (task: object) =>
      pool.render(task as Parameters<typeof pool.render>[0]) as Promise<unknown>;
    const uncaught: unknown[] = [];
    const heard = (e: unknown) => uncaught.push(e);
    process.on('uncaughtException', heard);
    try {
      expect(await render({ name: 'notice' })).toBe('drawn notice');
      // The rebuild: the worker file gone, then the thread ends under a document.
      await rename(worker, `${worker}.away`);
      // That document fails with the thread's error, as a ThreadFailed (the ward's "try again"
      // page, one log line: thread-dies-request.test.ts).
      const died = await render({ name: 'poster', die: true }).catch((e: unknown) => e);
      expect(String(died)).toContain('the thread ended');
      // piscina's replacement thread fails to start meanwhile (no task of its own).
      // Unheard, that failure was thrown out of piscina's event: the process's end.
      await vi.waitFor(() => expect(lines.length + uncaught.length).toBeGreaterThan(0), {
        timeout: 10_000,
      });
      expect(uncaught.map(String)).toEqual([]);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^a document thread failed: .*; another starts for the next document$/,
      );

      await rename(`${worker}.away`, worker);
      expect(await render({ name: 'flyer' })).toBe('drawn flyer');
    } finally {
      process.off('uncaughtException', heard);
      await pool.close();
    }
  }, 30_000);
});
