/**
 * Bench (npm run bench:startup; not a test): how long `phuong-print --version` and `--help` take
 * as whole processes, the way a user times them — the median of R runs (default 21), wall time
 * and, with GNU time installed, CPU time (user + system), which other processes on the machine
 * disturb less. A bare `node -e 0` is measured beside them: Node's own start-up.
 *
 *   npm run bench:startup -- [--runs R]
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, timed } from './cli-run.js';

const { values: flags } = parseArgs({ options: { runs: { type: 'string' } } });
const runs = Number(flags.runs ?? 21);
if (!Number.isInteger(runs) || runs < 1) throw new Error('bench: --runs takes a whole number');

const BIN = join(ROOT, 'bin/phuong-print.js');

/** Wall and CPU milliseconds of one run of `node args` (CPU with GNU time only). */
function once(args: readonly string[]): { wall: number; cpu?: number } {
  const { wall, user, sys } = timed(ROOT, args);
  return { wall, cpu: Number.isNaN(user) ? undefined : (user + sys) * 1000 };
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
