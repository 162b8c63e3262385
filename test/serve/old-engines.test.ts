/**
 * The leader page on the old engines of the cheap phones (qa34 m4): flex `gap` is Chrome 84+ and
 * Safari 14.1+, grid `gap` by that name Chrome 66+. Without them "Xem" and "Tải về" touched
 * (two 48 px targets a trembling finger confuses), and on Chrome 61–65 the figures form's rows
 * touched. Chromium cannot be made old: the sheet is read as such an engine reads it — every
 * `gap` of a flex row dropped, `@supports not (inset: 0)` true (`inset` came with flex gap), and
 * on the grid engine every `gap:` dropped (its `grid-gap:` kept). The space between them is
 * measured on a 320 px phone at 130 % text.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './chromium.js';
import { resultsServerInChromium } from './results-chromium.js';
import { tokenOf } from './server.js';

/** The sheet as an engine without flex gap reads it (and, with `grid`, one before Chrome 66). */
function asOldEngine(css: string, grid: boolean): string {
  let old = css.replaceAll('@supports not (inset: 0)', '@supports (display: block)');
  // Each rule's block: a flex container loses its gap; on the old grid engine a grid's `gap:`.
  old = old.replace(/\{[^{}]*\}/g, (block) => {
    const flex = /display:\s*(inline-)?flex/.test(block);
    return flex || grid ? block.replace(/\n\s*gap:[^;]*;/g, '') : block;
  });
  return `${old}\nhtml { font-size: 130%; }`;
}

describe.skipIf(!chromiumAvailable)('the leader page on an old engine', () => {
  const held = resultsServerInChromium();

  async function oldPage(grid: boolean): Promise<Page> {
    const context = await held.browser.newContext({
      viewport: { width: 320, height: 568 },
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
    });
    const page = await context.newPage();
    await page.route('**/style.css', async (route) => {
      const css = await (await route.fetch()).text();
      await route.fulfill({ contentType: 'text/css', body: asOldEngine(css, grid) });
    });
    await page.goto(`${held.s.url}/g/${tokenOf('5')}/`);
    return page;
  }

  for (const grid of [false, true]) {
    it(`keeps space between the buttons and the form's rows${grid ? ' (Chrome 61–65)' : ''}`, async () => {
      const page = await oldPage(grid);
      // Each document's "Xem" and "Tải về": side by side, at least 6 px apart.
      const rows = await page
        .locator('.doc-actions')
        .evaluateAll((all) =>
          all.map((row) => [...row.querySelectorAll('.btn')].map((b) => b.getBoundingClientRect())),
        );
      expect(rows.length).toBeGreaterThan(3);
      for (const [view, save] of rows.map((r) => r.filter((b) => b.width > 0))) {
        if (!view || !save) continue;
        const apart =
          Math.abs(save.top - view.top) < 1 ? save.left - view.right : save.top - view.bottom;
        expect(apart).toBeGreaterThanOrEqual(6);
      }
      // The figures form: a figure's note and the next figure's label apart.
      const figures = await page
        .locator('.figures .figure')
        .evaluateAll((all) => all.map((f) => f.getBoundingClientRect()));
      expect(figures.length).toBe(3);
      for (let i = 1; i < figures.length; i++) {
        const above = figures[i - 1];
        const below = figures[i];
        if (above && below) expect(below.top - above.bottom).toBeGreaterThanOrEqual(10);
      }
      // The documents' cards apart.
      const cards = await page
        .locator('.doc')
        .evaluateAll((all) => all.map((d) => d.getBoundingClientRect()));
      for (let i = 1; i < cards.length; i++) {
        const above = cards[i - 1];
        const below = cards[i];
        if (above && below) expect(below.top - above.bottom).toBeGreaterThanOrEqual(6);
      }
      await page.context().close();
    });
  }
});
