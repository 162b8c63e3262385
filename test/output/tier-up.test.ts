/**
 * A long build goes back to the long builds' tier-up budget before it draws (output/tier-up.ts),
 * and only in a process the launcher started with the short commands' budget: a test's or the
 * studio's process keeps its own. Seen through the state the launcher and the build share.
 */
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { LONG_BUILD_DOCUMENTS, tierUpFor } from '../../src/output/tier-up.js';

const { commandWord, longLived } = createRequire(import.meta.url)('../../bin/long-lived.js') as {
  commandWord: (argv: string[]) => string | undefined;
  longLived: (argv: string[]) => boolean;
};

const TIER_UP = Symbol.for('phuong-print.tier-up');
const state = globalThis as Record<symbol, unknown>;

/**
 * The V8 flags a case sets, instead of this process's: a flag set in a test worker would stay for
 * every later test file that worker runs.
 */
let flags: string[] = [];
const setFlags = (f: string) => {
  flags.push(f);
};

afterEach(() => {
  delete state[TIER_UP];
  flags = [];
});

describe('the tier-up budget of a build', () => {
  it('is left as it is for a build of up to the long builds’ documents', () => {
    state[TIER_UP] = 'start';
    expect(tierUpFor(2, setFlags)).toBe(false);
    expect(tierUpFor(LONG_BUILD_DOCUMENTS, setFlags)).toBe(false);
    expect(state[TIER_UP]).toBe('start');
    expect(flags).toEqual([]);
  });

  it('goes back to the long builds’ budget, and bounds heap growth, for a longer build, once', () => {
    state[TIER_UP] = 'start';
    expect(tierUpFor(LONG_BUILD_DOCUMENTS + 1, setFlags)).toBe(true);
    expect(state[TIER_UP]).toBe('long');
    // And V8's conservative heap growth, 1.3 (long-build-heap.test.ts sees what it does).
    expect(flags).toEqual(['--interrupt-budget=270336', '--heap-growing-percent=30']);
    expect(tierUpFor(LONG_BUILD_DOCUMENTS + 1, setFlags)).toBe(false);
    expect(flags).toHaveLength(2);
  });

  it('is never touched in a process the launcher did not start', () => {
    expect(tierUpFor(100_000, setFlags)).toBe(false);
    expect(state[TIER_UP]).toBeUndefined();
  });
});

describe('the launcher’s long-lived commands (bin/long-lived.js)', () => {
  it('are read from the command word only', () => {
    expect(longLived(['serve', '--campaign', 'c.yaml'])).toBe(true);
    expect(longLived(['--lang', 'vi', 'studio'])).toBe(true);
    expect(commandWord(['--lang', 'vi', 'build', '--out', 'studio'])).toBe('build');
    // A folder or a group named like a command is no command.
    expect(longLived(['build', '--out', 'studio'])).toBe(false);
    expect(longLived(['check', '--groups', 'serve'])).toBe(false);
  });

  it('include a build that watches, which runs for hours', () => {
    expect(longLived(['build', '--campaign', 'c.yaml', '--watch'])).toBe(true);
    expect(longLived(['build', '--campaign', 'c.yaml'])).toBe(false);
  });
});
