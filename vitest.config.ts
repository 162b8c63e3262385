import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default is one fork per core less one: a single fork on a 2-core machine. Most
    // test time is spent waiting on child processes (the CLI, pdftotext, zbarimg, chromium), so
    // three forks keep both cores busy.
    maxWorkers: 3,
  },
});
