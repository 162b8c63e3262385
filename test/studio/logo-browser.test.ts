/**
 * The campaign form in Chromium (Debian's, by playwright-core), at a desk (the phone's layout:
 * phone-browser.test.ts):
 * the office picks a logo file and uploads it (it shows beside the field and on the poster in
 * the preview), fills the figures the leaders report, then opens the leaders' pages of a studio
 * that has a public address: each group's QR code is there. With PHUONG_PRINT_TEST_SHOTS=1 a
 * screenshot of each step is kept in test-output/studio-logo/.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Dialog, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, sharedChromium, WAIT } from '../serve/chromium.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { DESK, newPageAt, screenshots, signInByCookie } from './chromium-pages.js';
import { studioWithExample, type TestStudio } from './studio.js';

const OUT = join(fileURLToPath(new URL('../../', import.meta.url)), 'test-output', 'studio-logo');

/** Picks `file` in the logo's field and clicks its upload button, as the office does. */
async function uploadLogo(page: Page, file: string): Promise<void> {
  const field = page.getByLabel('Ảnh logo');
  await field.scrollIntoViewIfNeeded();
  await field.setInputFiles(file);
  // The logo's own button: the map's box has one of the same name.
  await page
    .locator('.logo-field')
    .filter({ has: field })
    .getByRole('button', { name: 'Tải ảnh lên' })
    .click();
}

describe.skipIf(!chromiumAvailable)('logo, figures and QR codes in Chromium, at a desk', () => {
  let s: TestStudio;
  let browser: Browser;
  let page: Page;
  let logoFile: string;
  const shot = screenshots(OUT, DESK, () => page);

  beforeAll(async () => {
    // The example's first two groups: the QR code looked at is tổ 1's, and opening the leaders'
    // pages reads and serves every group of the list (~1 s of CPU less than the 32).
    ({ s } = await studioWithExample(
      { baseUrl: 'https://in.phuong-le-chan.vn' },
      'hai-phong',
      undefined,
      {
        groups: 2,
      },
    ));
    browser = await sharedChromium();
    page = await newPageAt(browser, DESK);
    // A round red emblem with a yellow star's place, as a ward's logo might be.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><circle cx="200" cy="200" r="190" fill="#c8102e"/><circle cx="200" cy="200" r="80" fill="#ffcd00"/></svg>`;
    logoFile = join(await makeTempDir('logo-'), 'Logo phường.png');
    await writeFile(logoFile, await sharp(Buffer.from(svg)).png().toBuffer());
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.close();
    await removeTempDirs();
  });

  it('uploads a logo, sees it on the poster, fills the figures, and sees the QR codes', async () => {
    await signInByCookie(page, s.url);
    await page.goto(`${s.url}/c/hai-phong`);
    await uploadLogo(page, logoFile);
    await page.waitForURL(`${s.url}/c/hai-phong?logo=uploaded`);
    await expect
      .poll(() => page.locator('.notice.ok').first().textContent(), WAIT)
      .toContain('Đã tải ảnh logo lên.');
    const thumb = page.locator('img.logo-thumb');
    await thumb.scrollIntoViewIfNeeded();
    await expect
      .poll(() => thumb.evaluate((i: HTMLImageElement) => i.naturalWidth), WAIT)
      .toBe(400);
    await shot('logo-field');

    // The poster in the preview beside the form prints it.
    await page.locator('#p-kind').selectOption({ label: 'Áp phích A4' });
    const picture = page.locator('#preview-panel img').first();
    await expect.poll(() => picture.getAttribute('src'), WAIT).toContain('kind=poster-a4.pdf');
    await picture.scrollIntoViewIfNeeded();
    await expect
      .poll(() => picture.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth), WAIT)
      .toBeGreaterThan(0);
    await shot('poster-preview');

    // The figures the leaders report: one line each.
    const measures = page.getByLabel('Chỉ tiêu', { exact: true });
    await measures.fill('Số người đã cài VNeID | người\nSố hộ đã dọn vệ sinh | hộ');
    await measures.scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect
      .poll(() => page.locator('#edit-area .notice.ok').first().textContent(), WAIT)
      .toBe('Đã lưu.');
    await page.getByLabel('Chỉ tiêu', { exact: true }).scrollIntoViewIfNeeded();
    await shot('measures');

    // The leaders' pages, with the studio's public address: a QR code per group.
    await page.getByRole('link', { name: 'Trang tổ trưởng' }).click();
    await page.getByRole('button', { name: 'Mở trang tổ trưởng' }).click();
    const qr = page.getByAltText('Mã QR của Tổ dân phố số 1', { exact: true });
    await expect
      .poll(() => qr.evaluate((i: HTMLImageElement) => i.naturalWidth), WAIT)
      .toBeGreaterThan(0);
    expect(
      await page.getByLabel('Đường dẫn của Tổ dân phố số 1', { exact: true }).inputValue(),
    ).toMatch(/^https:\/\/in\.phuong-le-chan\.vn\/p\/hai-phong\/g\/[A-Za-z0-9_-]{22}\/$/);
    await page.getByRole('link', { name: 'In mã QR của các tổ (PDF)' }).scrollIntoViewIfNeeded();
    await shot('leaders-qr');
  });

  it('keeps what was typed and not saved when a logo is uploaded (qa13)', async () => {
    // It was lost, behind the browser's own "leave this page?" (which playwright dismisses).
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.dismiss();
    });
    await page.goto(`${s.url}/c/hai-phong`);
    const slogan = page.getByLabel('Khẩu hiệu', { exact: true });
    await slogan.fill('Phường số, dân an toàn');
    await uploadLogo(page, logoFile);
    await page.waitForURL(`${s.url}/c/hai-phong?logo=uploaded`, WAIT);
    await expect
      .poll(() => page.locator('.notice.ok').first().textContent(), WAIT)
      .toContain('Đã tải ảnh logo lên.');
    expect(dialogs).toEqual([]);
    await page.goto(`${s.url}/c/hai-phong`);
    expect(await page.getByLabel('Khẩu hiệu', { exact: true }).inputValue()).toBe(
      'Phường số, dân an toàn',
    );
    page.removeAllListeners('dialog');
  });

  it('says the image waits when what was typed cannot be saved', async () => {
    await page.goto(`${s.url}/c/hai-phong`);
    await page.getByLabel('Ngày ban hành', { exact: true }).fill('31/02/2026');
    await uploadLogo(page, logoFile);
    await expect
      .poll(() => page.locator('#edit-area .notice.error.script').first().textContent(), WAIT)
      .toContain('Ảnh chưa được tải lên');
    expect(page.url()).toBe(`${s.url}/c/hai-phong`);
    // The typed date and the chosen image are still there, for the office to mend and send.
    expect(await page.getByLabel('Ngày ban hành', { exact: true }).inputValue()).toBe('31/02/2026');
    expect(
      await page.getByLabel('Ảnh logo').evaluate((i: HTMLInputElement) => i.files?.length),
    ).toBe(1);
  });

  it("shows a refused upload at the campaign page's own address, which a reload opens", async () => {
    const notAPicture = join(await makeTempDir('logo-'), 'logo.png');
    await writeFile(notAPicture, 'Đây không phải là ảnh.\n');
    // The last case left a typed date unsaved: the office leaves it (the browser's "leave this
    // page?" answered yes), on the same page.
    const leave = (d: Dialog) => void (d.type() === 'beforeunload' ? d.accept() : d.dismiss());
    page.on('dialog', leave);
    await page.goto(`${s.url}/c/hai-phong`);
    page.off('dialog', leave);
    expect(await page.getByLabel('Ngày ban hành', { exact: true }).inputValue()).not.toBe(
      '31/02/2026',
    );
    await uploadLogo(page, notAPicture);
    await expect
      .poll(() => page.locator('.notice.error').first().textContent(), WAIT)
      .toContain('Chưa tải được ảnh logo');
    // Answered by the POST to /c/hai-phong/logo, whose GET is the logo itself.
    expect(page.url()).toBe(`${s.url}/c/hai-phong`);
    const reloaded = await page.reload();
    expect(reloaded?.status()).toBe(200);
    expect(reloaded?.request().method()).toBe('GET');
    expect(await page.getByLabel('Ảnh logo').count()).toBe(1);
  });
});
