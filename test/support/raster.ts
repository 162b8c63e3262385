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
