/**
 * A contest made in the studio, in Chromium, as the office makes one: a new campaign from the
 * skeleton, its contest's part filled. Without the contest's page the save is refused at the
 * "Trang cuộc thi" field (the office never has to know that the templates read the link
 * `links.contest`); with it, the file has the link and every document previews. A document whose
 * template cannot be drawn says so in its own place, and the others still preview. At a desk (the
 * phone's layout: phone-browser.test.ts); with PHUONG_PRINT_TEST_SHOTS=1, screenshots in
 * test-output/studio-contest/.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chromiumAvailable, closeContexts, WAIT } from '../serve/chromium.js';
import { removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';
import { DESK, screenshots, signedInDesk } from './chromium-pages.js';
import { startStudio, type TestStudio } from './studio.js';

const OUT = join(
  fileURLToPath(new URL('../../', import.meta.url)),
  'test-output',
  'studio-contest',
);
const SLUG = 'hoi-thi-phap-luat-pccc-2026';
const PAGE_URL = 'https://thipccc.tphcm.gov.vn/hoi-thi-2026';

/** The office's contest, typed into the form by the fields' labels. */
const CONTEST: Record<string, string> = {
  'Tên cuộc thi': 'Tìm hiểu pháp luật về phòng cháy, chữa cháy năm 2026',
  'Nền tảng thi': 'Cổng thi trực tuyến Thành phố',
  'Ngày bắt đầu': '05/12/2026',
  'Ngày kết thúc': '05/01/2027',
  'Số câu hỏi': '20',
  'Thể lệ': 'Mỗi người chỉ dùng một tài khoản',
};
const SIGNER = 'Trần Thị Thanh Hương';

describe.skipIf(!chromiumAvailable)('a contest made in the studio, in Chromium at a desk', () => {
  let s: TestStudio;
  let browser: Browser;
  let page: Page;
  const shot = screenshots(OUT, DESK, () => page);
  const folder = () => join(s.dataDir, 'campaigns', SLUG);
  const saved = async () => parse(await readFile(join(folder(), 'campaign.yaml'), 'utf8'));
  const save = () => page.getByRole('button', { name: 'Lưu', exact: true }).first().click();

  beforeAll(async () => {
    s = await startStudio();
    ({ browser, page } = await signedInDesk(s.url));
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.close();
    await removeTempDirs();
  });

  it('refuses a contest without its page at the field “Trang cuộc thi”, in Vietnamese', async () => {
    await page.goto(`${s.url}/new`);
    await page.getByLabel('Tên chiến dịch').fill('Hội thi pháp luật PCCC 2026');
    await page.getByRole('button', { name: 'Tạo chiến dịch' }).click();
    await page.waitForURL(`${s.url}/c/${SLUG}`);
    await page.getByLabel('Họ và tên người ký').fill(SIGNER);
    // A new campaign's contest part starts folded: the office opens it.
    await page.locator('details.optional-part > summary', { hasText: 'Cuộc thi (nếu có)' }).click();
    for (const [label, value] of Object.entries(CONTEST)) {
      await page.getByLabel(label, { exact: true }).fill(value);
    }
    await save();
    const error = page.locator('#f-links-contest-url-error');
    await expect.poll(() => error.textContent(), WAIT).toContain('chưa có địa chỉ trang thi');
    const text = (await error.textContent()) ?? '';
    // The campaign's field is named, never the tool's own template file.
    expect(text).not.toMatch(/flyer\.hbs|links\.contest\.url|không có biến/);
    await page.locator('#f-links-contest-url').scrollIntoViewIfNeeded();
    await shot('no-contest-page');
    expect((await saved()).contest ?? null).toBeNull();
  }, 120_000);

  it('saves the page typed at “Trang cuộc thi” as the link the documents print', async () => {
    await page.getByLabel('Trang cuộc thi', { exact: true }).fill(PAGE_URL);
    await page.getByLabel('Khẩu hiệu', { exact: true }).fill('Phòng cháy hơn chữa cháy');
    await save();
    await expect.poll(() => page.locator('.notice.ok').textContent(), WAIT).toBe('Đã lưu.');
    const data = await saved();
    expect(data.links.contest).toEqual({ url: PAGE_URL, label: 'Trang cuộc thi' });
    expect(data.contest.name).toBe(CONTEST['Tên cuộc thi']);
    expect(data.slogan).toBe('Phòng cháy hơn chữa cháy');
    // Shown again in its own field, not among the other links.
    await page.reload();
    expect(await page.getByLabel('Trang cuộc thi', { exact: true }).inputValue()).toBe(PAGE_URL);
    expect(await page.locator('#f-links').inputValue()).toBe('');
  }, 120_000);

  it('saves the contest’s steps typed as actions, and warns of a field they leave unprinted', async () => {
    await page
      .getByLabel('Việc người dân cần làm', { exact: true })
      .fill('Đăng ký tài khoản dự thi | Đã đăng ký\nLàm bài thi 20 câu | Đã thi');
    await page.getByLabel('Nội dung thi', { exact: true }).fill('Luật Phòng cháy, chữa cháy 2024');
    await save();
    await expect.poll(() => page.locator('.notice.ok').textContent(), WAIT).toBe('Đã lưu.');
    const warning = page.locator('.notice.info', { hasText: 'Luật Phòng cháy' });
    await expect
      .poll(() => warning.textContent(), WAIT)
      .toContain('Mục “Nội dung thi”: “Luật Phòng cháy, chữa cháy 2024” không được in');
    await warning.scrollIntoViewIfNeeded();
    await shot('unprinted-warning');
    expect((await saved()).actions).toEqual([
      { step: 'Đăng ký tài khoản dự thi', column: 'Đã đăng ký' },
      { step: 'Làm bài thi 20 câu', column: 'Đã thi' },
    ]);
  }, 120_000);

  it('previews the flyer with the contest page’s QR caption', async () => {
    await writeFile(join(folder(), 'groups.csv'), wardCsv(2));
    await page.goto(`${s.url}/c/${SLUG}/preview?kind=flyer.pdf`);
    await expect.poll(() => page.locator('#preview-panel img').count(), WAIT).toBeGreaterThan(0);
    expect(await page.locator('#preview-panel .notice.error').count()).toBe(0);
    await shot('flyer-preview');
  }, 120_000);

  it('previews the other documents when one kind’s template cannot be drawn', async () => {
    // The campaign's own checklist template names a field no campaign has.
    await mkdir(join(folder(), 'templates'), { recursive: true });
    await writeFile(
      join(folder(), 'templates', 'checklist.hbs'),
      '@@ title\nPHIẾU {{contest.ten_sai}}\n@@ steps\nBước một\n',
    );
    await page.goto(`${s.url}/c/${SLUG}/preview?kind=notice.pdf`);
    await expect.poll(() => page.locator('#preview-panel img').count(), WAIT).toBeGreaterThan(0);
    expect(await page.locator('#preview-panel .notice.error').count()).toBe(0);
    // The broken kind is still offered, and says what is wrong with it, in its own place.
    await page.getByLabel('Văn bản').selectOption({ label: 'Phiếu kiểm tra các bước dự thi' });
    await page.getByRole('button', { name: 'Xem', exact: true }).click();
    const problem = page.locator('#preview-panel .notice.error');
    await expect.poll(() => problem.textContent(), WAIT).toContain('contest.ten_sai');
    expect(await problem.textContent()).toContain('checklist.hbs');
    await shot('one-kind-broken');
    await page.getByLabel('Văn bản').selectOption({ label: 'Tờ rơi cuộc thi' });
    await page.getByRole('button', { name: 'Xem', exact: true }).click();
    await expect.poll(() => page.locator('#preview-panel img').count(), WAIT).toBeGreaterThan(0);
    expect(await page.locator('#preview-panel .notice.error').count()).toBe(0);
  }, 120_000);
});
