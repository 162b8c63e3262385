/**
 * The studio's form fields as Chromium draws them, at a phone's 360×740 and a desk's size: the
 * text boxes the office types Vietnamese into are in the page's own font (a monospace one drew
 * the stacked marks beside their letter, "Sô´"). Screenshots in test-output/studio-fields/.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../serve/chromium.js';
import { removeTempDirs } from '../support/tmp.js';
import { newPageAt, SIZES, screenshots, signInAt } from './chromium-pages.js';
import { studioWithExample, type TestStudio } from './studio.js';

const OUT = join(fileURLToPath(new URL('../../', import.meta.url)), 'test-output', 'studio-fields');

describe.skipIf(!chromiumAvailable)('the studio’s form fields in Chromium', () => {
  let s: TestStudio;
  let browser: Browser;
  beforeAll(async () => {
    ({ s } = await studioWithExample({}, 'o-nhap'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await s?.close();
    await removeTempDirs();
  });

  it.each(SIZES)('writes the text boxes in the page’s own font ($name)', async (size) => {
    const page: Page = await newPageAt(browser, size);
    const shot = screenshots(OUT, size, () => page);
    await signInAt(page, s.url);
    await page.goto(`${s.url}/c/o-nhap`);
    const body = page.locator('textarea.body');
    await body.scrollIntoViewIfNeeded();
    await shot('body-field');
    const fonts = await page.evaluate(() => ({
      page: getComputedStyle(document.body).fontFamily,
      label: getComputedStyle(document.querySelector('label') as Element).fontFamily,
      boxes: [...document.querySelectorAll('textarea')].map((t) => getComputedStyle(t).fontFamily),
    }));
    expect(fonts.boxes.length).toBeGreaterThan(1);
    expect(fonts.label).toBe(fonts.page);
    expect(new Set(fonts.boxes)).toEqual(new Set([fonts.page]));
    await page.context().close();
  });
});
