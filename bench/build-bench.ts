/**
 * Bench: the build as a ward office runs it — cold builds of all PDF kinds on one worker and on
 * all cores, share images on their own, and incremental re-runs (no change; one group's row
 * changed). In: the synthetic ward's CSV and the run count. Out: medians per phase.
 */
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type CliRun, ROOT, runBuild } from './cli-run.js';
import { median } from './stats.js';
import { changeLeader, writeWard } from './ward.js';

export const PDF_KINDS = ['notice', 'poster', 'flyer', 'checklist', 'tracker'];
/** notice, poster a4 + a3, flyer, checklist, tracker. */
export const PDFS_PER_GROUP = 6;
const CAMPAIGN = join(ROOT, 'examples/hai-phong/campaign.yaml');

export interface Phase {
  /** Median wall seconds (child process start to exit) and the build's own --json seconds. */
  wall: number;
  seconds: number;
  docs: number;
  docsPerSec: number;
  peakRssMb: number;
  /** Median user + system CPU seconds, when GNU time is there. */
  cpu?: number;
  /** Median 1-minute load average when each run started: other work on the machine. */
  load: number;
  threads: number;
  built: number;
  reused: number;
  runs: number;
}

function summarise(runs: CliRun[]): Phase {
  const wall = median(runs.map((r) => r.wall));
  const docs = median(runs.map((r) => r.summary.built));
  return {
    wall,
    seconds: median(runs.map((r) => r.summary.seconds)),
    docs,
    docsPerSec: docs / wall,
    peakRssMb: median(runs.map((r) => r.peakRssMb)),
    cpu: runs.every((r) => r.cpu !== undefined) ? median(runs.map((r) => r.cpu ?? 0)) : undefined,
    load: median(runs.map((r) => r.load)),
    threads: runs[0]?.summary.threads ?? 0,
    built: median(runs.map((r) => r.summary.built)),
    reused: median(runs.map((r) => r.summary.reused)),
    runs: runs.length,
  };
}

const base = (groups: string, out: string, kinds: string[]) => [
  '--campaign',
  CAMPAIGN,
  '--groups',
  groups,
  '--out',
  out,
  '--kind',
  kinds.join(','),
];

const say = (line: string) => process.stderr.write(`bench: ${line}\n`);

/** R cold builds into fresh folders; the last folder is kept when `keep` is set. */
/**
 * A cold build writes ~3 GB at 3,000 groups; the kernel is still writing the last run's back when
 * the next starts, and throttles it. Flush it first, so that each run starts on a quiet disk as
 * a ward's build does (runs were 50, 60, 68 s in a row without this).
 */
function settleDisk(): void {
  try {
    execFileSync('sync');
  } catch {
    // No `sync` here (Windows): runs may then pay for each other's writes.
  }
}

async function cold(
  label: string,
  groups: string,
  dir: string,
  kinds: string[],
  runs: number,
  jobs?: number,
  keep?: string,
): Promise<Phase> {
  const results: CliRun[] = [];
  for (let r = 0; r < runs; r++) {
    const out = keep && r === runs - 1 ? keep : join(dir, `${label}-${r}`);
    const extra = jobs ? ['--jobs', String(jobs)] : [];
    const run = await runBuild([...base(groups, out, kinds), ...extra, '--force']);
    say(
      `${label} run ${r + 1}/${runs}: ${run.summary.built} files in ${run.wall.toFixed(1)} s, ` +
        `peak RSS ${run.peakRssMb.toFixed(0)} MB`,
    );
    results.push(run);
    if (out !== keep) await rm(out, { recursive: true, force: true });
    settleDisk();
  }
  return summarise(results);
}

export interface BuildFigures {
  cold1?: Phase;
  coldAll: Phase;
  share?: Phase & { groups: number };
  noChange?: Phase;
  oneChange?: Phase;
}

export async function benchBuilds(
  dir: string,
  n: number,
  runs: number,
  coldOnly: boolean,
): Promise<BuildFigures> {
  const groups = join(dir, 'groups.csv');
  await writeWard(groups, n);
  const kept = join(dir, 'kept');
  if (coldOnly) return { coldAll: await cold('cold-all', groups, dir, PDF_KINDS, runs) };
  const cold1 = await cold('cold-jobs1', groups, dir, PDF_KINDS, runs, 1);
  const coldAll = await cold('cold-all', groups, dir, PDF_KINDS, runs, undefined, kept);

  const rerun = async (label: string, before?: (r: number) => Promise<void>) => {
    const results: CliRun[] = [];
    for (let r = 0; r < runs; r++) {
      await before?.(r);
      const run = await runBuild(base(groups, kept, PDF_KINDS));
      say(
        `${label} run ${r + 1}/${runs}: ${run.summary.built} built, ` +
          `${run.summary.reused} reused in ${run.wall.toFixed(1)} s`,
      );
      results.push(run);
    }
    return summarise(results);
  };
  const noChange = await rerun('no change');
  // A different new name each run, so that every run has exactly one group changed.
  const target = Math.ceil(n / 2);
  const oneChange = await rerun('one group changed', (r) => changeLeader(groups, target, r + 1));
  await rm(kept, { recursive: true, force: true });

  const shareGroups = Math.min(n, 200);
  const shareCsv = join(dir, 'share-groups.csv');
  await writeWard(shareCsv, shareGroups);
  const share = { ...(await cold('share', shareCsv, dir, ['share'], runs)), groups: shareGroups };
  return { cold1, coldAll, share, noChange, oneChange };
}
