/**
 * The list of campaigns in Chromium (Debian's, by playwright-core), at a desk: a Word import
 * reloaded makes no second campaign, the same name twice is refused with the way to the first, a
 * campaign is renamed and deleted through its pages, and the links of the top bar, the list, the
 * print files and ZIPs keep their text's height (on a phone each is a finger's 44 px:
 * phone-browser.test.ts). With PHUONG_PRINT_TEST_SHOTS=1, screenshots in
 * test-output/studio-campaigns/.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordNoticeImporter } from '../../src/studio/notice-import.js';
import { noticeDocx } from '../load/docx/notice-docx.js';
import { chromiumAvailable, closeContexts } from '../serve/chromium.js';
import { removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';
import { DESK, screenshots, signedInDesk } from './chromium-pages.js';
import { studioWithExample, type TestStudio } from './studio.js';

const OUT = join(
  fileURLToPath(new URL('../../', import.meta.url)),
  'test-output',
  'studio-campaigns',
);
const IMPORTED = 'Cuộc thi Công dân số từ Word';

/** The height (px) and lines of each visible element `selector` matches, with its text. */
const heights = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els
      .map((e) => ({
        text: (e.textContent ?? '').trim(),
        h: e.getBoundingClientRect().height,
        // Lines of an inline link (a long name wraps on a desk too).
        lines: e.getClientRects().length,
      }))
      .filter((x) => x.h > 0),
  );

describe.skipIf(!chromiumAvailable)('the list of campaigns in Chromium, at a desk', () => {
  let s: TestStudio;
  let browser: Browser;
  let page: Page;
  const shot = screenshots(OUT, DESK, () => page);
  const folders = () => readdir(join(s.dataDir, 'campaigns'));
  /** The year holding campaign `name` unfolded, as the office clicks its heading. */
  const openYearOf = async (name: string) => {
    const year = page.locator('details.year', { hasText: name });
    if (!(await year.evaluate((d) => (d as HTMLDetailsElement).open)))
      await year.locator('summary').click();
  };

  beforeAll(async () => {
    // Two groups: the build's print files and ZIPs are listed as for 32 (a ZIP a group, more
    // than one), at a sixteenth of the build (the in-process build of the example's 32 groups
    // was most of this file's CPU).
    ({ s } = await studioWithExample(
      { importNotice: wordNoticeImporter, groups: wardCsv(2) },
      'hai-phong',
    ));
    ({ browser, page } = await signedInDesk(s.url));
    await page.goto(`${s.url}/`);
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.close();
    await removeTempDirs();
  });

  it('makes one campaign from a Word notice, however often its page is reloaded', async () => {
    await page.getByRole('link', { name: 'Tạo chiến dịch mới' }).click();
    await page.getByLabel('Tên chiến dịch').fill(IMPORTED);
    await page.getByLabel('Hoặc đọc từ văn bản Word (.docx)').setInputFiles({
      name: 'cong-van.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(await noticeDocx()),
    });
    await page.getByRole('button', { name: 'Tạo chiến dịch' }).click();
    await page.waitForURL(/\/c\/cuoc-thi-cong-dan-so-tu-word\?imported=1$/);
    await expect.poll(() => page.locator('main').textContent()).toContain('Đã đọc');
    await shot('imported');
    // A reload asks for the page (no "send the form again?"), and still lists the guesses.
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.accept();
    });
    await page.reload();
    await expect.poll(() => page.locator('main').textContent()).toContain('Đã đọc');
    expect(dialogs).toBe(0);
    expect((await folders()).sort()).toEqual(['cuoc-thi-cong-dan-so-tu-word', 'hai-phong']);
  });

  it('refuses the same name again, offering the campaign that has it', async () => {
    await page.goto(`${s.url}/new`);
    await page.getByLabel('Tên chiến dịch').fill(IMPORTED);
    await page.getByRole('button', { name: 'Tạo chiến dịch' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain(`Đã có chiến dịch tên “${IMPORTED}”`);
    await shot('same-name');
    await alert.getByRole('link', { name: 'mở chiến dịch đã có' }).click();
    await page.waitForURL(`${s.url}/c/cuoc-thi-cong-dan-so-tu-word`);
    expect((await folders()).length).toBe(2);
  });

  it('has the top bar’s and the list’s links at their text’s height', async () => {
    await page.goto(`${s.url}/`);
    await shot('home');
    const bar = await heights(page, '.bar a, .bar button');
    const list = await heights(page, '.campaigns a.open');
    const actions = await heights(page, '.campaigns .row-actions a');
    // Each names its campaign for a screen reader (row-control-names.test.ts).
    expect(actions.map((x) => x.text.replace(/ chiến dịch “.+”$/, ''))).toEqual([
      'Đổi tên',
      'Xoá',
      'Đổi tên',
      'Xoá',
    ]);
    expect(bar.map((x) => x.text)).toEqual([
      'Chiến dịch',
      'Người dùng',
      'Cài đặt',
      'Đổi mật khẩu',
      'Đăng xuất (admin)',
    ]);
    expect(list.length).toBe(2);
    // A desk's list keeps the height of its text (the sign-out button is a button).
    for (const x of [...bar, ...list]) {
      if (!x.text.startsWith('Đăng xuất')) expect(x.h / x.lines, x.text).toBeLessThan(32);
    }
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(DESK.viewport.width);
  });

  it('lists the print files and ZIPs at their text’s height', async () => {
    await page.goto(`${s.url}/c/hai-phong/build`);
    await page.getByRole('button', { name: 'Tạo tệp in' }).click();
    // The example's contest ended in 2025: the studio asks once, "Vẫn tạo tệp in" prints.
    await page.getByRole('button', { name: 'Vẫn tạo tệp in' }).click();
    await expect
      .poll(() => page.locator('#build-status').textContent(), { timeout: 180_000 })
      .toContain('Đã tạo tệp in cho');
    // The page reloaded itself when the build ended (its status is the server's page): the
    // list is there, without loading the page again.
    await page.waitForLoadState();
    const links = await heights(page, '.list a[data-file-name]');
    // The example's print files and its groups' ZIPs.
    expect(links.length).toBeGreaterThan(3);
    for (const x of links) expect(x.h / x.lines, x.text).toBeLessThan(32);
    await page.locator('.list a[data-file-name]').last().scrollIntoViewIfNeeded();
    await shot('downloads');
  });

  it('reminds, on a copy, to change the notice number and date', async () => {
    await page.goto(`${s.url}/new`);
    await page.getByLabel('Tên chiến dịch').fill('Công dân số đợt 2');
    // The example, told apart by its number and date (as its notice writes them).
    const label = (await page.locator('#from option').allTextContents()).find((t) =>
      /^Bản sao của: phát động .*\(Số 05\/UBND-VHXH, ngày 09\/10\/2025\)$/.test(t),
    );
    expect(label).toBeTruthy();
    await page.getByLabel('Bắt đầu từ').selectOption({ label: label ?? '' });
    await page.getByRole('button', { name: 'Tạo chiến dịch' }).click();
    await page.waitForURL(/\/c\/cong-dan-so-dot-2\?copied=hai-phong$/);
    // The way back to the list names the copy as the list does, not by its folder.
    expect(await page.locator('main > p.muted').first().textContent()).toBe(
      'Chiến dịch › Công dân số đợt 2',
    );
    const reminder = page.locator('.notice.info', { hasText: 'Đây là bản sao' });
    await expect
      .poll(() => reminder.textContent())
      .toContain('Hãy sửa Số văn bản (đang là 5) và Ngày ban hành (đang là 09/10/2025)');
    await shot('copy');
  });

  it('renames a campaign and deletes one after its confirmation page', async () => {
    await page.goto(`${s.url}/`);
    // The example's year, all ended, is folded once the copy (filed by its making day, its date
    // still the example's) is a newer year: the office opens it.
    await openYearOf(IMPORTED);
    const row = page.locator('.campaigns li', { hasText: IMPORTED });
    await row.getByRole('link', { name: 'Đổi tên' }).click();
    await page.getByLabel('Tên mới').fill('Công dân số (bản Word)');
    await shot('rename');
    await page.getByRole('button', { name: 'Đổi tên' }).click();
    await page.waitForURL(`${s.url}/?renamed=cuoc-thi-cong-dan-so-tu-word`);
    await expect
      .poll(() => page.locator('.campaigns li', { hasText: 'Công dân số (bản Word)' }).count())
      .toBe(1);
    await shot('renamed');

    await openYearOf('Công dân số (bản Word)');
    await page
      .locator('.campaigns li', { hasText: 'Công dân số (bản Word)' })
      .getByRole('link', { name: 'Xoá' })
      .click();
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Xoá chiến dịch “Công dân số (bản Word)”?');
    await shot('delete-confirm');
    await page.getByRole('button', { name: /^Xoá chiến dịch/ }).click();
    await page.waitForURL(`${s.url}/?deleted=1`);
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toBe('Đã xoá chiến dịch.');
    await shot('deleted');
    expect((await folders()).sort()).toEqual(['cong-dan-so-dot-2', 'hai-phong']);
  });
});
