/**
 * Test support for the browser tests: Debian's Chromium in its headless shell
 * (chromium-headless-shell: the same Blink, V8 and network stack as the `chromium` package, the
 * same version, without the desktop browser around them), driven by playwright-core, or a clear
 * skip (and a failure in CI, which must install it: scripts/test-tools.sh). The desktop
 * browser's headless mode spent twice the CPU on the same pages (the browser process alone 3×:
 * bench/results.md, "## tests: the browser files"); PHUONG_PRINT_TEST_CHROMIUM names another
 * build to run them in (`/usr/bin/chromium`, the desktop browser, headless).
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  type Browser,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';

export const CHROMIUM =
  process.env.PHUONG_PRINT_TEST_CHROMIUM ?? '/usr/bin/chromium-headless-shell';
export const chromiumAvailable = existsSync(CHROMIUM);
if (!chromiumAvailable && process.env.CI) {
  throw new Error(
    `${CHROMIUM} is missing: CI must install Debian's chromium-headless-shell (scripts/test-tools.sh)`,
  );
}
if (!chromiumAvailable) {
  console.warn(
    `skipping the browser tests: ${CHROMIUM} is missing (apt-get install chromium-headless-shell)`,
  );
}

/**
 * How long a browser test waits for what the page does next (`expect.poll`, `waitFor`): a machine
 * under load takes seconds for a save and its preview (poll's own 1 s default failed there:
 * bench/results.md), so well past that.
 */
export const WAIT = { timeout: 60_000, interval: 200 };

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
const STOPPING = Symbol.for('phuong-print.test-chromium.sigterm');
const shared = globalThis as { [SHARED]?: Promise<Browser>; [STOPPING]?: true };

/**
 * The test process's one Chromium. A fork runs test file after test file (vitest.config.ts): a
 * launch each (about 0.7 s of CPU) is paid once instead. Each file opens its own contexts in it
 * and closes them after its tests (`closeContexts`). A browser that crashed or was closed is
 * launched again by the next call. It ends with the process: vitest stops a fork with SIGTERM,
 * and the browser of that moment is closed (and waited for) before it exits; one handler for the
 * process, whichever browser is current.
 */
export function sharedChromium(): Promise<Browser> {
  let browser = shared[SHARED];
  if (!browser) {
    const launched = launchChromium();
    browser = launched;
    shared[SHARED] = launched;
    launched.then(
      (b) => {
        b.on('disconnected', () => {
          if (shared[SHARED] === launched) delete shared[SHARED];
        });
      },
      () => {
        if (shared[SHARED] === launched) delete shared[SHARED];
      },
    );
    if (!shared[STOPPING]) {
      shared[STOPPING] = true;
      process.once('SIGTERM', () => {
        const current = shared[SHARED];
        delete shared[SHARED];
        (current ?? Promise.resolve(undefined))
          .then((b) => b?.close())
          .catch(() => {})
          .finally(() => process.exit(143));
      });
    }
  }
  return browser;
}

/** Closes every context of `browser`: what a test file opened in the shared one. */
export async function closeContexts(browser: Browser | undefined): Promise<void> {
  await Promise.all(browser?.contexts().map((c) => c.close()) ?? []);
}

/**
 * Whether the browser tests keep screenshots for a person to look at (test-output/…): only with
 * PHUONG_PRINT_TEST_SHOTS=1. Each one is a PNG Chromium encodes, most of them at a phone's
 * device scale 2, and no test reads them: taken on every run they cost CPU and checked nothing
 * (bench/results.md, "## tests: the browser files, once"). A screenshot a test does read (a QR
 * code to decode) is taken whatever this says.
 */
export const KEEP_SHOTS = process.env.PHUONG_PRINT_TEST_SHOTS === '1';

/**
 * A phone's density for a page a test reads in CSS pixels only (sizes, widths, what fits): 2, as
 * phones have, when screenshots are kept for a person; else 1, at which Chromium rasterises a
 * quarter of the pixels and every size a case checks is the same.
 */
export const PHONE_SCALE = KEEP_SHOTS ? 2 : 1;

/**
 * A browser context as a leader's phone: 360×740, PHONE_SCALE, touch, Vietnamese; `more` adds or
 * replaces (a Zalo user agent, another width, JavaScript off).
 */
export const phoneOptions = (more: BrowserContextOptions = {}): BrowserContextOptions => ({
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: PHONE_SCALE,
  isMobile: true,
  hasTouch: true,
  locale: 'vi-VN',
  ...more,
});

/**
 * A screenshot of `target` (a page: of its viewport, or the whole page with `fullPage`; or one
 * element) written to `path`, when KEEP_SHOTS says so; otherwise nothing.
 */
export async function keepShot(
  target: Page | Locator,
  path: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  if (!KEEP_SHOTS) return;
  await mkdir(dirname(path), { recursive: true });
  if ('goto' in target) await target.screenshot({ path, ...options });
  else await target.screenshot({ path });
}

/**
 * Each shown control of `selector` on `page` by its name, with the width of its border (0: none):
 * what keeps a button a button in forced colours, where backgrounds are dropped.
 */
export const buttonOutlines = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .map((e) => {
        const st = getComputedStyle(e);
        return {
          name: (e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40),
          border: st.borderTopStyle === 'none' ? 0 : Number.parseFloat(st.borderTopWidth),
        };
      }),
  );
