/**
 * The studio's form fields as Chromium draws them at a desk (the phone's layout:
 * phone-browser.test.ts): the
 * text boxes the office types Vietnamese into are in the page's own font (a monospace one drew
 * the stacked marks beside their letter, "Sô´"); a ward of 5,000 groups chooses the preview's
 * group by typing a few letters of its name, not by scrolling a list of 5,000. With
 * PHUONG_PRINT_TEST_SHOTS=1, screenshots in test-output/studio-fields/.
 */
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts } from '../serve/chromium.js';
import { removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';
import { DESK, screenshots, signedInDesk } from './chromium-pages.js';
import { studioWithExample, type TestStudio } from './studio.js';

const OUT = join(fileURLToPath(new URL('../../', import.meta.url)), 'test-output', 'studio-fields');

describe.skipIf(!chromiumAvailable)('the studio’s form fields in Chromium', () => {
  let s: TestStudio;
  let browser: Browser;
  // One signed-in page for both tests (the sign-in is users-browser.test.ts's to check).
  let page: Page;
  const shot = screenshots(OUT, DESK, () => page);
  const GROUPS = 5000;
  beforeAll(async () => {
    let folder: string;
    ({ s, folder } = await studioWithExample({}, 'o-nhap'));
    // A second campaign: a city's ward of 5,000 groups.
    const big = join(s.dataDir, 'campaigns', 'thanh-pho');
    await cp(folder, big, { recursive: true });
    await writeFile(join(big, 'groups.csv'), wardCsv(GROUPS));
    ({ browser, page } = await signedInDesk(s.url));
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.close();
    await removeTempDirs();
  });

  it('writes the text boxes in the page’s own font', async () => {
    // The city's campaign, as any campaign's form would do: its 5,000 groups are loaded (and
    // its first group's preview drawn) once, for this test and the next.
    await page.goto(`${s.url}/c/thanh-pho`);
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
  });

  it('finds one of 5,000 groups by typing a few letters of its name', async () => {
    await page.goto(`${s.url}/c/thanh-pho/preview`);
    const field = page.getByLabel('Tổ dân phố', { exact: true });
    // A box to type in, its suggestions every group's name; not a list of 5,000 to scroll.
    expect(await field.evaluate((e) => e.tagName)).toBe('INPUT');
    const suggestions = await field.evaluate((e) =>
      [...((e as HTMLInputElement).list?.options ?? [])].map((o) => o.value),
    );
    expect(suggestions).toHaveLength(GROUPS);
    expect(suggestions[4320]).toBe('Tổ dân phố số 4321');
    expect(await page.locator('#p-group-help').textContent()).toContain('5.000 tổ');
    await shot('group-search');
    // Typed without marks, then Enter: that group's notice.
    await field.fill('so 4321');
    await field.press('Enter');
    const heading = page.locator('#preview-panel h2');
    await expect
      .poll(() => heading.textContent(), { timeout: 120_000 })
      .toContain('Tổ dân phố số 4321');
    expect(await page.getByLabel('Tổ dân phố', { exact: true }).inputValue()).toBe(
      'Tổ dân phố số 4321',
    );
    await page.locator('#preview-panel .pages img').first().waitFor({ timeout: 120_000 });
    await shot('group-found');
    // A suggestion picked (its whole name in the box) shows that group at once.
    await page.getByLabel('Tổ dân phố', { exact: true }).fill('Tổ dân phố số 17');
    await expect
      .poll(() => heading.textContent(), { timeout: 120_000 })
      .toContain('Tổ dân phố số 17');
    // Typed words no group has: said, with the group shown instead.
    await page.goto(`${s.url}/c/thanh-pho/preview?find=Khu+phố+Hoa+Sen`);
    expect(await page.locator('main').textContent()).toContain(
      'Không tìm thấy tổ nào có tên hoặc mã “Khu phố Hoa Sen”: đang xem Tổ dân phố số 1.',
    );
  });
});
