/**
 * The program's files replaced under a running `serve` (review39 #6): a leader's page, drawn on
 * a worker thread that loads the bundle's chunks, then fails. The leader gets the ward's "try
 * again later" page with 503 (not 500), and the server's keeper one log line saying to restart,
 * without a stack. The worker's error reaches the server cloned, without its `code`: the message
 * (a module of the package's own folder not found) is what tells it. A real `serve` started from
 * a copy of the package, whose bundle's chunks are then moved away as an update's unpacking would.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, rename, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEV_SECRET, groupToken } from '../../src/serve/tokens.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the program’s files replaced while serve runs', () => {
  it('a leader’s page: 503, one log line without a stack', async () => {
    const dir = await makeTempDir('phuong-print-serve-replaced-');
    const pkg = join(dir, 'pkg');
    for (const part of ['bin', 'package.json', 'templates', 'fonts', 'assets', 'dist/bundle'])
      await cp(join(ROOT, part), join(pkg, part), { recursive: true });
    await symlink(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
    const child = spawn(
      process.execPath,
      [
        join(pkg, 'bin', 'phuong-print.js'),
        'serve',
        '--campaign',
        EXAMPLE_CAMPAIGN,
        '--groups',
        EXAMPLE_GROUPS,
        '--dev',
        '--port',
        '0',
        '--cache-dir',
        join(dir, 'cache'),
      ],
      { env: { ...process.env, PHUONG_PRINT_SECRET: '', PHUONG_PRINT_ADMIN_PASSWORD: '' } },
    );
    let log = '';
    child.stdout.on('data', (d) => {
      log += d;
    });
    child.stderr.on('data', (d) => {
      log += d;
    });
    try {
      for (let i = 0; i < 1200 && !log.includes('leader links:'); i++)
        await new Promise((r) => setTimeout(r, 50));
      const base = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(log)?.[1] ?? '';
      expect(base, log).not.toBe('');

      const bundle = join(pkg, 'dist', 'bundle');
      const away = join(dir, 'away');
      await mkdir(away);
      for (const f of (await readdir(bundle)).filter((f) => f.startsWith('chunk-')))
        await rename(join(bundle, f), join(away, f));

      const page = await fetch(`${base}/g/${groupToken(DEV_SECRET, '3')}/`);
      expect(page.status, log).toBe(503);
      expect(log).toMatch(
        /the program's files changed while this server runs .*restart the server/,
      );
      expect(log).not.toMatch(/\n\s+at /);
      expect(log).not.toContain('error on GET');
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      await rm(pkg, { recursive: true, force: true }).catch(() => {});
    }
  }, 90_000);
});
