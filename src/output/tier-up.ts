/**
 * Output stage: V8's tier-up budget for a long build. The launcher (bin/phuong-print.js) starts
 * every short-lived command with 16 times V8's budget: a check or a small build is over before
 * most of the optimising compiler's work (on a helper thread: CPU the command pays) could pay
 * back. A build that draws many documents is long enough for it: before its first document it
 * goes back to the 4 times the launcher used for every command before (bench/results.md
 * "## h-fixed": a 2-group check −15 % CPU, a 2-group build of every kind −10 %, 300 groups of
 * notices and posters −4 %; the large builds keep the budget they were measured with).
 * A process not started by the launcher (the tests, the studio's builds) is left as it is.
 */
import { setFlagsFromString } from 'node:v8';

/** Set by the launcher to 'start' when it gave the process the short commands' budget. */
const TIER_UP = Symbol.for('phuong-print.tier-up');

/** The launcher's budget before this one: 4 × V8's default (67,584). */
export const LONG_BUILD_BUDGET = 270336;

/** Documents above which a build is long enough for the optimising compiler. */
export const LONG_BUILD_DOCUMENTS = 1000;

/**
 * Gives a build of `documents` documents the long builds' budget; whether it did. `setFlags`
 * sets the process's V8 flag (a test passes its own, so as not to change its process's).
 */
export function tierUpFor(
  documents: number,
  setFlags: (flags: string) => void = setFlagsFromString,
): boolean {
  const state = globalThis as Record<symbol, unknown>;
  if (state[TIER_UP] !== 'start' || documents <= LONG_BUILD_DOCUMENTS) return false;
  setFlags(`--interrupt-budget=${LONG_BUILD_BUDGET}`);
  state[TIER_UP] = 'long';
  return true;
}
