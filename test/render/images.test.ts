/**
 * Raster images in a PDF (a logo, a signature, a seal): every kind of PNG the PDF back end may
 * be given prints in its colours — an opaque one, grey, a palette, 16 bits, interlaced, one with
 * transparency over the page's white — as poppler rasterises the page. The expected colours are
 * the ones each PNG was made with. And an image drawn on many pages of a document (the logo of
 * every poster in a print file) is one object of it, not a copy per page: pdfimages lists the
 * object each page shows.
 */
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFonts } from '../../src/layout/fonts.js';
import { createPdfSurface } from '../../src/render/pdf/document.js';
import { encodedPng } from '../../src/render/pdf/images.js';
import { pdfImageList } from '../support/pdf-items.js';
import { rasterize } from '../support/raster.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const META = { title: 'ảnh', author: 'test', created: new Date(0) };
const SIDE = 100;

interface Case {
  name: string;
  png: () => Promise<Buffer>;
  /** What the page shows where the image is: its colour, over white where it is translucent. */
  seen: [number, number, number];
}

const plain = (channels: 3 | 4, background: Record<string, number>) =>
  sharp({ create: { width: 12, height: 8, channels, background } });

const CASES: Case[] = [
  {
    name: 'opaque RGB, 8 bits',
    png: () => plain(3, { r: 10, g: 120, b: 200 }).png().toBuffer(),
    seen: [10, 120, 200],
  },
  {
    name: 'grey',
    png: () => plain(3, { r: 90, g: 90, b: 90 }).toColourspace('b-w').png().toBuffer(),
    seen: [90, 90, 90],
  },
  {
    name: 'a palette',
    png: () => plain(3, { r: 200, g: 30, b: 40 }).png({ palette: true }).toBuffer(),
    seen: [200, 30, 40],
  },
  {
    name: '16 bits a channel',
    png: () => plain(3, { r: 0, g: 160, b: 80 }).toColourspace('rgb16').png().toBuffer(),
    seen: [0, 160, 80],
  },
  {
    name: 'interlaced',
    png: () => plain(3, { r: 240, g: 200, b: 0 }).png({ progressive: true }).toBuffer(),
    seen: [240, 200, 0],
  },
  {
    name: 'a palette with a transparent colour, over the white page',
    png: () => plain(4, { r: 0, g: 0, b: 200, alpha: 0.5 }).png({ palette: true }).toBuffer(),
    seen: [128, 128, 228],
  },
  {
    name: 'grey with alpha, over the white page',
    png: () => plain(4, { r: 0, g: 0, b: 0, alpha: 0.5 }).toColourspace('b-w').png().toBuffer(),
    seen: [128, 128, 128],
  },
  {
    name: 'two colours, one bit a pixel',
    png: () => plain(3, { r: 0, g: 0, b: 0 }).png({ palette: true, colours: 2 }).toBuffer(),
    seen: [0, 0, 0],
  },
  {
    name: 'half transparent, over the white page',
    png: () => plain(4, { r: 200, g: 0, b: 0, alpha: 0.5 }).png().toBuffer(),
    seen: [228, 128, 128],
  },
];

/** The colour at the centre of a rasterised page (72 dpi: one pixel a point). */
async function centre(file: string): Promise<number[]> {
  const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  const at =
    (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * info.channels;
  return [...data.subarray(at, at + 3)];
}

describe('images in a PDF', () => {
  it.each(CASES)('a PNG $name prints in its colours', async ({ png, seen }) => {
    const bytes = await png();
    // Two documents in one process: the second draws the image encoded for the first.
    for (let i = 0; i < 2; i++) {
      const pdf = createPdfSurface(loadFonts(), [SIDE, SIDE], META);
      pdf.addPage();
      pdf.image(bytes, [10, 10, SIDE - 20, SIDE - 20]);
      const [page] = await rasterize((await pdf.finish()).bytes, { dpi: 72 });
      const colour = await centre(page as string);
      // The second document draws the encoding the first made (the same bytes, another copy).
      expect(encodedPng(new Uint8Array(bytes))).toBe(encodedPng(bytes));
      seen.forEach((want, c) => {
        expect(Math.abs((colour[c] ?? -99) - want)).toBeLessThan(3);
      });
    }
  });

  it('an image drawn on every page is one object of the document', async () => {
    const logo = await plain(4, { r: 0, g: 0, b: 255, alpha: 0.8 }).png().toBuffer();
    const other = await plain(3, { r: 0, g: 255, b: 0 }).png().toBuffer();
    const pdf = createPdfSurface(loadFonts(), [SIDE, SIDE], META);
    for (let p = 0; p < 3; p++) {
      pdf.addPage();
      pdf.image(logo, [0, 0, 40, 40]);
      pdf.image(new Uint8Array(logo), [50, 50, 40, 40]);
    }
    pdf.image(other, [0, 50, 40, 40]);
    const { bytes } = await pdf.finish();
    const rows = await pdfImageList(bytes);
    const images = rows.filter((r) => r.type === 'image');
    expect(images.map((r) => r.page)).toEqual([1, 1, 2, 2, 3, 3, 3]);
    // The logo (with its soft mask) and the other image: one object each, however often drawn.
    expect(new Set(images.map((r) => r.object)).size).toBe(2);
    const masks = rows.filter((r) => r.type === 'smask');
    expect(masks).toHaveLength(6);
    expect(new Set(masks.map((r) => r.object)).size).toBe(1);
  });
});
