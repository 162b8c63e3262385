/**
 * The contract with pdfkit's and fontkit's private parts (render/pdf/pdfkit-internals.ts): every
 * field and method the adapter declares is checked here against the installed packages — that it
 * exists, has the declared type, and behaves as the back end relies on. An upgrade that changes
 * one fails here, by name, instead of as a wrong or broken PDF somewhere else. The packages must
 * also be the exact versions package.json pins.
 * pdfkit's and fontkit's objects never reach a matcher: a failed toEqual/toBe over one prints or
 * diffs the graph it reaches — a whole parsed font — and the fork spun for minutes without
 * naming the test (qa38 M1). Fields are checked by name and type (`lacking`), identities as
 * booleans, and each message names the internal it is about.
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
  addUriLink,
  advanceOffset,
  compactStructParents,
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
  pdfDate,
  pdfTextString,
  postHeaderFirst,
  registerParsedFont,
  releaseWrittenElement,
  setActualSizePrinting,
  setPrintSides,
  signatureForm,
  spanColumns,
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
    pdfVersion?: '1.7';
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

/** A tagged document, one page, its Document element holding a P with one marked content. */
function taggedParagraph() {
  const made = makeDocument({ tagged: true });
  const { doc } = made;
  doc.addPage({ size: [200, 100], margin: 0 });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const p = doc.struct('P');
  root.add(p);
  p.add(doc.markStructureContent('P'));
  doc.endMarkedContent();
  return { ...made, root, p };
}

const bytesOf = (chunks: (string | Uint8Array)[]) =>
  Buffer.concat(
    chunks.map((c) => (typeof c === 'string' ? Buffer.from(`${c}\n`, 'latin1') : Buffer.from(c))),
  );

type Kind = 'array' | 'boolean' | 'function' | 'number' | 'object' | 'string' | 'undefined';
const kindOf = (value: unknown): Kind | 'null' =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : (typeof value as Kind);

/**
 * The fields of `shape` that `object` lacks or holds with another kind, as
 * "pdfkit PDFReference.data is undefined, not object": [] when it has each. Only these strings
 * reach a matcher, never the object.
 */
function lacking(owner: string, object: unknown, shape: Record<string, Kind>): string[] {
  const o = (object ?? {}) as Record<string, unknown>;
  return Object.entries(shape).flatMap(([field, kind]) => {
    const found = kindOf(o[field]);
    return found === kind ? [] : [`${owner}.${field} is ${found}, not ${kind}`];
  });
}

/** Whether `a` is `b` (the same object): a boolean for the matcher, named by `what`. */
function expectSame(a: unknown, b: unknown, what: string) {
  expect(a === b, what).toBe(true);
}

const REF_SHAPE = {
  data: 'object',
  compress: 'boolean',
  buffer: 'array',
  write: 'function',
  end: 'function',
  finalize: 'function',
  id: 'number',
  gen: 'number',
} as const;

function expectRef(ref: PdfRef, what = 'pdfkit PDFReference') {
  expect(lacking(what, ref, REF_SHAPE)).toEqual([]);
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
    expect(kindOf((doc as unknown as { _font: unknown })._font), 'PDFDocument._font').toBe('null');
    expect(() => currentFont(doc)).toThrow(/no font selected/);
    doc.font('serif');
    const f = currentFont(doc);
    const font = serif();
    expect(
      lacking('pdfkit EmbeddedFont', f, {
        id: 'string',
        font: 'object',
        scale: 'number',
        ascender: 'number',
        subset: 'object',
        widths: 'array',
        unicode: 'array',
        document: 'object',
        dictionary: 'undefined',
        embed: 'function',
        ref: 'function',
      }),
    ).toEqual([]);
    expect(f.id, 'EmbeddedFont.id').toBe('F1');
    // The parsed object itself: no second parse per document.
    expectSame(f.font, font, 'EmbeddedFont.font is the registered parsed font');
    expect(f.scale, 'EmbeddedFont.scale').toBe(1000 / font.unitsPerEm);
    expect(f.ascender, 'EmbeddedFont.ascender').toBeCloseTo(font.ascent * f.scale, 9);
    expect(f.widths, 'EmbeddedFont.widths').toEqual([f.font.getGlyph(0).advanceWidth]);
    expect(f.unicode, 'EmbeddedFont.unicode').toEqual([[0]]);
    expectSame(f.document, doc, 'EmbeddedFont.document is the document');
    // The dictionary comes with the first ref() (a page uses the font), once.
    const dictionary = f.ref();
    expectRef(dictionary, 'pdfkit EmbeddedFont.ref()');
    expectSame(f.dictionary, dictionary, 'EmbeddedFont.dictionary is what ref() made');
    expectSame(f.ref(), dictionary, 'EmbeddedFont.ref() a second time gives the same object');
  });

  it("the font's subset: glyphs by CID, a mapping read through its prototype, includeGlyph", () => {
    const { doc } = makeDocument();
    doc.font('serif');
    const { subset, font } = currentFont(doc);
    expect(
      lacking('pdfkit EmbeddedFont.subset', subset, {
        glyphs: 'array',
        mapping: 'object',
        includeGlyph: 'function',
      }),
    ).toEqual([]);
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
    expect([...read].sort(), 'EmbeddedFont.embed() reads of its document').toEqual([
      'ref',
      'subset',
    ]);
    // Font file, descriptor, descendant font, ToUnicode map; then the font's own dictionary.
    expect(made.length, 'objects embed() made through document.ref()').toBe(4);
    expect(ended, 'embed() ends the dictionary').toBe(true);
    const { Type, Subtype, Encoding } = dictionary.data;
    expect([Type, Subtype, Encoding]).toEqual(['Font', 'Type0', 'Identity-H']);
  });

  it('a page: content, dictionary and resources objects; fonts and xobjects in its resources', () => {
    const { doc } = makeDocument();
    expect(kindOf((doc as unknown as { page: unknown }).page), 'PDFDocument.page').toBe('null');
    expect(() => currentPage(doc)).toThrow(/no page added/);
    doc.addPage({ size: [200, 100], margin: 0 });
    const page = currentPage(doc);
    expect(
      lacking('pdfkit PDFPage', page, {
        content: 'object',
        dictionary: 'object',
        resources: 'object',
        fonts: 'object',
        xobjects: 'object',
        annotations: 'array',
      }),
    ).toEqual([]);
    for (const field of ['content', 'dictionary', 'resources'] as const) {
      expectRef(page[field], `pdfkit PDFPage.${field}`);
    }
    expectSame(page.dictionary.data.Contents, page.content, 'PDFPage.content is its /Contents');
    expectSame(page.dictionary.data.Resources, page.resources, 'PDFPage.resources');
    // What pdfkit writes when it opens a page (its y-down transform): chunks ending in a newline.
    expect(page.content.buffer.length).toBeGreaterThan(0);
    for (const chunk of page.content.buffer) {
      expect(chunk instanceof Uint8Array, 'a PDFPage.content chunk is bytes').toBe(true);
      expect(chunk.at(-1)).toBe(0x0a);
    }
    doc.font('serif');
    page.fonts.F1 = currentFont(doc).ref();
    page.xobjects.S1 = newRef(doc, {});
    const resources = page.resources.data as Record<string, Record<string, unknown> | undefined>;
    expectSame(resources.Font?.F1, page.fonts.F1, 'PDFPage.fonts is its /Resources /Font');
    expectSame(resources.XObject?.S1, page.xobjects.S1, 'PDFPage.xobjects: /Resources /XObject');
    // A content stream can be replaced by another object (a moved page).
    const moved = newRef(doc, { Filter: 'FlateDecode' });
    page.content = moved;
    expectSame(currentPage(doc).content, moved, 'PDFPage.content can be replaced');
  });

  it('ref(): write appends bytes (strings with a newline), end writes and finalizes', () => {
    const { doc, written } = makeDocument();
    const ref = newRef(doc, { Type: 'Test' });
    expectRef(ref, 'pdfkit PDFDocument.ref()');
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
    expect(ref.buffer.length, 'PDFReference.buffer after end()').toBe(0);
  });

  it('_write carries every byte and _offset, push(null) ends: the gathered PDF is whole', async () => {
    const { doc, written, pushed } = makeDocument();
    doc.addPage({ size: [200, 100], margin: 0 });
    doc.font('serif');
    doc.text('Tổ dân phố', 10, 10);
    doc.end();
    expect(pushed.map(kindOf), 'what _write pushed').toEqual(['null']);
    const pdf = bytesOf(written);
    const offset = (doc as unknown as { _offset: unknown })._offset;
    expect(offset, 'PDFDocument._offset: every byte _write carried').toBe(pdf.length);
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
    const annots = page.dictionary.data.Annots;
    expect(Array.isArray(annots) && annots.length === 1 && annots[0] === annot).toBe(true);
  });

  it('signatureForm: one AcroForm in the catalog, written at end() with its fields', async () => {
    const { doc, written } = makeDocument();
    doc.addPage({ size: [200, 100], margin: 0 });
    doc.font('serif');
    expect(lacking('pdfkit PDFDocument', doc, { _root: 'object', initForm: 'function' })).toEqual(
      [],
    );
    const form = signatureForm(doc);
    expectRef(form, 'the catalog (PDFDocument._root) /AcroForm');
    expectSame(signatureForm(doc), form, 'signatureForm() a second time');
    expect(form.data.Fields.length).toBe(0);
    expect(form.data.SigFlags).toBe(3);
    expect(form.data.NeedAppearances).toBeUndefined();
    const field = newRef(doc, { FT: 'Sig', T: pdfTextString('Signature1') });
    form.data.Fields.push(field);
    field.end();
    doc.end();
    const pdf = bytesOf(written);
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/AcroForm \d+ 0 R/);
    expect(text).toMatch(/\/Fields \[\d+ 0 R\]/);
    expect(text, 'pdfTextString: a String object is written as a text string').toContain(
      '/T (Signature1)',
    );
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

  it("setActualSizePrinting: the catalog's ViewerPreferences /PrintScaling /None, beside /Duplex", async () => {
    for (const displayTitle of [true, false]) {
      const { doc, written } = makeDocument({ displayTitle });
      doc.addPage({ size: [200, 100], margin: 0 });
      setActualSizePrinting(doc);
      setPrintSides(doc, 'DuplexFlipLongEdge');
      doc.end();
      const pdf = bytesOf(written).toString('latin1');
      expect(pdf).toMatch(/\/PrintScaling \/None/);
      expect(pdf).toMatch(/\/Duplex \/DuplexFlipLongEdge/);
      expect(pdf.match(/\/ViewerPreferences \d+ 0 R/g)).toHaveLength(1);
    }
  });

  it('the subset option gives the PDF/A part embed() reads', () => {
    expect(pdfaPart(makeDocument().doc), 'PDFDocument.subset').toBeUndefined();
    expect(pdfaPart(makeDocument({ subset: 'PDF/A-1b' }).doc), 'PDFDocument.subset').toBe(1);
    expect(pdfaPart(makeDocument({ subset: 'PDF/A-2b' }).doc), 'PDFDocument.subset').toBe(2);
  });

  it('structure content: MCIDs from markStructureContent; moved content fills the parent tree', () => {
    const { doc } = makeDocument({ tagged: true });
    doc.addPage({ size: [200, 100], margin: 0 });
    const first = doc.markStructureContent('P');
    doc.endMarkedContent();
    const second = doc.markStructureContent('P');
    doc.endMarkedContent();
    const refs = (first as unknown as { refs: unknown }).refs;
    expect(kindOf(refs), 'pdfkit PDFStructureContent.refs').toBe('array');
    expect(
      lacking('pdfkit PDFStructureContent.refs[0]', (refs as unknown[])[0], {
        pageRef: 'object',
        mcid: 'number',
      }),
    ).toEqual([]);
    expect([markedContentId(first), markedContentId(second)], 'refs[0].mcid').toEqual([0, 1]);
    // A page moved in with MCIDs 0 and 1 already in its stream: no operators are written.
    doc.addPage({ size: [200, 100], margin: 0 });
    const page = currentPage(doc);
    expect(kindOf(page.dictionary.data.StructParents), 'before structParentTreeKey').toBe(
      'undefined',
    );
    const before = page.content.buffer.length;
    const root = doc.struct('Document');
    doc.addStructure(root);
    const p = doc.struct('P');
    root.add(p);
    p.add(movedStructureContent(doc, 0));
    p.add(movedStructureContent(doc, 1));
    expect(page.content.buffer.length).toBe(before);
    const key = page.dictionary.data.StructParents as number;
    expect(typeof key, 'PDFPage.structParentTreeKey gives the page /StructParents').toBe('number');
    const data = doc.getStructTreeRoot().data as unknown as {
      ParentTree: { get(k: number): unknown[] };
    };
    const element = (p as unknown as { dictionary: PdfRef }).dictionary;
    const entry = data.ParentTree.get(key);
    expect(
      entry?.map((e) => e === element),
      'the parent tree entry: the element for MCIDs 0 and 1',
    ).toEqual([true, true]);
  });

  it('addUriLink writes the bytes doc.link writes (a moved, scaled, turned page; brackets, a backslash, non-ASCII)', () => {
    const urls = [
      'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html',
      'https://vi.wikipedia.org/wiki/S%E1%BB%9Fi_(b%E1%BB%87nh)',
      'https://x.vn/a\\b)(c\n',
      'https://phường.vn/tổ-5',
    ];
    const made = (ours: boolean) => {
      // A fixed date: the file's ID is made from it.
      const { doc, written } = makeDocument({ info: { CreationDate: new Date(0) } });
      doc.addPage({ size: [300, 200], margin: 0 });
      doc.translate(12.5, 7).scale(0.8, 1.25).rotate(7);
      urls.forEach((url, i) => {
        const args = [10 + i, 20.3 * i, 100.25, 11.7] as const;
        if (ours) addUriLink(doc, ...args, url);
        else doc.link(...args, url);
      });
      doc.end();
      return bytesOf(written);
    };
    const plain = made(false);
    expect(made(true).equals(plain)).toBe(true);
    // Every link is there: an action and an annotation each, the escapes pdfkit makes.
    const text = plain.toString('latin1');
    expect(text.match(/\/Subtype \/Link\n\/A \d+ 0 R\n\/Type \/Annot\n/g)?.length).toBe(4);
    expect(text).toContain('/URI (https://x.vn/a\\\\b\\)\\(c\\n)');
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
    const { doc, written, root, p } = taggedParagraph();
    p.end();
    expect(
      lacking('pdfkit PDFStructureElement', p, { _flushed: 'boolean', dictionary: 'object' }),
    ).toEqual([]);
    expect((p as unknown as { _flushed: boolean })._flushed, 'PDFStructureElement._flushed').toBe(
      true,
    );
    const dictionary = (p as unknown as { dictionary: PdfRef }).dictionary;
    const parent = dictionary.data.P;
    releaseWrittenElement(p);
    expect(
      Object.keys(dictionary.data),
      'releaseWrittenElement keeps /P only, once PDFStructureElement._flushed',
    ).toEqual(['P']);
    expectSame(dictionary.data.P, parent, 'the kept /P is the parent');
    root.end();
    doc.end();
    await new Promise((resolve) => setImmediate(resolve));
    // The element was written before its dictionary went: /S /P with its parent and content.
    const text = bytesOf(written).toString('latin1');
    expect(text).toMatch(/<<\n\/S \/P\n\/P \d+ 0 R\n\/K \[0\]/);
    expect(text).toContain('%%EOF');
  });

  it("compactStructParents: a written page's parent tree entry keeps the elements' numbers only", async () => {
    const { doc, written, root, p } = taggedParagraph();
    const page = currentPage(doc);
    const key = page.dictionary.data.StructParents as number;
    expect(kindOf((doc as unknown as { getStructParentTree: unknown }).getStructParentTree)).toBe(
      'function',
    );
    const tree = (doc as unknown as { getStructParentTree(): { get(k: number): unknown[] } })
      .getStructParentTree()
      .get(key);
    const element = (p as unknown as { dictionary: PdfRef & { id: number } }).dictionary;
    expect(tree?.[0] === element, 'getStructParentTree().get(page key)[0] is the element').toBe(
      true,
    );
    compactStructParents(doc, page);
    const stand = tree?.[0] as { id?: unknown; toString(): string } | undefined;
    expect(stand === element, 'compactStructParents replaced the element').toBe(false);
    expect(String(stand), 'the stand-in is written as the element').toBe(`${element.id} 0 R`);
    p.end();
    root.end();
    doc.end();
    const pdf = bytesOf(written);
    const check = await withPdfFile(pdf, (file) => execTool('qpdf', ['--check', file]));
    expect(check.code, `${check.stdout}\n${check.stderr}`).toBe(0);
  });

  it("spanColumns: a table cell's /A, with ColSpan, merged with what struct() gave", () => {
    const { doc } = makeDocument({ tagged: true });
    doc.addPage({ size: [200, 100], margin: 0 });
    const th = doc.struct('TH', { attributes: { O: 'Table', Scope: 'Column' } } as never);
    const before = (th as unknown as { dictionary?: PdfRef }).dictionary;
    expect(lacking('pdfkit PDFStructureElement', th, { dictionary: 'object' })).toEqual([]);
    spanColumns(th, 3);
    const a = (before as PdfRef).data.A as Record<string, unknown>;
    expect([a.O, a.ColSpan], 'PDFStructureElement.dictionary /A').toEqual(['Table', 3]);
  });

  it('pdfTextString: a text string "(…)" (a plain string is a name), truthy when empty', () => {
    const { doc, written } = makeDocument({ tagged: true });
    doc.addPage({ size: [200, 100], margin: 0 });
    newRef(doc, { A: pdfTextString('ab'), B: 'ab' }).end();
    const objects = bytesOf(written).toString('latin1');
    expect(objects, 'pdfTextString is written as a text string').toContain('/A (ab)');
    expect(objects, 'a plain string is written as a name').toContain('/B /ab');
    // The /ActualText of marked content: pdfkit writes it only for a truthy `actual`.
    doc.markStructureContent('Span', { actual: pdfTextString('') });
    doc.endMarkedContent();
    doc.markStructureContent('Span', { actual: pdfTextString('ạ') });
    doc.endMarkedContent();
    const ops = Buffer.concat(currentPage(doc).content.buffer).toString('latin1');
    expect(ops, 'an empty pdfTextString is written as /ActualText ()').toContain('/ActualText ()');
    expect(ops, 'a non-ASCII pdfTextString is written in UTF-16').toContain(
      '/ActualText (\u00fe\u00ff\u001e\u00a1)',
    );
  });

  it('pdfTextString in the info dictionary: its value there, its toString in the XMP (PDF/A)', () => {
    const created = new Date(Date.UTC(2025, 9, 8, 17));
    const { doc, written } = makeDocument({
      subset: 'PDF/A-2b',
      // pdfkit writes XMP metadata from PDF 1.4 on.
      pdfVersion: '1.7',
      info: {
        Title: pdfTextString('Tổ 1 & 2', 'Tổ 1 &amp; 2'),
        CreationDate: pdfDate("D:20251009000000+07'00'", created),
      },
    });
    doc.addPage({ size: [200, 100], margin: 0 });
    doc.end();
    const text = bytesOf(written).toString('latin1');
    const utf16 = (t: string) =>
      `(\u00fe\u00ff${Buffer.from(t, 'utf16le').swap16().toString('latin1')})`;
    expect(text, "the info /Title: the String's value").toContain(`\n${utf16('Tổ 1 & 2')}\n`);
    const xmp = Buffer.from(text, 'latin1').toString('utf8');
    expect(xmp, "the XMP title: the String's toString").toContain('>Tổ 1 &amp; 2</rdf:li>');
    // pdfDate: written as it is, not in UTC; its toISOString in the XMP.
    expect(text, 'pdfDate is written as given').toContain("(D:20251009000000+07'00')");
    expect(text).not.toContain('D:20251008170000Z');
    expect(xmp, 'pdfDate.toISOString in the XMP').toContain(
      '<xmp:CreateDate>2025-10-08T17:00:00Z</xmp:CreateDate>',
    );
  });

  it("pdfDate: pdfkit makes the file ID from its getTime, as from a Date's", () => {
    const idOf = (date: Date) => {
      const { doc, written } = makeDocument({ info: { CreationDate: date } });
      doc.addPage({ size: [200, 100], margin: 0 });
      doc.end();
      return /\/ID \[(<[0-9a-f]+>)/i.exec(bytesOf(written).toString('latin1'))?.[1];
    };
    const written = "D:20251009000000+07'00'";
    const id = idOf(pdfDate(written, new Date(Date.UTC(2025, 9, 8, 17))));
    expect(id, 'the trailer /ID').toMatch(/^<[0-9a-f]{32}>$/i);
    expect(id, 'the same date, the same ID').toBe(
      idOf(pdfDate(written, new Date(Date.UTC(2025, 9, 8, 17)))),
    );
    // Written the same, another time: only getTime differs.
    const other = idOf(pdfDate(written, new Date(Date.UTC(2025, 9, 8, 18))));
    expect(id === other, 'pdfDate.getTime() is read for the ID').toBe(false);
  });
});

describe('fontkit', () => {
  it('create() gives one font whose glyph runs carry ids, code points, advances and outlines', () => {
    const font = fontkit.create(readFileSync(join(ROOT, 'fonts/LiberationSerif-Regular.ttf')));
    expect('fonts' in font).toBe(false);
    const run = serif().layout('Tổ 5');
    expect(run.glyphs.length).toBe(4);
    expect(run.positions.length).toBe(4);
    expect(run.glyphs[2]?.codePoints).toEqual([32]);
    for (const g of run.glyphs) {
      expect(lacking('fontkit Glyph', g, { id: 'number', advanceWidth: 'number' })).toEqual([]);
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
      expect(
        lacking('fontkit TTFFont', font, {
          _tables: 'object',
          _decodeTable: 'function',
          directory: 'object',
          stream: 'object',
        }),
      ).toEqual([]);
      const inner = font as unknown as { directory: { tables: unknown }; stream: unknown };
      expect(lacking('fontkit TTFFont.directory', inner.directory, { tables: 'object' })).toEqual(
        [],
      );
      expect(
        (inner.stream as { buffer?: unknown }).buffer instanceof Uint8Array,
        'fontkit TTFFont.stream.buffer is the bytes',
      ).toBe(true);
      const decode = vi.spyOn(font, '_decodeTable');
      postHeaderFirst(font);
      // fontkit keeps decoded tables in _tables and reads them from there.
      expect(Object.keys(font._tables), 'TTFFont._tables').toEqual(['post']);
      expectSame(font.post, font._tables.post, 'TTFFont.post is read from TTFFont._tables');
      expect(font.italicAngle).toBe(decoded.italicAngle);
      expect(font.post.isFixedPitch).toBe(decoded.isFixedPitch);
      expect(decode.mock.calls.length, 'TTFFont._decodeTable calls').toBe(0);
      // A glyph's name decodes the table, once, as fontkit would.
      expect(font.getGlyph(36).name).toBe((fontkit.create(bytes) as Opened).getGlyph(36).name);
      const same = JSON.stringify({ ...font.post }) === JSON.stringify({ ...decoded });
      expect(same, 'the post table as fontkit decodes it, whole').toBe(true);
      expect(decode.mock.calls.length, 'TTFFont._decodeTable calls').toBe(1);
    },
  );
});
