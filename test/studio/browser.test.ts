/**
 * The studio as the culture office uses it, in Chromium (Debian's, by playwright-core), at a
 * desk (the phone's layout of each page: phone-browser.test.ts): sign in, create a campaign from a Word notice (.docx, with a
 * table and a "Kính gửi" list: its fields land in the form, the table in the body), see a
 * problem next to its field and fix it, upload a groups workbook with one bad row and see the problem on that row, upload the
 * corrected one, preview a group's notice (the preview's PDF has the edited subject), build all,
 * download a print file and a ZIP, sign out. With PHUONG_PRINT_TEST_SHOTS=1 a screenshot of each
 * step is kept in test-output/studio/.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordNoticeImporter } from '../../src/studio/notice-import.js';
import { NOTICE, noticeDocx } from '../load/docx/notice-docx.js';
import { chromiumAvailable, closeContexts, sharedChromium, WAIT } from '../serve/chromium.js';
import { xlsxBytes } from '../support/inputs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { DESK, newPageAt, screenshots } from './chromium-pages.js';
import { ADMIN_PASSWORD, startStudio, type TestStudio } from './studio.js';

const OUT = join(fileURLToPath(new URL('../../', import.meta.url)), 'test-output', 'studio');
const FIRST_SUBJECT = 'tổng vệ sinh môi trường';
const SUBJECT = 'tổng vệ sinh môi trường, phòng chống sốt xuất huyết';

const groups = (households: string | number) => [
  ['STT', 'Tên tổ dân phố', 'Tổ trưởng', 'Số hộ'],
  [1, 'Tổ dân phố số 1', 'Nguyễn Văn Hùng', 248],
  [2, 'Tổ dân phố số 2', 'Trần Thị Thu Hằng', households],
  [3, 'Tổ dân phố số 3', 'Phạm Đức Thắng', 442],
];

describe.skipIf(!chromiumAvailable)('the studio in Chromium, at a desk', () => {
  let s: TestStudio;
  let browser: Browser;
  let page: Page;
  const shot = screenshots(OUT, DESK, () => page);

  beforeAll(async () => {
    s = await startStudio({ importNotice: wordNoticeImporter });
    browser = await sharedChromium();
    page = await newPageAt(browser, DESK, { acceptDownloads: true });
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.close();
    await removeTempDirs();
  });

  it('walks the whole path, from signing in to signing out', async () => {
    // Sign in.
    await page.goto(`${s.url}/`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
    await shot('sign-in');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${s.url}/`);
    await shot('campaigns');

    // Create a campaign from the office's Word notice.
    await page.getByRole('link', { name: 'Tạo chiến dịch mới' }).click();
    await page.getByLabel('Tên chiến dịch').fill('Tổng vệ sinh tháng 12');
    await page.locator('#docx').setInputFiles({
      name: 'cong-van.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(await noticeDocx()),
    });
    await shot('new-campaign');
    await page.getByRole('button', { name: 'Tạo chiến dịch' }).click();
    // The edit page comes back at once, with every guess of the import listed for review.
    await page.locator('textarea.body').waitFor(WAIT);
    // What the notice says is in the form: its "Kính gửi" list, and its table in the body.
    const recipients = await page
      .getByLabel(/Kính gửi/)
      .first()
      .inputValue();
    for (const r of NOTICE.recipients) expect(recipients).toContain(r.replace(/[;.]$/, ''));
    const body = await page.locator('textarea.body').inputValue();
    for (const cell of NOTICE.table.flat()) expect(body).toContain(cell);
    await shot('imported');
    await expect
      .poll(() => page.locator('#preview-panel').textContent(), WAIT)
      .toContain('Chưa có danh sách tổ');

    // Leave the subject empty: the problem is shown next to it, in Vietnamese.
    const subject = page.getByLabel('Trích yếu (V/v)');
    await subject.fill('');
    await page.getByRole('button', { name: 'Lưu' }).click();
    const error = page.locator('#f-notice-subject-error');
    await expect.poll(() => error.textContent(), WAIT).toBe('Không được để trống.');
    await error.scrollIntoViewIfNeeded();
    await shot('field-error');
    // Fix it.
    await page.getByLabel('Trích yếu (V/v)').fill(FIRST_SUBJECT);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.locator('.notice.ok').textContent(), WAIT).toBe('Đã lưu.');
    expect(await page.locator('#f-notice-subject-error').count()).toBe(0);
    await page.locator('.notice.ok').scrollIntoViewIfNeeded();
    await shot('saved');

    // Upload a workbook with one bad row: the problem is on that row.
    await page.getByRole('link', { name: 'Danh sách tổ', exact: true }).click();
    await page.locator('#file').setInputFiles({
      name: 'to-dan-pho.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await xlsxBytes({ 'Danh sách': groups('nhiều') })),
    });
    await page.getByRole('button', { name: 'Tải lên', exact: true }).click();
    await page.waitForURL(/groups\?uploaded=1$/);
    const bad = page.locator('tr.bad');
    expect(await bad.count()).toBe(1);
    expect(await bad.locator('th').textContent()).toBe('3');
    expect(await bad.locator('td.problem').textContent()).toContain(
      'Cột “Số hộ”: “nhiều” không phải là số nguyên',
    );
    await bad.scrollIntoViewIfNeeded();
    await shot('groups-bad-row');
    // Upload the corrected one.
    await page.locator('#file').setInputFiles({
      name: 'to-dan-pho.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await xlsxBytes({ 'Danh sách': groups(345) })),
    });
    await page.getByRole('button', { name: 'Tải lên', exact: true }).click();
    await page.waitForURL(/groups\?uploaded=1$/);
    expect(await page.locator('tr.bad').count()).toBe(0);
    await expect.poll(() => page.locator('main').textContent(), WAIT).toContain('3 tổ đọc được');
    await shot('groups-fixed');

    // With the groups in place, the edit page's preview follows a save without a page reload.
    await page.getByRole('link', { name: 'Nội dung', exact: true }).click();
    const panelImage = page.locator('#preview-panel .pages img').first();
    await panelImage.waitFor();
    const before = await panelImage.getAttribute('src');
    await page.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true;
    });
    await page.getByLabel('Trích yếu (V/v)').fill(SUBJECT);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => panelImage.getAttribute('src'), WAIT).not.toBe(before);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(
      true,
    );
    await page.locator('#preview-panel').scrollIntoViewIfNeeded();
    await shot('live-preview');

    // Preview group 2's notice: its PDF has the subject as edited.
    await page.getByRole('link', { name: 'Xem trước', exact: true }).click();
    await page.getByLabel('Tổ dân phố').selectOption('2');
    await expect
      .poll(() => page.locator('#preview-panel h2').textContent(), WAIT)
      .toContain('Tổ dân phố số 2');
    const first = page.locator('.pages img').first();
    await expect
      .poll(() => first.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), WAIT)
      .toBe(900);
    await shot('preview');
    const pdfHref = await page.getByRole('link', { name: /Mở tệp PDF/ }).getAttribute('href');
    const pdf = await page.request.get(`${s.url}${pdfHref}`);
    const text = collapseSpaces(await pdfText(new Uint8Array(await pdf.body())));
    expect(text).toContain(`V/v ${SUBJECT}`);
    expect(text).toContain('Tổ dân phố số 2');

    // Build all; the page follows the build to its end.
    await page.getByRole('link', { name: 'In và tải về', exact: true }).click();
    await page.getByRole('button', { name: 'Tạo tệp in' }).click();
    await shot('building');
    await expect
      .poll(() => page.locator('#build-status').textContent(), { timeout: 180_000 })
      .toContain('Đã tạo tệp in cho 3/3 tổ');
    await shot('built');

    // Download a print file and a ZIP. Above the print files, the notice's bản gốc: no
    // group's "Bản gửi" on it (qa42 F10); the groups' notices are in the list below it.
    const [originalDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('p', { hasText: 'Bản gốc:' }).getByRole('link').click(),
    ]);
    const original = collapseSpaces(
      await pdfText(await readFile((await originalDownload.path()) ?? '')),
    );
    expect(original).toContain(`V/v ${SUBJECT}`);
    expect(original).not.toContain('Tổ dân phố số 1');
    const [printDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('ul.list a[href*="/out/print/notice"]').first().click(),
    ]);
    const printed = collapseSpaces(
      await pdfText(await readFile((await printDownload.path()) ?? '')),
    );
    expect(printed).toContain('Tổ dân phố số 1');
    expect(printed).toContain('Tổ dân phố số 3');
    const [zipDownload] = await Promise.all([
      page.waitForEvent('download'),
      // A group's own ZIP (the first link is every group's, a ZIP of their ZIPs).
      page.locator('a[href$=".zip"]:not([href$="tat-ca-zip.zip"])').first().click(),
    ]);
    const entries = Object.keys(
      unzipSync(new Uint8Array(await readFile((await zipDownload.path()) ?? ''))),
    );
    expect(entries.some((n) => n.endsWith('.pdf'))).toBe(true);
    await page.locator('a[href$=".zip"]').first().scrollIntoViewIfNeeded();
    await shot('downloads');

    // Sign out: the studio is closed again.
    await page.getByRole('button', { name: /Đăng xuất/ }).click();
    await page.waitForURL(`${s.url}/sign-in`);
    await shot('signed-out');
    await page.goto(`${s.url}/c/tong-ve-sinh-thang-12`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  }, 300_000);
});
