/**
 * A document thread that dies under a leader's request (out of memory, an error nothing in the
 * thread catches): not the leader's fault, and nothing they can fix but try again. The request
 * got the ward's 500 "Có lỗi xảy ra" and the log a stack; now it gets the ward's 503 page
 * ("Xin thử lại sau ít phút"), the log one line without a stack, as the other thread faults
 * (code-replaced.ts `ThreadFailed`), and the server keeps answering. Real worker threads
 * (piscina) over a worker file of the test's own whose thread dies under its task.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPoolRenderer } from '../../src/serve/pool-renderer.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { exampleWard, startServer, type TestServer, tokenOf } from './server.js';

afterAll(removeTempDirs);

describe('serve: a document thread that dies under a request', () => {
  let s: TestServer | undefined;
  afterAll(async () => {
    await s?.app.close();
  });

  it('answers the ward’s 503 page, logs one line, keeps answering', async () => {
    const dir = await makeTempDir('phuong-print-thread-dies-request-');
    const worker = join(dir, 'worker-entry.cjs');
    await writeFile(
      worker,
      `'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.warmUp = async () => 0;
exports.renderOne = async () => {
  // An error nothing catches: the thread ends under its task.
  setImmediate(() => { throw new Error('the thread ran out of something'); });
  return new Promise(() => {});
};
`,
    );
    const ward = await exampleWard();
    s = await startServer({ ward, renderer: createPoolRenderer(ward, { threads: 1, worker }) });
    const answer = await fetch(`${s.url}/g/${tokenOf('5')}/notice.pdf`, {
      signal: AbortSignal.timeout(20_000),
    });
    const page = await answer.text();
    expect(answer.status).toBe(503);
    expect(page).toContain('Xin thử lại sau ít phút');
    expect(s.errors).toHaveLength(1);
    expect(s.errors[0]).toMatch(
      /^a document thread failed: the thread ran out of something \(GET \/g\/:token\/:file\); the next request starts another$/,
    );
    expect(s.errors[0]).not.toMatch(/\n\s+at /);
    // The server still answers (its leader pages draw documents: every one dies here).
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${s.url}/assets/style.css`)).status).toBe(200);
  }, 30_000);
});
