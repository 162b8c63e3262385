/**
 * The poster as people at a cultural house see it: A4 and A3 pages holding the group's header,
 * the app, two codes that decode to the store links and are big enough to scan from a distance
 * (measured on a 150-dpi raster, quiet zone white), the venue and the ward's contact.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PosterSize, poster } from '../../src/kinds/poster.js';
import { loadFonts } from '../../src/layout/fonts.js';
import { QUIET_ZONE, qrMatrix } from '../../src/layout/qr.js';
import type { Rect } from '../../src/layout/surface.js';
import type { Campaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { buildContext } from '../../src/model/context.js';
import { renderOutput } from '../../src/render/output.js';
import { pdfTextItems } from '../support/pdf-items.js';
import {
  collapseSpaces,
  pdfInfo,
  pdfPageTexts,
  pdfText,
  pdfWords,
  wordLines,
} from '../support/pdf-text.js';
import { mm, posterGeometry, posterSheetsGeometry } from '../support/poster.js';
import { decodeQrCodesEach } from '../support/qr.js';
import { greyImage, measureCode } from '../support/qr-extent.js';
import { rasterize } from '../support/raster.js';
import { exampleInputs, renderFor, seedApp } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const DPI = 150;
const PAGE = { a4: [210, 297], a3: [297, 420] } as const;
const MIN_QR = { a4: 80, a3: 150 } as const;
const SIZES: PosterSize[] = ['a4', 'a3'];

let campaign: Campaign;
let group5: Group;
const pdfs = new Map<PosterSize, Uint8Array>();

beforeAll(async () => {
  const inputs = await exampleInputs();
  campaign = inputs.campaign;
  group5 = inputs.groups.find((g) => g.id === '5') as Group;
  for (const size of SIZES) pdfs.set(size, (await renderFor(poster, campaign, group5, size)).bytes);
});
afterAll(removeTempDirs);

const pdfOf = (size: PosterSize) => pdfs.get(size) as Uint8Array;
/** Each size's sheets rendered at DPI once, for the cases that decode and that measure them. */
const rasters = new Map<PosterSize, Promise<string[]>>();
const rasterOf = (size: PosterSize) => {
  if (!rasters.has(size)) rasters.set(size, rasterize(pdfOf(size), { dpi: DPI }));
  return rasters.get(size) as Promise<string[]>;
};

/** The app's store links, one code each: the iOS one first, as the template lists them. */
const storeUrls = () => [seedApp(campaign).ios.url, seedApp(campaign).android.url];

describe.each(SIZES)('poster %s', (size) => {
  // A4 has both codes on one sheet; A3 one code a sheet (two 15 cm codes do not fit across it).
  const sheets = () => (size === 'a4' ? [storeUrls()] : storeUrls().map((u) => [u]));

  it('has a sheet of the right size for its codes', async () => {
    const info = await pdfInfo(pdfOf(size));
    expect(info.pages).toBe(sheets().length);
    for (const page of info.pageSizesMm) {
      expect(page.width).toBeCloseTo(PAGE[size][0], 0);
      expect(page.height).toBeCloseTo(PAGE[size][1], 0);
    }
  });

  // The example gives no `where`: its poster prints no place (qa12 Q7; test/kinds/poster-event).
  it('prints the group, the app, both captions and the contact, and no place', async () => {
    const text = collapseSpaces(await pdfText(pdfOf(size)));
    for (const part of [
      `${group5.name.toLocaleUpperCase('vi')} – PHƯỜNG LÊ CHÂN`,
      'Smart Hải Phòng',
      'Quét mã QR để tải ứng dụng Smart Hải Phòng',
      'iPhone (iOS)',
      'Android',
      'Liên hệ: Phòng Văn hoá - Xã hội, phường Lê Chân, ĐT: 0225 3 857 123',
      'apps.apple.com/vn/search?term=Smart Hải Phòng',
      'play.google.com/store/search?q=Smart Hải Phòng&c=apps',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('Địa điểm');
  });

  it('has on each sheet codes that decode to exactly its store links', async () => {
    const decoded = await decodeQrCodesEach(await rasterOf(size));
    expect(decoded.map((d) => [...d].sort())).toEqual(sheets().map((s) => [...s].sort()));
  });

  it(`has codes at least ${MIN_QR[size]} mm across${size === 'a3' ? ' without their quiet zone' : ''}, the quiet zone white, measured on the raster`, async () => {
    const geometries = await posterSheetsGeometry(campaign, group5, size);
    const pngs = await rasterOf(size);
    expect(geometries).toHaveLength(pngs.length);
    for (const [n, geometry] of geometries.entries()) {
      const img = await greyImage(pngs[n] as string);
      const px = (pt: number) => (mm(pt) / 25.4) * DPI;
      const urls = sheets()[n] as string[];
      geometry.qr.forEach(([x, y, side], i) => {
        const modules = qrMatrix(urls[i] as string, geometry.ecc).size;
        const code = measureCode(img, [px(x), px(y), px(side)], modules);
        expect(code.quietZoneInk).toBe(0);
        const measuredMm = (code.withQuietZone / DPI) * 25.4;
        // The dark symbol itself, from its first to its last module.
        const darkMm = ((code.dark[2] - code.dark[0] + 1) / DPI) * 25.4;
        if (size === 'a3') expect(darkMm).toBeGreaterThanOrEqual(MIN_QR[size] - 0.5);
        else expect(measuredMm).toBeGreaterThanOrEqual(MIN_QR[size] - 0.3);
        expect(Math.abs(measuredMm - mm(side))).toBeLessThan(1);
        // The dark modules start one quiet zone in from the planned square.
        const qzPx = (px(side) * QUIET_ZONE) / (modules + 2 * QUIET_ZONE);
        expect(Math.abs(code.dark[0] - (px(x) + qzPx))).toBeLessThan(1.5);
        expect(Math.abs(code.dark[1] - (px(y) + qzPx))).toBeLessThan(1.5);
      });
      for (const [x, y, side] of geometry.qr) {
        expect(mm(x)).toBeGreaterThanOrEqual(5);
        expect(mm(x + side)).toBeLessThanOrEqual(PAGE[size][0] - 5);
        expect(mm(y + side)).toBeLessThanOrEqual(PAGE[size][1] - 5);
      }
      const [a, b] = geometry.qr as [Rect, Rect | undefined];
      if (b) expect(a[0] + a[2] <= b[0] || a[1] + a[3] <= b[1]).toBe(true);
    }
  });
});

describe('the A3 poster', () => {
  it("keeps on each sheet all the A4's text but the other code's label and link", async () => {
    const lines = (t: string) =>
      t
        .split('\n')
        .map((l) => collapseSpaces(l))
        .filter((l) => l !== '');
    const a4 = lines(await pdfText(pdfOf('a4')));
    const sheets = await pdfPageTexts(pdfOf('a3'));
    const labels = ['iPhone (iOS)', 'Android'];
    const links = ['apps.apple.com/', 'play.google.com/'];
    expect(sheets).toHaveLength(2);
    sheets.forEach((sheet, n) => {
      const text = collapseSpaces(sheet);
      const other = 1 - n;
      const wanted = a4.filter(
        (l) =>
          l !== labels[other] &&
          !l.startsWith(links[other] as string) &&
          !l.includes(` ${links[other]}`),
      );
      const missing = wanted.filter((l) => !text.includes(l));
      expect(missing).toEqual([]);
      const own = lines(sheet);
      expect(own).toContain(labels[n]);
      expect(own).not.toContain(labels[other]);
      expect(text).not.toContain(links[other]);
    });
  });
});

describe('poster with an 80-character group name', () => {
  const longName =
    'Tổ dân phố số 5 khu dân cư Hàng Kênh mở rộng gồm các ngõ 12, 14, 16 và 18 phố Ha';

  it.each(SIZES)(
    '%s: wraps the name inside the header box and keeps every word on the page',
    async (size) => {
      expect(longName).toHaveLength(80);
      const group = { ...group5, name: longName };
      const pdf = (await renderFor(poster, campaign, group, size)).bytes;
      const geometry = await posterGeometry(campaign, group, size);
      const [page] = await pdfTextItems(pdf);
      if (!page) throw new Error('no page');
      const [W, H] = PAGE[size];
      const outside = page.items.filter(
        (i) => i.xMm < 5 || i.xMm + i.widthMm > W - 5 || i.yTopMm < 0 || i.yTopMm + i.heightMm > H,
      );
      expect(outside.map((i) => i.str)).toEqual([]);

      const bandBottom = mm(geometry.band[3]);
      const straddling = page.items.filter(
        (i) => i.yTopMm < bandBottom && i.yTopMm + i.heightMm > bandBottom,
      );
      expect(straddling.map((i) => i.str)).toEqual([]);
      // The header box holds the whole header and nothing else.
      const inBand = page.items.filter((i) => i.yTopMm + i.heightMm <= bandBottom);
      const header = collapseSpaces(inBand.map((i) => i.str).join(' '));
      expect(header).toBe(`${longName.toLocaleUpperCase('vi')} – PHƯỜNG LÊ CHÂN`);
      expect(inBand.length).toBeGreaterThan(1);
      expect(new Set(inBand.map((i) => Math.round(i.baselineMm))).size).toBeGreaterThan(1);

      const text = collapseSpaces(await pdfText(pdf));
      expect(text).toContain(longName.toLocaleUpperCase('vi'));
      // Every sheet's codes (A3: one a sheet) decode, from a 72 dpi render: a module of the
      // A4's 8 cm codes is over 5 pixels there.
      const pngs = await rasterize(pdf, { dpi: 72 });
      const decoded = (await decodeQrCodesEach(pngs)).flat();
      expect(new Set(decoded)).toEqual(new Set(storeUrls()));
    },
  );
});

describe('poster of a merged ward’s group, its old ward in brackets', () => {
  it('a4: breaks the header before the bracket, never inside the old ward’s name', async () => {
    // qa44 m5: "TỔ DÂN PHỐ SỐ 1 (DƯ HÀNG" | "KÊNH CŨ) – PHƯỜNG LÊ CHÂN" (the name as the
    // groups list makes it for a name shared by several old wards).
    const group = { ...group5, name: 'Tổ dân phố số 1 (Dư Hàng Kênh cũ)' };
    const pdf = (await renderFor(poster, campaign, group, 'a4')).bytes;
    const geometry = await posterGeometry(campaign, group, 'a4');
    const bandBottom = geometry.band[3];
    const lines = wordLines(await pdfWords(pdf))
      .filter((l) => (l[0]?.yMax ?? Number.POSITIVE_INFINITY) <= bandBottom)
      .map((l) => l.map((w) => w.text).join(' '));
    expect(lines.join(' ')).toBe('TỔ DÂN PHỐ SỐ 1 (DƯ HÀNG KÊNH CŨ) – PHƯỜNG LÊ CHÂN');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.filter((l) => l.includes('(DƯ HÀNG KÊNH CŨ)'))).toHaveLength(1);
  });
});

describe('poster without a venue', () => {
  it('leaves the venue line out', async () => {
    const { venue: _venue, ...group } = group5;
    const text = collapseSpaces(await pdfText((await renderFor(poster, campaign, group)).bytes));
    expect(text).not.toContain('Địa điểm');
    expect(text).toContain('Liên hệ:');
  });
});

describe('the codes its template names', () => {
  const withQr = async (lines: string[]) => {
    const dir = await makeTempDir('phuong-print-poster-qr-');
    const source = await readFile(new URL('../../templates/poster.hbs', import.meta.url), 'utf8');
    const start = source.indexOf('@@ qr\n');
    const end = source.indexOf('@@ steps\n');
    await writeFile(
      join(dir, 'poster.hbs'),
      `${source.slice(0, start)}@@ qr\n${lines.join('\n')}\n${source.slice(end)}`,
    );
    const ctx = buildContext(campaign, group5, 'to-dan-pho-so-5');
    return renderOutput(poster, ctx, {
      fonts: loadFonts(),
      created: new Date(0),
      templateDir: dir,
      variant: 'a4',
    });
  };

  it('one code: any link of the campaign, with its caption', async () => {
    const zalo = campaign.links.zalo as { url: string; label: string };
    const doc = await withQr([`${zalo.url} ${zalo.label}`]);
    const pngs = await rasterize(doc.bytes, { dpi: DPI });
    expect((await decodeQrCodesEach(pngs)).flat()).toEqual([zalo.url]);
    expect(collapseSpaces(await pdfText(doc.bytes))).toContain(zalo.label);
  });

  it('three codes: the first two printed (the build names the third: poster-any-campaign.test.ts)', async () => {
    const urls = Object.values(campaign.links).map((l) => l.url);
    const doc = await withQr(urls.slice(0, 3));
    const pngs = await rasterize(doc.bytes, { dpi: DPI });
    expect((await decodeQrCodesEach(pngs)).flat().sort()).toEqual(urls.slice(0, 2).sort());
  });
});
