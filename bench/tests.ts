/**
 * Bench (npm run bench:tests; not a test): where the test suite's time goes — `vitest run` (the
 * whole suite, or the files given) with per-file CPU accounting (test/support/cpu-usage.ts): for
 * each file, the CPU of its fork and of the processes it waited for (the CLI, pdftotext,
 * chromium…), and its wall time. On a shared machine wall times grow with the load; CPU times
 * hardly do, so compare those. Prints a table, slowest files first, and the totals.
 * `--save` writes each file's wall time into test/support/test-durations.json (merged with the
 * files not run): the order the test files start in (test/support/sequencer.ts). Save from a
 * whole run, where the files compete for the cores as they do in `npm test`.
 *
 *   npm run bench:tests -- [test files…] [--top N] [--save]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './cli-run.js';
import { fmt } from './stats.js';

const { values: flags, positionals: files } = parseArgs({
  options: { top: { type: 'string' }, save: { type: 'boolean' } },
  allowPositionals: true,
});
const top = Number(flags.top ?? 25);

interface FileCpu {
  file: string;
  own: number;
  children: number;
  wall: number;
}

const dir = mkdtempSync(join(tmpdir(), 'phuong-print-bench-tests-'));
const log = join(dir, 'cpu.jsonl');
const loadBefore = loadavg()[0] ?? 0;
const started = performance.now();
const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const r = spawnSync(process.execPath, [vitest, 'run', ...files], {
  cwd: ROOT,
  env: { ...process.env, PHUONG_PRINT_TEST_CPU: log },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const wall = (performance.now() - started) / 1000;
const loadAfter = loadavg()[0] ?? 0;
const rows: FileCpu[] = readFileSync(log, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
rmSync(dir, { recursive: true, force: true });

const cpu = (f: FileCpu) => f.own + f.children;
rows.sort((a, b) => cpu(b) - cpu(a));
const sum = (pick: (f: FileCpu) => number) => rows.reduce((n, f) => n + pick(f), 0);
process.stdout.write(
  `vitest run: exit ${r.status}, ${rows.length} files, wall ${fmt(wall)} s, load average ${fmt(loadBefore)} at the start and ${fmt(loadAfter)} at the end\n` +
    `CPU: ${fmt(sum(cpu))} s (forks ${fmt(sum((f) => f.own))} s, their child processes ${fmt(sum((f) => f.children))} s)\n\n` +
    '| file | CPU s | fork s | children s | wall s |\n|---|---|---|---|---|\n',
);
for (const f of rows.slice(0, top)) {
  process.stdout.write(
    `| ${relative(ROOT, f.file)} | ${fmt(cpu(f))} | ${fmt(f.own)} | ${fmt(f.children)} | ${fmt(f.wall)} |\n`,
  );
}

if (flags.save) {
  const path = join(ROOT, 'test', 'support', 'test-durations.json');
  let durations: Record<string, number> = {};
  try {
    durations = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    // No list yet.
  }
  for (const f of rows) durations[relative(ROOT, f.file)] = Math.round(f.wall * 10) / 10;
  const sorted = Object.entries(durations).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  writeFileSync(path, `${JSON.stringify(Object.fromEntries(sorted), null, 2)}\n`);
  process.stdout.write(`\nwall times of ${rows.length} files saved to ${relative(ROOT, path)}\n`);
}
