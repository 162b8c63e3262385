/**
 * Bench: whole processes, as a user times a command. Our `build --kind poster --size a4 --jobs 1
 * --force` for N groups beside the Typst peer making the same N posters in its own process
 * (bench/peer-typst-process.mjs), in paired, alternating runs; and `--version` / `--help`.
 * Writes the "## whole process" section of bench/results.md.
 *
 *   npx tsx bench/whole-process.ts [--groups 300,1000] [--runs 5]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './cli-run.js';
import { installTypst, typstSource } from './peer-typst.js';
import { writeSections } from './results-file.js';
import { median } from './stats.js';
import { writeWard } from './ward.js';

const { values: flags } = parseArgs({
  options: { groups: { type: 'string' }, runs: { type: 'string' } },
});
const sizes = (flags.groups ?? '300,1000').split(',').map(Number);
const runs = Number(flags.runs ?? 5);
const PEERS_DIR = join(ROOT, 'bench/.peers');
const BIN = join(ROOT, 'bin/phuong-print.js');
const say = (line: string) => process.stderr.write(`bench: ${line}\n`);

/** Wall seconds of one child process; throws if it fails. */
function timed(args: string[]): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`bench: ${args.join(' ')} failed: ${r.stderr}`);
  return seconds;
}

interface Pair {
  n: number;
  ours: number[];
  typst: number[];
}

async function pairs(dir: string, n: number): Promise<Pair> {
  const ward = join(dir, `ward-${n}.csv`);
  await writeWard(ward, n);
  const src = join(dir, `typst-${n}`);
  await mkdir(src, { recursive: true });
  for (let i = 1; i <= n; i++)
    await writeFile(join(src, `${String(i).padStart(5, '0')}.typ`), typstSource(i));
  const ours: number[] = [];
  const typst: number[] = [];
  for (let r = 0; r < runs; r++) {
    const outOurs = join(dir, `ours-${n}`);
    const outTypst = join(dir, `typst-out-${n}`);
    await rm(outOurs, { recursive: true, force: true });
    await rm(outTypst, { recursive: true, force: true });
    execFileSync('sync');
    // Alternate which goes first: a noisy spell of the machine then hurts both alike.
    const runOurs = () =>
      ours.push(
        timed([
          BIN,
          'build',
          '--campaign',
          join(ROOT, 'examples/hai-phong/campaign.yaml'),
          '--groups',
          ward,
          '--kind',
          'poster',
          '--size',
          'a4',
          '--jobs',
          '1',
          '--force',
          '--quiet',
          '--out',
          outOurs,
        ]),
      );
    const runTypst = () =>
      typst.push(
        timed([
          join(ROOT, 'bench/peer-typst-process.mjs'),
          PEERS_DIR,
          join(ROOT, 'fonts'),
          src,
          outTypst,
        ]),
      );
    if (r % 2 === 0) {
      runOurs();
      runTypst();
    } else {
      runTypst();
      runOurs();
    }
    say(
      `${n} posters, run ${r + 1}: ours ${ours.at(-1)?.toFixed(2)} s, Typst ${typst.at(-1)?.toFixed(2)} s`,
    );
  }
  return { n, ours, typst };
}

function startUp(args: string[]): number {
  const times = Array.from({ length: 11 }, () => timed([BIN, ...args]));
  return median(times) * 1000;
}

async function main(): Promise<void> {
  const typstVersion = installTypst(PEERS_DIR);
  const dir = await mkdtemp(join(tmpdir(), 'phuong-print-whole-'));
  try {
    const results = [];
    for (const n of sizes) results.push(await pairs(dir, n));
    const version = startUp(['--version']);
    const help = startUp(['--help']);
    const rows = results.map((p) => {
      const ratios = p.ours.map((o, k) => o / (p.typst[k] ?? Number.NaN));
      return `| ${p.n} | ${median(p.ours).toFixed(2)} | ${median(p.typst).toFixed(2)} | ${(median(p.ours) / median(p.typst)).toFixed(2)}× | ${median(ratios).toFixed(2)}× |`;
    });
    const load = execFileSync('cat', ['/proc/loadavg']).toString().split(' ')[0];
    const section = [
      '## whole process',
      '',
      `\`npx tsx bench/whole-process.ts --groups ${sizes.join(',')} --runs ${runs}\`, ${new Date().toISOString().slice(0, 10)}, load ${load} at the end, Typst peer ${typstVersion}. ` +
        'Whole processes timed from outside, as a user times them: ours is `phuong-print build --kind poster --size a4 --jobs 1 --force` (posters, ZIPs, print file, manifest); ' +
        "the peer is one Node process that loads Typst's compiler and the fonts, compiles the same number of poster sources and writes each PDF to its own folder. Paired runs, alternating which goes first.",
      '',
      '| posters | ours s (median) | Typst s (median) | ratio of medians | median of paired ratios |',
      '|---|---|---|---|---|',
      ...rows,
      '',
      `Start-up: \`phuong-print --version\` ${version.toFixed(0)} ms, \`--help\` ${help.toFixed(0)} ms (median of 11).`,
      '',
    ].join('\n');
    process.stdout.write(`\n${section}`);
    await writeSections(join(ROOT, 'bench/results.md'), [['whole process', section]]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
