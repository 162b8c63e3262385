/**
 * A page as a phone meets it: rendered, then blurred, shrunk and turned as a hand-held sheet, a
 * poster across a room or a share image on a screen would be. Images are made with sharp (a
 * dependency already) and written as uncompressed TIFF files for zbarimg (no time spent
 * compressing an image that is read once).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { decodeQrCodes, decodeQrCodesEach } from './qr.js';
import { rasterize } from './raster.js';
import { makeTempDir } from './tmp.js';

export interface Degradation {
  /** Render resolution of a PDF page (ignored for an image). */
  dpi: number;
  /** Scale after rendering (1 = as rendered). */
  scale: number;
  /** Gaussian blur σ in pixels. */
  blur: number;
  /** Rotation in degrees. */
  rotate: number;
}

/** A sheet held in the hand (notice, flyer, checklist, tracker). */
export const IN_HAND: Degradation = { dpi: 72, scale: 1, blur: 0.5, rotate: 3 };
/** A poster on the wall photographed across a room. */
export const ON_WALL: Degradation = { dpi: 150, scale: 0.3, blur: 1, rotate: 3 };

const TIFF = { compression: 'none' } as const;
const untouched = (d: Omit<Degradation, 'dpi'>) => d.scale === 1 && d.blur === 0 && d.rotate === 0;

/** Blur, scale and turn one image (image bytes or a path); returns the TIFF bytes. */
export async function degradeImage(
  image: Uint8Array | string,
  d: Omit<Degradation, 'dpi'>,
): Promise<Buffer> {
  let img = await sharp(image).flatten({ background: '#ffffff' }).tiff(TIFF).toBuffer();
  if (d.scale !== 1) {
    const { width = 0 } = await sharp(img).metadata();
    img = await sharp(img)
      .resize({ width: Math.round(width * d.scale), kernel: 'lanczos3' })
      .tiff(TIFF)
      .toBuffer();
  }
  if (d.blur > 0) img = await sharp(img).blur(d.blur).tiff(TIFF).toBuffer();
  if (d.rotate !== 0)
    img = await sharp(img).rotate(d.rotate, { background: '#ffffff' }).tiff(TIFF).toBuffer();
  return img;
}

/** The payloads decoded from every page of `pdf` after degrading it, one list per page. */
export async function decodeDegradedPdf(pdf: Uint8Array, d: Degradation): Promise<string[][]> {
  return decodeDegradedPages(await rasterize(pdf, { dpi: d.dpi }), d);
}

/**
 * The payloads decoded from pages already rendered at `d.dpi` (rasterize) after degrading them,
 * one list per page: a sharp reference and a degraded copy of one render need one pdftoppm.
 */
export async function decodeDegradedPages(pages: string[], d: Degradation): Promise<string[][]> {
  // A page rendered as it is (a sharp reference) is read as pdftoppm wrote it.
  if (untouched(d)) return decodeQrCodesEach(pages);
  const dir = await makeTempDir('phuong-print-degrade-');
  const files: string[] = [];
  for (const [i, page] of pages.entries()) {
    const file = join(dir, `page-${i + 1}.tif`);
    await writeFile(file, await degradeImage(page, d));
    files.push(file);
  }
  return decodeQrCodesEach(files);
}

/** The payloads decoded from an image (e.g. the share PNG) after degrading it. */
export async function decodeDegradedImage(
  png: Uint8Array,
  d: Omit<Degradation, 'dpi'>,
): Promise<string[]> {
  const dir = await makeTempDir('phuong-print-degrade-');
  const file = join(dir, 'image.tif');
  await writeFile(file, await degradeImage(png, d));
  return decodeQrCodes(file);
}
