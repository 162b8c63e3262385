/**
 * A changed layout constant must rebuild what it draws. The tool is copied to a temporary folder
 * (its bundle, templates, fonts), one constant of the notice's layout is edited in the copy
 * — in the code that runs: the bundle, dist/bundle/ — and the same build is run again: nothing may
 * be reused, and the print file must be what a clean build of the edited code makes (pages kept
 * by the old code must not leak into it).
 */
import { cp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArgs } from '../support/cli.js';
import { execToolOk } from '../support/exec.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let pkg: string;
let groups: string;
let work: string;

async function build(out: string, extra: string[] = []) {
  // Started by the spawner's small process, not this test fork (test/support/spawner.ts).
  const stdout = await execToolOk(process.execPath, [
    join(pkg, 'bin/phuong-print.js'),
    ...buildArgs(EXAMPLE_CAMPAIGN, groups, out),
    // The notice, whose layout the edit changes (the key holds the whole code's hash: every
    // kind is rebuilt alike).
    '--kind',
    'notice',
    '--jobs',
    '1',
    '--json',
    ...extra,
  ]);
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { built: number; reused: number };
}

const bytesOf = (out: string, path: string) => readFile(join(out, path));

beforeAll(async () => {
  work = await makeTempDir('phuong-print-code-');
  pkg = join(work, 'pkg');
  // The bundle without tsc's output (8.7 of dist's 14 MB), as the installed package ships it:
  // the launcher runs the bundle when there is no dist/.tsbuildinfo to compare it with.
  for (const part of ['bin', 'dist/bundle', 'templates', 'fonts', 'assets', 'package.json'])
    await cp(join(ROOT, part), join(pkg, part), { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  groups = join(work, 'groups.csv');
  await writeFile(
    groups,
    'STT,Tên tổ dân phố,Tổ trưởng\n1,Tổ dân phố số 1,Trần Văn An\n2,Tổ dân phố số 2,Lê Thị Bình\n',
  );
});
afterAll(removeTempDirs);

describe('a change to the code', () => {
  it('rebuilds every file it could change, and keeps no page of the old code', async () => {
    const out = join(work, 'out');
    const first = await build(out);
    expect(first.built).toBeGreaterThan(0);
    // That the same code reuses a build's files is not run again here (a CLI process, ~1.7 s of
    // CPU): the program's re-run after Ctrl-C reuses every file the stopped build made
    // (batch.test.ts, "Ctrl-C half-way"), so nothing below is reused for want of reuse at all.
    const before = await bytesOf(out, 'print/notice-all.pdf');

    // The gap between the notice's paragraphs, as bundled (in one of the chunks): 6 pt → 9 pt.
    const bundle = join(pkg, 'dist/bundle');
    const defines = /\b(const|var) PARA_GAP = 6;/;
    const edits: string[] = [];
    for (const name of await readdir(bundle)) {
      const code = await readFile(join(bundle, name), 'utf8');
      if (!defines.test(code)) continue;
      await writeFile(join(bundle, name), code.replace(defines, '$1 PARA_GAP = 9;'));
      edits.push(name);
    }
    expect(edits).toHaveLength(1);

    // The re-run, and beside it (two processes, two folders: neither reads the other's) the
    // clean build of the edited code that its result is compared with.
    const clean = join(work, 'clean');
    const [second] = await Promise.all([build(out), build(clean, ['--force'])]);
    expect(second.reused).toBe(0);
    expect(second.built).toBe(first.built);
    const after = await bytesOf(out, 'print/notice-all.pdf');
    expect(after.equals(before)).toBe(false);
    // The incremental result is exactly what a clean build of the edited code makes.
    expect(after.equals(await bytesOf(clean, 'print/notice-all.pdf'))).toBe(true);
    const groupNotice = 'to-dan-pho-so-1/notice.pdf';
    expect((await bytesOf(out, groupNotice)).equals(await bytesOf(clean, groupNotice))).toBe(true);
  });
});
