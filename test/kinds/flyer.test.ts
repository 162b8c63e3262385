/**
 * The flyer as a reader gets it: one A4 sheet with two identical A5 flyers, each holding the
 * contest in brief and a scannable QR code ≥ 30 mm, every word inside its own half, and a
 * dashed cut line between the halves. The geometry expected is the design's (A5 2-up on an A4
 * landscape sheet, 10 mm kept from every edge for office printers, QR codes ≥ 30 mm in hand with
 * a 4-module quiet zone); the codes are found in the printed page, not where the code plans them.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flyer } from '../../src/kinds/flyer.js';
import type { Campaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { type PageItems, pdfTextItems, type TextItem } from '../support/pdf-items.js';
import { collapseSpaces, pdfInfo, pdfWords } from '../support/pdf-text.js';
import { decodeQrCodes, locateQrWithJsqr } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { exampleFirstGroup, exampleInputs, renderFor, seedContest } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

const CUT_LABEL = 'cắt theo đường này';
// A4 landscape, cut into two A5 portrait halves; 10 mm from the sheet's edges and the cut.
const SHEET_MM = { width: 297, height: 210 };
const cutXMm = SHEET_MM.width / 2;
const marginMm = 10;
const halvesMm = [0, 1].map((i) => ({ x: i * cutXMm, y: 0, width: cutXMm, height: 210 }));
/** Quiet zone around a QR code, in modules (design: 4). */
const QUIET_ZONE = 4;

let campaign: Campaign;
let group5: Group;
let pdf: Uint8Array;
let page: PageItems;

beforeAll(async () => {
  const inputs = await exampleInputs();
  campaign = inputs.campaign;
  group5 = inputs.groups.find((g) => g.id === '5') as Group;
  pdf = (await renderFor(flyer, campaign, group5)).bytes;
  page = (await pdfTextItems(pdf))[0] as PageItems;
});
afterAll(removeTempDirs);

/** Items wholly on one side of the cut (the cut label straddles it and belongs to neither). */
function halfItems(p: PageItems, half: 0 | 1): TextItem[] {
  return p.items.filter((i) => (half === 0 ? i.xMm + i.widthMm <= cutXMm : i.xMm >= cutXMm));
}
const halfText = (p: PageItems, half: 0 | 1) =>
  collapseSpaces(
    halfItems(p, half)
      .map((i) => i.str)
      .join(' '),
  );

/** Items that are not the cut label and leave their half's margins. */
function strayItems(p: PageItems): string[] {
  return p.items
    .filter((i) => !CUT_LABEL.includes(collapseSpaces(i.str)))
    .filter((i) => {
      const half = halvesMm[i.xMm < cutXMm ? 0 : 1] as (typeof halvesMm)[number];
      return (
        i.xMm < half.x + marginMm - 0.5 ||
        i.xMm + i.widthMm > half.x + half.width - marginMm + 0.5 ||
        i.yTopMm < marginMm - 0.5 ||
        i.yTopMm + i.heightMm > half.height - marginMm + 0.5
      );
    })
    .map((i) => `${i.str} @${i.xMm.toFixed(1)},${i.yTopMm.toFixed(1)} w${i.widthMm.toFixed(1)}`);
}

async function grey(png: string) {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { at: (x: number, y: number) => data[y * info.width + x] ?? 255, ...info };
}

type Box = [number, number, number, number];
/** Dark pixels (< 128) in box [x0, y0, x1, y1), outside `hole` when given. */
function darkShare(img: { at: (x: number, y: number) => number }, box: Box, hole?: Box) {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = box;
  const [hx0 = 0, hy0 = 0, hx1 = -1, hy1 = -1] = hole ?? [];
  let pixels = 0;
  let dark = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      if (x >= hx0 && x <= hx1 && y >= hy0 && y <= hy1) continue;
      pixels++;
      if (img.at(x, y) < 128) dark++;
    }
  return { pixels, dark };
}

describe('flyer sheet', () => {
  it('is one A4 landscape page split into two A5 portrait halves', async () => {
    const info = await pdfInfo(pdf);
    expect(info.pages).toBe(1);
    expect(info.pageSizesMm[0]?.width).toBeCloseTo(297, 0);
    expect(info.pageSizesMm[0]?.height).toBeCloseTo(210, 0);
  });

  it('gives each half the whole brief: group, contest, dates, who, prizes, steps, phone', () => {
    const c = seedContest(campaign);
    for (const half of [0, 1] as const) {
      const text = halfText(page, half);
      for (const part of [
        group5.name,
        campaign.issuer.ward,
        c.name,
        'Từ ngày 11/10/2025 đến ngày 11/11/2025',
        ...c.eligible,
        c.prizes.community.title,
        c.prizes.individual.title,
        '01 giải nhất: 5.000.000 đồng',
        '05 giải khuyến khích, mỗi giải 1.000.000 đồng',
        c.platform,
        `${c.questions} câu hỏi`,
        `“${c.share_message}”`,
        `“${c.certificate_button}”`,
        '0904 540 490',
      ]) {
        expect(text, `half ${half}`).toContain(collapseSpaces(part));
      }
    }
    // The halves are the same flyer.
    expect(halfText(page, 1)).toBe(halfText(page, 0));
  });

  it('keeps every word inside its half, within the margins', () => {
    expect(page.items.length).toBeGreaterThan(40);
    expect(strayItems(page)).toEqual([]);
  });

  it('keeps every word inside its half with an 80-character group name', async () => {
    const name = `Tổ dân phố liên khu Hồ Nam – Cát Dài – Trại Chuối, khu tập thể Đông Hải số 12 BC`;
    expect(name.length).toBe(80);
    const doc = await renderFor(flyer, campaign, { ...group5, name });
    const p = (await pdfTextItems(doc.bytes))[0] as PageItems;
    expect(strayItems(p)).toEqual([]);
    for (const half of [0, 1] as const) {
      expect(halfText(p, half)).toContain(name);
      expect(halfText(p, half)).toContain('0904 540 490');
    }
  });

  it('shrinks the type rather than overflow when the contest texts are longer', async () => {
    const c = seedContest(campaign);
    const longer = { ...campaign, contest: { ...c, eligible: [...c.eligible, ...c.eligible] } };
    const p = (await pdfTextItems((await renderFor(flyer, longer, group5)).bytes))[0] as PageItems;
    expect(strayItems(p)).toEqual([]);
    // The larger type shrinks; nothing goes under 9 pt.
    const title = campaign.contest?.name.split(' ')[0] ?? '';
    const size = (q: PageItems) => q.items.find((i) => i.str.startsWith(title))?.fontSize ?? 0;
    expect(size(p)).toBeLessThan(size(page));
    expect(Math.min(...p.items.filter((i) => i.str.trim()).map((i) => i.fontSize))).toBeGreaterThan(
      8.95,
    );
  });

  it('draws a dashed cut line down the middle, with nothing else near it', async () => {
    const [png] = await rasterize(pdf, { dpi: 100 });
    const img = await grey(png as string);
    const px = (mm: number) => Math.round((mm / 25.4) * 100);
    const dark = (x: number, y: number) => img.at(x, y) < 128;
    const onCut = (y: number) => [-1, 0, 1].some((d) => dark(px(cutXMm) + d, y));
    const rows: boolean[] = [];
    for (let y = px(20); y < px(190); y++) rows.push(onCut(y));
    const share = rows.filter(Boolean).length / rows.length;
    const dashes = rows.filter((d, i) => d && !rows[i - 1]).length;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.7);
    expect(dashes).toBeGreaterThan(30);
    // 2–6 mm either side of the cut is blank paper, so cutting never clips a flyer (the cut
    // label at the foot of the line, at most 20 mm long, aside).
    const gutter: Box = [px(cutXMm - 6), px(20), px(cutXMm + 6), px(190)];
    const line: Box = [px(cutXMm - 2), 0, px(cutXMm + 2), px(210)];
    expect(darkShare(img, gutter, line).dark).toBe(0);
  });
});

describe('flyer QR codes', () => {
  it('decode to the contest page, once per flyer', async () => {
    // 72 dpi: the example's codes decode there held in the hand (qr-scan.test.ts).
    const [png] = await rasterize(pdf, { dpi: 72 });
    const url = campaign.links.contest?.url;
    expect(await decodeQrCodes(png as string)).toEqual([url, url]);
  });

  it('are at least 30 mm across with a white quiet zone, one in each half', async () => {
    const url = campaign.links.contest?.url as string;
    const [png] = await rasterize(pdf, { dpi: 150 });
    const img = await grey(png as string);
    const px = (mm: number) => Math.round((mm / 25.4) * 150);
    const mmOf = (pixels: number) => (pixels / 150) * 25.4;
    for (const [i, half] of halvesMm.entries()) {
      // The code as printed in this half: found and decoded by jsQR, its symbol measured.
      const found = await locateQrWithJsqr(png as string, {
        left: px(half.x),
        top: 0,
        width: px(half.width),
        height: img.height,
      });
      expect(found?.data, `half ${i}`).toBe(url);
      const symbol = found as NonNullable<typeof found>;
      const moduleMm = mmOf(symbol.side) / symbol.modules;
      const quiet = QUIET_ZONE * moduleMm;
      const q = {
        x: mmOf(symbol.left) - quiet,
        y: mmOf(symbol.top) - quiet,
        size: mmOf(symbol.side) + 2 * quiet,
      };
      expect(q.size).toBeGreaterThanOrEqual(30 - 0.3);
      expect(q.x).toBeGreaterThanOrEqual(half.x + marginMm - 0.3);
      expect(q.x + q.size).toBeLessThanOrEqual(half.x + half.width - marginMm + 0.3);
      expect(q.y + q.size).toBeLessThanOrEqual(half.height - marginMm + 0.3);
      // Outer square in pixels (less one at each side) and the code area inside the quiet zone.
      const outer: Box = [px(q.x) + 1, px(q.y) + 1, px(q.x + q.size) - 1, px(q.y + q.size) - 1];
      const code: Box = [
        px(q.x + quiet),
        px(q.y + quiet),
        px(q.x + q.size - quiet),
        px(q.y + q.size - quiet),
      ];
      const ring = darkShare(img, outer, code);
      expect(ring.pixels).toBeGreaterThan(1000);
      expect(ring.dark).toBe(0);
      // The code area holds modules, starting right at the quiet zone (the finder's corner).
      expect(img.at(px(q.x + quiet + moduleMm / 2), px(q.y + quiet + moduleMm / 2))).toBeLessThan(
        80,
      );
      const inner = darkShare(img, [code[0] + 1, code[1] + 1, code[2] - 1, code[3] - 1]);
      expect(inner.dark / inner.pixels).toBeGreaterThan(0.3);
      expect(inner.dark / inner.pixels).toBeLessThan(0.7);
    }
  });
});

describe('the flyer sheet on an office printer', () => {
  it.each(['hai-phong', 'tan-dinh'])(
    '%s: prints nothing within 10 mm of the sheet edge, the cut line and its labels included',
    async (example) => {
      const { campaign: c, group: g } = await exampleFirstGroup(example);
      const [png] = await rasterize((await renderFor(flyer, c, g)).bytes, { dpi: 100 });
      const img = await grey(png as string);
      // 9.7 mm: the last pixel row/column wholly inside the 10 mm band.
      const band = Math.floor((9.7 / 25.4) * 100);
      const marks: string[] = [];
      for (let y = 0; y < img.height; y++)
        for (let x = 0; x < img.width; x++) {
          const inBand = x < band || y < band || x >= img.width - band || y >= img.height - band;
          if (inBand && img.at(x, y) < 230) marks.push(`${x},${y}`);
        }
      expect(marks.slice(0, 5)).toEqual([]);
    },
  );
});

describe('a campaign with ten steps or more', () => {
  it('keeps each number, period included, on its own line and clear of its step', async () => {
    const steps = Array.from(
      { length: 12 },
      (_, i) => `Kiểm tra bình chữa cháy, ổ cắm và dây điện trong nhà, lần thứ ${i + 1}.`,
    );
    const fire = {
      ...campaign,
      contest: null,
      actions: steps.map((step) => ({ step, column: '' })),
    } as Campaign;
    const words = await pdfWords((await renderFor(flyer, fire, group5)).bytes);
    // The left flyer: its markers "1." … "12.", each followed on its line by "Kiểm".
    const left = words.filter((w) => w.xMax < 297 * (72 / 25.4) * 0.5);
    for (let n = 1; n <= steps.length; n++) {
      const marker = left.find((w) => w.text === `${n}.`);
      expect(marker, `marker ${n}.`).toBeDefined();
      const first = left.find(
        (w) => w.text === 'Kiểm' && Math.abs(w.yMin - (marker?.yMin ?? 0)) < 1,
      );
      expect(first, `step ${n} on the marker's line`).toBeDefined();
      expect((first?.xMin ?? 0) - (marker?.xMax ?? 0), `gap after ${n}.`).toBeGreaterThan(2);
    }
  });
});
