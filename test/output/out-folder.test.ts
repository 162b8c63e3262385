/**
 * The output folder stays true to its manifest. A re-run must not trust a file because it is
 * still there with the right size: a group's PDF, a print file and a ZIP with 200 bytes zeroed in
 * the middle (size unchanged) are found and rebuilt. A second build into a folder that a build
 * is writing is refused, and the first one's files all match its manifest. A folder of someone
 * else's files is refused unless --force; a planted link is never written through; a full disk
 * leaves no temporary file, and the next run completes. The builds that hold the folder or fill
 * the disk with worker threads run the real program; the others run the command's code in this
 * process (runCliInProcess: the same exit code, output and files, without a Node start-up each).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  access,
  mkdir,
  open,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/output/manifest.js';
import { buildArgs, CLI_PATH, runCli, runCliInProcess } from '../support/cli.js';
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
  runCliInProcess(buildArgs(EXAMPLE_CAMPAIGN, groups, out, '--kind', 'notice,flyer', '--json'));
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
    // Damaged within the file clock's tick the manifest was written in (a few ms, as a build run
    // in this process leaves it): the same time as the manifest, and still found.
    // (A whole millisecond for both: the file times Node sets are whole milliseconds.)
    const manifest = join(out, 'manifest.json');
    const tick = new Date(Math.floor((await stat(manifest)).mtimeMs));
    await utimes(manifest, tick, tick);
    for (const path of damaged) {
      await zeroMiddle(join(out, path));
      await utimes(join(out, path), tick, tick);
    }

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

describe('two builds into one folder', () => {
  it('the second is refused while the first writes; the first completes whole', async () => {
    const out = join(dir, 'busy');
    const big = join(dir, 'big.csv');
    // A dozen groups keep the folder for a second or more (cold code, a notice each); the second
    // build, its modules loaded first, is refused in a fraction of one.
    await writeFile(big, wardCsv(12));
    await Promise.all([import('../../src/cli/main.js'), import('../../src/output/build.js')]);
    const args = (ward: string) => buildArgs(EXAMPLE_CAMPAIGN, ward, out);
    // In the main thread: the lock is the process's, whatever thread draws (two worker threads
    // cost ~2 s of CPU to start, bench/results.md). The real program, run to its end without
    // waiting for it here (started by the spawner's small process, not this test fork).
    const firstDone = runCli([...args(big), '--kind', 'notice', '--quiet', '--jobs', '1']);
    // Wait until the first build holds the folder.
    const lock = join(out, '.phuong-print.lock');
    for (let i = 0; i < 200; i++) {
      if (
        await access(lock).then(
          () => true,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const second = await runCliInProcess([...args(groups), '--kind', 'flyer']);
    expect(second.code, second.stderr).toBe(1);
    expect(second.stderr).toMatch(/^error: .*another build is writing into/m);
    expect(second.stderr).toMatch(/^hint: /m);
    expect(second.stderr).not.toMatch(/\n\s+at /);
    const firstRun = await firstDone;
    expect(firstRun.code, firstRun.stderr).toBe(0);
    const m = await readManifest(out);
    expect(m.files).toHaveLength(12);
    expect(m.files.every((f) => f.kind === 'notice')).toBe(true);
    for (const f of [...m.files, ...m.print, ...m.zips])
      expect(sha256(await readFile(join(out, f.path))), f.path).toBe(f.sha256);
    // Released: the build refused goes ahead.
    const after = await runCliInProcess([...args(groups), '--kind', 'flyer']);
    expect(after.code, after.stderr).toBe(0);
  });

  it('a build killed while it held the folder does not hold it: the next run goes ahead at once (qa10 Q4)', async () => {
    const out = join(dir, 'killed');
    const big = join(dir, 'big-killed.csv');
    await writeFile(big, wardCsv(12));
    const first = spawn(
      process.execPath,
      [
        CLI_PATH,
        ...buildArgs(EXAMPLE_CAMPAIGN, big, out),
        '--kind',
        'notice',
        '--quiet',
        '--jobs',
        '1',
      ],
      { stdio: 'ignore' },
    );
    const gone = new Promise((resolve) => first.on('close', resolve));
    // Killed once its owner's note names it: the note is there a moment before its text is
    // (folder-lock.ts writes it in place), and a build killed in that moment leaves a note
    // that names no one, its lock held until stale (a run here failed that way).
    const owner = join(out, '.phuong-print.lock.owner');
    for (let i = 0; i < 200; i++) {
      const named = await readFile(owner, 'utf8')
        .then((text) => Number.isInteger(JSON.parse(text).pid))
        .catch(() => false);
      if (named) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    first.kill('SIGKILL');
    await gone;
    // Within the lock's 15 s before it goes stale by its time.
    const again = await runCliInProcess([
      ...buildArgs(EXAMPLE_CAMPAIGN, groups, out),
      '--kind',
      'flyer',
    ]);
    expect(again.code, again.stderr).toBe(0);
    expect((await readManifest(out)).files.map((f) => f.kind)).toEqual(Array(4).fill('flyer'));
    // Released: neither the lock nor its owner's note is left behind.
    expect((await readdir(out)).filter((n) => n.startsWith('.phuong-print.lock'))).toEqual([]);
  });
});

/** A tmpfs of `size` mounted at a fresh folder (root only, as in CI); undefined where mounting is not allowed. */
function mountTmpfs(at: string, size: string): boolean {
  if (process.getuid?.() !== 0) return false;
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', at]).status === 0;
}

describe('a full disk', () => {
  const disk = join(tmpdir(), `phuong-print-full-${process.pid}`);
  let mounted = false;
  beforeAll(async () => {
    await mkdir(disk, { recursive: true });
    mounted = mountTmpfs(disk, '600k');
  });
  afterAll(async () => {
    if (mounted) spawnSync('umount', [disk]);
    await rm(disk, { recursive: true, force: true });
  });

  it('fails the build with no temporary file left; once there is room the next run completes', async (ctx) => {
    if (!mounted) ctx.skip();
    const out = join(disk, 'out');
    // Two groups: their notices, posters and ZIPs are well over the 600 KB (a notice alone is
    // ~130 KB), and the build that completes makes 6 documents, not 12.
    const two = join(dir, 'two.csv');
    await writeFile(two, wardCsv(2));
    const args = buildArgs(EXAMPLE_CAMPAIGN, two, out);
    // In worker threads, whose writes are the blocking kind (atomic-write.ts).
    const full = await runCli([...args, '--kind', 'notice,poster', '--jobs', '2']);
    expect(full.code, full.stderr).toBe(1);
    expect(full.stderr).toMatch(/^error: .*/m);
    expect(full.stderr).toMatch(/^hint: /m);
    expect(full.stderr).not.toMatch(/\n\s+at /);
    const leftovers = async () =>
      (await readdir(out, { recursive: true })).map(String).filter((n) => n.endsWith('.tmp'));
    expect(await leftovers()).toEqual([]);

    expect(spawnSync('mount', ['-o', 'remount,size=64m', disk]).status).toBe(0);
    // A killed build's leftovers are cleared by the next run too.
    await mkdir(join(out, 'print'), { recursive: true });
    await writeFile(join(out, 'print/notice-all.pdf.4242.tmp'), 'half a file');
    const next = await runCliInProcess([...args, '--kind', 'notice,poster']);
    expect(next.code, next.stderr).toBe(0);
    expect(await leftovers()).toEqual([]);
    const m = await readManifest(out);
    expect(m.files).toHaveLength(2 * 3);
    for (const f of [...m.files, ...m.print, ...m.zips])
      expect(sha256(await readFile(join(out, f.path))), f.path).toBe(f.sha256);
  });
});

describe('a folder the tool did not make', () => {
  it('is refused unless --force, and its files survive either way', async () => {
    const out = join(dir, 'foreign');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'bao-cao.docx'), 'the office’s own report');
    const args = buildArgs(EXAMPLE_CAMPAIGN, groups, out);
    const refused = await runCliInProcess([...args, '--kind', 'flyer']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^error: .*did not make \(bao-cao\.docx\)/m);
    expect(refused.stderr).toMatch(/^hint: .*--force/m);
    expect(await readdir(out)).toEqual(['bao-cao.docx']);
    // A file of the office's whose name only looks like a temporary one is the office's too.
    const scans = join(dir, 'scans');
    await mkdir(scans);
    await writeFile(join(scans, 'scan.2024.tmp'), 'a scan');
    const scansRefused = await runCliInProcess([
      ...buildArgs(EXAMPLE_CAMPAIGN, groups, scans),
      '--kind',
      'flyer',
    ]);
    expect(scansRefused.code).toBe(1);
    expect(await readdir(scans)).toEqual(['scan.2024.tmp']);
    // The server's disk cache (serve's default --cache-dir is out/.cache) is the tool's own.
    const served = join(dir, 'served');
    await mkdir(join(served, '.cache', 'ab'), { recursive: true });
    await writeFile(join(served, '.cache', 'ab', 'x.bin'), 'cached');
    // So is the half-written owner note of a build killed as it took the folder (its temporary
    // name: the note's, the process id, a count): removed, not taken for the office's file.
    const halfNote = join(served, '.phuong-print.lock.owner.4242.0.tmp');
    await writeFile(halfNote, '{"pid":42');
    const afterServe = await runCliInProcess([
      ...buildArgs(EXAMPLE_CAMPAIGN, groups, served),
      '--kind',
      'flyer',
    ]);
    expect(afterServe.code, afterServe.stderr).toBe(0);
    expect(await readdir(served)).not.toContain(basename(halfNote));
    const forced = await runCliInProcess([...args, '--kind', 'flyer', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(await readFile(join(out, 'bao-cao.docx'), 'utf8')).toBe('the office’s own report');
  });

  it('a symbolic link planted inside is never written through', async () => {
    const out = join(dir, 'linked');
    const args = buildArgs(EXAMPLE_CAMPAIGN, groups, out);
    // A folder of ours (its manifest; no build needed to make one) with a group's folder
    // replaced by a link to elsewhere.
    await mkdir(out);
    await writeFile(join(out, 'manifest.json'), '{}');
    const elsewhere = join(dir, 'elsewhere');
    await mkdir(elsewhere);
    await symlink(elsewhere, join(out, 'to-dan-pho-so-1'));
    const r = await runCliInProcess([...args, '--kind', 'flyer,notice']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*symbolic link: .*to-dan-pho-so-1/m);
    expect(await readdir(elsewhere)).toEqual([]);
  });
});
