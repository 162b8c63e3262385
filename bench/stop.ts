/**
 * Bench: how soon a build stops when told. A 100-group ward (bench/ward.ts) built from scratch in
 * its own process; once a few groups are in the journal, SIGINT (or SIGTERM) is sent, and the time
 * from the signal to the process's exit is taken, with the groups the journal gained after it.
 * Median of the runs, for --jobs 1 and --jobs 2; with --before, another checkout's build (its
 * dist/, built) in turns with this one's, the same load on both.
 *
 *   npx tsx bench/stop.ts [--runs 5] [--jobs 1,2] [--signal SIGINT] [--before /work/main]
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './cli-run.js';
import { median } from './stats.js';
import { writeWard } from './ward.js';

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string' },
    jobs: { type: 'string' },
    signal: { type: 'string' },
    before: { type: 'string' },
  },
});
const runs = Number(flags.runs ?? 5);
const jobsList = (flags.jobs ?? '1,2').split(',').map(Number);
const signal = (flags.signal ?? 'SIGINT') as NodeJS.Signals;
const BIN = join(ROOT, 'bin/phuong-print.js');
const builds: [string, string][] = [
  ...(flags.before
    ? [['before', join(flags.before, 'bin/phuong-print.js')] as [string, string]]
    : []),
  [flags.before ? 'after' : 'this', BIN],
];
const CAMPAIGN = join(ROOT, 'examples/hai-phong/campaign.yaml');
const GROUPS = 100;
/** Groups in the journal before the signal: the threads warm, most of the ward still to make. */
const AFTER_GROUPS = 6;

/** The groups the journal names (one line a file, each with its group). */
async function groupsDone(out: string): Promise<number> {
  const text = await readFile(join(out, '.manifest-journal.jsonl'), 'utf8').catch(() => '');
  const groups = new Set<string>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      groups.add((JSON.parse(line) as { group: string }).group);
    } catch {
      // a line being written
    }
  }
  return groups.size;
}

async function once(
  bin: string,
  ward: string,
  jobs: number,
): Promise<{ seconds: number; after: number }> {
  const out = await mkdtemp(join(tmpdir(), 'bench-stop-'));
  const child = spawn(
    process.execPath,
    [bin, 'build', '--campaign', CAMPAIGN, '--groups', ward, '--out', out, '--jobs', String(jobs)],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  let before = 0;
  for (;;) {
    before = await groupsDone(out);
    if (before >= AFTER_GROUPS || child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const sent = performance.now();
  child.kill(signal);
  const code = await exited;
  const seconds = (performance.now() - sent) / 1000;
  // The manifest replaced the journal: the groups it lists are those finished.
  const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as {
    files: { group: string }[];
  };
  const finished = new Set(manifest.files.map((f) => f.group)).size;
  await rm(out, { recursive: true, force: true });
  if (code !== 130) throw new Error(`bench: exit ${code} (expected 130): ${stderr}`);
  return { seconds, after: finished - before };
}

const dir = await mkdtemp(join(tmpdir(), 'bench-stop-ward-'));
const ward = join(dir, 'ward.csv');
await writeWard(ward, GROUPS);
for (const jobs of jobsList) {
  const seconds = builds.map((): number[] => []);
  const after = builds.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    for (const [b, [name, bin]] of builds.entries()) {
      const r = await once(bin, ward, jobs);
      seconds[b]?.push(r.seconds);
      after[b]?.push(r.after);
      process.stderr.write(
        `bench: ${name} --jobs ${jobs} run ${i + 1}: ${r.seconds.toFixed(2)} s, ${r.after} groups finished after ${signal}\n`,
      );
    }
  }
  for (const [b, [name]] of builds.entries()) {
    const s = seconds[b] ?? [];
    process.stdout.write(
      `${name} --jobs ${jobs}, ${signal}: signal → exit median ${median(s).toFixed(2)} s (${s.map((x) => x.toFixed(2)).join(', ')}); groups with a file made after the signal ${(after[b] ?? []).join(', ')}\n`,
    );
  }
}
await rm(dir, { recursive: true, force: true });
