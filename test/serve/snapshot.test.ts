/**
 * `serve` works from a copy of the inputs, taken whole: the office editing the groups file while
 * the server runs must not give documents that mix versions (the render workers read inputs
 * lazily, on their first document). With --no-watch the copy stays the one taken at start (until
 * SIGHUP); reloads on a change are reload.test.ts. A real server process, its worker pool, real
 * files.
 */
import { spawn } from 'node:child_process';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEV_SECRET, groupToken } from '../../src/serve/tokens.js';
import { CLI_PATH } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

describe('serve --no-watch while the groups file is edited', () => {
  it('keeps serving the version it started with, in every document', async () => {
    const dir = await makeTempDir('phuong-print-snapshot-');
    const campaign = join(dir, 'campaign.yaml');
    const groups = join(dir, 'groups.csv');
    await copyFile(EXAMPLE_CAMPAIGN, campaign);
    await copyFile(EXAMPLE_GROUPS, groups);
    const child = spawn(
      process.execPath,
      [
        CLI_PATH,
        'serve',
        '--campaign',
        campaign,
        '--groups',
        groups,
        '--dev',
        '--port',
        '0',
        '--cache-dir',
        join(dir, 'cache'),
        '--no-watch',
      ],
      { env: { ...process.env, PHUONG_PRINT_SECRET: '' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
    });
    try {
      await expect.poll(() => stdout, { timeout: 30_000 }).toContain('leader links:');
      const base = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1] ?? '';
      const files = `${base}/g/${groupToken(DEV_SECRET, '5')}/`;
      // The office renames group 5 (and, a moment later, saves a broken file).
      const text = await readFile(groups, 'utf8');
      await writeFile(groups, text.replace('Tổ dân phố số 5', 'Tổ dân phố Hoa Sen'));
      const flyer = await fetch(`${files}flyer.pdf`);
      expect(flyer.status).toBe(200);
      const flyerText = collapseSpaces(await pdfText(new Uint8Array(await flyer.arrayBuffer())));
      expect(flyerText).toContain('Tổ dân phố số 5');
      expect(flyerText).not.toContain('Hoa Sen');
      await writeFile(groups, 'not;a;groups;file\n');
      const page = await (await fetch(files)).text();
      expect(page).toContain('Tổ dân phố số 5');
      expect((await fetch(`${files}checklist.pdf`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
