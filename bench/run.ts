/**
 * Bench (npm run bench; not a test): builds a synthetic ward of N groups and reports documents
 * per second on one worker and on all cores, ms and bytes per document per kind, peak RSS, the
 * incremental re-run times, and our A4 poster beside a minimal pdfkit script and (with --peers)
 * Typst. Prints the tables and writes the "## build", "## peers" and "## scale" sections of
 * bench/results.md, keeping the others ("## serve" is bench/serve.ts's).
 *
 *   npm run bench -- [--groups N] [--runs R] [--peers] [--quick] [--cold-only]
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchBuilds } from './build-bench.js';
import { ROOT, rssMethod } from './cli-run.js';
import { installTypst } from './peer-typst.js';
import {
  buildSection,
  type Machine,
  type PeerResult,
  peersSection,
  type Report,
  scaleSection,
} from './report.js';
import { parseScale, readResults, writeSections } from './results-file.js';
import type { ProbeOptions, Timing } from './timing.js';
import { writeWard } from './ward.js';

const { values: flags } = parseArgs({
  options: {
    groups: { type: 'string' },
    runs: { type: 'string' },
    peers: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    'cold-only': { type: 'boolean', default: false },
  },
});
const n = Number(flags.groups ?? (flags.quick ? 100 : 1000));
const runs = Number(flags.runs ?? (flags.quick ? 1 : 3));
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(runs) || runs < 1) {
  throw new Error('bench: --groups and --runs take positive whole numbers');
}
const RESULTS = join(ROOT, 'bench/results.md');
const PEERS_DIR = join(ROOT, 'bench/.peers');
const say = (line: string) => process.stderr.write(`bench: ${line}\n`);

/** Runs bench/probe.ts in a child process; its last stdout line is the JSON result. */
function probe<T>(mode: string, opts: ProbeOptions): Promise<T> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'bench/probe.ts'), mode, JSON.stringify(opts)],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    err += d;
  });
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      const line = out.trim().split('\n').at(-1);
      if (code === 0 && line) resolve(JSON.parse(line) as T);
      else
        reject(
          new Error(`probe ${mode} exited ${code}: ${err.trim().split('\n').slice(-5).join(' ')}`),
        );
    }),
  );
}

async function typst(opts: ProbeOptions): Promise<{ result: PeerResult; version?: string }> {
  if (!flags.peers) return { result: undefined };
  let version: string | undefined;
  try {
    say('installing/finding @myriaddreamin/typst-ts-node-compiler in bench/.peers');
    version = installTypst(PEERS_DIR);
    return { result: await probe<Timing>('typst', opts), version };
  } catch (e) {
    const error =
      e instanceof Error
        ? `${e.message} ${String((e as { stderr?: unknown }).stderr ?? '')}`
        : String(e);
    say(`Typst peer failed: ${error}`);
    return { result: { name: 'typst', error: error.trim() }, version };
  }
}

async function main(): Promise<void> {
  const machine: Machine = {
    date: execFileSync('date', ['-u']).toString().trim(),
    cores: Number(execFileSync('nproc').toString().trim()) || availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'CPU',
    node: process.version,
    rssBy: rssMethod(),
  };
  const dir = await mkdtemp(join(tmpdir(), 'phuong-print-bench-'));
  try {
    say(`ward of ${n} groups, ${runs} run(s), in ${dir}`);
    const build = await benchBuilds(dir, n, runs, flags['cold-only']);
    const day = new Date().toISOString().slice(0, 10);
    const text = await readResults(RESULTS);
    const scale = parseScale(text).filter((s) => s.n !== n);
    scale.push({
      n,
      date: day,
      wall: build.coldAll.wall,
      docsPerSec: build.coldAll.docsPerSec,
      peakRssMb: build.coldAll.peakRssMb,
      load: build.coldAll.load,
    });
    if (flags['cold-only']) {
      const section = scaleSection(scale);
      process.stdout.write(`\n${section}`);
      await writeSections(RESULTS, [['scale', section]]);
      return;
    }
    // Probes get a ward of their own: loading N rows is not part of a document's time.
    const probeCsv = join(dir, 'probe-groups.csv');
    await writeWard(probeCsv, Math.min(n, 200));
    const quick = flags.quick;
    const opts: ProbeOptions = {
      groups: probeCsv,
      warmup: quick ? 5 : 50,
      count: quick ? 20 : 200,
      peersDir: PEERS_DIR,
    };
    say('per-kind timings');
    const kinds = await probe<Timing[]>('kinds', opts);
    say('peers: ours, minimal pdfkit');
    const ours = await probe<Timing>('ours', opts);
    const pdfkit = await probe<Timing>('pdfkit', opts);
    const t = await typst(opts);
    const args = process.argv.slice(2).join(' ');
    const report: Report = {
      command: `npm run bench${args ? ` -- ${args}` : ''}`,
      machine,
      n,
      runs,
      build,
      kinds,
      ours,
      pdfkit,
      typst: t.result,
      typstVersion: t.version,
      scale,
    };
    const sections: [string, string][] = [
      ['build', buildSection(report)],
      ['peers', peersSection(report)],
      ['scale', scaleSection(scale)],
    ];
    process.stdout.write(`\n${sections.map(([, s]) => s).join('\n')}`);
    await writeSections(RESULTS, sections);
    say(`wrote ${RESULTS}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
