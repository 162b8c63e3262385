/**
 * The groups table in Chromium on a 1366×900 desk screen (QA7 D2): ten columns had ~760 px and
 * every phone broke into three lines. The table may use the window's width, and a phone number is
 * never broken across lines. A merged ward's workbook kept one sheet per old ward shows each
 * sheet as its own table under its own header (qa: the second sheet's rows stood under the first
 * sheet's header, a column only it has left out). One size, no screenshot: what is checked is
 * the laid-out page. (On a phone the table is a card a row: phone-browser.test.ts.)
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, sharedChromium } from '../serve/chromium.js';
import { removeTempDirs } from '../support/tmp.js';
import { HANG_BAC, wardSheetsXlsx } from '../support/ward-sheets.js';
import { DESK, newPageAt, signInByCookie } from './chromium-pages.js';
import { studioWithCampaign, type TestStudio } from './studio.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/studio-ap/', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../examples/hai-phong/campaign.yaml', import.meta.url));

/** Old Hàng Bồ's sheet: its columns in another order than Hàng Bạc's, and one more. */
const HANG_BO_HEADER = [
  'STT',
  'Tổ trưởng',
  'Tên tổ dân phố',
  'Số hộ',
  'SĐT',
  'Địa điểm tập trung',
  'Ghi chú',
];
const HANG_BO = {
  name: 'P. Hàng Bồ (cũ)',
  firstId: 4,
  leaders: [],
  rows: [
    HANG_BO_HEADER,
    [4, 'Phạm Văn Tuấn', 'Tổ dân phố số 1', 132, '0912 111 004', 'Nhà văn hóa 1', 'mới sáp nhập'],
    [5, 'Đỗ Thị Lan', 'Tổ dân phố số 2', 87, '0912 111 005', 'Nhà văn hóa 2', ''],
  ],
};

describe.skipIf(!chromiumAvailable)('the groups table on a desk screen', () => {
  let s: TestStudio;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    ({ s } = await studioWithCampaign('niem-yet', [
      join(FIXTURES, 'campaign.yaml'),
      join(FIXTURES, 'groups.xlsx'),
    ]));
    const merged = join(s.dataDir, 'campaigns', 'hoan-kiem');
    await mkdir(merged, { recursive: true });
    await copyFile(EXAMPLE, join(merged, 'campaign.yaml'));
    await writeFile(join(merged, 'groups.xlsx'), await wardSheetsXlsx([HANG_BAC, HANG_BO], 0));
    // One desk page for the file's walks (each new context starts a renderer).
    browser = await sharedChromium();
    page = await newPageAt(browser, DESK);
    await signInByCookie(page, s.url);
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s.close();
    await removeTempDirs();
  });

  it('spreads over the window and keeps each phone on one line', async () => {
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
  });

  it('shows each sheet of a merged ward’s workbook under its own header', async () => {
    await page.goto(`${s.url}/c/hoan-kiem/groups`);
    expect(await page.locator('h2.sheet').allTextContents()).toEqual([
      `Trang tính “${HANG_BAC.name}”`,
      `Trang tính “${HANG_BO.name}”`,
    ]);
    const tables = page.locator('.table-wrap.groups table');
    expect(await tables.count()).toBe(2);
    const headerOf = (i: number) => tables.nth(i).locator('thead th').allTextContents();
    expect((await headerOf(0)).slice(1, -1)).toEqual([
      'STT',
      'Tên tổ dân phố',
      'Tổ trưởng',
      'SĐT',
      'Số hộ',
      'Địa điểm tập trung',
    ]);
    expect((await headerOf(1)).slice(1, -1)).toEqual(HANG_BO_HEADER);
    // Hàng Bồ's rows as its sheet has them: the leader before the name (printed as the papers
    // print it, with its old ward: Hàng Bạc has a "Tổ dân phố số 1" too), its own note shown.
    const row = tables.nth(1).locator('tbody tr', { hasText: 'Phạm Văn Tuấn' });
    expect((await row.locator('td').allTextContents()).slice(0, 3)).toEqual([
      '4',
      'Phạm Văn Tuấn',
      'Tổ dân phố số 1 (Hàng Bồ cũ)',
    ]);
    await expect.poll(() => row.getByText('mới sáp nhập', { exact: true }).isVisible()).toBe(true);
  });

  it('finds a group by the name it shows, old ward and all, marks and case aside', async () => {
    // qa44 M3: the row shows "Tổ dân phố số 1 (Hàng Bồ cũ)" (the sheet's name added, as the
    // papers print it), though its cells say "Tổ dân phố số 1"; the search found nothing by it.
    const rowsFor = async (typed: string) => {
      await page.goto(`${s.url}/c/hoan-kiem/groups?tim=${encodeURIComponent('x')}`);
      await page.getByLabel('Tìm trong danh sách').fill(typed);
      await page.getByRole('button', { name: 'Tìm', exact: true }).click();
      await page.waitForURL(/tim=/);
      return page
        .locator('.table-wrap.groups tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
        );
    };
    const tuan = ['Phạm Văn Tuấn', 'Tổ dân phố số 1 (Hàng Bồ cũ)'];
    for (const typed of ['Tổ dân phố số 1 (Hàng Bồ cũ)', 'hang bo 1', 'TO DAN PHO SO 1 HANG BO']) {
      const rows = await rowsFor(typed);
      expect(
        rows.map((r) => r.slice(1, 3)),
        typed,
      ).toEqual([tuan]);
      expect(await page.locator('p.paging').first().textContent(), typed).toContain('1 dòng có');
    }
    // Both of old Hàng Bồ's groups by its name, none of Hàng Bạc's; Hàng Bạc's by a leader.
    expect((await rowsFor('hàng bồ')).map((r) => r[2])).toEqual([
      'Tổ dân phố số 1 (Hàng Bồ cũ)',
      'Tổ dân phố số 2 (Hàng Bồ cũ)',
    ]);
    expect((await rowsFor('le van hung')).map((r) => r[1])).toEqual([
      'Tổ dân phố số 2 (Hàng Bạc cũ)',
    ]);
  });
});
