/**
 * Test support for the studio in Chromium: its two screen sizes — the desk (1366×900) every
 * walk through the studio runs at, since the office works at a desk, and the 360×740 phone that
 * phone-browser.test.ts opens every studio page at (and the leaders' own pages are walked at) —
 * a page of a fresh browser context at one of them, and numbered screenshots of each step
 * (`<size>-01-<step>.png`, …) for a person to look at, taken only when PHUONG_PRINT_TEST_SHOTS=1
 * (test/serve/chromium.ts, KEEP_SHOTS).
 */
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { keepShot, sharedChromium } from '../serve/chromium.js';
import { ADMIN_PASSWORD } from './studio.js';

export const DESK = { name: 'desktop', viewport: { width: 1366, height: 900 }, mobile: false };
export const PHONE = { name: 'phone', viewport: { width: 360, height: 740 }, mobile: true };

export type Size = typeof DESK | typeof PHONE;

/** A page of a new context at `size`, its locale Vietnamese. */
export async function newPageAt(
  browser: Browser,
  size: Size,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: size.viewport,
    isMobile: size.mobile,
    hasTouch: size.mobile,
    deviceScaleFactor: size.mobile ? 2 : 1,
    locale: 'vi-VN',
    ...options,
  });
  return context.newPage();
}

/**
 * `shot(name)`: a screenshot of what `page()` shows now, numbered in order, under `dir`, when
 * PHUONG_PRINT_TEST_SHOTS=1 (otherwise nothing: `keepShot`).
 */
export function screenshots(dir: string, size: Size, page: () => Page) {
  let step = 0;
  return async (name: string) => {
    step++;
    await keepShot(page(), join(dir, `${size.name}-${String(step).padStart(2, '0')}-${name}.png`));
  };
}

/** Signs `page` in as admin on the studio at `base`, as the office does, and waits for the home page. */
export async function signInAt(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(`${base}/`);
}

/**
 * The test process's Chromium and a page of a new desk context signed in as admin on the studio
 * at `base`: where a file's walk starts when signing in is not what it tests.
 */
export async function signedInDesk(
  base: string,
  options: BrowserContextOptions = {},
): Promise<{ browser: Browser; page: Page }> {
  const browser = await sharedChromium();
  const page = await newPageAt(browser, DESK, options);
  await signInAt(page, base);
  return { browser, page };
}
