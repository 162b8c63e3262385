/**
 * qa41 MINOR-2's rest in the studio: its tick boxes were 13 px (the browser's own) beside labels
 * of any size, the state hard to see. Every tick box of the pages that have one — the campaign's
 * "Dự thảo chưa có ngày" and "In logo giữa mã QR của áp phích", a user's "Được thêm người dùng
 * (quản trị)" — is at least 24 px, and larger with the browser's text size. Chromium at a desk and
 * on a 360 px phone.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, sharedChromium } from '../serve/chromium.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';
import { DESK, newPageAt, PHONE, signInByCookie } from './chromium-pages.js';
import { signedInStudio, type TestStudio } from './studio.js';

const BOXES: [string, string][] = [
  ['/c/o-danh-dau', 'Dự thảo chưa có ngày'],
  ['/c/o-danh-dau', 'In logo giữa mã QR của áp phích'],
  ['/users', 'Được thêm người dùng (quản trị)'],
];

describe.skipIf(!chromiumAvailable)('the studio’s tick boxes', () => {
  let s: TestStudio;
  let browser: Browser;
  beforeAll(async () => {
    ({ s } = await signedInStudio());
    const folder = join(s.dataDir, 'campaigns', 'o-danh-dau');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'campaign.yaml'), NOTICE_ONLY);
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.close();
    await removeTempDirs();
  });

  const sizeOf = async (page: Page, path: string, label: string) => {
    await page.goto(`${s.url}${path}`);
    const box = await page.getByRole('checkbox', { name: label }).boundingBox();
    return [box?.width ?? 0, box?.height ?? 0];
  };

  for (const size of [DESK, PHONE])
    it(`are at least 24 px (${size.name})`, async () => {
      const page = await newPageAt(browser, size);
      await signInByCookie(page, s.url);
      for (const [path, label] of BOXES) {
        const [w, h] = await sizeOf(page, path, label);
        expect(w, label).toBeGreaterThanOrEqual(24);
        expect(h, label).toBeGreaterThanOrEqual(24);
      }
      await page.context().close();
    });

  it('grow with the browser’s text size', async () => {
    const page = await newPageAt(browser, PHONE);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 32 } });
    await signInByCookie(page, s.url);
    const [w] = await sizeOf(page, '/users', 'Được thêm người dùng (quản trị)');
    expect(w).toBeGreaterThanOrEqual(44);
    await page.context().close();
  });
});
