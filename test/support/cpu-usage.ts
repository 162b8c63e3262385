/**
 * Per-file CPU accounting for `npm run bench:tests` (not loaded otherwise): when
 * PHUONG_PRINT_TEST_CPU names a file, each test file's fork appends one JSON line to it when the
 * file's tests are done — the fork's own CPU and that of the child processes it waited for (the
 * CLI, pdftotext, chromium…), from /proc/self/stat. Vitest's per-file durations are wall time,
 * which other work on a shared machine inflates; CPU time is what a test file costs.
 *
 * A fork runs several files one after the other when isolation is off (vitest.config.ts), and
 * /proc/self/stat counts from the fork's start: each file is charged what the fork spent since
 * the previous file's line (so its imports too, and the fork's start-up to the first file). This
 * setup file is evaluated again for every test file; the mark lives on globalThis, which is not.
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

/** What the fork had spent when it wrote its previous line. */
const MARK = Symbol.for('phuong-print.test-cpu.mark');
const marks = globalThis as { [MARK]?: [number, number] };

const out = process.env.PHUONG_PRINT_TEST_CPU;
if (out) {
  let startWall = 0;
  beforeAll(() => {
    startWall = performance.now();
  });
  afterAll(() => {
    const [own, children] = cpuSeconds();
    const [ownBefore, childrenBefore] = marks[MARK] ?? [0, 0];
    marks[MARK] = [own, children];
    const line = {
      file: expect.getState().testPath,
      pid: process.pid,
      own: own - ownBefore,
      children: children - childrenBefore,
      wall: (performance.now() - startWall) / 1000,
      sinceStart: process.uptime(),
    };
    appendFileSync(out, `${JSON.stringify(line)}\n`);
  });
}
