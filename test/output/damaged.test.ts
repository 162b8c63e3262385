/**
 * A re-run must not trust a file because it is still there with the right size: a group's PDF,
 * a print file and a ZIP with 200 bytes zeroed in the middle (size unchanged) are found and
 * rebuilt, and afterwards every file matches the SHA-256 its manifest records.
 */
import { open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/output/manifest.js';
import { runCli } from '../support/cli.js';
import { readManifest } from '../support/manifest.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';

let dir: string;
let groups: string;

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-damaged-');
  groups = join(dir, 'groups.csv');
  await writeFile(groups, wardCsv(4));
});
afterAll(removeTempDirs);

async function zeroMiddle(file: string, length = 200): Promise<void> {
  const handle = await open(file, 'r+');
  const { size } = await handle.stat();
  await handle.write(Buffer.alloc(length), 0, length, Math.floor(size / 2));
  await handle.close();
}

const build = (out: string) =>
  runCli([
    'build',
    '--campaign',
    EXAMPLE_CAMPAIGN,
    '--groups',
    groups,
    '--out',
    out,
    '--kind',
    'notice,flyer',
    '--json',
  ]);
const summary = (stdout: string) => JSON.parse(stdout.trim().split('\n').pop() ?? '{}');

describe('a damaged file in the output folder', () => {
  it('is rebuilt on the next run, and every file then matches its manifest', async () => {
    const out = join(dir, 'out');
    const first = await build(out);
    expect(first.code, first.stderr).toBe(0);
    const damaged = [
      'to-dan-pho-so-2/notice.pdf',
      'print/flyer-all.pdf',
      'zip/to-dan-pho-so-3.zip',
    ];
    for (const path of damaged) await zeroMiddle(join(out, path));

    const again = await build(out);
    expect(again.code, again.stderr).toBe(0);
    const s = summary(again.stdout);
    expect(s.built).toBe(1);
    expect(s.print).toEqual(['print/flyer-all.pdf']);
    const m = await readManifest(out);
    const all = [...m.files, ...m.print, ...m.zips];
    for (const path of damaged) expect(all.map((f) => f.path)).toContain(path);
    for (const f of all) expect(sha256(await readFile(join(out, f.path))), f.path).toBe(f.sha256);
  });
});
