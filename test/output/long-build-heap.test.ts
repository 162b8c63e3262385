/**
 * A long build bounds how far an old generation grows between full collections (output/tier-up.ts,
 * bench/results.md "## h-mem2"): in a process the launcher started, the long-build switch sets
 * V8's growing factor at run time, and the next collection is then due at ~1.3 times what the
 * last one left, not up to 4 times as V8's default lets a heap with no cap of its own grow (the
 * build's main thread: its limits were 335–416 MB for ~100 MB left live). Seen in a child process,
 * since the flag is the process's: a live set of tens of MB, then a stream of short-lived objects
 * that outlive the young generation (as a group's drawing does), and the old space's highest use.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { execToolOk } from '../support/exec.js';

// tsc's output of src/output/tier-up.ts (the tests' global setup builds dist/ from src/ first):
// a plain Node child, without tsx's start-up and compile (~0.6 s of CPU each).
const TIER_UP = fileURLToPath(new URL('../../dist/output/tier-up.js', import.meta.url));

/** The child: `long` says whether it is a long build the launcher started. */
const SCRIPT = `
import { getHeapSpaceStatistics } from 'node:v8';
import { tierUpFor } from ${JSON.stringify(TIER_UP)};
globalThis[Symbol.for('phuong-print.tier-up')] = 'start';
if (process.argv[1] === 'long') tierUpFor(1_000_000);
const oldUsed = () => getHeapSpaceStatistics().find((s) => s.space_name === 'old_space').space_used_size;
const live = [];
for (let i = 0; i < 200_000; i++) live.push({ a: i, b: 'x' + i, c: [i, i + 1] });
let peak = 0;
const ring = new Array(100_000);
for (let i = 0; i < 2_000_000; i++) {
  ring[i % ring.length] = { a: i, b: [i], c: { d: i } };
  if ((i & 0x3fff) === 0) peak = Math.max(peak, oldUsed());
}
console.log(JSON.stringify({ live: live.length, peak: peak / 1048576 }));
`;

async function peakOldSpace(mode: 'long' | 'short'): Promise<number> {
  const stdout = await execToolOk(process.execPath, ['--input-type=module', '-e', SCRIPT, mode]);
  return (JSON.parse(stdout.trim()) as { peak: number }).peak;
}

describe('a long build’s heap growth', () => {
  it('keeps the old space near what it holds live, where V8’s default lets it grow ~3 times', async () => {
    // The live set here is ~25 MB. V8's default grew the short child's old space to ~185–195 MB;
    // the long one's, due at 1.3 times what the last collection left, stayed near 65–72 MB
    // (twice the live set and short-lived objects cost twice the CPU, ~8 s for the two children,
    // for the same ratio: 310 against 105 MB). Compared with each other, not with a number of MB:
    // GC timing under load or another V8 moves both.
    // The two children side by side: each its own process and heap, what one measures does not
    // depend on the other (each peak is its own process's old space).
    const [short, long] = await Promise.all([peakOldSpace('short'), peakOldSpace('long')]);
    // The workload still lets V8's default grow the old space well past the live set (~5 times).
    expect(short).toBeGreaterThan(120);
    expect(long).toBeLessThan(short * 0.6);
  }, 60_000);
});
