/**
 * PDF/A through our own PDF path: fonts parsed once and shared, their embedding recorded once and
 * copied into each document (render/pdf/font-embed.ts). pdfkit's PDF/A-1 path writes each font's
 * CIDSet into those recorded objects; the files must be whole (qpdf --check), identify as PDF/A,
 * carry the sRGB output intent, and keep their text.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFonts } from '../../src/layout/fonts.js';
import type { TextPaint } from '../../src/layout/surface.js';
import { createPdfSurface, type PdfOptions } from '../../src/render/pdf/document.js';
import { execTool, qdfOf } from '../support/exec.js';
import { pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const LINES = [
  'Thông báo họp tổ dân phố số 7',
  'Ông Nguyễn Văn Lực, bà Trần Thị Ngọc Ẩn',
  // Ω is beyond the Vietnamese repertoire every subset starts with: this document's own glyph.
  'Điện trở 4,7 kΩ',
];

async function makePdf(pdfa: PdfOptions['pdfa']): Promise<Uint8Array> {
  const surface = createPdfSurface(
    loadFonts(),
    [595, 842],
    { title: 'Thông báo', author: 'UBND phường', created: new Date('2026-03-01T00:00:00Z') },
    { pdfa },
  );
  surface.addPage();
  LINES.forEach((line, i) => {
    const paint: TextPaint = {
      family: 'serif',
      bold: i === 1,
      italic: false,
      size: 14,
      color: 'black',
    };
    surface.text(line, 60, 80 + i * 24, paint);
  });
  return (await surface.finish()).bytes;
}

/** The file checked by qpdf, and its objects uncompressed (QDF) as text. */
async function inspect(bytes: Uint8Array) {
  const dir = await makeTempDir('phuong-print-pdfa-');
  const file = join(dir, 'doc.pdf');
  await writeFile(file, bytes);
  const check = await execTool('qpdf', ['--check', file]);
  return { file, check, objects: await qdfOf(file) };
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('PDF/A through the shared-font path', () => {
  it.each([
    ['PDF/A-2b', '2'],
    ['PDF/A-1b', '1'],
  ] as const)(
    '%s: whole, identified as PDF/A, with its output intent and text',
    async (pdfa, part) => {
      // Twice: the second document copies the embedding the first one recorded.
      for (const bytes of [await makePdf(pdfa), await makePdf(pdfa)]) {
        const { file, check, objects } = await inspect(bytes);
        expect(check.code, `${check.stdout}\n${check.stderr}`).toBe(0);
        expect(check.stdout).toContain('No syntax or stream encoding errors found');
        expect(check.stderr).toBe('');
        expect(objects).toContain(`<pdfaid:part>${part}</pdfaid:part>`);
        expect(objects).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
        expect(objects).toContain('/OutputIntents');
        expect(objects).toContain('/S /GTS_PDFA1');
        const text = (await pdfText(file)).replace(/\s+/g, ' ');
        for (const line of LINES) expect(text).toContain(line);
      }
    },
  );

  it('PDF/A-1 gives every embedded font a CIDSet; other documents get none', async () => {
    const pdfa1 = await inspect(await makePdf('PDF/A-1b'));
    const descriptors = count(pdfa1.objects, '/Type /FontDescriptor');
    expect(descriptors).toBe(2); // serif regular and bold
    expect(count(pdfa1.objects, '/CIDSet')).toBe(descriptors);
    // Made after a PDF/A-1 document in the same process: not a copy of its embedding.
    for (const pdfa of ['PDF/A-2b', undefined] as const) {
      const other = await inspect(await makePdf(pdfa));
      expect(count(other.objects, '/Type /FontDescriptor')).toBe(2);
      expect(other.objects).not.toContain('/CIDSet');
    }
  });

  it('a title with "&" and "<": the XMP stays well-formed, the info dictionary keeps the text', async () => {
    const title = 'Tổ 1 & 2 <khu A>';
    const surface = createPdfSurface(
      loadFonts(),
      [595, 842],
      { title, author: 'UBND phường', created: new Date('2026-03-01T00:00:00Z') },
      { pdfa: 'PDF/A-2b' },
    );
    surface.addPage();
    const { objects, file } = await inspect((await surface.finish()).bytes);
    const xmp = Buffer.from(
      objects.slice(objects.indexOf('<x:xmpmeta'), objects.indexOf('</x:xmpmeta>')),
      'latin1',
    ).toString('utf8');
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Tổ 1 &amp; 2 &lt;khu A&gt;</rdf:li>');
    expect(xmp).not.toMatch(/&(?!amp;|lt;|gt;)|<khu/);
    const info = await execTool('pdfinfo', [file]);
    expect(info.stdout).toMatch(new RegExp(`^Title:\\s+${title}$`, 'm'));
  });

  it('a document that asks for no PDF/A is not identified as one', async () => {
    const { objects } = await inspect(await makePdf(undefined));
    expect(objects).not.toContain('pdfaid:part');
    expect(objects).not.toContain('/OutputIntents');
  });
});
