/**
 * Test support for the studio in Chromium: its two screen sizes — the desk (1366×900) every
 * walk through the studio runs at, since the office works at a desk, and the 360×740 phone that
 * phone-browser.test.ts opens every studio page at (and the leaders' own pages are walked at) —
 * a page of a fresh browser context at one of them (the phone at its density only when
 * screenshots are kept: PHONE_SCALE), and numbered screenshots of each step
 * (`<size>-01-<step>.png`, …) for a person to look at, taken only when PHUONG_PRINT_TEST_SHOTS=1
 * (test/serve/chromium.ts, KEEP_SHOTS).
 */
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { keepShot, PHONE_SCALE, sharedChromium } from '../serve/chromium.js';
import { ADMIN_PASSWORD, Client } from './studio.js';

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
    // A phone's density (2) only when screenshots are kept for a person: the cases read CSS
    // pixels, and at 1 Chromium rasterises a quarter of the pixels (PHONE_SCALE).
    deviceScaleFactor: size.mobile ? PHONE_SCALE : 1,
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
 * Signs `page`'s browser context in as admin on the studio at `base` without walking the form:
 * the test signs in over HTTP as the form posts it (its own session, as a second browser would
 * get) and hands the context the session cookie the studio set. For walks where signing in is
 * not what is tested (the form itself: browser.test.ts, phone-browser.test.ts,
 * users-browser.test.ts, edit-browser.test.ts): the form's two page loads, the fills and the
 * home page cost Chromium and the studio ~0.5 s of CPU a context (bench/results.md, "## tests:
 * studio files (2026-12-02, branch h-tweb)"). The page stays where it is (about:blank for a new one).
 */
export async function signInByCookie(page: Page, base: string): Promise<void> {
  const client = new Client(base);
  const answer = await client.signIn();
  expect(answer.status, 'signed in').toBe(303);
  // The session's cookie: `studio-…`, or `__Host-studio-…` (Secure) when the studio says https.
  const [name, value] =
    [...client.cookies].find(([n]) => /^(__Host-)?studio-[0-9a-f]{8}$/.test(n)) ?? [];
  expect(name, 'a session cookie').toBeTruthy();
  // A Secure cookie is set for the https address (Chromium sends it to http://127.0.0.1 too, as it
  // keeps the one the sign-in form gets: a loopback address counts as secure).
  const secure = name?.startsWith('__Host-') ?? false;
  await page.context().addCookies([
    {
      name: name ?? '',
      value: value ?? '',
      url: secure ? base.replace(/^http:/, 'https:') : base,
      httpOnly: true,
      sameSite: 'Lax',
      secure,
    },
  ]);
}

/**
 * The test process's Chromium and a page of a new desk context signed in as admin on the studio
 * at `base` (`signInByCookie`; the page at about:blank): where a file's walk starts when signing
 * in is not what it tests.
 */
export async function signedInDesk(
  base: string,
  options: BrowserContextOptions = {},
): Promise<{ browser: Browser; page: Page }> {
  const browser = await sharedChromium();
  const page = await newPageAt(browser, DESK, options);
  await signInByCookie(page, base);
  return { browser, page };
}
