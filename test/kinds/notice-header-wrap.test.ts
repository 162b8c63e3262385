/**
 * Long header lines of the notice (qa1 #16): a number and symbol too long for the left column is
 * shrunk to fit it, never broken at a hyphen, and cut only before its "/" when even the smallest
 * size is too wide; a place too long to share the date's line goes on a line of its own, the date
 * ("ngày … tháng … năm …") kept whole. Read from the PDF's words (pdftotext -bbox) and sizes.
 */
import { describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { parseCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { pdfTextItems } from '../support/pdf-items.js';
import { type PdfWord, pdfWords } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';

const group: Group = { id: '1', name: 'Tổ dân phố số 1', source: { file: 'g.csv', row: 2 } };

/** The notice-only campaign issued in Hồ Chí Minh City on 28/12/2026, number 1234/`symbol`. */
function campaignWith(symbol: string) {
  const yaml = NOTICE_ONLY.replace('issued: 2026-03-02', 'issued: 2026-12-28')
    .replace('place: Tân Định', 'place: Thành phố Hồ Chí Minh')
    .replace('number: 27', 'number: 1234')
    .replace('symbol: UBND-VHXH', `symbol: ${symbol}`);
  return parseCampaign(yaml, 'campaign.yaml');
}

async function page1(symbol: string) {
  const { bytes } = await renderFor(notice, campaignWith(symbol), group);
  const words = (await pdfWords(bytes)).filter((w) => w.page === 1);
  const items = (await pdfTextItems(bytes))[0]?.items ?? [];
  return { words, items };
}

/** The word `text` (the first one), failing the test when it is not there. */
function word(words: PdfWord[], text: string): PdfWord {
  const w = words.find((x) => x.text === text);
  if (!w) throw new Error(`no word "${text}" in ${words.map((x) => x.text).join(' ')}`);
  return w;
}

const sameLine = (a: PdfWord, b: PdfWord) => Math.abs(a.yMin - b.yMin) < 1;

describe('notice header, long lines', () => {
  it('keeps the number and symbol whole on one line, shrunk to no less than 12 pt', async () => {
    const { words, items } = await page1('UBND-VHXH-PCCC-CNCH');
    const so = word(words, 'Số:');
    const number = word(words, '1234/UBND-VHXH-PCCC-CNCH');
    expect(sameLine(so, number)).toBe(true);
    // Left of the right column, where the date stands.
    expect(number.xMax).toBeLessThan(word(words, 'Thành').xMin);
    const size = items.find((i) => i.str.includes('1234/'))?.fontSize ?? 0;
    expect(size).toBeGreaterThanOrEqual(12);
    expect(size).toBeLessThan(13);
  });

  it('cuts a symbol too long even at 12 pt only before its "/"', async () => {
    const symbol = 'UBND-VHXH-PCCC-CNCH-QLĐT';
    const { words } = await page1(symbol);
    const so = word(words, 'Số:');
    const num = word(words, '1234');
    const rest = word(words, `/${symbol}`);
    expect(sameLine(so, num)).toBe(true);
    expect(rest.yMin).toBeGreaterThan(num.yMax - 1);
    expect(rest.xMax).toBeLessThan(word(words, 'Thành').xMin);
  });

  it('leaves a short number at 13 pt on one line', async () => {
    const { words, items } = await page1('UBND-VHXH');
    expect(sameLine(word(words, 'Số:'), word(words, '1234/UBND-VHXH'))).toBe(true);
    expect(items.find((i) => i.str.includes('1234/'))?.fontSize).toBeCloseTo(13, 1);
  });

  it('breaks the place-date line before "ngày", never before the year', async () => {
    const { words } = await page1('UBND-VHXH');
    const ngay = word(words, 'ngày');
    for (const w of ['28', 'tháng', '12', 'năm', '2026'])
      expect(sameLine(ngay, word(words, w)), w).toBe(true);
    const minh = word(words, 'Minh,');
    expect(sameLine(word(words, 'Thành'), minh)).toBe(true);
    expect(ngay.yMin).toBeGreaterThan(minh.yMax - 1);
  });
});
