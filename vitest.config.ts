import { defineConfig } from 'vitest/config';
import { LongestFirstSequencer } from './test/support/sequencer.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Per-file CPU for `npm run bench:tests` only.
    setupFiles: process.env.PHUONG_PRINT_TEST_CPU ? ['test/support/cpu-usage.ts'] : [],
    // The day the tests take for today (test/support/today.ts), handed to the program's entry
    // points run in the test's process as their clock: a deadline in a fixture ("12/12/2026")
    // must not start being warned of as over on the day after it.
    env: { PHUONG_PRINT_TODAY: '2026-12-01' },
    testTimeout: 120_000,
    // expect.poll's own default gives up after 1 s: a page drawn in the background under a
    // loaded machine (CI, several forks and their browsers) took longer, and browser tests failed
    // that pass alone. Tests that must see something soon say so with their own timeout.
    expect: { poll: { timeout: 60_000, interval: 200 } },
    hookTimeout: 120_000,
    pool: 'forks',
    // A fork runs test file after test file with the modules it has loaded (pdfkit, fontkit, the
    // fonts, src/): re-importing them for every file cost about half of an in-process test
    // file's CPU (bench/results.md). Test files must therefore leave no global state behind.
    isolate: false,
    // Vitest's default is one fork per core less one: a single fork on a 2-core machine. Most
    // test time is spent waiting on child processes (the CLI, pdftotext, zbarimg, chromium), so
    // more forks than cores keep both busy: three did at 470 s of the suite's CPU; at ~900 s, with
    // more of it in browsers and CLI children a fork waits for, four forks finished a sample of
    // 130 files in 105–189 s against 149–218 s with three (bench/results.md, session 52).
    maxWorkers: 4,
    // The longest files start first (their wall times are in test/support/test-durations.json),
    // so that no minute-long file starts last and runs alone at the end.
    sequence: { sequencer: LongestFirstSequencer },
  },
});
