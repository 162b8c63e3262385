/**
 * `serve` end to end in a real browser: headless Chromium (Debian's, driven by playwright-core)
 * on a phone-sized screen opens a leader's link, sees the group's name, taps the poster's
 * download and gets a PDF that names the group; the office's page asks for its credential; a
 * wrong token is a 404. With PHUONG_PRINT_TEST_SHOTS=1 the phone's screen is kept in test-output/ (a test run
 * must not edit tracked files: docs/images/leader-page.png is phone.test.ts's
 * leader-page-zalo.png, copied by hand when the page changes).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collapseSpaces, pdfInfo, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import {
  chromiumAvailable,
  closeContexts,
  keepShot,
  PHONE_SCALE,
  phoneOptions,
  sharedChromium,
} from './chromium.js';
import { ADMIN_PASSWORD, forkDocuments, startServer, type TestServer, tokenOf } from './server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PHONE = { width: 390, height: 844 };

describe.skipIf(!chromiumAvailable)('leader page in a browser', () => {
  let s: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    // A public address, so that the office's page prints its QR codes.
    s = await startServer({
      baseUrl: 'https://phuong-lechan.example.vn/tai-lieu',
      memoryCache: forkDocuments(),
    });
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.app.close();
    await removeTempDirs();
  });

  /**
   * The phone's page, gone on in by the cases after the first (a context and its page start a
   * renderer, ~0.45 s of Chromium's CPU): the wrong token and the office without a credential.
   */
  let phone: Page;

  it("opens the link, shows the group's name, downloads the poster", async () => {
    const context = await browser.newContext({
      viewport: PHONE,
      deviceScaleFactor: PHONE_SCALE,
      isMobile: true,
      hasTouch: true,
      acceptDownloads: true,
      locale: 'vi-VN',
    });
    const page = await context.newPage();
    phone = page;
    const res = await page.goto(`${s.url}/g/${tokenOf('5')}/`);
    expect(res?.status()).toBe(200);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Tổ dân phố số 5');
    // Fits the phone: nothing wider than the screen (no sideways scrolling).
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    // The preview image loaded (the CSP allows it, the route serves it).
    const thumbs = page.locator('img.thumb');
    await thumbs.first().scrollIntoViewIfNeeded();
    await expect
      .poll(() => thumbs.first().evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);

    await page.evaluate(() => window.scrollTo(0, 0));
    await keepShot(page, join(ROOT, 'test-output', 'leader-page.png'));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải về Áp phích A4' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      'Tổ dân phố số 5 - Áp phích A4 - số 05-UBND-VHXH.pdf',
    );
    const file = join(await makeTempDir(), 'poster.pdf');
    await download.saveAs(file);
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await pdfInfo(file)).pages).toBe(1);
    const text = collapseSpaces(await pdfText(file));
    expect(text.toLocaleUpperCase('vi')).toContain('TỔ DÂN PHỐ SỐ 5');
  });

  it('at twice the text size on a 360 px phone, titles wrap between words and the Zalo note stays short (qa30 2)', async () => {
    // Zalo's own browser (its note shown), the phone's text at 200 % (the root font doubled).
    const context = await browser.newContext(
      phoneOptions({
        userAgent:
          'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36 Zalo android/12100611 ZaloTheme/light ZaloLanguage/vi',
      }),
    );
    try {
      const page = await context.newPage();
      expect((await page.goto(`${s.url}/g/${tokenOf('5')}/`))?.status()).toBe(200);
      const noteAt100 = await page
        .locator('.in-app')
        .evaluate((e) => e.getBoundingClientRect().height);
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      const seen = await page.evaluate(() => {
        const split: string[] = [];
        const titles = [...document.querySelectorAll('.doc h3')];
        for (const h of titles) {
          const text = h.firstChild as Text;
          for (const m of (text.data ?? '').matchAll(/\S+/g)) {
            const r = document.createRange();
            r.setStart(text, m.index ?? 0);
            r.setEnd(text, (m.index ?? 0) + m[0].length);
            const lines = new Set([...r.getClientRects()].map((x) => Math.round(x.top)));
            if (lines.size > 1) split.push(m[0]);
          }
        }
        return {
          titles: titles.map((h) => h.textContent),
          split,
          width: document.documentElement.scrollWidth,
          note: document.querySelector('.in-app')?.getBoundingClientRect().height ?? 0,
        };
      });
      expect(seen.titles).toContain('Thông báo của phường');
      expect(seen.split).toEqual([]);
      expect(seen.width).toBeLessThanOrEqual(360);
      // Twice the text (four times its area): the note a third of the screen at most, not most of it.
      expect(seen.note).toBeLessThanOrEqual(noteAt100 * 3);
      expect(seen.note).toBeLessThan(740 / 3);
      await page.evaluate(() => window.scrollTo(0, 0));
      await keepShot(page, join(ROOT, 'test-output', 'leader-page-text-200.png'));
    } finally {
      await context.close();
    }
  });

  it('a wrong token is a 404', async () => {
    const page = phone;
    const t = tokenOf('5');
    const wrong = `${t.slice(0, 10)}${t.slice(10).split('').reverse().join('')}`;
    expect((await page.goto(`${s.url}/g/${wrong}/`))?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Không tìm thấy trang');
    expect((await page.goto(`${s.url}/g/${tokenOf('6')}/`))?.status()).toBe(200);
  });

  it("the office's page needs its credential", async () => {
    const anonymous = phone;
    expect((await anonymous.request.get(`${s.url}/admin`)).status()).toBe(401);
    const denied = await anonymous.goto(`${s.url}/admin`).catch((e: Error) => e);
    // Chromium shows the 401 page, or (as headless does when it has no way to ask) fails the
    // navigation with ERR_INVALID_AUTH_CREDENTIALS: either way the page is not shown.
    if (denied instanceof Error) expect(denied.message).toContain('ERR_INVALID_AUTH_CREDENTIALS');
    else expect(denied?.status()).toBe(401);
    const wrong = await browser.newContext({
      httpCredentials: { username: 'admin', password: 'x' },
    });
    const refused = await (await wrong.newPage()).goto(`${s.url}/admin`).catch((e: Error) => e);
    await wrong.close();
    if (refused instanceof Error) expect(refused.message).toContain('ERR_INVALID_AUTH_CREDENTIALS');
    else expect(refused?.status()).toBe(401);
    const office = await browser.newContext({
      httpCredentials: { username: 'admin', password: ADMIN_PASSWORD },
    });
    const page = await office.newPage();
    expect((await page.goto(`${s.url}/admin`))?.status()).toBe(200);
    await expect.poll(() => page.locator('.group h2').count()).toBe(s.ward.groups.length);
    const qrLoaded = await page
      .locator('img.qr')
      .first()
      .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
    expect(qrLoaded).toBe(true);
    await office.close();
  });

  it("the office's page without a public address: each group's text as wide as its card (qa13)", async () => {
    // No --base-url: no QR codes, and no column kept for them.
    const plain = await startServer();
    const office = await browser.newContext({
      viewport: { width: 360, height: 740 },
      httpCredentials: { username: 'admin', password: ADMIN_PASSWORD },
    });
    try {
      const page = await office.newPage();
      expect((await page.goto(`${plain.url}/admin`))?.status()).toBe(200);
      const widths = await page.evaluate(() =>
        [...document.querySelectorAll('.group')].map((card) => {
          const text = card.querySelector('div') as HTMLElement;
          const pad = Number.parseFloat(getComputedStyle(card).paddingLeft) * 2;
          return {
            card: card.clientWidth - pad,
            text: text.clientWidth,
            qr: !!card.querySelector('img.qr'),
          };
        }),
      );
      expect(widths.length).toBe(plain.ward.groups.length);
      for (const w of widths) {
        expect(w.qr).toBe(false);
        expect(w.text).toBeGreaterThanOrEqual(w.card - 1);
      }
      // On a desk's screen the red band's title starts where the page's column does (qa13).
      await page.setViewportSize({ width: 1280, height: 800 });
      const lefts = await page.evaluate(() =>
        ['.band h1', 'main .group h2'].map(
          (s) => document.querySelector(s)?.getBoundingClientRect().left ?? -1,
        ),
      );
      expect(lefts[0]).toBeGreaterThan(200);
      expect(Math.abs((lefts[0] ?? 0) - (lefts[1] ?? 0))).toBeLessThanOrEqual(20);
    } finally {
      await office.close();
      await plain.app.close();
    }
  });
});
