/**
 * Property: any web URL the campaign check accepts for a QR code, drawn with drawQr at the
 * smallest size a kind prints one (32 mm, quiet zone included) on a PDF page, rasterised at
 * 150 dpi and scanned with zbar, decodes to exactly that URL. Seeded: CI runs the same 50 URLs.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFonts } from '../../src/layout/fonts.js';
import { drawQr } from '../../src/layout/qr.js';
import { MM } from '../../src/layout/text-model.js';
import { QR_MIN_PRINT_MM, qrProblem } from '../../src/load/campaign-checks.js';
import { createPdfSurface } from '../../src/render/pdf/document.js';
import { decodeQrCodesEach } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const url = fc
  .webUrl({ withQueryParameters: true, withFragments: true, size: 'medium' })
  .filter((u) => qrProblem(u) === undefined);

/**
 * Each text's code drawn at the smallest printed size on a page of its own, and what zbar reads
 * on each page: one PDF, one pdftoppm and one zbarimg for all of them (not a pair of processes a
 * URL).
 */
async function scanEach(texts: readonly string[]): Promise<string[][]> {
  const size = QR_MIN_PRINT_MM * MM;
  const pdf = createPdfSurface(loadFonts(), [size + 20 * MM, size + 20 * MM], {
    title: 'qr',
    author: 'test',
    created: new Date(0),
  });
  for (const text of texts) {
    pdf.addPage();
    drawQr(pdf, text, 10 * MM, 10 * MM, size);
  }
  const { bytes } = await pdf.finish();
  return decodeQrCodesEach(await rasterize(bytes, { dpi: 150 }));
}

describe('QR payloads', () => {
  it('a URL too long to scan at the printed size is refused by the check', () => {
    expect(qrProblem(`https://example.vn/${'a'.repeat(400)}`)?.key).toMatch(/too long/);
    expect(qrProblem('https://zalo.me/g/motzcq639')).toBeUndefined();
  });

  it('any accepted URL decodes back to itself from a 150-dpi raster (50 seeded cases)', async () => {
    const urls = fc.sample(url, { seed: 42, numRuns: 50 });
    const decoded = await scanEach(urls);
    expect(decoded).toHaveLength(urls.length);
    urls.forEach((u, i) => {
      expect(decoded[i], u).toEqual([u]);
    });
  });
});
