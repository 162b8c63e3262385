/**
 * qa7 E2: a campaign from a Word notice that does not name everything holds the import's own
 * "(phòng phụ trách)", "(trích yếu nội dung)"… in campaign.yaml. In Chromium at a desk, as the
 * office goes on after the import: the groups uploaded, "Tạo tệp in" prints nothing and "Mở trang
 * trưởng thôn" opens nothing, each naming the fields by the form's labels with what they hold.
 * With PHUONG_PRINT_TEST_SHOTS=1, screenshots in test-output/studio-import-placeholders/.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { wordNoticeImporter } from '../../src/studio/notice-import.js';
import { noticeWithoutOffice } from '../load/docx/notice-docx.js';
import { chromiumAvailable, closeContexts, sharedChromium } from '../serve/chromium.js';
import { removeTempDirs } from '../support/tmp.js';
import { DESK, newPageAt, screenshots, signInByCookie } from './chromium-pages.js';
import { uploadExampleGroups } from './office-steps.js';
import { Client, startStudio, type TestStudio } from './studio.js';

const OUT = join(
  fileURLToPath(new URL('../../', import.meta.url)),
  'test-output',
  'studio-import-placeholders',
);

describe.skipIf(!chromiumAvailable)('a Word import’s blanks in Chromium (qa7 E2)', () => {
  let s: TestStudio;
  let browser: Browser;
  let slug = '';
  /** What campaign.yaml holds for the fields the notice did not give, as the office can read it. */
  let office = '';
  let subject = '';
  beforeAll(async () => {
    s = await startStudio({ importNotice: wordNoticeImporter });
    const c = new Client(s.url);
    await c.signIn();
    const res = await c.upload('/new', 'docx', 'cong-van.docx', await noticeWithoutOffice(), {
      name: 'Kích hoạt định danh',
      from: '',
    });
    expect(res.status).toBe(303);
    slug = (res.headers.get('location') ?? '').replace(/^\/c\//, '').replace(/\?.*$/, '');
    const yaml = parse(
      await readFile(join(s.dataDir, 'campaigns', slug, 'campaign.yaml'), 'utf8'),
    ) as { issuer: { office: string }; notice: { subject: string } };
    ({ office } = yaml.issuer);
    ({ subject } = yaml.notice);
    await uploadExampleGroups(c, slug);
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.close();
    await removeTempDirs();
  });

  it('prints nothing and opens no leader page, naming each field to fill in', async () => {
    // The import wrote brackets for what the notice lacks.
    expect(office).toMatch(/^\(.+\)$/);
    expect(subject).toMatch(/^\(.+\)$/);
    let page: Page | undefined;
    const shot = screenshots(OUT, DESK, () => page as Page);
    page = await newPageAt(browser, DESK);
    await signInByCookie(page, s.url);
    await page.goto(`${s.url}/c/${slug}/build`);
    await page.getByRole('button', { name: 'Tạo tệp in' }).click();
    await page.waitForURL(/chua-in/);
    const refused = page.locator('main .notice.error', { hasText: 'Chưa tạo tệp in:' });
    const said = (await refused.textContent()) ?? '';
    expect(said).toContain(`“Bộ phận giải đáp” (đang là “${office}”)`);
    expect(said).toContain(`“Trích yếu (V/v)” (đang là “${subject}”)`);
    expect(await refused.getByRole('link', { name: 'Nội dung' }).getAttribute('href')).toBe(
      `/c/${slug}`,
    );
    expect(await page.locator('main').textContent()).not.toContain('Đã tạo tệp in cho');
    await shot('build-refused');

    await page.goto(`${s.url}/c/${slug}/leaders`);
    const open = page.getByRole('button', { name: /^Mở trang / });
    const button = (await open.textContent()) ?? '';
    await open.click();
    const notOpened = page.locator('main .notice.error', { hasText: 'Chưa mở trang' });
    const text = (await notOpened.textContent()) ?? '';
    expect(text).toContain(`“Bộ phận giải đáp” (đang là “${office}”)`);
    expect(text).toContain(`rồi bấm “${button.trim()}”`);
    // Nothing published: the page still offers to open, and no leader link is listed.
    expect(await page.getByRole('button', { name: button.trim() }).count()).toBe(1);
    expect(await page.locator('input.leader-url').count()).toBe(0);
    await shot('leaders-refused');
  });
});
