/**
 * Per-file CPU accounting for `npm run bench:tests` (not loaded otherwise): when
 * PHUONG_PRINT_TEST_CPU names a file, each test file's fork appends one JSON line to it when the
 * file's tests are done — the fork's own CPU and that of its child processes (the CLI,
 * pdftotext, chromium…): those it waited for, from /proc/self/stat, and those still running
 * (a browser shared by the fork's files), from theirs. Vitest's per-file durations are wall time,
 * which other work on a shared machine inflates; CPU time is what a test file costs.
 *
 * A fork runs several files one after the other when isolation is off (vitest.config.ts), and
 * /proc/self/stat counts from the fork's start: each file is charged what the fork spent since
 * the previous file's line (so its imports too, and the fork's start-up to the first file). This
 * setup file is evaluated again for every test file; the mark lives on globalThis, which is not.
 */
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';

const TICKS_PER_S = 100; // USER_HZ on Linux

/** utime, stime, cutime, cstime of a process (fields 14–17 of proc(5)), in ticks. */
function times(pid: string): number[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // f[0] is field 3.
  const f = stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .map(Number);
  return [f[11] ?? 0, f[12] ?? 0, f[13] ?? 0, f[14] ?? 0];
}

/** The processes `pid` started that still run (or are not yet waited for). */
function childrenOf(pid: string): string[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean),
    );
  } catch {
    return []; // Gone meanwhile.
  }
}

/**
 * CPU of the processes under `pid` that still run, with what their own ended children spent:
 * a browser shared by the files of a fork (test/serve/chromium.ts) is charged to each file as it
 * spends, not to none when the fork ends.
 */
function runningDescendants(pid: string): number {
  let ticks = 0;
  for (const child of childrenOf(pid)) {
    try {
      ticks += times(child).reduce((a, b) => a + b, 0);
    } catch {
      continue; // Ended meanwhile: its parent's cutime has it (or will).
    }
    // Its ended children are in its cutime; its running ones are not yet.
    ticks += runningDescendants(child);
  }
  return ticks;
}

/** [own, children] CPU seconds of this process so far. */
function cpuSeconds(): [number, number] {
  const [utime = 0, stime = 0, cutime = 0, cstime = 0] = times('self');
  const running = runningDescendants(String(process.pid));
  return [(utime + stime) / TICKS_PER_S, (cutime + cstime + running) / TICKS_PER_S];
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
