/**
 * "Xem" (a document page by page as pictures, for Zalo's browser, which opens no PDF) gives a
 * screen reader the document's text (qa41 M3): under each page's picture a "Đọc trang N dạng
 * chữ" that opens on the page's own text — its headings as headings, the words the PDF's page
 * has, in reading order, without its page number and running footer — and the caption "Trang N /
 * M" is not read again after the picture's name, which says it. A real server on loopback, the
 * example campaign, Chromium on a phone as Zalo's browser; what a screen reader gets is read from
 * the page's accessibility tree (ariaSnapshot).
 */

import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { collapseSpaces, pdfPageTexts } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import {
  chromiumAvailable,
  closeContexts,
  keepShot,
  phoneOptions,
  sharedChromium,
} from './chromium.js';
import { forkDocuments, serveForFile, tokenOf } from './server.js';

const s = serveForFile({ memoryCache: forkDocuments() });
const ZALO =
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36 Zalo android/12100543 ZaloTheme/light ZaloLanguage/vi';

/** Words of a text, for comparing what two readings of a page say whatever their line breaks. */
const words = (text: string) => collapseSpaces(text).split(' ').filter(Boolean);

describe.skipIf(!chromiumAvailable)('"Xem" for a screen reader', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await closeContexts(browser);
  });
  const open = async (file: string): Promise<Page> => {
    const ctx = await browser.newContext(phoneOptions({ userAgent: ZALO }));
    const page = await ctx.newPage();
    await page.goto(`${s.url}/g/${tokenOf('5')}/${file}`);
    return page;
  };

  it("reads each page of the notice as text, its headings as headings, what the PDF's page says", async () => {
    const campaign = parse(await readFile(EXAMPLE_CAMPAIGN, 'utf8'));
    const pdf = new Uint8Array(
      await (await fetch(`${s.url}/g/${tokenOf('5')}/notice.pdf`)).arrayBuffer(),
    );
    const pdfPages = await pdfPageTexts(pdf);
    const page = await open('notice.html');
    const items = page.locator('ol.pages > li');
    expect(await items.count()).toBe(pdfPages.length);
    for (const [i, pdfPage] of pdfPages.entries()) {
      const item = items.nth(i);
      const summary = item.getByText(`Đọc trang ${i + 1} dạng chữ`);
      await summary.click();
      const tree = await item.ariaSnapshot();
      // The picture's name once; the caption under it is not read again.
      expect(tree).toContain(`Thông báo của phường, trang ${i + 1} trên ${pdfPages.length}`);
      expect(tree).not.toContain(`Trang ${i + 1} / ${pdfPages.length}`);
      // A group that opens (details), named by its summary, holding the page's text.
      expect(tree).toMatch(new RegExp(`- group:\\s*\\n\\s*- text: Đọc trang ${i + 1} dạng chữ\\n`));
      const text = ((await item.locator('.page-text-body').textContent()) ?? '').normalize('NFC');
      // Every word of the PDF's page is read, but its running footer ("Bản gửi: …") and page
      // number (Artifacts: pdftotext reads them last, or first).
      const said = new Set(words(text));
      const lines = pdfPage
        .split('\n')
        .map(collapseSpaces)
        .filter((l) => l && !/^\d+$/.test(l) && !l.startsWith('Bản gửi:'));
      const unsaid = lines.flatMap(words).filter((w) => !said.has(w));
      expect(unsaid, `page ${i + 1}`).toEqual([]);
    }
    // The notice's subject (campaign.yaml) is a heading on page 1: a reader jumps to it.
    const subject = collapseSpaces(String(campaign.notice?.subject ?? campaign.subject ?? ''));
    expect(subject).not.toBe('');
    const headings = await items.nth(0).getByRole('heading').allInnerTexts();
    expect(headings.map(collapseSpaces).some((h) => h.includes(subject))).toBe(true);
    await keepShot(page, 'test-output/pages-text-notice-360.png', { fullPage: true });
  });

  it("reads the flyer once, not the sheet's second copy", async () => {
    const page = await open('flyer.html');
    await page.getByText('Đọc trang 1 dạng chữ').click();
    const text = collapseSpaces(
      (await page.locator('.page-text-body').first().textContent()) ?? '',
    );
    const pdf = new Uint8Array(
      await (await fetch(`${s.url}/g/${tokenOf('5')}/flyer.pdf`)).arrayBuffer(),
    );
    // The flyer's first line, read twice from the PDF (two flyers a sheet), once here.
    const [first] = (await pdfPageTexts(pdf))[0]?.split('\n').filter((l) => l.trim()) ?? [];
    expect(first).toBeTruthy();
    expect(text.split(collapseSpaces(first ?? '')).length - 1).toBe(1);
  });

  // qa41 m4: TalkBack read "dấu ba chấm dọc", "mũi tên trái", "K B", "chấm giữa".
  it('reads no symbols aloud: the menu dots in words, no arrow, sizes in words, no "·"', async () => {
    // Its documents drawn (the ZIP holds them all), so that the page says their sizes
    // (first-visit.test.ts: before, it says their types alone).
    await (await fetch(`${s.url}/g/${tokenOf('5')}/all.zip`)).arrayBuffer();
    const leader = await open('');
    const page = await leader.locator('main').ariaSnapshot();
    expect(page).toContain('bấm nút ba chấm ở góc trên');
    expect(page).toMatch(/Tải tất cả để in trên máy tính \(ZIP, \d+ ki-lô-bai ?\)/);
    expect(page).toMatch(/PDF ?, \d+ trang ?, \d+ ki-lô-bai/);
    for (const symbol of ['⋮', '···', '·', ' KB']) expect(page).not.toContain(symbol);
    // What the eye sees is unchanged: the "·" and "KB" shown, hidden from the reader only.
    expect(
      await leader
        .locator('.doc .meta')
        .first()
        .locator('span[aria-hidden="true"]')
        .allInnerTexts(),
    ).toEqual(expect.arrayContaining([' · ', expect.stringMatching(/^\d+ KB$/)]));
    const view = await open('notice.html');
    const tree = await view.locator('main').ariaSnapshot();
    expect(tree).toContain('link "Về danh sách tài liệu"');
    expect(tree).toMatch(/link "Tải về \(PDF, \d+ ki-lô-bai ?\)"/);
    for (const symbol of ['←', '·', ' KB']) expect(tree).not.toContain(symbol);
  });
});
