/**
 * The campaigns' search box in Chromium (qa27 F4): typing filters the list as one types, without
 * pressing Tìm, the years without a match hidden and the address keeping the query; on a phone
 * (360×740) a row stays compact (its folder name left to the desk). With
 * PHUONG_PRINT_TEST_SHOTS=1, screenshots in test-output/studio-campaign-search/.
 */
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, sharedChromium } from '../serve/chromium.js';
import { removeTempDirs } from '../support/tmp.js';
import { DESK, newPageAt, PHONE, screenshots, signInByCookie } from './chromium-pages.js';
import { addDatedCampaigns, CAMPAIGNS } from './dated-campaigns.js';
import { studioWithExample, type TestStudio } from './studio.js';

const OUT = join(
  fileURLToPath(new URL('../../', import.meta.url)),
  'test-output',
  'studio-campaign-search',
);

/** The names of the rows Chromium shows. */
const visibleNames = (page: Page) =>
  page
    .locator('.campaigns li a.open')
    .evaluateAll((els) =>
      els.filter((e) => e.getBoundingClientRect().height > 0).map((e) => e.textContent?.trim()),
    );

describe.skipIf(!chromiumAvailable)('the campaigns’ search box in Chromium', () => {
  let s: TestStudio;
  let browser: Browser;
  let page: Page;
  let exampleYear: string;

  beforeAll(async () => {
    let folder: string;
    ({ s, folder } = await studioWithExample({}, 'hai-phong'));
    exampleYear = (await addDatedCampaigns(s.dataDir, folder)).slice(0, 4);
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s.close();
    await removeTempDirs();
  });

  it('filters the rows as one types, marks or not, and keeps the query in the address', async () => {
    page = await newPageAt(browser, DESK);
    const shot = screenshots(OUT, DESK, () => page);
    await signInByCookie(page, s.url);
    await page.goto(`${s.url}/`);
    const tet = CAMPAIGNS[2]?.name ?? '';
    await page.getByLabel('Tìm chiến dịch').pressSequentially('qua tet');
    await expect.poll(() => visibleNames(page)).toEqual([tet]);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('qua tet');
    // The 2024 group, no match in it, is not shown at all.
    expect(await page.locator('details.year[data-year="2024"]').isVisible()).toBe(false);
    // The year of the match counts its matches, of its campaigns.
    const year = CAMPAIGNS[2]?.issued.slice(0, 4) ?? '';
    const inYear =
      CAMPAIGNS.filter((k) => k.issued.startsWith(year)).length + (exampleYear === year ? 1 : 0);
    await expect
      .poll(() =>
        page.locator(`details.year[data-year="${year}"] summary .year-count`).textContent(),
      )
      .toContain(`1 trong ${inYear} chiến dịch`);
    await shot('typed');
    // Cleared: every campaign back.
    await page.getByLabel('Tìm chiến dịch').fill('');
    await page.getByLabel('Tìm chiến dịch').dispatchEvent('input');
    await expect
      .poll(async () => await page.locator('.campaigns li[data-search]:not([hidden])').count())
      .toBe(CAMPAIGNS.length + 1);
    await expect
      .poll(() =>
        page.locator(`details.year[data-year="${year}"] summary .year-count`).textContent(),
      )
      .not.toContain(' trong ');
    // A year folded: opened by a search that finds one of its campaigns.
    await page.getByLabel('Tìm chiến dịch').fill('1/2024');
    await page.getByLabel('Tìm chiến dịch').dispatchEvent('input');
    await expect.poll(() => visibleNames(page)).toEqual([CAMPAIGNS[0]?.name]);
  });

  it('finds by the search rule of every other list, in the browser and without a script', async () => {
    // Two more campaigns, named as an office names them, copied from the 2024 one.
    const from = join(s.dataDir, 'campaigns', CAMPAIGNS[0]?.slug ?? '');
    const more = [
      { slug: 'ho-tro-ba-thang', name: 'Hỗ trợ bà Thắng tổ 17' },
      { slug: 'ngay-hoi-hoa-binh', name: 'Ngày hội Hoà Bình tổ 7' },
    ];
    for (const k of more) {
      await cp(from, join(s.dataDir, 'campaigns', k.slug), { recursive: true });
      await writeFile(join(s.dataDir, 'campaigns', k.slug, 'studio-name.txt'), `${k.name}\n`);
    }
    page = await newPageAt(browser, DESK);
    await signInByCookie(page, s.url);
    await page.goto(`${s.url}/`);
    const box = page.getByLabel('Tìm chiến dịch');
    const typed = async (query: string) => {
      await box.fill(query);
      await box.dispatchEvent('input');
    };
    const [thang, hoa] = more.map((k) => k.name);
    // "Hằng" is not "Thắng", nor inside it; "thắng" is.
    await typed('Hằng');
    await expect.poll(() => visibleNames(page)).toEqual([]);
    await typed('thắng');
    await expect.poll(() => visibleNames(page)).toEqual([thang]);
    // A tone is the word's wherever it sits: "hòa" finds "Hoà".
    await typed('hòa bình');
    await expect.poll(() => visibleNames(page)).toEqual([hoa]);
    // A number is whole: "tổ 7" is not "tổ 17".
    await typed('tổ 7');
    await expect.poll(() => visibleNames(page)).toEqual([hoa]);
    // Without a script, the server's ?q= answers the same.
    for (const [query, names] of [
      ['Hằng', []],
      ['hòa bình', [hoa]],
      ['tổ 7', [hoa]],
    ] as const) {
      const res = await fetch(`${s.url}/?q=${encodeURIComponent(query)}`, {
        headers: {
          cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; '),
        },
      });
      const shownRows = [
        ...(await res.text()).matchAll(
          /<li data-search="[^"]*"><div><a class="open"[^>]*>([^<]*)</g,
        ),
      ].map((m) => m[1]);
      expect(shownRows, query).toEqual(names);
    }
  });

  it('keeps a phone’s row compact: name, number, date and status, no folder name', async () => {
    page = await newPageAt(browser, PHONE);
    const shot = screenshots(OUT, PHONE, () => page);
    await signInByCookie(page, s.url);
    await page.goto(`${s.url}/`);
    await shot('list');
    const tet = page.locator('.campaigns li', { hasText: CAMPAIGNS[2]?.name ?? '' });
    expect(await tet.locator('.folder').isVisible()).toBe(false);
    const box = await tet.boundingBox();
    // The name (a 44 px target), two lines of details, the actions (44 px): no more.
    expect(box?.height).toBeLessThan(160);
  });
});
