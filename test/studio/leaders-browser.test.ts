/**
 * The leaders' pages in Chromium (Debian's, by playwright-core): the office, at its desk, opens
 * them from the campaign's "Trang tổ trưởng" tab, sees every group's link and QR code and copies
 * one; a leader opens that link on a 360×740 phone with no account, reports a figure, and sees it
 * saved; the office closes the pages and the link stops. With PHUONG_PRINT_TEST_SHOTS=1 a
 * screenshot of each step is kept in test-output/studio-leaders/.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, sharedChromium, WAIT } from '../serve/chromium.js';
import { removeTempDirs } from '../support/tmp.js';
import { DESK, newPageAt, PHONE, screenshots, signInByCookie } from './chromium-pages.js';
import { studioWithExample, type TestStudio } from './studio.js';

const OUT = join(
  fileURLToPath(new URL('../../', import.meta.url)),
  'test-output',
  'studio-leaders',
);

describe.skipIf(!chromiumAvailable)(
  'the leaders’ pages in Chromium: the office at a desk, a leader on a phone',
  () => {
    let s: TestStudio;
    let browser: Browser;
    let office: Page;
    let leader: Page;
    const shot = screenshots(OUT, DESK, () => office);
    const leaderShot = screenshots(OUT, PHONE, () => leader);

    beforeAll(async () => {
      ({ s } = await studioWithExample());
      browser = await sharedChromium();
      office = await newPageAt(browser, DESK, {
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      leader = await newPageAt(browser, PHONE);
    });
    afterAll(async () => {
      await closeContexts(browser);
      await s?.close();
      await removeTempDirs();
    });

    it('the office opens the pages, a leader reports a figure, the office closes them', async () => {
      await signInByCookie(office, s.url);
      await office.goto(`${s.url}/c/hai-phong`);
      await office.getByRole('link', { name: 'Trang tổ trưởng' }).click();
      await office.waitForURL(`${s.url}/c/hai-phong/leaders`);
      // Its name is its subject (no short name): whole in the page, and whole on the screen at
      // 200 % zoom too (qa41 m3: cut to two lines, its end was lost).
      await office.setViewportSize({ width: 640, height: 450 });
      const heading = await office.locator('h1').evaluate((h) => ({
        text: h.textContent ?? '',
        hidden: h.scrollHeight - h.clientHeight,
      }));
      expect(heading.text).toMatch(/^Phát động tham gia Cuộc thi .{80,}[^…]$/);
      expect(heading.hidden).toBeLessThanOrEqual(1);
      await office.setViewportSize(DESK.viewport);
      await shot('closed');
      await office.getByRole('button', { name: 'Mở trang tổ trưởng' }).click();
      await expect
        .poll(() => office.locator('.notice.ok').textContent(), WAIT)
        .toContain('Trang tổ trưởng đang mở từ');
      // The page opens on what the press did: the keyboard and a screen reader on "Đã mở…", not
      // at the top of the page (qa41 m4).
      await expect
        .poll(() => office.evaluate(() => document.activeElement?.textContent ?? ''), WAIT)
        .toMatch(/^Đã mở\. Trang tổ trưởng đang mở từ/);
      expect(await office.getByRole('status').filter({ hasText: 'Đã mở.' }).count()).toBe(1);
      // No public address in this studio: the page says the links are this browser's, no QR.
      await expect
        .poll(() => office.locator('.notice.info').first().textContent(), WAIT)
        .toContain('chưa được đặt địa chỉ công khai');
      // Each group a heading: a screen reader goes group to group (qa41 m4).
      expect(await office.getByRole('heading', { level: 2, name: 'Tổ dân phố số 5' }).count()).toBe(
        1,
      );
      const link = office.getByLabel('Đường dẫn của Tổ dân phố số 5');
      const url = await link.inputValue();
      expect(url).toMatch(new RegExp(`^${s.url}/p/hai-phong/g/[A-Za-z0-9_-]{22}/$`));
      await link.scrollIntoViewIfNeeded();
      await shot('open');
      // "Chép đường dẫn" puts the link on the clipboard.
      const copy = office.locator('li', { has: link }).locator('button[data-copy]');
      expect(await copy.textContent()).toBe('Chép đường dẫn của Tổ dân phố số 5');
      await copy.click();
      await expect.poll(() => copy.textContent(), WAIT).toBe('Đã chép của Tổ dân phố số 5');
      expect(await office.evaluate(() => navigator.clipboard.readText())).toBe(url);

      // The leader, with no account, opens the link.
      await leader.goto(url);
      await expect
        .poll(() => leader.locator('h1').textContent(), WAIT)
        .toContain('Tổ dân phố số 5');
      // The page's own style sheet is loaded (under the campaign's prefix).
      const styled = await leader.evaluate(() => document.styleSheets.length);
      expect(styled).toBeGreaterThan(0);
      await leaderShot('leader-page');
      const box = leader.getByLabel('Số người dân tham gia cuộc thi');
      await box.scrollIntoViewIfNeeded();
      await box.fill('87');
      await leader.getByRole('button', { name: 'Lưu lại' }).click();
      await expect
        .poll(() => leader.locator('.saved').textContent(), WAIT)
        .toContain('Đã lưu số liệu');
      await leader.locator('#ket-qua').scrollIntoViewIfNeeded();
      await leaderShot('leader-saved');
      expect(await leader.locator('#ket-qua').textContent()).toContain('87');

      // The office closes the pages: the link says the page is closed (410), not broken.
      await office.getByRole('button', { name: 'Đóng trang tổ trưởng' }).click();
      await expect
        .poll(() => office.locator('.notice.info').first().textContent(), WAIT)
        .toContain('Trang tổ trưởng đã đóng lúc');
      await shot('closed-again');
      const gone = await leader.goto(url);
      expect(gone?.status()).toBe(410);
      expect(await leader.locator('h1').textContent()).toContain('Trang đã đóng');
    });
  },
);
