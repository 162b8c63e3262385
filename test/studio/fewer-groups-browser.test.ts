/**
 * A groups list with fewer groups, used knowingly after a build (qa8 S2): ids 3 and 4 dropped,
 * the upload refused naming them, "Vẫn dùng tệp này" ticked, the file chosen again. "In và tải
 * về" was then a dead end ("Lỗi mẫu: biến “noticeNumber” không có giá trị…, báo cho người quản
 * trị"): the old ZIPs of ids the list no longer holds were named from a context without the
 * notice. Walked in Chromium at a desk: the tab opens, lists every old ZIP under the name its
 * papers print, those of ids 3 and 4 marked as no longer in the list, and "Tạo tệp in" prints
 * the two groups of the new list and removes the others' files. Names from the groups files.
 * With PHUONG_PRINT_TEST_SHOTS=1, screenshots in test-output/studio-fewer-groups/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts } from '../serve/chromium.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';
import { DESK, screenshots, signedInDesk } from './chromium-pages.js';
import { buildUntil } from './office-steps.js';
import { type Client, signedInStudio, type TestStudio } from './studio.js';

const OUT = join(
  fileURLToPath(new URL('../../', import.meta.url)),
  'test-output',
  'studio-fewer-groups',
);
const NAMES = [
  'Tổ dân phố Khuê Trung 1',
  'Tổ dân phố Khuê Trung 2',
  'Tổ dân phố Chợ Cũ',
  'Tổ dân phố Bàu Trảng',
];
const list = (n: number) =>
  `STT;Tên tổ dân phố\n${NAMES.slice(0, n)
    .map((name, i) => `${i + 1};${name}`)
    .join('\n')}\n`;
const slug = 'vneid';
/**
 * "Tạo tệp in" of the two groups left, polled on the build's status: a build, not a page's step,
 * so longer than the browser tests' WAIT (serve/chromium.ts).
 */
const BUILD_WAIT = { timeout: 180_000, interval: 100 };

describe.skipIf(!chromiumAvailable)('the build tab after a list with fewer groups', () => {
  let s: TestStudio;
  let c: Client;
  let browser: Browser;
  let page: Page;
  let dir: string;
  const shot = screenshots(OUT, DESK, () => page);
  beforeAll(async () => {
    ({ s, c } = await signedInStudio());
    const folder = join(s.dataDir, 'campaigns', slug);
    await mkdir(folder, { recursive: true });
    await writeFile(
      join(folder, 'campaign.yaml'),
      `${NOTICE_ONLY}actions:\n  - step: Kích hoạt tài khoản định danh điện tử mức 2.\n`,
    );
    await writeFile(join(folder, 'groups.csv'), list(4));
    dir = join(s.dataDir, 'upload');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'groups2.csv'), list(2));
    ({ browser, page } = await signedInDesk(s.url));
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.close();
    await removeTempDirs();
  });

  const zipItem = (name: string) =>
    page.locator('main li', { has: page.getByRole('link', { name, exact: true }) });

  it('lists the old ZIPs of ids no longer listed as such, and prints for the new list', async () => {
    // Built with the list of four: the leaders have their ZIPs.
    await buildUntil(c, slug, 'done');
    await page.goto(`${s.url}/c/${slug}/groups`);
    const file = page.getByLabel('Tải lên danh sách tổ');
    const upload = page.getByRole('button', { name: 'Tải lên', exact: true });
    await file.setInputFiles(join(dir, 'groups2.csv'));
    await upload.click();
    const refusal = (await page.locator('.notice.error').textContent())?.replace(/\s+/g, ' ') ?? '';
    expect(refusal).toContain(
      `2 mã không còn trong tệp mới (mã 3 “${NAMES[2]}”; mã 4 “${NAMES[3]}”)`,
    );
    await page.getByLabel(/Vẫn dùng tệp này/).check();
    await file.setInputFiles(join(dir, 'groups2.csv'));
    await upload.click();
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('Đã tải lên danh sách tổ');

    const answer = await page.goto(`${s.url}/c/${slug}/build`);
    expect(answer?.status()).toBe(200);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).not.toContain('Lỗi mẫu');
    expect(main).not.toContain('Chưa làm được việc này');
    expect(await page.getByRole('button', { name: 'Tạo tệp in' }).isEnabled()).toBe(true);
    // Every ZIP of the last build, under the name its papers print.
    const zips = await page.locator('main a[href*="/out/zip/"]').allInnerTexts();
    expect([...zips].sort()).toEqual([...NAMES].sort());
    for (const gone of NAMES.slice(2))
      expect(await zipItem(gone).textContent()).toContain('Không còn trong danh sách đang dùng');
    for (const kept of NAMES.slice(0, 2))
      expect(await zipItem(kept).textContent()).not.toContain('danh sách đang dùng');
    await zipItem(NAMES[3] ?? '').scrollIntoViewIfNeeded();
    await shot('old-zips');

    // "Tạo tệp in" prints for the list in use: two groups, the other two's files removed.
    await page.getByRole('button', { name: 'Tạo tệp in' }).click();
    await expect
      .poll(async () => JSON.parse((await c.get(`/c/${slug}/build/status`)).text).state, BUILD_WAIT)
      .toBe('done');
    await page.goto(`${s.url}/c/${slug}/build`);
    const after = (await page.locator('main').textContent())?.replace(/\s+/g, ' ') ?? '';
    expect(after).toContain('Đã tạo tệp in cho 2/2 tổ');
    expect(after).toContain('Đã xoá tệp của 2 tổ không còn trong danh sách');
    expect(await page.locator('main a[href*="/out/zip/"]').allInnerTexts()).toEqual(
      NAMES.slice(0, 2),
    );
    await shot('rebuilt');
  });
});
