/**
 * Per-file CPU accounting for `npm run bench:tests` (not loaded otherwise): when
 * PHUONG_PRINT_TEST_CPU names a file, each test file's fork appends one JSON line to it when the
 * file's tests are done — the fork's own CPU and that of the child processes it waited for (the
 * CLI, pdftotext, chromium…), from /proc/self/stat. Vitest's per-file durations are wall time,
 * which other work on a shared machine inflates; CPU time is what a test file costs.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';

const TICKS_PER_S = 100; // USER_HZ on Linux

/** [own, children] CPU seconds of this process so far. */
function cpuSeconds(): [number, number] {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const f = stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .map(Number);
  // Fields 14–17 of proc(5): utime, stime, cutime, cstime; f[0] is field 3.
  return [((f[11] ?? 0) + (f[12] ?? 0)) / TICKS_PER_S, ((f[13] ?? 0) + (f[14] ?? 0)) / TICKS_PER_S];
}

const out = process.env.PHUONG_PRINT_TEST_CPU;
if (out) {
  let startWall = 0;
  beforeAll(() => {
    startWall = performance.now();
  });
  afterAll(() => {
    const [own, children] = cpuSeconds();
    const line = {
      file: expect.getState().testPath,
      pid: process.pid,
      own,
      children,
      wall: (performance.now() - startWall) / 1000,
      sinceStart: process.uptime(),
    };
    appendFileSync(out, `${JSON.stringify(line)}\n`);
  });
}
