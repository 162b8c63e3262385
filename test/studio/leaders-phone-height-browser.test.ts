/**
 * The "Trang tổ trưởng" tab on a 360×740 phone, in Chromium: a clerk looking for one group of
 * the example's 32 scrolled a 9,824 px page (each group ~250 px: its code, link, buttons). Each
 * group is now its name and its state, its link, code and buttons behind one tap, which the
 * phone opens and uses. With PHUONG_PRINT_TEST_SHOTS=1, screenshots in
 * test-output/studio-leaders-phone/.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, sharedChromium, WAIT } from '../serve/chromium.js';
import { removeTempDirs } from '../support/tmp.js';
import { DESK, newPageAt, PHONE, screenshots, signInByCookie } from './chromium-pages.js';
import { type Client, exampleGroupsCsv, studioWithExample, type TestStudio } from './studio.js';

const SLUG = 'hai-phong';
const BASE = 'https://in.phuong.example.vn';
const OUT = join(
  fileURLToPath(new URL('../../', import.meta.url)),
  'test-output',
  'studio-leaders-phone',
);
/**
 * The page's bound on a phone (11,278 px before, 5,243 px after, codes shown): the tab's head and foot
 * (~1,300 px: the tabs, the notices, the buttons, the search, "Đóng trang") and each group at
 * ~125 px (its name beside "Đường dẫn", its leader and phone, its state).
 */
const PHONE_BOUND = 5500;

describe.skipIf(!chromiumAvailable)('the leaders’ tab of 32 groups on a phone', () => {
  let s: TestStudio;
  let c: Client;
  let browser: Browser;
  let groups: number;
  beforeAll(async () => {
    ({ s, c } = await studioWithExample({ baseUrl: BASE }, SLUG));
    // The example's own list, its groups counted from its file (one line each after the header).
    groups = (await exampleGroupsCsv()).toString('utf8').trim().split('\n').length - 1;
    expect((await c.post(`/c/${SLUG}/leaders/open`, {}, `/c/${SLUG}/leaders`)).status).toBe(303);
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.close();
    await removeTempDirs();
  });

  it(`is under ${PHONE_BOUND} px tall, each group's link, code and buttons one tap away`, async () => {
    const page = await newPageAt(browser, PHONE);
    const shot = screenshots(OUT, PHONE, () => page);
    await signInByCookie(page, s.url);
    await page.goto(`${s.url}/c/${SLUG}/leaders`);
    expect(await page.locator('.leader-links > li').count()).toBe(groups);
    expect(groups).toBe(32);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.locator('.leader-links > li').first().scrollIntoViewIfNeeded();
    await shot('list');
    expect(height).toBeLessThan(PHONE_BOUND);
    // One group's actions, opened by a tap: its link, the copy button, "Mở thử", a new link, the
    // code (drawn).
    const row = page.locator('.leader-links > li', {
      has: page.getByRole('heading', { name: 'Tổ dân phố số 17', exact: true }),
    });
    await row.locator('summary').tap();
    const link = page.getByLabel('Đường dẫn của Tổ dân phố số 17', { exact: true });
    await expect.poll(() => link.isVisible(), WAIT).toBe(true);
    expect(await link.inputValue()).toMatch(new RegExp(`^${BASE}/p/${SLUG}/g/`));
    expect(await row.getByRole('link', { name: /^Mở thử/ }).isVisible()).toBe(true);
    expect(await row.getByRole('link', { name: /^Cấp đường dẫn mới/ }).isVisible()).toBe(true);
    const code = row.getByAltText('Mã QR của Tổ dân phố số 17', { exact: true });
    await expect
      .poll(() => code.evaluate((i: HTMLImageElement) => i.naturalWidth), WAIT)
      .toBeGreaterThan(0);
    await shot('opened');
    await page.context().close();
  });

  it('at a desk every group shows its link and code as before', async () => {
    const page = await newPageAt(browser, DESK);
    await signInByCookie(page, s.url);
    await page.goto(`${s.url}/c/${SLUG}/leaders`);
    const link = page.getByLabel('Đường dẫn của Tổ dân phố số 17', { exact: true });
    await link.scrollIntoViewIfNeeded();
    expect(await link.isVisible()).toBe(true);
    await screenshots(OUT, DESK, () => page)('desk');
    await page.context().close();
  });
});
