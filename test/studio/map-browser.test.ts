/**
 * qa40 M5 in Chromium: the map's box “Sơ đồ / hình ảnh” on the campaign's form, at a desk and on
 * a 360×740 phone — the office picks the QA round's map and clicks “Tải ảnh lên”: the page comes
 * back saying so, showing the picture in use, its caption field under it, nothing wider than the
 * screen. Screenshots (`desktop-…`, `phone-…`) under the temp folder with PHUONG_PRINT_TEST_SHOTS=1.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, sharedChromium } from '../serve/chromium.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { DESK, newPageAt, PHONE, screenshots, signInByCookie } from './chromium-pages.js';
import { studioWithExample, type TestStudio } from './studio.js';

const MAP = fileURLToPath(new URL('../fixtures/qa40-map/so-do-tap-ket.png', import.meta.url));

describe.skipIf(!chromiumAvailable)('the map upload on the campaign form, in Chromium', () => {
  let s: TestStudio;
  let browser: Browser;
  let shots: string;
  beforeAll(async () => {
    ({ s } = await studioWithExample());
    browser = await sharedChromium();
    shots = await makeTempDir('map-browser-');
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s.close();
    if (process.env.PHUONG_PRINT_TEST_SHOTS !== '1') await removeTempDirs();
  });

  for (const size of [DESK, PHONE]) {
    it(`uploads the map at ${size.name} size`, async () => {
      const page = await newPageAt(browser, size);
      const shot = screenshots(shots, size, () => page);
      await signInByCookie(page, s.url);
      await page.goto(`${s.url}/c/hai-phong`);
      const box = page.getByLabel('Sơ đồ / hình ảnh');
      await box.scrollIntoViewIfNeeded();
      await shot('map-box');
      await box.setInputFiles(MAP);
      const field = page.locator('.logo-field').filter({ has: box });
      await Promise.all([
        page.waitForURL(/\?map=uploaded$|\/c\/hai-phong$/),
        field.getByRole('button', { name: 'Tải ảnh lên' }).click(),
      ]);
      await expect.poll(() => page.getByText('Đã tải ảnh sơ đồ lên.').count()).toBe(1);
      const thumb = page.getByRole('img', { name: 'Sơ đồ đang dùng' });
      await thumb.scrollIntoViewIfNeeded();
      expect(await thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(800);
      await expect.poll(() => page.getByLabel('Chú thích dưới sơ đồ').count()).toBe(1);
      await shot('map-uploaded');
      // Nothing wider than the screen.
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide).toBeLessThanOrEqual(size.viewport.width);
      // The next size starts without a map.
      await page.getByRole('button', { name: 'Xoá ảnh' }).click();
      await page.waitForURL(/\?map=removed$|\/c\/hai-phong$/);
      await page.context().close();
    });
  }
});
