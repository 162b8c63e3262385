/**
 * The message box on a leader's page shows the whole message: a 16-row box showed 40–57 % of
 * it on a 360 px phone and scrolled inside the page (qa25c F5). The example's page in Chromium
 * at 360×740 and 320×568, the text at 100 % and 150 %; the box as tall as its text, with the
 * rows a browser that does not size it to its text is given. A real server on loopback.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { chromiumAvailable, closeContexts, PHONE_SCALE, sharedChromium } from './chromium.js';
import { forkDocuments, startServer, type TestServer, tokenOf } from './server.js';

describe.skipIf(!chromiumAvailable)('the Zalo message box on a phone', () => {
  let s: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    s = await startServer({ memoryCache: forkDocuments() });
    browser = await sharedChromium();
  }, 120_000);
  afterAll(async () => {
    await closeContexts(browser);
    await s?.app.close();
    await removeTempDirs();
  });

  /**
   * A phone's page at that screen, at the leader's page: one page of each kind of phone for the
   * file's cases (each goes to the page again at its own size), as a context and its page start
   * a renderer.
   */
  const pages = new Map<string, Page>();
  async function phonePage(
    width: number,
    height: number,
    kind: 'plain' | 'no field-sizing' = 'plain',
    javaScriptEnabled = true,
  ): Promise<Page> {
    const name = `${kind} ${javaScriptEnabled}`;
    let page = pages.get(name);
    if (!page) {
      const ctx = await browser.newContext({
        viewport: { width, height },
        deviceScaleFactor: PHONE_SCALE,
        isMobile: true,
        hasTouch: true,
        locale: 'vi-VN',
        javaScriptEnabled,
      });
      if (kind === 'no field-sizing') await withoutFieldSizing(ctx);
      page = await ctx.newPage();
      pages.set(name, page);
    }
    await page.setViewportSize({ width, height });
    await page.goto(`${s.url}/g/${tokenOf('1')}/`);
    return page;
  }

  /**
   * As Safari or a WebView before Chrome 123 reads the sheet: no field-sizing (qa34 m3: the 34
   * rows hid 203 px, the last three lines, at 320 px); the phone's text at 130 %.
   */
  async function withoutFieldSizing(ctx: BrowserContext) {
    await ctx.route('**/style.css', async (route) => {
      const css = await (await route.fetch()).text();
      await route.fulfill({
        contentType: 'text/css',
        body: `${css.replaceAll('field-sizing: content;', '')}\nhtml { font-size: 130%; }`,
      });
    });
    await ctx.addInitScript(() => {
      const supports = CSS.supports.bind(CSS);
      CSS.supports = ((a: string, b?: string) =>
        /field-sizing/.test(a)
          ? false
          : b === undefined
            ? supports(a)
            : supports(a, b)) as typeof CSS.supports;
    });
  }

  const SIZES = [
    [360, 740, '100%'],
    [320, 568, '100%'],
    [320, 568, '150%'],
  ] as const;
  it.each(SIZES)(
    'at %i×%i, text %s: the whole message, no scrolling inside the box',
    async (width, height, text) => {
      const page = await phonePage(width, height);
      await page.evaluate((size) => {
        document.documentElement.style.fontSize = size;
      }, text);
      const box = await page.locator('textarea.message-text').evaluate((e) => ({
        shown: e.clientHeight,
        whole: e.scrollHeight,
        value: (e as HTMLTextAreaElement).value,
      }));
      expect(box.value.split('\n').length).toBeGreaterThan(10);
      // The box is as tall as its text (a pixel of rounding): nothing below to scroll to.
      expect(box.whole).toBeLessThanOrEqual(box.shown + 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
    },
  );

  it('gives a browser that does not size the box to its text the rows of the whole message', async () => {
    const page = await phonePage(360, 740);
    // As an older browser draws it: the box as tall as its rows attribute says.
    const box = await page.locator('textarea.message-text').evaluate((e) => {
      e.style.setProperty('field-sizing', 'fixed');
      return { shown: e.clientHeight, whole: e.scrollHeight };
    });
    expect(box.whole).toBeLessThanOrEqual(box.shown + 1);
  });

  it.each([
    [320, 568, true],
    [360, 740, true],
    // JavaScript off (share.js then cannot fit the box): only the rows attribute holds it.
    [320, 568, false],
  ] as const)(
    'at %i×%i, text 130 percent, a browser without field-sizing (iPhone, old Android), scripts %s: the whole message',
    async (width, height, javaScriptEnabled) => {
      const page = await phonePage(width, height, 'no field-sizing', javaScriptEnabled);
      const box = await page.locator('textarea.message-text').evaluate((e) => ({
        sizing: getComputedStyle(e).getPropertyValue('field-sizing'),
        shown: e.clientHeight,
        whole: e.scrollHeight,
      }));
      expect(box.sizing).not.toBe('content');
      expect(box.whole).toBeLessThanOrEqual(box.shown + 1);
    },
  );
});
