/**
 * The notice as a reader gets it: its text (extracted with poppler), where its parts sit on the
 * page (pdfjs positions), and its QR codes (rasterised and decoded with zbar).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import type { Campaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { LEFT, MM, RIGHT_EDGE, TEXT_BOTTOM } from '../support/notice-margins.js';
import { type PageItems, pdfTextItems } from '../support/pdf-items.js';
import { collapseSpaces, pdfInfo, pdfPageTexts } from '../support/pdf-text.js';
import { decodeQrCodesEach } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { exampleInputs, renderFor, seedApp } from '../support/render.js';
import { seedBodySentences, seedRecipients, seedUrls } from '../support/seed.js';
import { removeTempDirs } from '../support/tmp.js';

let campaign: Campaign;
let group5: Group;
let pdf: Uint8Array;
let text: string;
let layoutText: string;
let pages: PageItems[];

beforeAll(async () => {
  const inputs = await exampleInputs();
  campaign = inputs.campaign;
  group5 = inputs.groups.find((g) => g.id === '5') as Group;
  pdf = (await renderFor(notice, campaign, group5)).bytes;
  // Page furniture (numbers, the group tag) would sit inside sentences that cross a page break.
  const furniture = (line: string) =>
    /^\s*\d+\s*$/.test(line) || line.includes('Bản gửi: Tổ dân phố số 5');
  const perPage = await pdfPageTexts(pdf);
  text = collapseSpaces(
    perPage
      .map((t) =>
        t
          .split('\n')
          .filter((l) => !furniture(l))
          .join('\n'),
      )
      .join('\n'),
  );
  pages = await pdfTextItems(pdf);
  layoutText = (await pdfPageTexts(pdf, { layout: true }))
    .map((t) =>
      t
        .split('\n')
        .filter((l) => !furniture(l))
        .join('\n'),
    )
    .join('\n');
});
afterAll(removeTempDirs);

describe('notice text', () => {
  it('holds every sentence of the seed body, words and spaces intact', () => {
    const sentences = seedBodySentences();
    expect(sentences.length).toBeGreaterThan(50);
    // A line may break inside a URL or after any "/" (UAX #14), where extraction cannot tell a
    // line end from a space: those units are compared without whitespace, in the layout text
    // (plain pdftotext also drops a hyphen that ends a line).
    const squeezed = layoutText.replace(/\s+/g, '');
    const missing = sentences.filter((s) =>
      s.includes('/') ? !squeezed.includes(s.replace(/\s+/g, '')) : !text.includes(s),
    );
    expect(missing).toEqual([]);
  });

  it('prints "Kính gửi:" as the seed issues it, one recipient a line', () => {
    const issued = seedRecipients();
    expect(issued).toHaveLength(8);
    expect(text).toContain(`Kính gửi: ${issued.map((r) => `- ${r}`).join(' ')}`);
    // One "- " line each, in a column: every entry starts at the same column of the layout.
    const lines = layoutText.split('\n');
    const columns = issued.map((r) => {
      const line = lines.find((l) => collapseSpaces(l).endsWith(`- ${r}`));
      return line?.indexOf('- ');
    });
    expect(columns.every((c) => c !== undefined && c > 0)).toBe(true);
    expect(new Set(columns).size).toBe(1);
  });

  it('has the header, number, date, subject, signature and "Nơi nhận"', () => {
    for (const part of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG LÊ CHÂN',
      'Số: 05/UBND-VHXH',
      'Lê Chân, ngày 09 tháng 10 năm 2025',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Đức Anh',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, VHXH.',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('is NFC and drops no diacritic', () => {
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain('Ứng dụng AI trong công việc và cuộc sống.');
  });
});

describe('notice layout (Decree 30/2020)', () => {
  const find = (page: PageItems, s: string) => page.items.find((i) => i.str.includes(s));

  it('puts the Quốc hiệu in the right column above the Tiêu ngữ, the issuer on the left', () => {
    const p1 = pages[0] as PageItems;
    const qh = find(p1, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const tn = find(p1, 'Độc lập - Tự do - Hạnh phúc');
    const issuer = find(p1, 'ỦY BAN NHÂN DÂN');
    const number = find(p1, 'Số: 05/UBND-VHXH');
    const date = find(p1, 'ngày 09 tháng 10 năm 2025');
    expect(qh && tn && issuer && number && date).toBeTruthy();
    if (!qh || !tn || !issuer || !number || !date) return;
    expect(qh.xMm).toBeGreaterThan(95);
    expect(qh.bold).toBe(true);
    expect(qh.fontSize).toBeGreaterThanOrEqual(12);
    expect(qh.fontSize).toBeLessThanOrEqual(13);
    expect(tn.yTopMm).toBeGreaterThan(qh.yTopMm);
    expect(tn.bold).toBe(true);
    expect(issuer.xMm + issuer.widthMm).toBeLessThan(qh.xMm);
    expect(issuer.bold).toBe(true);
    // Số on the left, địa danh-ngày in italic on the right, on one line.
    expect(number.xMm).toBeLessThan(95);
    expect(date.italic).toBe(true);
    expect(date.xMm).toBeGreaterThan(95);
    expect(Math.abs(date.baselineMm - number.baselineMm)).toBeLessThan(1);
    // Tiêu ngữ centred under the Quốc hiệu.
    const centre = (i: { xMm: number; widthMm: number }) => i.xMm + i.widthMm / 2;
    expect(Math.abs(centre(tn) - centre(qh))).toBeLessThan(2);
  });

  it('keeps all text inside the margins (page numbers and the group tag excepted)', () => {
    const tag = collapseSpaces(`Bản gửi: ${group5.name}, ${campaign.issuer.ward}`);
    const outside = pages.flatMap((p, n) =>
      p.items
        .filter((i) => !/^\d+$/.test(i.str.trim()) && !tag.includes(collapseSpaces(i.str)))
        .filter(
          (i) =>
            i.xMm < LEFT / MM - 0.5 ||
            i.xMm + i.widthMm > RIGHT_EDGE / MM + 0.5 ||
            i.yTopMm < 20 - 0.5 ||
            i.yTopMm + i.heightMm > TEXT_BOTTOM + 0.5,
        )
        .map((i) => `p${n + 1} ${i.str} @${i.xMm.toFixed(1)},${i.yTopMm.toFixed(1)}`),
    );
    expect(outside).toEqual([]);
  });

  it('numbers pages from page 2 up to the annex, centred in the top margin', async () => {
    const info = await pdfInfo(pdf);
    expect(info.pages).toBeGreaterThanOrEqual(2);
    expect(info.pageSizesMm[0]?.width).toBeCloseTo(210, 0);
    expect(info.pageSizesMm[0]?.height).toBeCloseTo(297, 0);
    const numberOn = (p: PageItems) =>
      p.items.find((i) => /^\d+$/.test(i.str.trim()) && i.yTopMm < 20);
    expect(numberOn(pages[0] as PageItems)).toBeUndefined();
    // Up to the annex, which numbers its pages on its own (notice-conventions.test.ts).
    const annex = pages.findIndex((p) => p.items.some((i) => i.str.trim() === 'PHỤ LỤC'));
    expect(annex).toBeGreaterThan(1);
    pages.slice(1, annex).forEach((p, n) => {
      const num = numberOn(p);
      expect(num?.str.trim()).toBe(String(n + 2));
      if (num) expect(Math.abs(num.xMm + num.widthMm / 2 - (30 + 165 / 2))).toBeLessThan(2);
    });
  });

  it("marks the group's copy on every page, and names the group nowhere else", async () => {
    const perPage = await pdfPageTexts(pdf);
    for (const t of perPage) {
      expect(collapseSpaces(t)).toContain(`Bản gửi: ${group5.name}, ${campaign.issuer.ward}`);
      // The issued text is the same in every copy: the group is only in its copy's mark.
      expect(collapseSpaces(t).split(group5.name)).toHaveLength(2);
    }
  });

  it('keeps the signature block together: title, name and "Nơi nhận" on one page', () => {
    const pageOf = (s: string) => pages.findIndex((p) => p.items.some((i) => i.str.includes(s)));
    const title = pageOf('TM. ỦY BAN NHÂN DÂN');
    expect(title).toBeGreaterThan(0);
    expect(pageOf('Nguyễn Đức Anh')).toBe(title);
    expect(pageOf('Nơi nhận:')).toBe(title);
  });
});

describe('notice QR codes', () => {
  it('decode to exactly the campaign links and the app store links', async () => {
    // 72 dpi: the example's codes decode there held in the hand (qr-scan.test.ts).
    const pngs = await rasterize(pdf, { dpi: 72 });
    const decoded = (await decodeQrCodesEach(pngs)).flat();
    const expected = [
      ...Object.values(campaign.links).map((l) => l.url),
      seedApp(campaign).ios.url,
      seedApp(campaign).android.url,
    ];
    expect([...decoded].sort()).toEqual([...expected].sort());
    // The body's links are the seed's links.
    expect(seedUrls().every((u) => decoded.includes(u))).toBe(true);
  });
});

describe('a long notice', () => {
  it('flows onto more pages without splitting the signature block', async () => {
    const long = {
      ...campaign,
      notice: { ...campaign.notice, body: `${campaign.notice.body}\n\n`.repeat(3) },
    };
    const doc = await renderFor(notice, long, group5);
    const items = await pdfTextItems(doc.bytes);
    expect(doc.pages).toBeGreaterThan(6);
    const pageOf = (s: string) => items.findIndex((p) => p.items.some((i) => i.str.includes(s)));
    expect(pageOf('Nguyễn Đức Anh')).toBe(pageOf('TM. ỦY BAN NHÂN DÂN'));
    expect(pageOf('Nguyễn Đức Anh')).toBe(pageOf('- Lưu: VT, VHXH.'));
    expect((await pdfInfo(doc.bytes)).pages).toBe(doc.pages);
  });
});
