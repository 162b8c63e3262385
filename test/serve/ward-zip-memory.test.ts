/**
 * `/admin/ward.zip` of a city-sized ward (3,000 groups) keeps the server within its memory
 * budget (issue 16: 500 MB of RSS, the whole process, render threads included) while it streams,
 * and the leaders' pages keep being answered. Runs the real program from dist/ (`npm run build`
 * first) on loopback and reads the process's peak RSS from /proc (Linux). A loose bound over a
 * few seconds of streaming (16 MB: ~390 MB peak, where an archive built in memory took 5.5 GB);
 * how fast it streams and the peak over 30 s belong to `npm run bench:serve`
 * (bench/serve-ward-zip.ts).
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { groupToken } from '../../src/serve/tokens.js';
import { CLI_PATH } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';

afterAll(removeTempDirs);

const GROUPS = 3_000;
const BUDGET_MB = 500;
const STREAMED_MB = 16;
const SECRET = 'test-secret-ward-zip-memory';
const PASSWORD = 'mật-khẩu-văn-phòng';

describe('ward.zip of a 3,000-group ward', () => {
  it.skipIf(process.platform !== 'linux')(
    `streams with the server's peak RSS under ${BUDGET_MB} MB, the leaders still answered`,
    async () => {
      const dir = await makeTempDir();
      const groups = join(dir, 'groups.csv');
      await writeFile(groups, wardCsv(GROUPS));
      const args = ['serve', '--campaign', EXAMPLE_CAMPAIGN, '--groups', groups, '--port', '0'];
      const child = spawn(
        process.execPath,
        [CLI_PATH, ...args, '--cache-dir', join(dir, 'cache'), '--no-watch'],
        {
          env: {
            ...process.env,
            PHUONG_PRINT_SECRET: SECRET,
            PHUONG_PRINT_ADMIN_PASSWORD: PASSWORD,
            PHUONG_PRINT_LANG: 'en',
          },
        },
      );
      const exited = new Promise((resolve) => child.on('exit', resolve));
      try {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString('utf8');
        });
        await expect.poll(() => out, { timeout: 60_000, interval: 200 }).toMatch(/on http/);
        const base = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1] ?? '';
        const page = `${base}/g/${groupToken(SECRET, '7')}/`;
        expect((await fetch(page)).status).toBe(200);

        // The archive read as a client reads it, until STREAMED_MB have come.
        const zip = await fetch(`${base}/admin/ward.zip`, {
          headers: {
            authorization: `Basic ${Buffer.from(`admin:${PASSWORD}`).toString('base64')}`,
          },
        });
        expect(zip.status).toBe(200);
        const reader = zip.body?.getReader();
        const head = Buffer.from((await reader?.read())?.value ?? []);
        expect(head.subarray(0, 2).toString()).toBe('PK');
        expect(head.toString('utf8')).toContain('Tổ dân phố số 1/');
        // Meanwhile, a leader's page (cached) and a cold document of another group.
        expect((await fetch(page)).status).toBe(200);
        const cold = await fetch(`${base}/g/${groupToken(SECRET, '2999')}/flyer.pdf`);
        expect(cold.status).toBe(200);
        expect(
          Buffer.from(await cold.arrayBuffer())
            .subarray(0, 5)
            .toString(),
        ).toBe('%PDF-');
        let bytes = head.length;
        while (bytes < STREAMED_MB * 2 ** 20) {
          const chunk = await reader?.read();
          if (!chunk || chunk.done) break;
          bytes += chunk.value.length;
        }
        await reader?.cancel();
        expect(bytes).toBeGreaterThanOrEqual(STREAMED_MB * 2 ** 20);

        const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
        const peakMb = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]) / 1024;
        expect(peakMb).toBeGreaterThan(0);
        expect(peakMb).toBeLessThan(BUDGET_MB);
      } finally {
        child.kill('SIGTERM');
        await exited;
      }
    },
  );
});
