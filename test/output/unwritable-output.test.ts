/**
 * An output file that cannot be replaced — a folder of its name in the way (on the office's
 * Windows server, a PDF viewer holding the print file open is the everyday case), or a folder
 * that cannot be written — fails the build as README promises: one `lỗi:` line naming the file
 * and a `gợi ý:` under --lang vi, exit code 1, no stack trace, no temporary file left, the lock
 * released; and the next run, once the obstacle is gone, completes. The builds that meet a print
 * file's obstacle (a folder in the way, a file held open) run the real program, as the office runs
 * it (the print file's fault hung the process's last promise: exit 70); the read-only folders,
 * the build that makes the folder before (once for the file, copied for each case) and those that
 * complete it after run the command's code in this process (runCliInProcess: the same exit code,
 * output and files, without a Node start-up each).
 */
import { access, cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/output/manifest.js';
import { buildArgs, runCli, runCliInProcess } from '../support/cli.js';
import { readManifest } from '../support/manifest.js';
import { makeReadOnly, makeWritable } from '../support/read-only.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { diskTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';

let dir: string;
let groups: string;
/** A completed build of the ward, made once: each case starts from a copy of it. */
let completed: string;
beforeAll(async () => {
  // On the disk: its folders are made read-only with chattr +i, which an older kernel's tmpfs refuses.
  dir = await diskTempDir('phuong-print-unwritable-');
  groups = join(dir, 'groups.csv');
  await writeFile(groups, wardCsv(2));
  completed = join(dir, 'completed');
  const first = await build(completed);
  expect(first.code, first.stderr).toBe(0);
});
afterAll(removeTempDirs);

/**
 * An output folder as the build above left it, copied to `name` (nothing in it names its
 * folder): the same files, manifest and kept pages as a build of its own, without drawing them
 * again for each case.
 */
async function builtFolder(name: string): Promise<string> {
  const out = join(dir, name);
  await cp(completed, out, { recursive: true });
  return out;
}

/**
 * Every file made again (--force): a file reused would not meet the obstacle. The real program
 * (`run`) where the obstacle is met.
 */
const build = (out: string, run = runCliInProcess) =>
  run([...buildArgs(EXAMPLE_CAMPAIGN, groups, out, '--kind', 'notice'), '--lang', 'vi', '--force']);

/** Every file under `out`, relative. */
async function filesUnder(out: string): Promise<string[]> {
  return (await readdir(out, { recursive: true })).map(String);
}

/** Every file the manifest lists is on disk with the bytes it records. */
async function expectManifestTrue(out: string) {
  const m = await readManifest(out);
  for (const f of [...m.files, ...m.print, ...m.zips])
    expect(sha256(await readFile(join(out, f.path))), f.path).toBe(f.sha256);
  return m;
}

async function expectCleanFailure(out: string, file: string, run = runCli) {
  const r = await build(out, run);
  expect(r.code, r.stderr).toBe(1);
  const lines = r.stderr.trim().split('\n');
  expect(lines[0]).toMatch(/^lỗi: /);
  expect(lines[0]).toContain(join(out, file));
  expect(lines[1]).toMatch(/^gợi ý: /);
  expect(lines).toHaveLength(2);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  expect((await filesUnder(out)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  await expect(access(join(out, '.phuong-print.lock'))).rejects.toThrow();
  return r.stderr;
}

// The cases side by side (describe.concurrent): each works on its own copy of the completed
// folder, and two of them mostly wait for the real program (runCli) while another builds here.
describe.concurrent('an output file that cannot be replaced', () => {
  it('a folder where the print file goes: error naming it, exit 1, nothing temporary left; then the next run completes', async () => {
    const out = await builtFolder('folder-in-the-way');
    const print = join(out, 'print', 'notice-all.pdf');
    await rm(print);
    await mkdir(print);
    await writeFile(join(print, 'x'), '');
    await expectCleanFailure(out, 'print/notice-all.pdf');
    // The manifest lists no print file that is not there (the studio offered it: a 500 page).
    expect((await expectManifestTrue(out)).print).toEqual([]);
    await rm(print, { recursive: true });
    const again = await build(out);
    expect(again.code, again.stderr).toBe(0);
    const m = await readManifest(out);
    expect(m.print.map((p) => p.path)).toEqual(['print/notice-all.pdf']);
    await access(print);
  });

  it('a read-only print folder, then a read-only group folder: the same', async (ctx) => {
    const out = await builtFolder('read-only');
    const printDir = join(out, 'print');
    if (!(await makeReadOnly(printDir))) ctx.skip();
    try {
      await expectCleanFailure(out, 'print/notice-all.pdf', runCliInProcess);
    } finally {
      await makeWritable(printDir);
    }
    const groupDir = join(out, 'to-dan-pho-so-2');
    await makeReadOnly(groupDir);
    try {
      await expectCleanFailure(out, 'to-dan-pho-so-2/notice.pdf', runCliInProcess);
    } finally {
      await makeWritable(groupDir);
    }
  });

  it('a print file that may not be replaced (held open): the previous one stays, listed as it is', async (ctx) => {
    // Root's stand-in for Windows' file held open: an immutable file cannot be renamed over.
    if (process.getuid?.() !== 0) ctx.skip();
    const out = await builtFolder('held-open');
    const print = join(out, 'print', 'notice-all.pdf');
    const before = sha256(await readFile(print));
    if (!(await makeReadOnly(print))) ctx.skip();
    try {
      const said = await expectCleanFailure(out, 'print/notice-all.pdf');
      expect(said).toContain('một chương trình khác đang giữ tệp');
      expect(said).toContain('Đóng tệp này trong chương trình đang mở nó');
      const m = await expectManifestTrue(out);
      expect(m.print.map((p) => p.sha256)).toEqual([before]);
      expect(m.files).toHaveLength(2);
    } finally {
      await makeWritable(print);
    }
    const r = await build(out);
    expect(r.code).toBe(0);
  });
});
