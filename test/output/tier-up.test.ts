/**
 * A long build goes back to the long builds' tier-up budget before it draws (output/tier-up.ts),
 * and only in a process the launcher started with the short commands' budget: a test's or the
 * studio's process keeps its own. Seen through the state the launcher and the build share.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LONG_BUILD_DOCUMENTS, tierUpFor } from '../../src/output/tier-up.js';

const TIER_UP = Symbol.for('phuong-print.tier-up');
const state = globalThis as Record<symbol, unknown>;

afterEach(() => {
  delete state[TIER_UP];
});

describe('the tier-up budget of a build', () => {
  it('is left as it is for a build of up to the long builds’ documents', () => {
    state[TIER_UP] = 'start';
    expect(tierUpFor(2)).toBe(false);
    expect(tierUpFor(LONG_BUILD_DOCUMENTS)).toBe(false);
    expect(state[TIER_UP]).toBe('start');
  });

  it('goes back to the long builds’ budget for a longer build, once', () => {
    state[TIER_UP] = 'start';
    expect(tierUpFor(LONG_BUILD_DOCUMENTS + 1)).toBe(true);
    expect(state[TIER_UP]).toBe('long');
    expect(tierUpFor(LONG_BUILD_DOCUMENTS + 1)).toBe(false);
  });

  it('is never touched in a process the launcher did not start', () => {
    expect(tierUpFor(100_000)).toBe(false);
    expect(state[TIER_UP]).toBeUndefined();
  });
});
