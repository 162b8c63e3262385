/**
 * The contract with pdfkit's and fontkit's private parts (render/pdf/pdfkit-internals.ts): every
 * field and method the adapter declares is checked here against the installed packages — that it
 * exists, has the declared type, and behaves as the back end relies on. An upgrade that changes
 * one fails here, by name, instead of as a wrong or broken PDF somewhere else. The packages must
 * also be the exact versions package.json pins.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as fontkit from 'fontkit';
import { describe, expect, it, vi } from 'vitest';
import { loadFonts } from '../../src/layout/fonts.js';
import {
  advanceOffset,
  currentFont,
  currentPage,
  type EmbedTarget,
  keepPageNumbersOnly,
  markedContentId,
  movedStructureContent,
  newRef,
  PdfKitDocumentClass,
  type PdfRef,
  pdfaPart,
  postHeaderFirst,
  registerParsedFont,
  releaseWrittenElement,
  setPrintSides,
  signatureForm,
} from '../../src/render/pdf/pdfkit-internals.js';
import { execTool } from '../support/exec.js';
import { withPdfFile } from '../support/tmp.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const json = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const serif = () => loadFonts().families.serif.regular;

/** A bare document the way the back end makes one; `written` collects what _write received. */
function makeDocument(
  options: {
    subset?: 'PDF/A-1b' | 'PDF/A-2b';
    tagged?: boolean;
    displayTitle?: boolean;
    info?: PDFKit.DocumentInfo;
  } = {},
) {
  const written: (string | Uint8Array)[] = [];
  const pushed: unknown[] = [];
  class Probe extends PdfKitDocumentClass {
    override _write(data: string | Uint8Array): void {
      written.push(data);
      advanceOffset(this, typeof data === 'string' ? data.length + 1 : data.length);
    }
    override push(chunk: unknown): boolean {
      pushed.push(chunk);
      return false;
    }
  }
  const doc = new Probe({ autoFirstPage: false, font: null, compress: true, ...options });
  registerParsedFont(doc, 'serif', serif());
  return { doc, written, pushed };
}

const bytesOf = (chunks: (string | Uint8Array)[]) =>
  Buffer.concat(
    chunks.map((c) => (typeof c === 'string' ? Buffer.from(`${c}\n`, 'latin1') : Buffer.from(c))),
  );

function expectRef(ref: PdfRef) {
  expect(typeof ref.data).toBe('object');
  expect(typeof ref.compress).toBe('boolean');
  expect(Array.isArray(ref.buffer)).toBe(true);
  for (const method of ['write', 'end', 'finalize'] as const) {
    expect(typeof ref[method], method).toBe('function');
  }
}

describe('pinned versions', () => {
  it.each(['pdfkit', 'fontkit'])('%s is pinned exactly and installed at that version', (name) => {
    const pinned = json('package.json').dependencies[name];
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(json(`node_modules/${name}/package.json`).version).toBe(pinned);
    expect(json('package-lock.json').packages[`node_modules/${name}`].version).toBe(pinned);
  });

  it('pdfkit uses the same fontkit as we parse fonts with (no second copy)', () => {
    expect(existsSync(join(ROOT, 'node_modules/pdfkit/node_modules/fontkit'))).toBe(false);
  });
});

describe('pdfkit document internals', () => {
  it('font: null loads no default font, and _font is the selected EmbeddedFont', () => {
    const { doc } = makeDocument();
    expect(() => currentFont(doc)).toThrow(/no font selected/);
    doc.font('serif');
    const f = currentFont(doc);
    const font = serif();
    expect(f.id).toBe('F1');
    // The parsed object itself: no second parse per document.
    expect(f.font).toBe(font);
    expect(f.scale).toBe(1000 / font.unitsPerEm);
    expect(f.ascender).toBeCloseTo(font.ascent * f.scale, 9);
    expect(f.widths).toEqual([f.font.getGlyph(0).advanceWidth]);
    expect(f.unicode).toEqual([[0]]);
    expect(f.document).toBe(doc);
    // The dictionary comes with the first ref() (a page uses the font), once.
    expect(f.dictionary).toBeUndefined();
    const dictionary = f.ref();
    expectRef(dictionary);
    expect(f.dictionary).toBe(dictionary);
    expect(f.ref()).toBe(dictionary);
    expect(typeof f.embed).toBe('function');
  });

  it("the font's subset: glyphs by CID, a mapping read through its prototype, includeGlyph", () => {
    const { doc } = makeDocument();
    doc.font('serif');
    const { subset, font } = currentFont(doc);
    expect(subset.glyphs).toEqual([0]);
    const a = font.glyphForCodePoint(0x1ea1).id; // ạ
    const b = font.glyphForCodePoint(0x0111).id; // đ
    expect(subset.includeGlyph(a)).toBe(1);
    expect(subset.includeGlyph(b)).toBe(2);
    expect(subset.includeGlyph(a)).toBe(1);
    expect(subset.glyphs).toEqual([0, a, b]);
    expect({ ...subset.mapping }).toEqual({ 0: 0, [a]: 1, [b]: 2 });
    // font-embed.ts starts each subset from a copy whose mapping is a prototype: same CIDs, same
    // font program.
    const copy = font.createSubset() as unknown as typeof subset & { encode(): Uint8Array };
    copy.glyphs = subset.glyphs.slice();
    copy.mapping = Object.create(subset.mapping);
    const c = font.glyphForCodePoint(0x01b0).id; // ư
    expect(copy.includeGlyph(b)).toBe(2);
    expect(copy.includeGlyph(c)).toBe(3);
    subset.includeGlyph(c);
    const direct = subset as typeof subset & { encode(): Uint8Array };
    expect(Buffer.from(copy.encode()).equals(Buffer.from(direct.encode()))).toBe(true);
  });

  it('embed() makes objects only through document.ref() and reads only document.subset', () => {
    const { doc } = makeDocument();
    doc.font('serif');
    const f = currentFont(doc);
    f.subset.includeGlyph(f.font.glyphForCodePoint(0x1ec7).id); // ệ
    f.widths[1] = 500;
    f.unicode[1] = [0x1ec7];
    // As when a page used the font: its dictionary exists before embed() runs.
    const dictionary = f.ref();
    const read = new Set<string | symbol>();
    const made: PdfRef[] = [];
    const target: EmbedTarget = {
      subset: undefined,
      ref(data) {
        const r = newRef(doc, data);
        made.push(r);
        return r;
      },
    };
    f.document = new Proxy(target, {
      get(t, key, receiver) {
        read.add(key);
        return Reflect.get(t, key, receiver);
      },
    });
    let ended = false;
    const end = dictionary.end.bind(dictionary);
    dictionary.end = (chunk) => {
      ended = true;
      end(chunk);
    };
    f.embed();
    expect([...read].sort()).toEqual(['ref', 'subset']);
    // Font file, descriptor, descendant font, ToUnicode map; then the font's own dictionary.
    expect(made).toHaveLength(4);
    expect(ended).toBe(true);
    expect(dictionary.data).toMatchObject({
      Type: 'Font',
      Subtype: 'Type0',
      Encoding: 'Identity-H',
    });
  });

  it('a page: content, dictionary and resources objects; fonts and xobjects in its resources', () => {
    const { doc } = makeDocument();
    expect(() => currentPage(doc)).toThrow(/no page added/);
    doc.addPage({ size: [200, 100], margin: 0 });
    const page = currentPage(doc);
    for (const ref of [page.content, page.dictionary, page.resources]) expectRef(ref);
    expect(page.dictionary.data.Contents).toBe(page.content);
    expect(page.dictionary.data.Resources).toBe(page.resources);
    // What pdfkit writes when it opens a page (its y-down transform): chunks ending in a newline.
    expect(page.content.buffer.length).toBeGreaterThan(0);
    for (const chunk of page.content.buffer) {
      expect(chunk).toBeInstanceOf(Uint8Array);
      expect(chunk.at(-1)).toBe(0x0a);
    }
    doc.font('serif');
    page.fonts.F1 = currentFont(doc).ref();
    page.xobjects.S1 = newRef(doc, {});
    expect((page.resources.data.Font as Record<string, unknown>).F1).toBe(page.fonts.F1);
    expect((page.resources.data.XObject as Record<string, unknown>).S1).toBe(page.xobjects.S1);
    // A content stream can be replaced by another object (a moved page).
    const moved = newRef(doc, { Filter: 'FlateDecode' });
    page.content = moved;
    expect(currentPage(doc).content).toBe(moved);
  });

  it('ref(): write appends bytes (strings with a newline), end writes and finalizes', () => {
    const { doc, written } = makeDocument();
    const ref = newRef(doc, { Type: 'Test' });
    expectRef(ref);
    expect(ref.data).toEqual({ Type: 'Test' });
    expect(ref.compress).toBe(true);
    expect(newRef(doc, { Filter: 'FlateDecode' }).compress).toBe(false);
    ref.compress = false;
    ref.write('1 0 0 1 0 0 cm');
    expect(Buffer.from(ref.buffer[0] as Uint8Array).toString('latin1')).toBe('1 0 0 1 0 0 cm\n');
    const before = written.length;
    ref.end(new Uint8Array([0x41]));
    const out = bytesOf(written.slice(before)).toString('latin1');
    expect(out).toMatch(
      /^\d+ 0 obj\n<<\n\/Type \/Test\n\/Length 16\n>>\nstream\n1 0 0 1 0 0 cm\nA/,
    );
    expect(ref.buffer).toEqual([]);
  });

  it('_write carries every byte and _offset, push(null) ends: the gathered PDF is whole', async () => {
    const { doc, written, pushed } = makeDocument();
    doc.addPage({ size: [200, 100], margin: 0 });
    doc.font('serif');
    doc.text('Tổ dân phố', 10, 10);
    doc.end();
    expect(pushed).toEqual([null]);
    const pdf = bytesOf(written);
    const check = await withPdfFile(pdf, (file) => execTool('qpdf', ['--check', file]));
    expect(check.code, `${check.stdout}\n${check.stderr}`).toBe(0);
    expect(check.stderr).toBe('');
    // No default Helvetica was embedded or named.
    expect(pdf.toString('latin1')).not.toContain('Helvetica');
  });

  it("a page's annotations: its dictionary's Annots array, made on first use", () => {
    const { doc } = makeDocument();
    doc.addPage({ size: [200, 100], margin: 0 });
    const page = currentPage(doc);
    const annot = newRef(doc, { Type: 'Annot' });
    page.annotations.push(annot);
    expect(page.dictionary.data.Annots).toEqual([annot]);
  });

  it('signatureForm: one AcroForm in the catalog, written at end() with its fields', async () => {
    const { doc, written } = makeDocument();
    doc.addPage({ size: [200, 100], margin: 0 });
    doc.font('serif');
    const form = signatureForm(doc);
    expectRef(form);
    expect(signatureForm(doc)).toBe(form);
    expect(form.data.Fields).toEqual([]);
    expect(form.data.SigFlags).toBe(3);
    expect(form.data.NeedAppearances).toBeUndefined();
    const field = newRef(doc, { FT: 'Sig', T: new String('Signature1') });
    form.data.Fields.push(field);
    field.end();
    doc.end();
    const pdf = bytesOf(written);
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/AcroForm \d+ 0 R/);
    expect(text).toMatch(/\/Fields \[\d+ 0 R\]/);
    expect(text).toContain('/SigFlags 3');
    const check = await withPdfFile(pdf, (file) => execTool('qpdf', ['--check', file]));
    expect(check.code, `${check.stdout}\n${check.stderr}`).toBe(0);
  });

  it("setPrintSides: the catalog's ViewerPreferences /Duplex, written at end() (made when absent)", async () => {
    for (const displayTitle of [true, false]) {
      const { doc, written } = makeDocument({ displayTitle });
      doc.addPage({ size: [200, 100], margin: 0 });
      setPrintSides(doc, 'Simplex');
      doc.end();
      const pdf = bytesOf(written);
      expect(pdf.toString('latin1')).toMatch(/\/ViewerPreferences \d+ 0 R/);
      expect(pdf.toString('latin1')).toMatch(/\/Duplex \/Simplex/);
      const check = await withPdfFile(pdf, (file) => execTool('qpdf', ['--check', file]));
      expect(check.code, `${check.stdout}\n${check.stderr}`).toBe(0);
    }
  });

  it('the subset option gives the PDF/A part embed() reads', () => {
    expect(pdfaPart(makeDocument().doc)).toBeUndefined();
    expect(pdfaPart(makeDocument({ subset: 'PDF/A-1b' }).doc)).toBe(1);
    expect(pdfaPart(makeDocument({ subset: 'PDF/A-2b' }).doc)).toBe(2);
  });

  it('structure content: MCIDs from markStructureContent; moved content fills the parent tree', () => {
    const { doc } = makeDocument({ tagged: true });
    doc.addPage({ size: [200, 100], margin: 0 });
    const first = doc.markStructureContent('P');
    doc.endMarkedContent();
    const second = doc.markStructureContent('P');
    doc.endMarkedContent();
    expect([markedContentId(first), markedContentId(second)]).toEqual([0, 1]);
    // A page moved in with MCIDs 0 and 1 already in its stream: no operators are written.
    doc.addPage({ size: [200, 100], margin: 0 });
    const page = currentPage(doc);
    const before = page.content.buffer.length;
    const root = doc.struct('Document');
    doc.addStructure(root);
    const p = doc.struct('P');
    root.add(p);
    p.add(movedStructureContent(doc, 0));
    p.add(movedStructureContent(doc, 1));
    expect(page.content.buffer.length).toBe(before);
    const key = page.dictionary.data.StructParents as number;
    expect(typeof key).toBe('number');
    const data = doc.getStructTreeRoot().data as unknown as {
      ParentTree: { get(k: number): unknown[] };
    };
    const element = (p as unknown as { dictionary: PdfRef }).dictionary;
    expect(data.ParentTree.get(key)).toEqual([element, element]);
  });

  it("keepPageNumbersOnly: the page tree written as pdfkit's Kids array, no written page held", async () => {
    /** Three pages, each its own drawing, pdfkit's Kids array or the numbers' list; WeakRefs to each page's dictionary. */
    const made = (numbersOnly: boolean) => {
      // A fixed date: the file's ID is made from it.
      const { doc, written } = makeDocument({ info: { CreationDate: new Date(0) } });
      if (numbersOnly) keepPageNumbersOnly(doc);
      const pages: WeakRef<object>[] = [];
      for (let i = 1; i <= 3; i++) {
        doc.addPage({ size: [200, 100], margin: 0 });
        doc.rect(10, 10, 20 * i, 5).fill('black');
        pages.push(new WeakRef(currentPage(doc).dictionary));
      }
      doc.end();
      return { doc, pdf: bytesOf(written), pages };
    };
    const plain = made(false);
    const numbers = made(true);
    expect(numbers.pdf.equals(plain.pdf)).toBe(true);
    // Kids lists the three page objects in the order they were added.
    const text = numbers.pdf.toString('latin1');
    const ids = [...text.matchAll(/(\d+) 0 obj\n<<\n\/Type \/Page\n/g)].map((m) => `${m[1]} 0 R`);
    expect(ids.length).toBe(3);
    expect(text).toMatch(/\/Type \/Pages\n\/Count 3\n/);
    expect(text).toContain(`/Kids [${ids.join(' ')}]`);
    const check = await withPdfFile(numbers.pdf, (file) => execTool('qpdf', ['--check', file]));
    expect(check.code, `${check.stdout}\n${check.stderr}`).toBe(0);
    // Only pdfkit's current page (the last) is still held by the document; its Kids array held all.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    const held = (pages: WeakRef<object>[]) => pages.map((page) => page.deref() !== undefined);
    expect(held(numbers.pages)).toEqual([false, false, true]);
    expect(held(plain.pages)).toEqual([true, true, true]);
    expect([numbers.doc, plain.doc].length).toBe(2);
    // Once a page is added, it is too late: the list would miss it.
    const late = makeDocument().doc;
    late.addPage({ size: [200, 100], margin: 0 });
    expect(() => keepPageNumbersOnly(late)).toThrow(/not an empty Kids array/);
  });

  it('a structure element is written when it ends: its dictionary can go but for /P', async () => {
    const { doc, written } = makeDocument({ tagged: true });
    doc.addPage({ size: [200, 100], margin: 0 });
    const root = doc.struct('Document');
    doc.addStructure(root);
    const p = doc.struct('P');
    root.add(p);
    p.add(doc.markStructureContent('P'));
    doc.endMarkedContent();
    p.end();
    const dictionary = (p as unknown as { dictionary: PdfRef }).dictionary;
    const parent = dictionary.data.P;
    releaseWrittenElement(p);
    expect(dictionary.data).toEqual({ P: parent });
    root.end();
    doc.end();
    await new Promise((resolve) => setImmediate(resolve));
    // The element was written before its dictionary went: /S /P with its parent and content.
    const text = bytesOf(written).toString('latin1');
    expect(text).toMatch(/<<\n\/S \/P\n\/P \d+ 0 R\n\/K \[0\]/);
    expect(text).toContain('%%EOF');
  });
});

describe('fontkit', () => {
  it('create() gives one font whose glyph runs carry ids, code points, advances and outlines', () => {
    const font = fontkit.create(readFileSync(join(ROOT, 'fonts/LiberationSerif-Regular.ttf')));
    expect('fonts' in font).toBe(false);
    const run = serif().layout('Tổ 5');
    expect(run.glyphs).toHaveLength(4);
    expect(run.positions).toHaveLength(4);
    expect(run.glyphs[2]?.codePoints).toEqual([32]);
    for (const g of run.glyphs) {
      expect(typeof g.id).toBe('number');
      expect(typeof g.advanceWidth).toBe('number');
      expect(typeof g.path.toSVG()).toBe('string');
    }
    for (const p of run.positions) {
      for (const k of ['xAdvance', 'xOffset', 'yOffset'] as const)
        expect(typeof p[k]).toBe('number');
    }
  });

  it.each(readdirSync(join(ROOT, 'fonts')).filter((f) => f.endsWith('.ttf')))(
    'postHeaderFirst (%s): the header as fontkit decodes it, the glyph names decoded on demand',
    (file) => {
      const bytes = readFileSync(join(ROOT, 'fonts', file));
      type Opened = fontkit.Font & {
        post: Record<string, unknown>;
        _tables: Record<string, unknown>;
        _decodeTable(entry: unknown): unknown;
      };
      const decoded = (fontkit.create(bytes) as Opened).post;
      const font = fontkit.create(bytes) as Opened;
      const decode = vi.spyOn(font, '_decodeTable');
      postHeaderFirst(font);
      // fontkit keeps decoded tables in _tables and reads them from there.
      expect(Object.keys(font._tables)).toEqual(['post']);
      expect(font.post).toBe(font._tables.post);
      expect(font.italicAngle).toBe(decoded.italicAngle);
      expect(font.post.isFixedPitch).toBe(decoded.isFixedPitch);
      expect(decode).not.toHaveBeenCalled();
      // A glyph's name decodes the table, once, as fontkit would.
      expect(font.getGlyph(36).name).toBe((fontkit.create(bytes) as Opened).getGlyph(36).name);
      expect({ ...font.post }).toEqual({ ...decoded });
      expect(decode).toHaveBeenCalledTimes(1);
    },
  );
});
