/**
 * The contract of the object writer (render/pdf/pdfkit-internals.ts › writingRef, writePdfObject):
 * a GatheredPdf's objects write their dictionaries straight to its bytes instead of through
 * pdfkit's PDFObject.convert. The same drawing, made once by GatheredPdf and once by a plain
 * pdfkit document (pdfkit's own finalize and convert), must give the same bytes — every kind of
 * value convert tells apart, streams compressed or not, fonts, links, a tagged PDF/A file's trees,
 * the xref and the trailer (written by the document's _finalize override).
 * pdfkit's objects never reach a matcher (see pdfkit-contract.test.ts): only bytes and booleans.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GatheredPdf } from '../../src/render/pdf/bytes.js';
import {
  addUriLink,
  advanceOffset,
  newRef,
  type PdfDocumentOptions,
  PdfKitDocumentClass,
  pdfDate,
  pdfTextString,
} from '../../src/render/pdf/pdfkit-internals.js';
import { execTool } from '../support/exec.js';
import { withPdfFile } from '../support/tmp.js';

/** pdfkit's own path: every object through its finalize and PDFObject.convert. */
function pdfkitBytes(options: PdfDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void) {
  const written: Buffer[] = [];
  class Plain extends PdfKitDocumentClass {
    override _write(data: string | Uint8Array): void {
      written.push(
        typeof data === 'string' ? Buffer.from(`${data}\n`, 'latin1') : Buffer.from(data),
      );
      advanceOffset(this, typeof data === 'string' ? data.length + 1 : data.length);
    }
    override push(): boolean {
      return false;
    }
  }
  const doc = new Plain(options);
  draw(doc);
  doc.end();
  return Buffer.concat(written);
}

async function gatheredBytes(options: PdfDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void) {
  const doc = new GatheredPdf(options);
  draw(doc);
  return Buffer.from(await doc.finish());
}

/**
 * The font parsed afresh for each document: pdfkit's own text() changes a parsed font's glyph
 * positions as it encodes them, so a font shared by two documents draws the second otherwise.
 */
const SERIF = fileURLToPath(new URL('../../fonts/LiberationSerif-Regular.ttf', import.meta.url));

/** Objects holding every kind of value PDFObject.convert tells apart. */
function oddValues(doc: PDFKit.PDFDocument) {
  const other = newRef(doc, { Type: 'Other' });
  other.end();
  const inherited = Object.create({ Up: 'FromPrototype' }) as Record<string, unknown>;
  inherited.Own = 1;
  const tagged = { [Symbol.toStringTag]: 'Tagged', toString: () => '[1 2 3]' };
  const values = newRef(doc, {
    Name: 'Name#With(Odd)Chars',
    Numbers: [0, -0, 1 / 3, -2 / 3, 1e-7, 123456.7891234, -5.5, 2 ** 40, 0.1 + 0.2],
    Nested: [[1, undefined, null], { X: undefined, Y: true, Z: false }, []],
    Empty: {},
    Bytes: new Uint8Array([0, 255, 16, 171]),
    When: new Date(Date.UTC(2025, 9, 9, 7, 5, 3)),
    Long: new Date(Date.UTC(12345, 0, 2)),
    Ascii: pdfTextString('a(b)\\c\n\r\t\b\f'),
    Vietnamese: pdfTextString('Phường “5” (Hải Phòng)\n'),
    Blank: pdfTextString(''),
    Dated: pdfDate("D:20251009000000+07'00'", new Date(0)),
    Inherited: inherited,
    Tagged: tagged,
    Ref: other,
    Refs: [other, other],
    Null: null,
  });
  values.end();
  // Streams: compressed, not, one chunk, several, empty.
  const compressed = newRef(doc, { Kind: 'deflated' });
  compressed.write('q 1 0 0 1 0 0 cm Q');
  compressed.write(new Uint8Array([1, 2, 3]));
  compressed.end();
  const raw = newRef(doc, { Kind: 'raw' });
  raw.compress = false;
  raw.end(new Uint8Array([0, 10, 13, 255]));
  const emptyRaw = newRef(doc, { Kind: 'empty' });
  emptyRaw.compress = false;
  emptyRaw.end(new Uint8Array(0));
  const emptyDeflated = newRef(doc, { Kind: 'empty deflated' });
  emptyDeflated.write(new Uint8Array(0));
  emptyDeflated.end();
  const bare = newRef(doc, ['Separation', 'X', { N: 1 }] as unknown as Record<string, unknown>);
  bare.end();
}

/** Two pages of text in two sizes, links (one non-ASCII, one doc.link), a spot colour. */
function drawing(doc: PDFKit.PDFDocument) {
  doc.registerFont('serif', SERIF);
  // pdfkit's types lack addSpotColor.
  const spot = doc as unknown as {
    addSpotColor(n: string, c: number, m: number, y: number, k: number): void;
  };
  spot.addSpotColor('Đỏ cờ', 0, 100, 100, 0);
  for (const page of [0, 1]) {
    doc.addPage({ size: [300.5, 200.25], margin: 0 });
    doc.font('serif').fontSize(11.5 + page);
    doc.fillColor('Đỏ cờ').text('Tổ dân phố số 5 — phường Ngọc Hà “Hà Nội”', 10, 10);
    doc.translate(3.5, 7).scale(0.8, 1.25);
    addUriLink(doc, 10, 20, 100, 12, 'https://dichvucong.gov.vn/p/(x)\\y');
    addUriLink(doc, 10, 40, 100, 12, 'https://phường.vn/tổ-5');
    doc.link(10, 60, 50, 10, 'https://x.vn/a b');
  }
  oddValues(doc);
}

const FIXED = { CreationDate: new Date(Date.UTC(2025, 9, 9)), Title: 'Thông báo' };

describe("GatheredPdf's object writer against pdfkit's PDFObject.convert", () => {
  it('a GatheredPdf writes its objects through its own writer, not pdfkit finalize', () => {
    const plain = new PdfKitDocumentClass({ font: null, autoFirstPage: false });
    const ours = new GatheredPdf({ font: null, autoFirstPage: false });
    expect(newRef(ours).finalize === newRef(plain).finalize).toBe(false);
  });

  it.each([
    ['compressed', { compress: true }],
    ['not compressed', { compress: false }],
    ['PDF 1.7', { pdfVersion: '1.7' as const }],
  ])('the same bytes: fonts, links, a spot colour, every kind of value (%s)', async (_, extra) => {
    const options: PdfDocumentOptions = {
      autoFirstPage: false,
      font: null,
      info: FIXED,
      ...extra,
    };
    const plain = pdfkitBytes(options, drawing);
    const ours = await gatheredBytes(options, drawing);
    expect(ours.length).toBe(plain.length);
    expect(ours.equals(plain)).toBe(true);
    // The odd values are there, as pdfkit writes them.
    const text = plain.toString('latin1');
    expect(text).toContain(
      '/Numbers [0 0 0.333333 -0.666667 0 123456.789123 -5.5 1099511627776 0.3]',
    );
    expect(text).toContain('/Nested [[1 null null] <<\n/Y true\n/Z false\n>> []]');
    expect(text).toContain('/Bytes <00ff10ab>');
    expect(text).toContain('/When (D:20251009070503Z)');
    expect(text).toContain('/Ascii (a\\(b\\)\\\\c\\n\\r\\t\\b\\f)');
    expect(text).toContain("/Dated (D:20251009000000+07'00')");
    expect(text).toContain('/Inherited <<\n/Own 1\n/Up /FromPrototype\n>>');
    // The xref (an entry per object, one at the 15-byte header's end) and the trailer.
    expect(text).toMatch(/\nxref\n0 \d+\n0000000000 65535 f \n(\d{10} 00000 n \n)+trailer\n/);
    expect(text).toContain('\n0000000015 00000 n \n');
    expect(text).toMatch(
      /\ntrailer\n<<\n\/Size \d+\n\/Root \d+ 0 R\n\/Info \d+ 0 R\n\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]\n>>\nstartxref\n\d+\n%%EOF\n$/,
    );
  });

  it('the same bytes: a tagged PDF/A-2b file (parent tree, structure, metadata, output intent)', async () => {
    const tagged = (doc: PDFKit.PDFDocument) => {
      doc.registerFont('serif', SERIF);
      doc.addPage({ size: [200, 100], margin: 0 });
      const root = doc.struct('Document');
      doc.addStructure(root);
      const figure = doc.struct('Figure', { alt: 'Mã QR “Đăng ký”' });
      root.add(figure);
      const p = doc.struct('P', { lang: 'vi-VN' });
      root.add(p);
      p.add(doc.markStructureContent('P'));
      doc.font('serif').text('Kính gửi', 5, 5);
      doc.endMarkedContent();
      root.end();
    };
    const options: PdfDocumentOptions = {
      autoFirstPage: false,
      font: null,
      info: FIXED,
      tagged: true,
      subset: 'PDF/A-2b',
      pdfVersion: '1.7',
      lang: 'vi-VN',
      displayTitle: true,
    };
    const plain = pdfkitBytes(options, tagged);
    const ours = await gatheredBytes(options, tagged);
    expect(ours.equals(plain)).toBe(true);
    const text = plain.toString('latin1');
    expect(text).toContain('/ParentTree <<\n  /Nums [');
    expect(text).toContain('/Alt (\u00fe\u00ff');
    const check = await withPdfFile(ours, (file) => execTool('qpdf', ['--check', file]));
    expect(check.code, `${check.stdout}\n${check.stderr}`).toBe(0);
  });
});
