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

/** A page kept for the next test files of the process, and the options its context was made with. */
interface KeptPage {
  browser: Browser;
  key: string;
  options: BrowserContextOptions;
  page: Page;
  /** Handed to a test file that has not finished yet. */
  busy: boolean;
}

const KEPT = Symbol.for('phuong-print.test-chromium.kept-pages');
const kept = globalThis as { [KEPT]?: KeptPage[] };

/**
 * A page of a browser context made with `options`, as `browser.newContext(options)` and its
 * `newPage()` give, but kept for the next test file of this process that asks for the same
 * options: a page is a renderer process, whose start was most of the ~0.45 s of Chromium's CPU a
 * new context and its first page cost (a later navigation ~0.1 s). `closeContexts` at the end of
 * the file gives it back as a new one would be: on about:blank, without cookies, permissions,
 * routes, listeners, other pages of its context, or anything in the HTTP cache; a page that
 * cannot be so cleaned is closed instead. No page of the studio or the leaders' site stores
 * anything else in the browser (no localStorage, sessionStorage, IndexedDB or service worker).
 * For options a test changes afterwards (an init script), make a context of its own.
 */
export async function keptPage(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  // Downloads are accepted unless a test says otherwise (playwright's default): one key for both.
  const made = { acceptDownloads: true, ...options };
  // The options in any order (a viewport is written { width, height } everywhere).
  const key = JSON.stringify(Object.entries(made).sort(([a], [b]) => a.localeCompare(b)));
  const pages = kept[KEPT] ?? [];
  kept[KEPT] = pages;
  const free = pages.find(
    (k) => !k.busy && k.browser === browser && k.key === key && !k.page.isClosed(),
  );
  if (free) {
    free.busy = true;
    return free.page;
  }
  const page = await (await browser.newContext(made)).newPage();
  pages.push({ browser, key, options: made, page, busy: true });
  return page;
}

/** The page events a test may listen to. */
const PAGE_EVENTS = [
  'console',
  'dialog',
  'download',
  'filechooser',
  'popup',
  'request',
  'requestfailed',
  'requestfinished',
  'response',
] as const;

/** `k`'s page as a new context's first page would be; false (and closed) if it cannot be. */
async function cleaned(k: KeptPage): Promise<boolean> {
  const { page } = k;
  const context = page.context();
  try {
    if (page.isClosed()) throw new Error('closed by its test');
    // What a test listens to (a dialog answered, requests noted); playwright's own listeners stay.
    for (const event of PAGE_EVENTS) page.removeAllListeners(event);
    await page.unrouteAll();
    await context.unrouteAll();
    for (const other of context.pages()) if (other !== page) await other.close();
    await page.goto('about:blank');
    await context.clearCookies();
    await context.clearPermissions();
    if (k.options.viewport) await page.setViewportSize(k.options.viewport);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
    return true;
  } catch {
    await context.close().catch(() => {});
    return false;
  }
}

/**
 * Closes every context of `browser` a test file opened in the shared one, and gives back the
 * pages `keptPage` handed it (cleaned, for the next file).
 */
export async function closeContexts(browser: Browser | undefined): Promise<void> {
  if (!browser) return;
  const pages = kept[KEPT] ?? [];
  for (const k of pages.filter((p) => p.busy && p.browser === browser)) {
    if (await cleaned(k)) k.busy = false;
    else pages.splice(pages.indexOf(k), 1);
  }
  const keep = new Set(
    pages.filter((k) => k.browser === browser && !k.page.isClosed()).map((k) => k.page.context()),
  );
  await Promise.all(browser.contexts().map((c) => (keep.has(c) ? undefined : c.close())));
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
