/**
 * Two campaigns with one title on a 360 px phone (qa30): the list hides each row's "thư mục …"
 * on a phone (the folder is the desk's), but two rows named alike are told apart by it, so those
 * rows show it there too. Chromium at the phone's size, the folders from the studio's answers.
 */
import { cp } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, sharedChromium } from '../serve/chromium.js';
import { removeTempDirs } from '../support/tmp.js';
import { newPageAt, PHONE, signInAt } from './chromium-pages.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

const OTHER = 'Tiêm chủng mở rộng';
/** The example campaign's folder, and its copy made by hand (one title, two folders). */
const FOLDERS = ['hai-phong', 'hai-phong-ban-sao-cua-van-phong-cuoc-thi-cong-dan-so-dot-hai'];

describe.skipIf(!chromiumAvailable)('two campaigns named alike, on a phone', () => {
  let s: TestStudio;
  let c: Client;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    let folder: string;
    ({ s, c, folder } = await studioWithExample({}, FOLDERS[0]));
    await cp(folder, join(dirname(folder), FOLDERS[1] ?? ''), { recursive: true });
    const made = await c.upload('/new', 'docx', '', new Uint8Array(), { name: OTHER, from: '' });
    expect(made.status).toBe(303);
    browser = await sharedChromium();
    page = await newPageAt(browser, PHONE);
    await signInAt(page, s.url);
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.close();
    await removeTempDirs();
  });

  /** Each row's name and the text a phone shows of it (innerText: what is displayed). */
  const rowsShown = () =>
    page.$$eval('.campaigns li', (lis) =>
      lis.map((li) => ({
        name: li.querySelector('a.open')?.textContent?.trim() ?? '',
        // biome-ignore lint/performance/useDomNodeTextContent: what is shown (a hidden folder is not)
        shown: (li as HTMLElement).innerText.replace(/\s+/g, ' '),
      })),
    );

  it('shows the folder of the two rows named alike, not of the others', async () => {
    await page.goto(`${s.url}/`);
    // Each year opened, as the office would (the example's year may be folded).
    for (const summary of await page.locator('details.year:not([open]) > summary').all()) {
      await summary.click();
    }
    const rows = await rowsShown();
    const same = rows.filter((r) => r.name !== OTHER);
    expect(same.length).toBe(2);
    expect(same[0]?.name).toBe(same[1]?.name);
    for (const slug of FOLDERS) {
      const at = new RegExp(`thư mục ${slug}(?=\\s|$)`);
      expect(same.filter((r) => at.test(r.shown)).length, slug).toBe(1);
    }
    // A long folder name wraps: the page is no wider than the phone.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.viewport.width);
    const right = await page.$$eval('.campaigns .folder', (spans) =>
      Math.max(...spans.flatMap((e) => [...e.getClientRects()].map((r) => r.right))),
    );
    expect(right).toBeLessThanOrEqual(PHONE.viewport.width);
    const other = rows.find((r) => r.name === OTHER);
    expect(other?.shown).toBeTruthy();
    expect(other?.shown).not.toContain('thư mục');
  });
});
