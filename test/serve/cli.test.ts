/**
 * CLI `serve`: refuses to start without a secret (outside --dev) and --dev off loopback; with
 * --dev on port 0 it serves the leader pages, says where, and stops cleanly on SIGTERM. Runs the
 * real program from dist/ (`npm run build` first).
 */
import { spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { DEV_SECRET, groupToken } from '../../src/serve/tokens.js';
import { CLI_PATH, runCli } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { spawnServe } from './server.js';

afterAll(removeTempDirs);
const INPUTS = ['--campaign', EXAMPLE_CAMPAIGN, '--groups', EXAMPLE_GROUPS];
const NO_ENV = { PHUONG_PRINT_SECRET: '', PHUONG_PRINT_ADMIN_PASSWORD: '' };

describe('serve', () => {
  it('refuses to start without a secret', async () => {
    const r = await runCli(['serve', ...INPUTS, '--port', '0'], { env: NO_ENV, timeoutMs: 20_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: field "--secret": no secret for the group links');
    expect(r.stdout).toBe('');
  });

  it('keeps --dev on loopback', async () => {
    const r = await runCli(['serve', ...INPUTS, '--dev', '--host', '0.0.0.0', '--port', '0'], {
      env: NO_ENV,
      timeoutMs: 20_000,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--dev listens on loopback only');
  });

  it('with --dev: serves the pages, says where, stops on SIGTERM', async () => {
    const cache = await makeTempDir();
    const child = spawn(
      process.execPath,
      [CLI_PATH, 'serve', ...INPUTS, '--dev', '--port', '0', '--cache-dir', cache],
      { env: { ...process.env, ...NO_ENV }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      // The last line of the start-up message: all of it has arrived.
      await expect.poll(() => stdout, { timeout: 20_000 }).toContain('leader links:');
      const base = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1] ?? '';
      expect(stdout).toContain('serving 32 groups of phường Lê Chân');
      expect(stdout).toContain('warning: --dev uses a built-in secret');
      expect(stdout).toContain('office page off: set PHUONG_PRINT_ADMIN_PASSWORD');
      const page = await fetch(`${base}/g/${groupToken(DEV_SECRET, '3')}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<h1>Tổ dân phố số 3</h1>');
      expect((await fetch(`${base}/admin`)).status).toBe(404);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stdout).toContain('stopped');
    // Nothing about requests, tokens or groups' pages in the output.
    expect(stdout).not.toContain('/g/');
  });

  it('with --cache-mb 0 (no memory cache, as its help says): serves a document twice', async () => {
    // Before the fix this never started: lru-cache refused a bound of 0 (an internal error).
    const serve = await spawnServe(EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS, await makeTempDir(), [
      '--cache-mb',
      '0',
    ]);
    try {
      for (let i = 0; i < 2; i++) {
        const pdf = await fetch(`${serve.base}/g/${groupToken(DEV_SECRET, '3')}/poster-a4.pdf`);
        expect(pdf.status).toBe(200);
        const head = Buffer.from(await pdf.arrayBuffer()).subarray(0, 5);
        expect(head.toString('latin1')).toBe('%PDF-');
      }
    } finally {
      serve.child.kill('SIGTERM');
    }
    expect(await serve.exited).toBe(0);
  });
});

describe('slow clients', () => {
  it('hundreds of dripping connections from one address do not lock out another reader', async () => {
    // 512 file descriptors: without a per-client cap, 600 held sockets exhaust them. With the
    // cap (64) there is room for the server's own: a worker thread starting to render the page
    // opens ~170 module files at once (its ESM loader reads a graph in parallel). Under 256 that
    // burst failed the page now and then (EMFILE, 500) on a loaded machine.
    const child = spawn(
      'bash',
      [
        '-c',
        `ulimit -n 512 && exec "${process.execPath}" "$@"`,
        'serve',
        CLI_PATH,
        'serve',
        ...INPUTS,
        '--dev',
        '--port',
        '0',
        '--cache-dir',
        await makeTempDir(),
      ],
      { env: { ...process.env, ...NO_ENV }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
    });
    const sockets: Socket[] = [];
    try {
      await expect.poll(() => stdout, { timeout: 20_000 }).toContain('leader links:');
      const port = Number(/127\.0\.0\.1:(\d+)/.exec(stdout)?.[1]);
      // Each sends half a request line and holds on (Linux answers on all of 127.0.0.0/8).
      for (let i = 0; i < 600; i++) {
        const s = connect({ host: '127.0.0.1', port, localAddress: '127.0.0.2' });
        s.on('error', () => {});
        s.write('GET /g/');
        sockets.push(s);
      }
      await new Promise((r) => setTimeout(r, 500));
      const page = await fetch(`http://127.0.0.1:${port}/g/${groupToken(DEV_SECRET, '3')}/`, {
        signal: AbortSignal.timeout(20_000),
      });
      // The server's error log says why, when it is not 200.
      expect(page.status, stderr).toBe(200);
      expect(stderr).toBe('');
    } finally {
      for (const s of sockets) s.destroy();
      child.kill('SIGTERM');
    }
  });
});
