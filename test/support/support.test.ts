/**
 * Proves the test support library against a REAL pdfkit document built here:
 * A4, two pages, embedded Liberation Serif (fontkit objects), Vietnamese text at a known
 * position, and a vector QR code drawn module by module.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findItem, itemsMatching, type PageItems, pdfTextItems } from './pdf-items.js';
import { collapseSpaces, pdfInfo, pdfPageTexts, pdfText } from './pdf-text.js';
import { decodeQrCodes, decodeQrCodesEach, decodeQrWithJsqr, parseZbarXml } from './qr.js';
import { rasterize } from './raster.js';
import { makeTempDir, removeTempDirs } from './tmp.js';

const HEADING = 'Cộng hòa xã hội chủ nghĩa Việt Nam – Độc lập';
const SECOND_LINE = 'Tự do – Hạnh phúc: ấp, ổ, ữ, ỹ, đường Lê Lợi';
const QR_URL = 'https://example.org/a?b=c';
const mm = (v: number) => (v * 72) / 25.4;

type FontSource = Parameters<PDFKit.PDFDocument['font']>[0];
const loadFont = (file: string) =>
  fontkit.create(
    readFileSync(fileURLToPath(new URL(`../../fonts/${file}`, import.meta.url))),
  ) as unknown as FontSource; // pdfkit 0.20 accepts fontkit font objects (anything with layout()).

function buildPdf(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      info: { Title: 'support test', CreationDate: new Date('2024-01-02T03:04:05Z') },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);

    doc.font(loadFont('LiberationSerif-Bold.ttf')).fontSize(14);
    doc.text(HEADING, mm(30), mm(20), { lineBreak: false });
    doc.font(loadFont('LiberationSerif-Regular.ttf')).fontSize(12);
    doc.text(SECOND_LINE, mm(30), mm(30), { lineBreak: false });

    const { modules } = QRCode.create(QR_URL, { errorCorrectionLevel: 'M' });
    const module = mm(1);
    const quiet = 4;
    const x0 = mm(100);
    const y0 = mm(100);
    const side = (modules.size + 2 * quiet) * module;
    doc.rect(x0, y0, side, side).fill('#ffffff');
    doc.fillColor('#000000');
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) {
        if (modules.get(row, col)) {
          doc.rect(x0 + (quiet + col) * module, y0 + (quiet + row) * module, module, module).fill();
        }
      }
    }

    doc.addPage();
    doc.text('Trang hai', mm(30), mm(20));
    doc.end();
  });
}

let pdf: Uint8Array;

beforeAll(async () => {
  pdf = await buildPdf();
});
afterAll(removeTempDirs);

describe('pdf-text', () => {
  it('extracts the exact Vietnamese text (NFC)', async () => {
    const text = await pdfText(pdf);
    expect(text).toContain(HEADING);
    expect(text).toContain(SECOND_LINE);
    expect(text).toBe(text.normalize('NFC'));
    expect(await pdfText(pdf, { layout: true, firstPage: 2, lastPage: 2 })).not.toContain(HEADING);
  });

  it('splits pages and collapses whitespace', async () => {
    const pages = await pdfPageTexts(pdf);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain(HEADING);
    expect(collapseSpaces(pages[1] ?? '')).toBe('Trang hai');
    expect(collapseSpaces('  a \n\t b\f c  ')).toBe('a b c');
  });

  it('reports page count and A4 size in mm', async () => {
    const info = await pdfInfo(pdf);
    expect(info.pages).toBe(2);
    expect(info.pageSizesMm).toHaveLength(2);
    for (const size of info.pageSizesMm) {
      expect(size.width).toBeCloseTo(210, 0);
      expect(size.height).toBeCloseTo(297, 0);
    }
  });
});

describe('pdf-items', () => {
  let pages: PageItems[];
  beforeAll(async () => {
    pages = await pdfTextItems(pdf);
  });

  it('gives page sizes and positioned bold / regular items', () => {
    expect(pages).toHaveLength(2);
    const [first] = pages;
    if (!first) throw new Error('no page');
    expect(first.widthMm).toBeCloseTo(210, 0);
    expect(first.heightMm).toBeCloseTo(297, 0);

    const heading = findItem(first, HEADING);
    expect(heading).toBeDefined();
    expect(heading?.bold).toBe(true);
    expect(heading?.italic).toBe(false);
    expect(heading?.fontName).toBe('LiberationSerif-Bold');
    expect(heading?.fontSize).toBeCloseTo(14, 5);
    expect(Math.abs((heading?.xMm ?? 0) - 30)).toBeLessThan(1);
    expect(Math.abs((heading?.yTopMm ?? 0) - 20)).toBeLessThan(1);
    expect(heading?.widthMm).toBeGreaterThan(50);

    const second = findItem(first, /Tự do/);
    expect(second?.bold).toBe(false);
    expect(second?.fontSize).toBeCloseTo(12, 5);
    expect(Math.abs((second?.yTopMm ?? 0) - 30)).toBeLessThan(1);
    expect(first.items.every((i) => i.str.trim() !== '')).toBe(true);
  });

  it('finds items across pages', () => {
    expect(itemsMatching(pages, 'Trang hai').map((i) => i.page)).toEqual([2]);
    expect(itemsMatching(pages, /Độc lập/).map((i) => i.page)).toEqual([1]);
  });
});

describe('raster + qr', () => {
  it('rasterises every page and decodes the vector QR code with zbar and jsQR', async () => {
    const pngs = await rasterize(pdf, { dpi: 150 });
    expect(pngs).toHaveLength(2);
    expect(pngs[0]).toMatch(/-0*1\.tif$/);
    expect(pngs[1]).toMatch(/-0*2\.tif$/);
    const [page1, page2] = pngs as [string, string];
    expect(await decodeQrCodes(page1)).toEqual([QR_URL]);
    expect(await decodeQrWithJsqr(page1)).toBe(QR_URL);
    expect(await decodeQrCodes(page2)).toEqual([]);
    expect(await decodeQrWithJsqr(page2)).toBeNull();
  });

  it('rasterises a single page', async () => {
    const pngs = await rasterize(pdf, { dpi: 72, page: 2 });
    expect(pngs).toHaveLength(1);
    expect(pngs[0]).toMatch(/-0*2\.tif$/);
  });

  it('keeps multi-line and Vietnamese payloads intact, several codes per image', async () => {
    const multiLine = 'dòng 1\nline ]]> 2 – Lê Lợi';
    const vietnameseUrl = 'https://x.vn/?q=Lê Lợi';
    const a = await QRCode.toBuffer(multiLine, { scale: 6 });
    const b = await QRCode.toBuffer(vietnameseUrl, { scale: 6 });
    const [ma, mb] = await Promise.all([sharp(a).metadata(), sharp(b).metadata()]);
    const dir = await makeTempDir('phuong-print-qr-');
    const both = join(dir, 'both.png');
    await sharp({
      create: {
        width: (ma.width ?? 0) + (mb.width ?? 0) + 60,
        height: Math.max(ma.height ?? 0, mb.height ?? 0) + 40,
        channels: 3,
        background: '#ffffff',
      },
    })
      .composite([
        { input: a, left: 20, top: 20 },
        { input: b, left: (ma.width ?? 0) + 40, top: 20 },
      ])
      .png()
      .toFile(both);
    expect((await decodeQrCodes(both)).sort()).toEqual([multiLine, vietnameseUrl].sort());

    const single = join(dir, 'single.png');
    await QRCode.toFile(single, multiLine, { scale: 6 });
    expect(await decodeQrCodes(single)).toEqual([multiLine]);
    expect(await decodeQrWithJsqr(single)).toBe(multiLine);

    // Many images in one zbarimg: one list each, in the order given, a page without codes too.
    const [page1, page2] = (await rasterize(pdf, { dpi: 150 })) as [string, string];
    const each = await decodeQrCodesEach([single, page2, both, page1]);
    expect(each.map((codes) => [...codes].sort())).toEqual([
      [multiLine],
      [],
      [multiLine, vietnameseUrl].sort(),
      [QR_URL],
    ]);
    expect(await decodeQrCodesEach([page1, page2])).toEqual([[QR_URL], []]);
  });

  it('parses zbar XML (split CDATA, escaped text)', () => {
    const xml = `<barcodes><source href='x.png'><index num='0'>
<symbol type='QR-Code' quality='1'><data><![CDATA[a]]]]><![CDATA[>b]]></data></symbol>
<symbol type='QR-Code' quality='1'><data>x &amp; y</data></symbol>
</index></source></barcodes>`;
    expect(parseZbarXml(xml)).toEqual([
      { type: 'QR-Code', data: 'a]]>b', base64: false, byteLength: 5 },
      { type: 'QR-Code', data: 'x & y', base64: false, byteLength: 5 },
    ]);
  });
});
