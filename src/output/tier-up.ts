/**
 * Output stage: V8's tier-up budget for a long build. The launcher (bin/phuong-print.js) starts
 * every short-lived command with 16 times V8's budget: a check or a small build is over before
 * most of the optimising compiler's work (on a helper thread: CPU the command pays) could pay
 * back. A build that draws many documents is long enough for it: before its first document it
 * goes back to the 4 times the launcher used for every command before (bench/results.md
 * "## h-fixed": a 2-group check −15 % CPU, a 2-group build of every kind −10 %, 300 groups of
 * notices and posters −4 %; the large builds keep the budget they were measured with).
 * A process not started by the launcher (the tests, the studio's builds) is left as it is.
 *
 * The same switch bounds how far the main thread's heap grows between full collections. V8 lets
 * an old generation grow to 1.1–4 times what the last full collection left, by how fast that
 * collection was; a worker's, capped at 128 MB (pool.ts), gets at most 1.3, but the main thread's
 * (V8's default limit, gigabytes) got 4: after ~80–100 MB left live its next collection was due
 * only at 335–416 MB, so what kept its heap near 145 MB was the array buffers' own trigger (every
 * 64 MB of them), and nothing bounded it when that came late (bench/results.md "## h-mem2": one
 * cold 3,000-group run of eight peaked at 556 MB, the others 469–481). A long build sets V8's
 * growing factor to 1.3, the one it uses when it saves memory, for every thread: the workers'
 * stays what it was.
 */
import { setFlagsFromString } from 'node:v8';

/** Set by the launcher to 'start' when it gave the process the short commands' budget. */
const TIER_UP = Symbol.for('phuong-print.tier-up');

/** The launcher's budget before this one: 4 × V8's default (67,584). */
export const LONG_BUILD_BUDGET = 270336;

/**
 * How much an old generation may grow past what a full collection left, in percent, in a long
 * build (V8's conservative factor, 1.3; its default lets the main thread's grow 4 times).
 */
export const LONG_BUILD_HEAP_GROWING_PERCENT = 30;

/** Documents above which a build is long enough for the optimising compiler. */
export const LONG_BUILD_DOCUMENTS = 1000;

/**
 * Gives a build of `documents` documents the long builds' budget and heap growth; whether it did.
 * `setFlags` sets the process's V8 flags (a test passes its own, so as not to change its
 * process's).
 */
export function tierUpFor(
  documents: number,
  setFlags: (flags: string) => void = setFlagsFromString,
): boolean {
  const state = globalThis as Record<symbol, unknown>;
  if (state[TIER_UP] !== 'start' || documents <= LONG_BUILD_DOCUMENTS) return false;
  setFlags(`--interrupt-budget=${LONG_BUILD_BUDGET}`);
  setFlags(`--heap-growing-percent=${LONG_BUILD_HEAP_GROWING_PERCENT}`);
  state[TIER_UP] = 'long';
  return true;
}
