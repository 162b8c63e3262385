/**
 * A build told to stop (Ctrl-C, SIGTERM, the studio's stop) stops after the document being drawn,
 * not after the groups already started or already handed to a thread: before, the main thread
 * finished the groups it had started and each worker the two it held, whole. What a stopped group
 * made is kept, each file whole and listed; it is not counted as finished, and has no ZIP.
 */
import { spawn } from 'node:child_process';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../src/kinds/kind.js';
import { findKind } from '../../src/kinds/registry.js';
import { type BuildInputs, loadBuildInputs } from '../../src/output/inputs.js';
import { inputsRead } from '../../src/output/inputs-read.js';
import { sha256 } from '../../src/output/manifest.js';
import { createRunner } from '../../src/output/pool.js';
import { type GroupJob, runGroupJob } from '../../src/output/render-job.js';
import { CLI_PATH } from '../support/cli.js';
import { readManifest } from '../support/manifest.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';

const CAMPAIGN = join(import.meta.dirname, '..', 'fixtures', 'qa40', 'd-pccc.yaml');
const KINDS = ['notice', 'flyer', 'checklist'];
const GROUPS = 24;

let dir: string;
let spec: { campaign: string; groups: string };
let inputs: BuildInputs;

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-stop-soon-');
  await cp(CAMPAIGN, join(dir, 'campaign.yaml'));
  await writeFile(join(dir, 'groups.csv'), wardCsv(GROUPS));
  spec = { campaign: join(dir, 'campaign.yaml'), groups: join(dir, 'groups.csv') };
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

describe('a stop reaches a group already started or handed to a thread', () => {
  it('on the main thread: the group ends after the document being drawn, what it made kept whole', async () => {
    const out = await makeTempDir('phuong-print-stop-soon-main-');
    const stop = flag();
    const job = jobOf(1, out, stop);
    // The stop comes while the first document is drawn: the loop asks for the second after it.
    const items = job.items;
    job.items = {
      *[Symbol.iterator]() {
        yield items[0] as (typeof items)[number];
        Atomics.store(stop, 0, 1);
        yield* items.slice(1);
      },
    } as unknown as GroupJob['items'];
    const r = await runGroupJob(inputs, job);
    expect(r.stopped).toBe(true);
    expect(r.files.map((f) => f.path)).toEqual(['g1/notice.pdf']);
    expect(r.zip).toBeUndefined();
    // The one file made is whole: its bytes those recorded; nothing else, no temporary file.
    expect(await readdir(out, { recursive: true })).toEqual(['g1', 'g1/notice.pdf']);
    const bytes = await readFile(join(out, 'g1/notice.pdf'));
    expect(sha256(bytes)).toBe(r.files[0]?.sha256);
    expect(bytes.subarray(-6).toString('latin1')).toContain('%%EOF');
  });

  it('on a worker thread: the groups it holds, not begun when the stop came, draw nothing', async () => {
    const out = await makeTempDir('phuong-print-stop-soon-thread-');
    const runner = await createRunner(2, inputs, { mainThreadDraws: false });
    try {
      const stop = flag();
      Atomics.store(stop, 0, 1);
      // Both handed to the one worker at once (it holds two), the stop already come.
      const results = await Promise.all([
        runner.run(jobOf(1, out, stop)),
        runner.run(jobOf(2, out, stop)),
      ]);
      expect(results.map((r) => [r.stopped, r.files.length, r.thread > 0])).toEqual([
        [true, 0, true],
        [true, 0, true],
      ]);
      expect(await readdir(out)).toEqual([]);
    } finally {
      await runner.close();
    }
  });
});

/** The groups a journal or manifest's files name, each with how many documents it lists. */
const filesByGroup = (files: { group?: string }[]) => {
  const by = new Map<string, number>();
  for (const f of files) if (f.group) by.set(f.group, (by.get(f.group) ?? 0) + 1);
  return by;
};

/** Starts `build`, sends `signal` once some groups are in the journal; exit, stderr, groups then. */
async function buildSignalled(out: string, jobs: string, signal: NodeJS.Signals) {
  const child = spawn(
    process.execPath,
    [
      CLI_PATH,
      'build',
      '--campaign',
      spec.campaign,
      '--groups',
      spec.groups,
      '--out',
      out,
      '--kind',
      KINDS.join(','),
      '--jobs',
      jobs,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LANG: 'vi_VN.UTF-8' } },
  );
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

describe('build sent SIGTERM half-way', () => {
  it.each(['1', '2'])(
    '--jobs %s: exits 130, says how many groups it finished, leaves only whole files',
    async (jobs) => {
      const out = join(dir, `out-${jobs}`);
      const { code, stderr, before } = await buildSignalled(out, jobs, 'SIGTERM');
      // A loaded machine may finish the ward first: then there was nothing to stop.
      if (code === 0) return;
      expect(code, stderr).toBe(130);
      const manifest = await readManifest(out);
      const listed = filesByGroup(manifest.files);
      const whole = [...listed.values()].filter((n) => n === KINDS.length).length;
      expect(stderr).toContain(
        `đã dừng giữa chừng: đã tạo xong ${whole}/${GROUPS} tổ, ${GROUPS - whole} tổ chưa xong; đã giữ ${manifest.files.length} tệp đã tạo xong;`,
      );
      // Groups finished after the signal, a bound: the group a thread was at the last document of,
      // and the results already on their way when the signal landed (a worker's two, drawn while
      // the main thread drew its document); never the build's window of four a thread. What a stop
      // does to a group already started is seen above, where no signal's delay blurs it.
      expect(whole - before).toBeLessThanOrEqual(2 * Number(jobs) + 1);
      // Every PDF on disk whole and listed, no temporary file, no print file of a part of the ward.
      const all = (await readdir(out, { recursive: true })).map(String);
      expect(all.filter((f) => f.endsWith('.tmp'))).toEqual([]);
      expect(all.filter((f) => f.startsWith('print/') && f.endsWith('.pdf'))).toEqual([]);
      const pdfs = all.filter((f) => f.endsWith('.pdf')).sort();
      expect(pdfs).toEqual(manifest.files.map((f) => f.path).sort());
      for (const f of manifest.files)
        expect(sha256(await readFile(join(out, f.path))), f.path).toBe(f.sha256);
    },
  );
});
