/**
 * The studio for a clerk with large text, zoom, a screen reader or forced colours (qa41).
 *
 * It follows the browser's own text size (Chrome's Settings › Appearance › Font size, the
 * usual set-up for older office staff; qa41 M4): at a 20 px base font instead of 16, every text
 * on every studio page — labels, fields, buttons, the top bar, tabs, tables, headings, help — is
 * 1.25 times as large, none left at a fixed pixel size (the page's body was 16 px: labels,
 * fields and buttons stayed small while the help under them, in rem, grew past them). Chromium
 * at the desk's size, the setting given as Chrome gives it (DevTools protocol,
 * Page.setFontSizes); the example campaign, not built.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonOutlines, chromiumAvailable, closeContexts, keepShot } from '../serve/chromium.js';
import { removeTempDirs } from '../support/tmp.js';
import { newPageAt, signedInDesk, signInByCookie } from './chromium-pages.js';
import { studioWithExample, type TestStudio } from './studio.js';

const SLUG = 'hai-phong';
/** Every page of the studio a clerk works on (the preview draws documents: not here). */
const PAGES = [
  '/',
  '/new',
  '/password',
  '/users',
  '/settings',
  `/c/${SLUG}`,
  `/c/${SLUG}/groups`,
  `/c/${SLUG}/leaders`,
  `/c/${SLUG}/results`,
  `/c/${SLUG}/build`,
];
/** What a clerk reads and works with on a page. */
const TEXT =
  'h1, h2, h3, label, input:not([type=hidden]), select, textarea, button, a, th, td, p, li, summary, legend';

/** The computed font size (px) of every element of `TEXT` on the page, in order. */
const sizes = (page: Page) =>
  page.locator(TEXT).evaluateAll((els) =>
    els.map((e) => ({
      what: `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).trim().split(/\s+/).join('.')}` : ''} “${(e.textContent ?? '').trim().slice(0, 30)}”`,
      px: Number.parseFloat(getComputedStyle(e).fontSize),
    })),
  );

describe.skipIf(!chromiumAvailable)("the studio at the browser's larger text size", () => {
  let s: TestStudio;
  let browser: Browser;
  let page: Page;
  /**
   * What the walk through PAGES found (each page loaded once for both looks, ~0.3 s of CPU a
   * load): the texts that did not grow with the setting, and the buttons left without an outline
   * in forced colours.
   */
  const found = { fixed: [] as string[], bare: [] as string[] };
  beforeAll(async () => {
    ({ s } = await studioWithExample());
    ({ browser, page } = await signedInDesk(s.url));
    const cdp = await page.context().newCDPSession(page);
    for (const path of PAGES) {
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 } });
      await page.goto(`${s.url}${path}`);
      expect(new URL(page.url()).pathname, 'signed in').toBe(path);
      // The campaign page's preview arrives after the page (studio.js fetches it): measured
      // once it is in, or its texts counted at 20 px only (CI: 311 texts, then 317).
      if (await page.locator('#preview-panel[data-load="yes"]').count())
        await page.locator('body[data-previewed]').waitFor({ state: 'attached' });
      const normal = await sizes(page);
      // As Chrome applies a change of the setting: to the page shown, at once.
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20 } });
      const large = await sizes(page);
      expect(large.length, path).toBe(normal.length);
      expect(normal.length, path).toBeGreaterThan(5);
      for (const [i, n] of normal.entries()) {
        const l = large[i]?.px ?? 0;
        if (Math.abs(l / n.px - 1.25) > 0.02)
          found.fixed.push(`${path} ${n.what}: ${n.px} → ${l} px`);
      }
      await keepShot(
        page,
        `test-output/studio-text-20px/${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}.png`,
        { fullPage: true },
      );
      // The same page in forced colours (at the larger text size, as the walk through the pages
      // in forced colours was when each page was loaded again for it).
      await page.emulateMedia({ forcedColors: 'active' });
      const buttons = await buttonOutlines(page, 'button:not(.link), .button');
      expect(buttons.length, path).toBeGreaterThan(0);
      found.bare.push(...buttons.filter((f) => f.border < 1).map((f) => `${path}: ${f.name}`));
      if (path.endsWith('/results'))
        await keepShot(page, 'test-output/studio-forced-colors-results.png', { fullPage: true });
      await page.emulateMedia({ forcedColors: 'none' });
    }
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.close();
    await removeTempDirs();
  });

  it('grows every text of every page with the setting (20 px: 1.25 times 16 px)', () => {
    expect(found.fixed).toEqual([]);
  });

  // qa41 m1: in forced colours (Windows High Contrast) a filled button ("Tìm", "Tải bảng số
  // liệu (Excel)") lost its background and read as plain words.
  it('keeps an outline on every button in forced colours', () => {
    expect(found.bare).toEqual([]);
  });

  // qa41 m3: the name was cut to two lines with "…": at 200 % zoom its end was lost, and two
  // campaigns differing at the end looked the same; the way back named the folder ("hai-phong").
  it('shows the whole campaign name at 200 % zoom, and names it on the way back to the list', async () => {
    // 1366×768 at 200 % zoom: a 683×384 window at 2 device pixels to the CSS pixel.
    const zoomed = await newPageAt(
      browser,
      { name: 'desktop', viewport: { width: 683, height: 384 }, mobile: false },
      { deviceScaleFactor: 2 },
    );
    await signInByCookie(zoomed, s.url);
    await zoomed.goto(`${s.url}/c/${SLUG}`);
    const name = zoomed.locator('h1.campaign-name');
    const subject = (await name.textContent())?.trim() ?? '';
    expect(subject.length).toBeGreaterThan(100);
    // The end of the name inside the heading's box, not laid out below it and hidden.
    const cut = await name.evaluate((h) => {
      const range = document.createRange();
      range.selectNodeContents(h);
      const rects = [...range.getClientRects()];
      const box = h.getBoundingClientRect();
      return rects.filter((r) => r.bottom > box.bottom + 1 || r.right > box.right + 1).length;
    });
    expect(cut).toBe(0);
    expect(await name.evaluate((h) => getComputedStyle(h).textOverflow)).not.toBe('ellipsis');
    const back = await zoomed.locator('main > p.muted').first().ariaSnapshot();
    expect(back).toContain('link "Chiến dịch"');
    expect(back).not.toContain(SLUG);
    expect(back).not.toContain('›');
    expect(back).toContain(subject.split(' ').slice(0, 4).join(' '));
    await keepShot(zoomed, 'test-output/studio-zoom-200-campaign.png', { fullPage: true });
  });
});
