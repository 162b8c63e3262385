/**
 * Rasterise PDF pages to image files with poppler's `pdftoppm -r <dpi>` into a fresh temporary
 * directory (removed by `removeTempDirs` from ./tmp.js). The files are uncompressed RGB TIFF,
 * which sharp and zbarimg read like PNG: pdftoppm spends most of a PNG's time compressing it
 * (an A4 notice page at 300 dpi: 0.8 s of CPU as PNG, 0.04 s as TIFF).
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { execToolOk } from './exec.js';
import { makeTempDir, withPdfFile } from './tmp.js';

export interface RasterOptions {
  /** Resolution in dots per inch. */
  dpi: number;
  /** Only this page (1-based); all pages when omitted. */
  page?: number;
}

/** Render the PDF to images; returns their paths sorted by page number. */
export async function rasterize(pdf: Uint8Array | string, opts: RasterOptions): Promise<string[]> {
  const dir = await makeTempDir('phuong-print-raster-');
  const args = ['-r', String(opts.dpi), '-tiff', '-tiffcompression', 'none'];
  if (opts.page !== undefined) args.push('-f', String(opts.page), '-l', String(opts.page));
  await withPdfFile(pdf, (file) => execToolOk('pdftoppm', [...args, file, join(dir, 'page')]));
  // pdftoppm names files page-1.tif, page-01.tif, page-001.tif… depending on page count.
  const images = (await readdir(dir))
    .map((name) => ({ name, page: Number(/-(\d+)\.tif$/.exec(name)?.[1] ?? Number.NaN) }))
    .filter((f) => Number.isFinite(f.page))
    .sort((a, b) => a.page - b.page);
  return images.map((f) => join(dir, f.name));
}

/** A rectangle of a page in pixels at the resolution given: left, top, width, height. */
export interface RasterArea {
  dpi: number;
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Only a rectangle of one page, on the same pixel grid as the whole page at that resolution
 * (`pdftoppm -x -y -W -H`): a test that looks at one word needs neither a whole A4 page's
 * pixels at 300 dpi (8.7 million) nor the time to write and read them.
 */
export async function rasterizeArea(pdf: Uint8Array | string, area: RasterArea): Promise<string> {
  const dir = await makeTempDir('phuong-print-raster-');
  const args = ['-r', String(area.dpi), '-tiff', '-tiffcompression', 'none', '-singlefile'];
  args.push('-f', String(area.page), '-l', String(area.page));
  args.push('-x', String(area.x), '-y', String(area.y));
  args.push('-W', String(area.width), '-H', String(area.height));
  const base = join(dir, 'area');
  await withPdfFile(pdf, (file) => execToolOk('pdftoppm', [...args, file, base]));
  return `${base}.tif`;
}
