/**
 * Bench (npm run bench:startup; not a test): how long `phuong-print --version` and `--help` take
 * as whole processes, the way a user times them — the median of R runs (default 21), wall time
 * and, with GNU time installed, CPU time (user + system), which other processes on the machine
 * disturb less. A bare `node -e 0` is measured beside them: Node's own start-up.
 *
 *   npm run bench:startup -- [--runs R]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './cli-run.js';

const { values: flags } = parseArgs({ options: { runs: { type: 'string' } } });
const runs = Number(flags.runs ?? 21);
if (!Number.isInteger(runs) || runs < 1) throw new Error('bench: --runs takes a whole number');

const GNU_TIME = '/usr/bin/time';
const BIN = join(ROOT, 'bin/phuong-print.js');

/** Wall and CPU milliseconds of one run of `node args`. */
function once(args: readonly string[]): { wall: number; cpu?: number } {
  const gnu = existsSync(GNU_TIME);
  const [cmd, argv] = gnu
    ? [GNU_TIME, ['-f', 'CPU=%U+%S', process.execPath, ...args]]
    : [process.execPath, [...args]];
  const started = performance.now();
  const r = spawnSync(cmd, argv, { cwd: ROOT, encoding: 'utf8' });
  const wall = performance.now() - started;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const m = /CPU=([\d.]+)\+([\d.]+)/.exec(r.stderr);
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : undefined };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? Number.NaN;
};

const cases: [string, string[]][] = [
  ['node -e 0', ['-e', '0']],
  ['phuong-print --version', [BIN, '--version']],
  ['phuong-print --help', [BIN, '--help']],
];
process.stdout.write(
  `${runs} runs each, load average ${loadavg()[0]?.toFixed(1)} at the start\n\n` +
    '| command | median wall ms | median CPU ms |\n|---|---|---|\n',
);
for (const [name, args] of cases) {
  once(args); // warm the file cache
  const samples = Array.from({ length: runs }, () => once(args));
  const cpu = samples.flatMap((s) => (s.cpu === undefined ? [] : [s.cpu]));
  const cpuText = cpu.length ? median(cpu).toFixed(0) : '–';
  process.stdout.write(
    `| ${name} | ${median(samples.map((s) => s.wall)).toFixed(0)} | ${cpuText} |\n`,
  );
}
