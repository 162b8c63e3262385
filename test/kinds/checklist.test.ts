/**
 * The checklist as a participant gets it: every step and every validity rule in the text, one
 * empty tick box per item (counted from the layout's geometry and seen on a raster), QR codes
 * that decode to the contest page (beside the steps) and the support links, and the group's header on every page.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChecklistGeometry, checklist, drawChecklist } from '../../src/kinds/checklist.js';
import { renderSections } from '../../src/kinds/render.js';
import { loadFonts } from '../../src/layout/fonts.js';
import { MM } from '../../src/layout/text-model.js';
import type { Campaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { buildContext } from '../../src/model/context.js';
import { createPdfSurface } from '../../src/render/pdf/document.js';
import { type PageItems, pdfTextItems } from '../support/pdf-items.js';
import { collapseSpaces, pdfInfo, pdfPageTexts } from '../support/pdf-text.js';
import { decodeQrCodes, decodeQrCodesEach } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { exampleInputs, renderFor, seedContest } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

let campaign: Campaign;
let group5: Group;
let pdf: Uint8Array;
let text: string;

beforeAll(async () => {
  const inputs = await exampleInputs();
  campaign = inputs.campaign;
  group5 = inputs.groups.find((g) => g.id === '5') as Group;
  pdf = (await renderFor(checklist, campaign, group5)).bytes;
  text = collapseSpaces((await pdfPageTexts(pdf)).join('\n'));
});
afterAll(removeTempDirs);

/** Lays the checklist out again, as render does, to read where its boxes and codes went. */
async function layout(c: Campaign, g: Group) {
  const ctx = buildContext(c, g, 'to');
  const surface = createPdfSurface(loadFonts(), [210 * MM, 297 * MM], {
    title: '',
    author: '',
    created: new Date(`${c.issued}T00:00:00+07:00`),
  });
  const geo = drawChecklist(surface, renderSections(checklist, ctx));
  await surface.finish();
  return geo;
}

async function greyPages(doc: Uint8Array, dpi: number) {
  return Promise.all(
    (await rasterize(doc, { dpi })).map(async (png) => {
      const { data, info } = await sharp(png)
        .greyscale()
        .raw()
        .toBuffer({ resolveWithObject: true });
      return { at: (x: number, y: number) => data[y * info.width + x] ?? 255, png };
    }),
  );
}

/** Each box on the raster: dark along all four sides, blank paper inside. */
async function boxesOnRaster(doc: Uint8Array, geo: ChecklistGeometry): Promise<string[]> {
  const dpi = 150;
  const px = (mm: number) => Math.round((mm / 25.4) * dpi);
  const pages = await greyPages(doc, dpi);
  const bad: string[] = [];
  for (const [n, b] of geo.tickBoxesMm.entries()) {
    const img = pages[b.page - 1];
    if (!img) {
      bad.push(`box ${n}: no page ${b.page}`);
      continue;
    }
    const [x0, y0, x1, y1] = [px(b.x), px(b.y), px(b.x + b.size), px(b.y + b.size)];
    const darkNear = (x: number, y: number, dx: number, dy: number) =>
      [-1, 0, 1].some((d) => img.at(x + d * dx, y + d * dy) < 128);
    const mid = (a: number, c: number) => Math.round((a + c) / 2);
    const sides = [
      darkNear(mid(x0, x1), y0, 0, 1),
      darkNear(mid(x0, x1), y1, 0, 1),
      darkNear(x0, mid(y0, y1), 1, 0),
      darkNear(x1, mid(y0, y1), 1, 0),
    ];
    if (!sides.every(Boolean)) bad.push(`box ${n}: border missing (${sides})`);
    let inkInside = 0;
    for (let y = y0 + 3; y <= y1 - 3; y++)
      for (let x = x0 + 3; x <= x1 - 3; x++) if (img.at(x, y) < 200) inkInside++;
    if (inkInside > 0) bad.push(`box ${n}: ${inkInside} dark pixels inside`);
  }
  return bad;
}

describe('checklist text', () => {
  it('is an A4 page with a title and lines for the participant', async () => {
    const info = await pdfInfo(pdf);
    expect(info.pageSizesMm[0]?.width).toBeCloseTo(210, 0);
    expect(info.pageSizesMm[0]?.height).toBeCloseTo(297, 0);
    expect(text).toContain('PHIẾU KIỂM TRA CÁC BƯỚC DỰ THI');
    expect(text).toContain('Họ và tên:');
    expect(text).toContain('Số điện thoại:');
    expect(text).toContain(`Từ ngày 11/10/2025 đến ngày 11/11/2025`);
  });

  it('holds every step of the contest', () => {
    const c = seedContest(campaign);
    for (const part of [
      `trên ${c.platform} với thông tin chính xác`,
      'các nội dung thi',
      ...c.topics,
      `Trả lời đủ ${c.questions} câu hỏi`,
      '20 câu',
      `“${c.share_message}”`,
      `Bấm “${c.certificate_button}”`,
    ]) {
      expect(text).toContain(part);
    }
  });

  it('holds every validity rule word for word, and the support phone', () => {
    expect(text).toContain('Điều kiện bài thi hợp lệ');
    for (const rule of seedContest(campaign).rules) expect(text).toContain(collapseSpaces(rule));
    expect(text).toContain(`Hỗ trợ kỹ thuật: ${seedContest(campaign).support_phone}`);
  });

  it('carries the group header on every page', async () => {
    const header = `${group5.name} – ${campaign.issuer.ward}`;
    const pages = await pdfPageTexts(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    for (const t of pages) expect(collapseSpaces(t)).toContain(header);
  });
});

describe('checklist tick boxes', () => {
  it('has one box per step and per rule, each beside its item, empty and outlined', async () => {
    const geo = await layout(campaign, group5);
    const steps = 5; // register, topics, questions, share, certificate
    expect(geo.tickBoxesMm).toHaveLength(steps + seedContest(campaign).rules.length);
    for (const b of geo.tickBoxesMm) expect(b.size).toBeCloseTo(5, 1);
    // Each box has text starting just right of it, level with it.
    const items = await pdfTextItems(pdf);
    for (const b of geo.tickBoxesMm) {
      const page = items[b.page - 1] as PageItems;
      const beside = page.items.find(
        (i) =>
          i.xMm > b.x + b.size &&
          i.xMm < b.x + b.size + 6 &&
          Math.abs(i.yTopMm + i.heightMm / 2 - (b.y + b.size / 2)) < 2.5,
      );
      expect(beside, `box at ${b.y.toFixed(1)} mm`).toBeDefined();
    }
    expect(await boxesOnRaster(pdf, geo)).toEqual([]);
  });

  it('flows a long list onto a second page with the header and every box', async () => {
    const c = seedContest(campaign);
    const long = { ...campaign, contest: { ...c, rules: Array(5).fill(c.rules).flat() } };
    const doc = (await renderFor(checklist, long, group5)).bytes;
    const pages = await pdfPageTexts(doc);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const t of pages) expect(collapseSpaces(t)).toContain(group5.name);
    const geo = await layout(long, group5);
    expect(geo.tickBoxesMm).toHaveLength(5 + 5 * c.rules.length);
    expect(new Set(geo.tickBoxesMm.map((b) => b.page)).size).toBeGreaterThan(1);
    expect(await boxesOnRaster(doc, geo)).toEqual([]);
  });
});

describe('checklist QR codes', () => {
  it('decode to exactly the contest page, the Zalo group, the guide and the video', async () => {
    // 72 dpi: the example's codes decode there held in the hand (qr-scan.test.ts).
    const pngs = await rasterize(pdf, { dpi: 72 });
    const decoded = (await decodeQrCodesEach(pngs)).flat();
    const expected = ['contest', 'zalo', 'guide', 'video'].map((k) => campaign.links[k]?.url);
    expect([...decoded].sort()).toEqual([...expected].sort());
  });

  it('put the contest page, which the first step asks for, beside the steps, named', async () => {
    const contest = campaign.links.contest;
    if (!contest) throw new Error('the example has a contest page');
    const pages = await pdfTextItems(pdf);
    const first = pages[0] as PageItems;
    // Its caption names the page by the campaign's label, between the steps' heading and step 1.
    const heading = first.items.find((i) => i.str.startsWith('Các bước dự thi'));
    const caption = first.items.find((i) => i.str.includes(contest.label));
    const step1 = first.items.find((i) => i.str.startsWith('Đăng ký tài khoản'));
    expect(heading && caption && step1).toBeTruthy();
    if (!heading || !caption || !step1) return;
    expect(caption.yTopMm).toBeGreaterThan(heading.yTopMm);
    expect(caption.yTopMm).toBeLessThan(step1.yTopMm);
    // The code on page 1 decodes to the contest page.
    const [page1] = await rasterize(pdf, { dpi: 72, page: 1 });
    expect(await decodeQrCodes(page1 as string)).toContain(contest.url);
  });

  it('are at least 30 mm across, quiet zone included', async () => {
    const geo = await layout(campaign, group5);
    expect(geo.qrMm.map((q) => q.url)).toEqual(
      ['contest', 'zalo', 'guide', 'video'].map((k) => campaign.links[k]?.url),
    );
    for (const q of geo.qrMm) expect(q.size).toBeGreaterThanOrEqual(30);
  });
});
