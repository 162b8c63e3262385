/**
 * A build told to stop (Ctrl-C, SIGTERM, the studio's stop) stops after the document being drawn,
 * not after the groups already started or already handed to a thread: before, the main thread
 * finished the groups it had started and each worker the two it held, whole. A stopped group puts
 * nothing in place: its folder stays as the last build left it (before, the documents it made by
 * then were renamed in, some new beside some old until the next run); it is not counted as
 * finished, and has no ZIP.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../src/kinds/kind.js';
import { findKind } from '../../src/kinds/registry.js';
import { type BuildInputs, loadBuildInputs } from '../../src/output/inputs.js';
import { inputsRead } from '../../src/output/inputs-read.js';
import { sha256 } from '../../src/output/manifest.js';
import { createRunner, type JobRunner } from '../../src/output/pool.js';
import { type GroupJob, type JobResult, runGroupJob } from '../../src/output/render-job.js';
import { CLI_PATH, runCli } from '../support/cli.js';
import { readManifest } from '../support/manifest.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';

const CAMPAIGN = join(import.meta.dirname, '..', 'fixtures', 'qa40', 'd-pccc.yaml');
const KINDS = ['notice', 'flyer', 'checklist'];
const GROUPS = 24;

let dir: string;
let spec: { campaign: string; groups: string };
let inputs: BuildInputs;
/** A whole build's folder of the campaign before its title was changed: what a stop renews. */
let first: string;

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-stop-soon-');
  await cp(CAMPAIGN, join(dir, 'campaign.yaml'));
  await writeFile(join(dir, 'groups.csv'), wardCsv(GROUPS));
  spec = { campaign: join(dir, 'campaign.yaml'), groups: join(dir, 'groups.csv') };
  first = join(dir, 'first');
  // On the main thread alone: only its files are wanted (a worker's start is ~1 s of CPU).
  const built = await runCli(buildArgs(first, '1'));
  expect(built.code, built.stderr).toBe(0);
  // The office retitles the campaign and its notice: every group's every document is to be made
  // again.
  const yaml = await readFile(spec.campaign, 'utf8');
  await writeFile(
    spec.campaign,
    yaml
      .replace(/^title: .*$/m, 'title: Diễn tập chữa cháy khu dân cư năm 2026')
      .replace(/^ {2}subject: .*$/m, '  subject: diễn tập chữa cháy tại khu dân cư năm 2026'),
  );
  inputs = await loadBuildInputs(
    spec,
    KINDS.map((k) => findKind(k) as DocumentKind),
  );
});
afterAll(removeTempDirs);

/** Group `n`'s job: its three documents, each to its own file, and its ZIP. */
function jobOf(n: number, out: string, stop: Int32Array): GroupJob {
  const id = String(n);
  return {
    spec,
    kinds: KINDS,
    read: inputsRead(inputs),
    out,
    groupId: id,
    items: KINDS.map((kind) => ({
      kind,
      key: `${kind}-${id}`,
      path: `g${id}/${kind}.pdf`,
      record: false,
    })),
    zip: {
      path: `g${id}.zip`,
      members: KINDS.map((k) => ({ path: `g${id}/${k}.pdf`, kind: k })),
    },
    stop,
  };
}

const flag = () => new Int32Array(new SharedArrayBuffer(4));

/** Group `n`'s job on the main thread, the stop coming while its first document is drawn. */
function stoppedAfterFirst(n: number, out: string): Promise<JobResult> {
  const stop = flag();
  const job = jobOf(n, out, stop);
  // The loop asks for the second document after the first is drawn.
  const items = job.items;
  job.items = {
    *[Symbol.iterator]() {
      yield items[0] as (typeof items)[number];
      Atomics.store(stop, 0, 1);
      yield* items.slice(1);
    },
  } as unknown as GroupJob['items'];
  return runGroupJob(inputs, job);
}

describe('a stop reaches a group already started or handed to a thread', () => {
  it('on the main thread: the group ends after the document being drawn, its folder left as it was', async () => {
    const out = await makeTempDir('phuong-print-stop-soon-main-');
    // The last build's documents of the group, which the stopped one must leave as they are.
    const before = new Map(KINDS.map((k) => [`g1/${k}.pdf`, `last build's ${k}`]));
    await mkdir(join(out, 'g1'));
    for (const [path, text] of before) await writeFile(join(out, path), text);
    const r = await stoppedAfterFirst(1, out);
    expect(r.stopped).toBe(true);
    expect(r.files).toEqual([]);
    expect(r.zip).toBeUndefined();
    // The notice drawn is not put in place beside the old flyer and checklist: every document is
    // the last build's, and no temporary file is left.
    expect((await readdir(out, { recursive: true })).sort()).toEqual(
      ['g1', ...before.keys()].sort(),
    );
    for (const [path, text] of before) expect(await readFile(join(out, path), 'utf8')).toBe(text);
  });

  it("on the main thread, a first build's group: no folder of it is left, empty or with one document", async () => {
    const out = await makeTempDir('phuong-print-stop-soon-first-');
    const r = await stoppedAfterFirst(2, out);
    expect([r.stopped, r.files.length]).toEqual([true, 0]);
    expect(await readdir(out)).toEqual([]);
  });

  describe('on worker threads', () => {
    /**
     * One pool for both cases, as the studio keeps one across its builds and their stops: each
     * thread's start costs ~1 s of CPU before its first group, and a second pool was two more.
     */
    let runner: JobRunner;
    beforeAll(async () => {
      runner = await createRunner(2, inputs, { mainThreadDraws: false });
    });
    afterAll(() => runner?.close());

    it('on a worker thread: a group the stop reaches after its first document puts none in place', async () => {
      const out = await makeTempDir('phuong-print-stop-soon-staged-');
      const before = new Map(KINDS.map((k) => [`g1/${k}.pdf`, `last build's ${k}`]));
      await mkdir(join(out, 'g1'));
      for (const [path, text] of before) await writeFile(join(out, path), text);
      const stop = flag();
      const result = runner.run(jobOf(1, out, stop));
      // The stop comes as the first document drawn reaches the disk, the others not yet drawn.
      while ((await readdir(join(out, 'g1'))).length === before.size)
        await new Promise((r) => setImmediate(r));
      Atomics.store(stop, 0, 1);
      const r = await result;
      expect([r.stopped, r.files.length, r.thread > 0]).toEqual([true, 0, true]);
      expect((await readdir(out, { recursive: true })).sort()).toEqual(
        ['g1', ...before.keys()].sort(),
      );
      for (const [path, text] of before) expect(await readFile(join(out, path), 'utf8')).toBe(text);
    });

    it('on a worker thread: the groups it holds, not begun when the stop came, draw nothing', async () => {
      const out = await makeTempDir('phuong-print-stop-soon-thread-');
      const stop = flag();
      Atomics.store(stop, 0, 1);
      // Both handed to the threads at once (each holds two), the stop already come.
      const results = await Promise.all([
        runner.run(jobOf(1, out, stop)),
        runner.run(jobOf(2, out, stop)),
      ]);
      expect(results.map((r) => [r.stopped, r.files.length, r.thread > 0])).toEqual([
        [true, 0, true],
        [true, 0, true],
      ]);
      expect(await readdir(out)).toEqual([]);
    });
  });
});

/** The groups a journal or manifest's files name, each with how many documents it lists. */
const filesByGroup = (files: { group?: string }[]) => {
  const by = new Map<string, number>();
  for (const f of files) if (f.group) by.set(f.group, (by.get(f.group) ?? 0) + 1);
  return by;
};

/** `build` of the ward's three kinds into `out` on `jobs` threads. */
function buildArgs(out: string, jobs: string): string[] {
  return [
    'build',
    ...['--campaign', spec.campaign, '--groups', spec.groups, '--out', out],
    ...['--kind', KINDS.join(','), '--jobs', jobs],
  ];
}

/** Starts `build`, sends `signal` once some groups are in the journal; exit, stderr, groups then. */
async function buildSignalled(out: string, jobs: string, signal: NodeJS.Signals) {
  const child = spawn(process.execPath, [CLI_PATH, ...buildArgs(out, jobs)], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LANG: 'vi_VN.UTF-8' },
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const journal = join(out, '.manifest-journal.jsonl');
  let before = 0;
  for (let i = 0; i < 1200 && child.exitCode === null; i++) {
    const text = await readFile(journal, 'utf8').catch(() => '');
    before = filesByGroup(
      text
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
    ).size;
    if (before >= 2) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  child.kill(signal);
  return { code: await exited, stderr, before };
}

describe('build sent SIGTERM half-way through renewing every group', () => {
  it.each(['1', '2'])(
    '--jobs %s: exits 130, says how many groups it finished, leaves no group part new, part old',
    async (jobs) => {
      const out = join(dir, `out-${jobs}`);
      await cp(first, out, { recursive: true });
      const last = await readManifest(first);
      const { code, stderr, before } = await buildSignalled(out, jobs, 'SIGTERM');
      // A loaded machine may finish the ward first: then there was nothing to stop.
      if (code === 0) return;
      expect(code, stderr).toBe(130);
      // Each group's documents as the user finds them: this build's (new bytes) or the last one's.
      const lastSha = new Map(last.files.map((f) => [f.path, f.sha256]));
      const renewed = new Map<string, number>();
      for (const f of last.files) {
        const now = sha256(await readFile(join(out, f.path)));
        const count = renewed.get(f.group as string) ?? 0;
        renewed.set(f.group as string, count + (now === lastSha.get(f.path) ? 0 : 1));
      }
      expect(renewed.size).toBe(GROUPS);
      const mixed = [...renewed].filter(([, n]) => n > 0 && n < KINDS.length);
      expect(mixed, 'groups with some documents new and some old').toEqual([]);
      const whole = [...renewed.values()].filter((n) => n === KINDS.length).length;
      expect(whole).toBeLessThan(GROUPS);
      expect(stderr).toContain(
        `đã dừng giữa chừng: đã tạo xong ${whole}/${GROUPS} tổ, ${GROUPS - whole} tổ chưa xong (thư mục của các tổ này để nguyên như trước); đã giữ ${whole * KINDS.length} tệp đã tạo xong;`,
      );
      // Groups finished after the signal, a bound: the group a thread was at the last document of,
      // and the results already on their way when the signal landed (a worker's two, drawn while
      // the main thread drew its document); never the build's window of four a thread. What a stop
      // does to a group already started is seen above, where no signal's delay blurs it.
      expect(whole - before).toBeLessThanOrEqual(2 * Number(jobs) + 1);
      // Every PDF on disk whole and listed (a group not finished under its last build's entry,
      // which the next run finds out of date), no temporary file; the print files the last
      // build's, not some groups' pages.
      const manifest = await readManifest(out);
      const all = (await readdir(out, { recursive: true })).map(String);
      expect(all.filter((f) => f.endsWith('.tmp'))).toEqual([]);
      for (const p of last.print)
        expect(sha256(await readFile(join(out, p.path))), p.path).toBe(p.sha256);
      const pdfs = all.filter((f) => f.endsWith('.pdf') && !f.startsWith('print/')).sort();
      expect(pdfs).toEqual(manifest.files.map((f) => f.path).sort());
      for (const f of manifest.files)
        expect(sha256(await readFile(join(out, f.path))), f.path).toBe(f.sha256);
    },
  );
});
