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
