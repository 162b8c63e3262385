/**
 * The groups table in Chromium on a 1366×900 desk screen (QA7 D2): ten columns had ~760 px and
 * every phone broke into three lines. The table may use the window's width, and a phone number is
 * never broken across lines. One size, no screenshot: what is checked is the laid-out page.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, sharedChromium } from '../serve/chromium.js';
import { removeTempDirs } from '../support/tmp.js';
import { DESK, newPageAt, signInByCookie } from './chromium-pages.js';
import { studioWithCampaign, type TestStudio } from './studio.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/studio-ap/', import.meta.url));

describe.skipIf(!chromiumAvailable)('the groups table on a desk screen', () => {
  let s: TestStudio;
  beforeAll(async () => {
    ({ s } = await studioWithCampaign('niem-yet', [
      join(FIXTURES, 'campaign.yaml'),
      join(FIXTURES, 'groups.xlsx'),
    ]));
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('spreads over the window and keeps each phone on one line', async () => {
    const browser = await sharedChromium();
    try {
      const page = await newPageAt(browser, DESK);
      await signInByCookie(page, s.url);
      await page.goto(`${s.url}/c/niem-yet/groups`);
      const width = DESK.viewport.width;
      const table = await page.locator('.table-wrap').boundingBox();
      // The page's own margins aside (1 rem each side), the table has the window's width.
      expect(table?.width ?? 0).toBeGreaterThan(width - 64);
      // groups.xlsx's phones, as the page prints them ("0913 111 001"): each on one line.
      const phones = await page.locator('td', { hasText: /^0913 111 \d{3}$/ }).evaluateAll((tds) =>
        tds.map((td) => {
          const range = document.createRange();
          range.selectNodeContents(td);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          return { text: td.textContent, lines: tops.size };
        }),
      );
      expect(phones.length).toBe(6);
      for (const p of phones) expect(p, p.text ?? '').toMatchObject({ lines: 1 });
      await page.context().close();
    } finally {
      await closeContexts(browser);
    }
  });
});
