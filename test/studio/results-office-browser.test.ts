/**
 * The office's entry and import of figures on the Kết quả tab, in Chromium on a 360×740 phone
 * and a 1280×800 desk: a group picked, a wrong figure refused under its box, the right one saved
 * and named in the history with the account; a CSV uploaded, its preview read, then stored.
 * Nothing wider than the screen at either size. With PHUONG_PRINT_TEST_SHOTS=1 a screenshot of
 * each step is kept in test-output/studio-results-office/.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, sharedChromium } from '../serve/chromium.js';
import { removeTempDirs } from '../support/tmp.js';
import { newPageAt, PHONE, screenshots, signInByCookie } from './chromium-pages.js';
import { APP, GROUPS, JOINED } from './results-figures.js';
import { studioWithExample, type TestStudio } from './studio.js';

const OUT = join(
  fileURLToPath(new URL('../../', import.meta.url)),
  'test-output',
  'studio-results-office',
);
const DESK_1280 = { name: 'desk', viewport: { width: 1280, height: 800 }, mobile: false };

/** How far the page reaches past the screen's right edge (0: it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.skipIf(!chromiumAvailable)('the office enters and imports figures in Chromium', () => {
  let s: TestStudio;
  let browser: Browser;

  beforeAll(async () => {
    ({ s } = await studioWithExample({ groups: GROUPS }));
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.close();
    await removeTempDirs();
  });

  // Each size its own group and its own file: the desk's run does not find the phone's figures.
  it.each([
    [PHONE, 'Tổ dân phố số 3', '120', '3;Tổ dân phố số 3;40;'],
    [DESK_1280, 'Tổ dân phố số 4', '90', '4;Tổ dân phố số 4;20;'],
  ] as const)('at %o', async (size, group, figure, row) => {
    let page: Page | undefined;
    const shot = screenshots(OUT, size as typeof PHONE, () => page as Page);
    page = await newPageAt(browser, size as typeof PHONE);
    await signInByCookie(page, s.url);
    await page.goto(`${s.url}/c/hai-phong/results`);
    await page.locator('summary', { hasText: 'Văn phòng nhập số liệu' }).click();
    await page.getByLabel(/Nhập, sửa số liệu của một tổ/).selectOption({ label: group });
    await shot('picker');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Mở' }).click();
    await page.waitForURL(/\/results\/group\//);
    expect(await page.locator('h2').first().textContent()).toBe(group);
    await shot('group');
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    // A figure with a sign: refused under its own box.
    const box = page.getByLabel(JOINED);
    await box.fill('-5');
    await page.getByRole('button', { name: 'Lưu lại' }).click();
    await page.waitForLoadState();
    expect(await page.getByLabel(JOINED).getAttribute('aria-invalid')).toBe('true');
    const error = page.locator('.figure-field.invalid .field-error');
    expect(await error.textContent()).toContain(`“${JOINED}”: số liệu không thể là số âm`);
    const [boxAt, errorAt] = [
      await page.getByLabel(JOINED).boundingBox(),
      await error.boundingBox(),
    ];
    // Right under its box.
    expect((errorAt?.y ?? 0) - ((boxAt?.y ?? 0) + (boxAt?.height ?? 0))).toBeLessThan(20);
    await error.scrollIntoViewIfNeeded();
    await shot('refused');
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.getByLabel(JOINED).fill(figure);
    await page.getByRole('button', { name: 'Lưu lại' }).click();
    await page.waitForURL(/saved=1/);
    expect(await page.locator('.notice.ok').textContent()).toBe('Đã lưu số liệu.');
    expect(await page.locator('ol.history li').first().textContent()).toMatch(
      new RegExp(`Văn phòng nhập \\(admin\\): ${JOINED} ${figure}$`),
    );
    await shot('saved');

    // A CSV of households for the same group, uploaded and previewed, then stored.
    await page.goto(`${s.url}/c/hai-phong/results/import`);
    await shot('import');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByLabel('Tệp số liệu (Excel hoặc CSV)').setInputFiles({
      name: 'so-lieu.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`Mã tổ;Tên tổ dân phố;${APP};${JOINED}\n${row}\n`),
    });
    await page.getByRole('button', { name: 'Tải lên và xem trước' }).click();
    await page.waitForLoadState();
    expect(await page.locator('p.lead').textContent()).toBe(
      'Tệp so-lieu.csv: 1 dòng đọc được. Sẽ lưu số liệu mới của 1 tổ.',
    );
    await shot('preview');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: /^Lưu số liệu/ }).click();
    await page.waitForLoadState();
    expect(await page.locator('.notice.ok').textContent()).toBe(
      'Đã lưu số liệu của 1 tổ từ tệp so-lieu.csv.',
    );
    await shot('stored');
    await page.getByRole('link', { name: 'Xem Kết quả' }).click();
    const tableRow = page.locator('tbody tr', { hasText: group });
    expect(await tableRow.textContent()).toContain(figure);
    await tableRow.scrollIntoViewIfNeeded();
    await shot('results');
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    // An older file (its row counted on 01/01/2026): the figure just stored is newer, so the
    // preview names the file's figure as not stored, and nothing is offered to store.
    await page.goto(`${s.url}/c/hai-phong/results/import`);
    await page.getByLabel('Tệp số liệu (Excel hoặc CSV)').setInputFiles({
      name: 'so-cu.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `Mã tổ;Tên tổ dân phố;${APP};${JOINED};Thời gian cập nhật\n${row.replace(/;\d+;$/, ';1;')};01/01/2026 08:00\n`,
      ),
    });
    await page.getByRole('button', { name: 'Tải lên và xem trước' }).click();
    await page.waitForLoadState();
    const newer = page.locator('.notice.warn', { hasText: 'đã có số mới hơn' });
    expect(await newer.textContent()).toContain(`${group}, “${APP}”: tệp ghi 1`);
    expect(await page.getByRole('button', { name: /^Lưu số liệu/ }).count()).toBe(0);
    await shot('newer');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });
});
