/**
 * A merged ward's 220 tổ (qa44 m8: Lạch Tray 62, Hàng Kênh 58, Dư Hàng Kênh 55, An Biên 45, each
 * numbering its tổ from 1, a "Phường cũ" column) on a 360×740 phone and a 1366×900 desk. The
 * groups tab was 69,891 px tall on the phone (a card a row, 200 a page) and Kết quả 43,128 px:
 * now the groups tab folds the rows by old ward, each fold naming it and counting its tổ, and
 * Kết quả shows its first 20 tổ with a link to all, the list of tổ yet to report folded.
 * Expected names and counts come from the list below. With PHUONG_PRINT_TEST_SHOTS=1 the pages
 * are kept as screenshots in test-output/studio-long-lists/.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, keepShot, sharedChromium } from '../serve/chromium.js';
import { CSV, OLD_WARDS, ROWS } from '../support/merged-ward-220.js';
import { removeTempDirs } from '../support/tmp.js';
import { DESK, newPageAt, PHONE, type Size, signInByCookie } from './chromium-pages.js';
import { studioWithExample, type TestStudio } from './studio.js';

const OUT = join(
  fileURLToPath(new URL('../../', import.meta.url)),
  'test-output',
  'studio-long-lists',
);

describe.skipIf(!chromiumAvailable)('a merged ward’s 220 tổ on a phone and a desk', () => {
  let s: TestStudio;
  let browser: Browser;
  const pages = new Map<string, Page>();
  const pageAt = async (size: Size) => {
    let page = pages.get(size.name);
    if (!page) {
      page = await newPageAt(browser, size);
      await signInByCookie(page, s.url);
      pages.set(size.name, page);
    }
    return page;
  };
  const height = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);
  const wide = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  beforeAll(async () => {
    ({ s } = await studioWithExample({ groups: CSV }));
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.close();
    await removeTempDirs();
  });

  for (const size of [PHONE, DESK]) {
    it(`folds the groups tab by old ward (${size.name})`, async () => {
      const page = await pageAt(size);
      await page.goto(`${s.url}/c/hai-phong/groups`);
      // The 220 rows on one page, a fold per old ward, each named with its tổ and the file's
      // rows (row 1 the header): Lạch Tray's 62 are rows 2–63.
      let row = 2;
      const expected = OLD_WARDS.map(([ward, n]) => {
        const said = `${ward} cũ: ${n} tổ (dòng ${row}–${row + n - 1})`;
        row += n;
        return said;
      });
      expect(await page.locator('p.paging').first().textContent()).toBe(`${ROWS.length} dòng.`);
      const summaries = page.locator('details.rows-fold > summary');
      expect(await summaries.allTextContents()).toEqual(expected);
      await keepShot(page, join(OUT, `${size.name}-groups-folded.png`), { fullPage: true });
      // Folded, the page is a screen or a few, not a card a row.
      expect(await height(page)).toBeLessThan(size === PHONE ? 5 * 740 : 2 * 900);
      expect(await wide(page)).toBeLessThanOrEqual(size.viewport.width);
      // Opened, Hàng Kênh's fold shows its rows, its first tổ printed with its old ward.
      await summaries.nth(1).click();
      const first = page.locator('details.rows-fold[open] tbody tr').first();
      await expect.poll(() => first.isVisible()).toBe(true);
      expect(await first.textContent()).toContain('Tổ dân phố số 1 (Hàng Kênh cũ)');
      expect(await page.locator('details.rows-fold[open] tbody tr').count()).toBe(58);
      await first.scrollIntoViewIfNeeded();
      await keepShot(page, join(OUT, `${size.name}-groups-open.png`));
      expect(await wide(page)).toBeLessThanOrEqual(size.viewport.width);
      // The search (no JavaScript needed: a form) shows the rows it finds, unfolded.
      await page.fill('#tim', 'Tổ dân phố số 7 (An Biên cũ)');
      await page.click('form.groups-search button[type="submit"]');
      await page.waitForURL(/tim=/);
      expect(await page.locator('details.rows-fold').count()).toBe(0);
      const found = await page.locator('.table-wrap.groups tbody tr').allTextContents();
      expect(found).toHaveLength(1);
      expect(found[0]).toContain('Tổ dân phố số 7 (An Biên cũ)');
    });

    it(`shows Kết quả's first tổ and a link to all of them (${size.name})`, async () => {
      const page = await pageAt(size);
      await page.goto(`${s.url}/c/hai-phong/results`);
      const rows = page.locator('table.results-table tbody tr');
      expect(await rows.count()).toBe(20);
      // Nobody reported yet: the 220 tổ to call are one fold, its heading the count.
      const missing = page.locator('details.missing-fold');
      expect(await missing.locator('summary').textContent()).toBe(
        `Chưa báo cáo (${ROWS.length} tổ)`,
      );
      expect(await missing.getAttribute('open')).toBeNull();
      await keepShot(page, join(OUT, `${size.name}-results.png`), { fullPage: true });
      expect(await height(page)).toBeLessThan(size === PHONE ? 12 * 740 : 4 * 900);
      expect(await wide(page)).toBeLessThanOrEqual(size.viewport.width);
      await page.getByRole('link', { name: `Xem cả ${ROWS.length} tổ` }).click();
      await page.waitForURL(/tat-ca=1/);
      expect(await rows.count()).toBe(ROWS.length);
      expect(await page.locator('p.more-rows').count()).toBe(0);
    });
  }
});
