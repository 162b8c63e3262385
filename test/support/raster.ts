/**
 * Rasterise PDF pages to PNG files with poppler's `pdftoppm -r <dpi> -png`
 * into a fresh temporary directory (removed by `removeTempDirs` from ./tmp.js).
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

/** Render the PDF to PNGs; returns the PNG paths sorted by page number. */
export async function rasterize(pdf: Uint8Array | string, opts: RasterOptions): Promise<string[]> {
  const dir = await makeTempDir('phuong-print-raster-');
  const args = ['-r', String(opts.dpi), '-png'];
  if (opts.page !== undefined) args.push('-f', String(opts.page), '-l', String(opts.page));
  await withPdfFile(pdf, (file) => execToolOk('pdftoppm', [...args, file, join(dir, 'page')]));
  // pdftoppm names files page-1.png, page-01.png, page-001.png… depending on page count.
  const pngs = (await readdir(dir))
    .map((name) => ({ name, page: Number(/-(\d+)\.png$/.exec(name)?.[1] ?? Number.NaN) }))
    .filter((f) => Number.isFinite(f.page))
    .sort((a, b) => a.page - b.page);
  return pngs.map((f) => join(dir, f.name));
}
