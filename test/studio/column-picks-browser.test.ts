/**
 * The groups list's columns offered under the fields that print them (qa8 S4, the root of S1: a
 * Địa điểm typed by hand as {{group.[Điểm tiep nhận]}}, one accent missing, was a column the
 * build could not find). In Chromium at a desk: under Địa điểm, each header of the uploaded
 * file; clicking one inserts its exact placeholder where the cursor is; saved, each group's
 * flyer prints its own cell. Without a script, the placeholders are there to copy. Before a list
 * is uploaded, the field says where its columns will come from. The expected headers and cells
 * are the groups file's. With PHUONG_PRINT_TEST_SHOTS=1, screenshots in
 * test-output/studio-column-picks/.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, sharedChromium } from '../serve/chromium.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { DESK, newPageAt, PHONE, screenshots, signInByCookie } from './chromium-pages.js';
import { signedInStudio, type TestStudio } from './studio.js';

const OUT = join(
  fileURLToPath(new URL('../../', import.meta.url)),
  'test-output',
  'studio-column-picks',
);
const HEADERS = ['STT', 'Tên tổ dân phố', 'Thời gian tiếp nhận', 'Điểm tiếp nhận'];
const ROWS = [
  ['1', 'Tổ dân phố Khuê Trung 1', '7h30 – 11h00, Chủ nhật 13/12/2026', 'Sân Nhà văn hóa tổ 1'],
  ['2', 'Tổ dân phố Chợ Cũ', '13h30 – 16h30, Thứ Bảy 12/12/2026', 'Hội trường Công an phường'],
];
const GROUPS = `${[HEADERS, ...ROWS].map((r) => r.join(';')).join('\n')}\n`;
const CAMPAIGN = `${NOTICE_ONLY}actions:
  - step: Kích hoạt tài khoản định danh điện tử mức 2.
`;

describe.skipIf(!chromiumAvailable)('the groups list’s columns under Thời gian, Địa điểm…', () => {
  let s: TestStudio;
  let browser: Browser;
  let page: Page;
  const shot = screenshots(OUT, DESK, () => page);
  beforeAll(async () => {
    ({ s } = await signedInStudio());
    for (const slug of ['co-danh-sach', 'chua-danh-sach']) {
      const folder = join(s.dataDir, 'campaigns', slug);
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, 'campaign.yaml'), CAMPAIGN);
      if (slug === 'co-danh-sach') await writeFile(join(folder, 'groups.csv'), GROUPS);
    }
    browser = await sharedChromium();
    page = await newPageAt(browser, DESK);
    await signInByCookie(page, s.url);
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.close();
    await removeTempDirs();
  });

  const field = (label: string) =>
    page.locator('div.field', { has: page.getByLabel(label, { exact: true }) });

  it('inserts the column a click names where the cursor is, and each flyer prints its cell', async () => {
    await page.goto(`${s.url}/c/co-danh-sach`);
    const where = field('Địa điểm');
    // Every printed column of the file (its STT is a number no paper prints), by its header.
    // biome-ignore lint/performance/useDomNodeTextContent: what is shown (a hidden part is not read)
    expect(await where.locator('.column-picks .help').innerText()).toContain(
      'Bấm tên cột để chèn {{group.[tên cột]}} vào chỗ con trỏ.',
    );
    const offered = await where.locator('button.pick').allInnerTexts();
    expect(offered).toEqual(HEADERS.slice(1));
    // A chip each, its exact text its title; the placeholders to copy are for a page without
    // the script (below), not shown beside the chips.
    expect(await where.locator('button.pick').first().getAttribute('title')).toBe(
      `{{group.[${HEADERS[1]}]}}`,
    );
    expect(await where.locator('li code:visible').count()).toBe(0);
    expect(await field('Thời gian').locator('button.pick').allInnerTexts()).toEqual(
      HEADERS.slice(1),
    );
    for (const label of ['Kính gửi', 'Nội dung'])
      expect(await field(label).locator('code').allTextContents()).toContain(
        '{{group.[Điểm tiếp nhận]}}',
      );
    expect(await field('Số văn bản').locator('.column-picks').count()).toBe(0);

    const input = page.getByLabel('Địa điểm', { exact: true });
    await input.fill('Sân trước, ');
    await input.press('Home');
    await input.press('End');
    await where.getByRole('button', { name: 'Chèn cột “Điểm tiếp nhận” vào mục Địa điểm' }).click();
    expect(await input.inputValue()).toBe('Sân trước, {{group.[Điểm tiếp nhận]}}');
    // In the middle of a text: at the cursor, not at the end.
    const time = page.getByLabel('Thời gian', { exact: true });
    await time.fill('Từ  đến 11h00');
    await time.evaluate((e: HTMLInputElement) => e.setSelectionRange(3, 3));
    await field('Thời gian')
      .getByRole('button', { name: /“Thời gian tiếp nhận”/ })
      .click();
    expect(await time.inputValue()).toBe('Từ {{group.[Thời gian tiếp nhận]}} đến 11h00');
    await shot('picked');
    await time.fill('{{group.[Thời gian tiếp nhận]}}');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect
      .poll(() => page.locator('#edit-area .notice.ok').textContent())
      .toContain('Đã lưu');
    // The saved campaign prints each group's own cells (the preview's own file, pdftotext).
    for (const [id, , when, place] of ROWS) {
      const res = await page.request.get(
        `${s.url}/c/co-danh-sach/preview/file?group=${id}&kind=flyer.pdf`,
      );
      expect(res.status()).toBe(200);
      const text = collapseSpaces(await pdfText(new Uint8Array(await res.body())));
      expect(text).toContain(`Thời gian: ${when}`);
      expect(text).toContain(`Địa điểm: Sân trước, ${place}`);
    }
    const saved = await readFile(
      join(s.dataDir, 'campaigns', 'co-danh-sach', 'campaign.yaml'),
      'utf8',
    );
    expect(saved).toContain('Sân trước, {{group.[Điểm tiếp nhận]}}');
    // After the save (the form replaced in place), the buttons are still there.
    expect(await field('Địa điểm').locator('button.pick:visible').count()).toBe(HEADERS.length - 1);
  });

  it('lists the exact text to copy without a script, on a phone', async () => {
    const phone = await newPageAt(browser, PHONE, { javaScriptEnabled: false });
    await signInByCookie(phone, s.url);
    await phone.goto(`${s.url}/c/co-danh-sach`);
    const where = phone.locator('div.field', {
      has: phone.getByLabel('Địa điểm', { exact: true }),
    });
    const codes = await where.locator('li code').allInnerTexts();
    expect(codes).toEqual(HEADERS.slice(1).map((h) => `{{group.[${h}]}}`));
    for (const code of await where.locator('li code').all())
      expect(await code.isVisible()).toBe(true);
    // No button that would do nothing, nor a help that names one.
    expect(await where.locator('button.pick:visible').count()).toBe(0);
    // biome-ignore lint/performance/useDomNodeTextContent: what is shown (a hidden part is not read)
    const help = await where.locator('.column-picks .help').innerText();
    expect(help).toContain('Chép nguyên văn dòng bên dưới');
    expect(help).not.toContain('Bấm');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await where.scrollIntoViewIfNeeded();
    await screenshots(OUT, PHONE, () => phone)('no-script');
  });

  it('says once where the columns come from before a list is uploaded', async () => {
    await page.goto(`${s.url}/c/chua-danh-sach`);
    const said = 'Tải danh sách tổ lên (thẻ Danh sách tổ) để chọn cột của danh sách ở đây';
    // Under the first field that picks a column, not again under the next ones (it was said
    // under Thời gian, Địa điểm and Cộng số liệu theo cột: three times on one form).
    expect(await field('Thời gian').textContent()).toContain(said);
    expect(await field('Địa điểm').textContent()).not.toContain(said);
    expect(await field('Cộng số liệu theo cột').textContent()).not.toContain('Tải danh sách');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text.split('Tải danh sách tổ lên').length - 1).toBe(1);
    expect(await field('Địa điểm').locator('button.pick').count()).toBe(0);
  });
});
