/**
 * Test support for the browser tests: Debian's headless Chromium driven by playwright-core, or a
 * clear skip (and a failure in CI, which must install it: scripts/test-tools.sh).
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM);
if (!chromiumAvailable && process.env.CI) {
  throw new Error(
    `${CHROMIUM} is missing: CI must install Debian's chromium (scripts/test-tools.sh)`,
  );
}
if (!chromiumAvailable) {
  console.warn(`skipping the browser tests: ${CHROMIUM} is missing (apt-get install chromium)`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const SHARED = Symbol.for('phuong-print.test-chromium');
const shared = globalThis as { [SHARED]?: Promise<Browser> };

/**
 * The test process's one Chromium. A fork runs test file after test file (vitest.config.ts): a
 * launch each (about 0.7 s of CPU) is paid once instead. Each file opens its own contexts in it
 * and closes them after its tests (`closeContexts`); the browser ends with the process: vitest
 * stops a fork with SIGTERM, and the browser is closed (and waited for) before it exits.
 */
export function sharedChromium(): Promise<Browser> {
  let browser = shared[SHARED];
  if (!browser) {
    browser = launchChromium();
    shared[SHARED] = browser;
    browser.then(
      (b) => {
        b.on('disconnected', () => {
          if (shared[SHARED] === browser) delete shared[SHARED];
        });
        process.once('SIGTERM', () => {
          b.close().finally(() => process.exit(143));
        });
      },
      () => delete shared[SHARED],
    );
  }
  return browser;
}

/** Closes every context of `browser`: what a test file opened in the shared one. */
export async function closeContexts(browser: Browser | undefined): Promise<void> {
  await Promise.all(browser?.contexts().map((c) => c.close()) ?? []);
}
