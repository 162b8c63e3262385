/**
 * The "Trang tổ trưởng" tab of a ward of 540 groups in Chromium (qa5 G16: one 2.6 MB page with
 * 540 codes inline, no search, no pages). The office sees a hundred groups a page with a way
 * through them all, finds a group by typing its name, and that group's code, as the page shows
 * it, scans to the link that opens the group's own page. Each code is its own image, fetched as
 * it scrolls into view. At a desk (the phone's layout of the tab: phone-browser.test.ts); with
 * PHUONG_PRINT_TEST_SHOTS=1, screenshots in test-output/studio-leaders-big/.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, sharedChromium, WAIT } from '../serve/chromium.js';
import { decodeQrCodes } from '../support/qr.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';
import { DESK, newPageAt, screenshots, signInByCookie } from './chromium-pages.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

const GROUPS = 540;
const BASE = 'https://in.phuong-lon.example.vn';
const SLUG = 'phuong-lon';
const OUT = join(
  fileURLToPath(new URL('../../', import.meta.url)),
  'test-output',
  'studio-leaders-big',
);

/** Until every code in view has loaded (lazy images come a moment after a scroll). */
const codesInViewLoaded = (page: Page) =>
  expect
    .poll(
      () =>
        page.evaluate(() =>
          [...document.querySelectorAll<HTMLImageElement>('img.qr')]
            .filter((img) => {
              const r = img.getBoundingClientRect();
              return r.bottom > 0 && r.top < innerHeight;
            })
            .every((img) => img.complete && img.naturalWidth > 0),
        ),
      WAIT,
    )
    .toBe(true);

/** The group names a page of the tab lists, in order. */
const listed = (page: Page) => page.locator('.leader-links li strong').allTextContents();

describe.skipIf(!chromiumAvailable)('the leaders’ tab of a ward of 540 groups', () => {
  let s: TestStudio;
  let c: Client;
  let browser: Browser;
  beforeAll(async () => {
    ({ s, c } = await studioWithExample({ baseUrl: BASE, groups: wardCsv(GROUPS) }, SLUG));
    expect((await c.post(`/c/${SLUG}/leaders/open`, {}, `/c/${SLUG}/leaders`)).status).toBe(303);
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.close();
    await removeTempDirs();
  });

  it('is a page of a hundred groups, about a hundred KB, its codes not in it', async () => {
    const first = await c.get(`/c/${SLUG}/leaders`);
    expect(first.status).toBe(200);
    // 540 inline codes made 2.6 MB; a hundred groups' rows (name, link, code's address, each
    // control's row name for screen readers: ~1 KB a row) are under 150 KB.
    expect(first.bytes.length).toBeLessThan(150_000);
    expect(first.text).not.toContain('data:image');
    expect([...first.text.matchAll(/class="leader-url"/g)].length).toBe(100);
    expect(first.text).toContain('Tổ dân phố số 100');
    expect(first.text).not.toContain('Tổ dân phố số 101<');
    // Each code is its own image, kept by the browser while its link stays the same.
    const src = /<img class="qr" src="([^"]+)"/.exec(first.text)?.[1]?.replaceAll('&amp;', '&');
    const code = await c.get(src ?? '');
    expect(code.headers.get('content-type')).toContain('image/svg+xml');
    expect(code.headers.get('cache-control')).toBe('private, max-age=86400');
    const last = await c.get(`/c/${SLUG}/leaders?trang=6`);
    expect(last.bytes.length).toBeLessThan(150_000);
    expect([...last.text.matchAll(/class="leader-url"/g)].length).toBe(GROUPS - 500);
    expect(last.text).toContain(`Tổ dân phố số ${GROUPS}<`);
  });

  it('the office goes through its pages, finds a group and scans its code', async () => {
    const page = await newPageAt(browser, DESK);
    const shot = screenshots(OUT, DESK, () => page);
    const codesAsked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/leaders/qr.svg')) codesAsked.push(r.url());
    });
    await signInByCookie(page, s.url);
    await page.goto(`${s.url}/c/${SLUG}/leaders`);
    expect(await listed(page)).toHaveLength(100);
    expect((await listed(page))[0]).toBe('Tổ dân phố số 1');
    await expect
      .poll(() => page.locator('#danh-sach').textContent(), WAIT)
      .toContain('Đang xem tổ thứ 1–100 trong 540 tổ (trang 1/6)');
    await page.locator('#danh-sach').scrollIntoViewIfNeeded();
    await codesInViewLoaded(page);
    await shot('page-1');
    // Codes are fetched as they come into view, not a hundred at once.
    await expect.poll(() => codesAsked.length, WAIT).toBeGreaterThan(0);
    expect(codesAsked.length).toBeLessThan(100);

    await page.getByRole('link', { name: 'Trang sau ›' }).first().click();
    await page.waitForURL(/trang=2/);
    expect((await listed(page))[0]).toBe('Tổ dân phố số 101');
    await page.locator('nav.pager').scrollIntoViewIfNeeded();
    await codesInViewLoaded(page);
    await shot('page-2');

    // The leader of Tổ dân phố số 437 lost their link: the office types the group's name.
    await page.getByLabel('Tìm tổ').fill('to dan pho so 437');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.waitForURL(/q=/);
    expect(await listed(page)).toEqual(['Tổ dân phố số 437']);
    expect(await page.locator('main').textContent()).toContain(
      `1/${GROUPS} tổ khớp với “to dan pho so 437”`,
    );
    const link = await page.getByLabel('Đường dẫn của Tổ dân phố số 437').inputValue();
    expect(link).toMatch(new RegExp(`^${BASE}/p/${SLUG}/g/[A-Za-z0-9_-]{22}/$`));
    const code = page.locator('img.qr');
    expect(await code.getAttribute('loading')).toBe('lazy');
    await expect
      .poll(() => code.evaluate((img: HTMLImageElement) => img.naturalWidth), WAIT)
      .toBeGreaterThan(0);
    await page.locator('.leader-links').scrollIntoViewIfNeeded();
    await codesInViewLoaded(page);
    await shot('found');
    const png = join(await makeTempDir('qr-'), 'qr.png');
    // Scaled up as a phone's camera would come close: zbar wants a few pixels a module.
    await page.evaluate(() => {
      const img = document.querySelector('img.qr') as HTMLImageElement;
      img.style.width = '300px';
      img.style.height = '300px';
    });
    // Asked again until the enlarged picture is drawn (a busy machine may take a frame or two).
    await expect
      .poll(async () => {
        await code.screenshot({ path: png });
        return decodeQrCodes(png);
      }, WAIT)
      .toEqual([link]);
    // The link opens the group's own page (served here, at the studio's loopback address).
    await page.goto(link.replace(BASE, s.url));
    await expect.poll(() => page.locator('h1').textContent(), WAIT).toContain('Tổ dân phố số 437');
    await page.context().close();
  });
});
