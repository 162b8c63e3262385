/**
 * Render stage, PDF back end: the one door to pdfkit's and fontkit's private parts.
 * pdfkit has no public way to do what this back end does — gather a document's bytes without its
 * stream, keep a page's operators as text, move a compressed page into another document, record
 * a font's embedding once and copy it, draw a glyph's outline, write a text or a date as the
 * ward needs it — so it reaches into fields and methods that pdfkit and fontkit do not document,
 * and relies on how pdfkit writes objects it is given. Every such access is here, typed with the
 * shape relied on; nothing else in src/ casts pdfkit or fontkit objects or makes String objects
 * for pdfkit. package.json pins both packages to the exact
 * versions these shapes were read from, and test/render/pdfkit-contract.test.ts checks each one
 * against the installed packages: an upgrade breaks that test and this file, nowhere else.
 */

import { deflateSync } from 'node:zlib';
import type { Font as FontkitFont } from 'fontkit';
import PDFDocument from 'pdfkit';
import type { LoadedFont } from '../../layout/fonts.js';

/**
 * A PDF object (pdfkit's PDFReference): a dictionary and, once written to, a stream. Its number
 * is taken when it is made; finalize() writes it to the document.
 */
export interface PdfRef {
  data: Record<string, unknown>;
  /** Whether finalize() deflates the stream (false: the chunks are compressed already). */
  compress: boolean;
  /** The stream's chunks until finalize() writes them. */
  buffer: Uint8Array[];
  /** Appends to the stream (a string gets a newline, as every content operator does). */
  write(chunk: Uint8Array | string): void;
  /** write(chunk) if given, then finalize(). */
  end(chunk?: Uint8Array | string): void;
  finalize(): void;
}

/** fontkit's TTFSubset, the glyphs a document embeds, as pdfkit drives it. */
export interface FontSubset {
  /** The font's glyph ids in subset order: a glyph's index here is its CID. */
  glyphs: number[];
  /** Glyph id → CID; read with `mapping[id] == null`, so entries may come from a prototype. */
  mapping: Record<number, number>;
  /** Adds a glyph (by its id) if it is new; returns its CID. */
  includeGlyph(id: number): number;
}

/** Where a font's embed() makes its objects: the document, or a recorder (font-embed.ts). */
export interface EmbedTarget {
  /** The document's PDF/A part (1, 2, 3) when it is one: PDF/A-1 fonts carry a CIDSet. */
  subset?: number;
  ref(data?: Record<string, unknown>): PdfRef;
}

/** pdfkit's EmbeddedFont: one font of one document, with its subset, widths and ToUnicode. */
export interface EmbeddedFont {
  /** Resource name on every page (F1…), in the order the document first selected its fonts. */
  id: string;
  /** The fontkit font underneath: the one parsed object shared by every document. */
  font: FontkitFont;
  /** 1000 / unitsPerEm. */
  scale: number;
  /** In thousandths of the font size. */
  ascender: number;
  subset: FontSubset;
  /** By CID: advance in thousandths of the font size (written as the W array). */
  widths: number[];
  /** By CID: the code points it stands for (written as the ToUnicode map). */
  unicode: number[][];
  document: EmbedTarget;
  /** The font's own dictionary: made by the first ref(), filled and written by embed(). */
  dictionary?: PdfRef;
  /**
   * Writes the font program, descriptor, widths and ToUnicode map, then the dictionary; pdfkit
   * calls it at end() for each font that has a dictionary (one some page used).
   */
  embed(): void;
  /** The font's dictionary (made on first call), as a page's resources refer to it. */
  ref(): PdfRef;
}

/** pdfkit's PDFPage: the page being drawn and its objects. */
export interface PdfPage {
  content: PdfRef;
  dictionary: PdfRef;
  resources: PdfRef;
  /** The page's /Font resources, by name (F1…). */
  fonts: Record<string, PdfRef>;
  /** The page's /XObject resources, by name. */
  xobjects: Record<string, PdfRef>;
  /** The page's /Annots (made on first use). */
  annotations: PdfRef[];
  /** The page's key in the structure's parent tree: read, it gives the page /StructParents. */
  readonly structParentTreeKey: number;
}

/** pdfkit's document options, with `font: null`: no default Helvetica is ever loaded. */
export type PdfDocumentOptions = Omit<PDFKit.PDFDocumentOptions, 'font'> & { font: null };

/** The document, with the two methods a subclass overrides to gather its bytes. */
export interface PdfKitDocument extends PDFKit.PDFDocument {
  /** pdfkit's one way out for bytes: every object and the xref pass through here. */
  _write(data: string | Uint8Array): void;
  /** Its Readable side: pdfkit calls push(chunk) from _write only, and push(null) at the end. */
  push(chunk: unknown): boolean;
}

interface Inside {
  _font: EmbeddedFont | null;
  _offset: number;
  page: PdfPage | null;
  subset?: number;
  /** The catalog; its AcroForm entry is written by endAcroForm() at end(). */
  _root: PdfRef;
  ref(data?: Record<string, unknown>): PdfRef;
  registerFont(name: string, src: unknown): unknown;
  initForm(): unknown;
}

/** The one cast: a pdfkit document seen with the private fields this back end uses. */
const inside = (doc: PDFKit.PDFDocument) => doc as unknown as Inside;

/** The document's catalog (pdfkit's `_root`). */
function catalog(doc: PDFKit.PDFDocument): PdfRef {
  const root = inside(doc)._root;
  if (!root?.data) throw new Error('pdfkit: a document without its catalog (PDFDocument._root)');
  return root;
}

/** A structure element's dictionary, which pdfkit writes when the element ends. */
function elementDictionary(element: PDFKit.PDFStructureElement): PdfRef {
  const { dictionary } = element as unknown as { dictionary?: PdfRef };
  if (!dictionary?.data) {
    throw new Error('pdfkit: a structure element without PDFStructureElement.dictionary');
  }
  return dictionary;
}

/** pdfkit's document class, to be extended (bytes.ts). */
export const PdfKitDocumentClass = PDFDocument as unknown as new (
  options: PdfDocumentOptions,
) => PdfKitDocument;

/** The font selected by the last doc.font() call. */
export function currentFont(doc: PDFKit.PDFDocument): EmbeddedFont {
  const font = inside(doc)._font;
  if (!font) throw new Error('pdfkit: no font selected (PDFDocument._font)');
  return font;
}

/** The page being drawn. */
export function currentPage(doc: PDFKit.PDFDocument): PdfPage {
  const page = inside(doc).page;
  if (!page) throw new Error('pdfkit: no page added (PDFDocument.page)');
  return page;
}

/** A new object of the document (pdfkit's ref(), typed as it behaves). */
export function newRef(doc: PDFKit.PDFDocument, data: Record<string, unknown> = {}): PdfRef {
  return inside(doc).ref(data);
}

/** pdfkit writes the xref from `_offset`: a subclass's _write must advance it as pdfkit's does. */
export function advanceOffset(doc: PDFKit.PDFDocument, length: number): void {
  inside(doc)._offset += length;
}

/** The document's PDF/A part (1, 2, 3), when it was made with a `subset` option. */
export function pdfaPart(doc: PDFKit.PDFDocument): number | undefined {
  return inside(doc).subset;
}

/**
 * Registers an already parsed font: pdfkit takes any object with layout() as a fontkit font, so
 * fonts are parsed once per thread, not once per document.
 */
export function registerParsedFont(doc: PDFKit.PDFDocument, name: string, font: LoadedFont): void {
  inside(doc).registerFont(name, font);
}

/** fontkit's TTFFont as its table getters keep what they decode (TTFFont._getTable). */
interface FontTables {
  /** Decoded tables by tag: a getter decodes a table whole on first use and keeps it here. */
  _tables: Record<string, unknown>;
  /** Decodes one table whole from the file (the directory's entry). */
  _decodeTable(entry: TableEntry): Record<string, unknown>;
  directory: { tables: Record<string, TableEntry | undefined> };
  /** The font file's bytes (restructure's DecodeStream). */
  stream: { buffer: Uint8Array };
}
interface TableEntry {
  tag: string;
  offset: number;
  length: number;
}

/** The post table's fields after its header, by version (fontkit's `post` definition). */
const POST_GLYPH_NAMES: Record<number, readonly string[]> = {
  2: ['numberOfGlyphs', 'glyphNameIndex', 'names'],
  2.5: ['numberOfGlyphs', 'offsets'],
  4: ['map'],
};

/**
 * Gives the font a post table whose header (version, italic angle, underline, fixed pitch,
 * memory hints) is read from the file's 32 bytes, and whose glyph names are decoded, whole, by
 * fontkit when first read. pdfkit's embed() reads only the header (`post.isFixedPitch`,
 * `italicAngle`), but fontkit decodes the whole table for it: Liberation's 2,600 glyph names,
 * ~15 ms of CPU a face (bench/results.md › cold start). Does nothing once fontkit has decoded it.
 */
export function postHeaderFirst(font: FontkitFont): void {
  const f = font as unknown as Partial<FontTables>;
  if (!f.directory?.tables || !f._tables || !f.stream?.buffer || !f._decodeTable) {
    throw new Error('fontkit: a TTFFont without directory.tables, _tables, stream or _decodeTable');
  }
  postHeader(f as FontTables);
}

function postHeader(f: FontTables): void {
  const entry = f.directory.tables.post;
  if (!entry || 'post' in f._tables) return;
  const bytes = f.stream.buffer;
  const view = new DataView(bytes.buffer, bytes.byteOffset + entry.offset, 32);
  const version = view.getInt32(0) / 65536;
  const post: Record<string, unknown> = {
    version,
    italicAngle: view.getInt32(4) / 65536,
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
    minMemType42: view.getUint32(16),
    maxMemType42: view.getUint32(20),
    minMemType1: view.getUint32(24),
    maxMemType1: view.getUint32(28),
  };
  let whole: Record<string, unknown> | undefined;
  for (const key of POST_GLYPH_NAMES[version] ?? []) {
    Object.defineProperty(post, key, {
      enumerable: true,
      get: () => {
        whole ??= f._decodeTable(entry);
        return whole[key];
      },
    });
  }
  f._tables.post = post;
}

/**
 * The document's interactive form (AcroForm), made on first call with pdfkit's initForm(); its
 * endAcroForm() writes it at end() (and ends only fields with Kids: a widget field pushed to
 * `Fields` is ended by its maker). The dictionary is replaced by one for signatures: initForm's NeedAppearances would make
 * a viewer redraw the fields (PDF/A forbids it), and SigFlags 3 says the file holds signatures
 * and must only be appended to. Its default resources keep the selected font, which initForm
 * requires (select a font the document uses before the first call).
 */
export function signatureForm(doc: PDFKit.PDFDocument): PdfRef & { data: { Fields: PdfRef[] } } {
  const root = catalog(doc);
  if (!root.data.AcroForm) {
    inside(doc).initForm();
    const form = root.data.AcroForm as PdfRef | undefined;
    if (!form?.data) throw new Error('pdfkit: initForm() made no AcroForm in the catalog');
    const dr = form.data.DR;
    form.data = { Fields: [], SigFlags: 3, DR: dr };
  }
  return root.data.AcroForm as PdfRef & { data: { Fields: PdfRef[] } };
}

/**
 * How a viewer's print dialog should print the file (the catalog's ViewerPreferences /Duplex): a
 * print shop opening a poster's print file gets one-sided preselected. pdfkit makes the
 * dictionary for displayTitle and ends it at end(); a plain string in its data is a PDF name.
 */
export function setPrintSides(doc: PDFKit.PDFDocument, sides: 'Simplex' | 'DuplexFlipLongEdge') {
  viewerPreferences(doc).data.Duplex = sides;
}

/**
 * Tells a viewer's print dialog to print at actual size (ViewerPreferences /PrintScaling /None):
 * its default "fit to printable area" would shrink every page a few per cent, and with it the
 * Decree 30 margins and type sizes the documents are laid out to (qa39 m1).
 */
export function setActualSizePrinting(doc: PDFKit.PDFDocument) {
  viewerPreferences(doc).data.PrintScaling = 'None';
}

/** The catalog's ViewerPreferences dictionary, made when absent (pdfkit ends it at end()). */
function viewerPreferences(doc: PDFKit.PDFDocument): PdfRef {
  const root = catalog(doc);
  const prefs = (root.data.ViewerPreferences as PdfRef | undefined) ?? newRef(doc, {});
  root.data.ViewerPreferences = prefs;
  return prefs;
}

/** pdfkit's PDFStructureContent: marked content sequences, each a page and its MCID. */
interface StructureContentShape {
  refs: { pageRef: PdfRef; mcid: number }[];
}

/** The MCID of marked content made by markStructureContent (on the page being drawn). */
export function markedContentId(content: PDFKit.PDFStructureContent): number {
  const { refs } = content as unknown as Partial<StructureContentShape>;
  const ref = Array.isArray(refs) ? refs[0] : undefined;
  if (typeof ref?.mcid !== 'number') {
    throw new Error('pdfkit: structure content without PDFStructureContent.refs[0].mcid');
  }
  return ref.mcid;
}

/**
 * Marked content already in the current page's stream (a page moved in from another document,
 * its BDC…EMC written there with this MCID), as a structure element's child. pdfkit makes such
 * objects only while writing the operators (markStructureContent), so the class is taken from one
 * made that way, here, once. Reading the page's structParentTreeKey gives it /StructParents, so
 * that adding the content to an element fills the page's entry of the parent tree.
 */
export function movedStructureContent(
  doc: PDFKit.PDFDocument,
  mcid: number,
): PDFKit.PDFStructureContent {
  const page = currentPage(doc);
  void page.structParentTreeKey;
  if (typeof page.dictionary.data.StructParents !== 'number') {
    throw new Error('pdfkit: PDFPage.structParentTreeKey gave the page no /StructParents');
  }
  contentClass ??= structureContentClass();
  return new contentClass(page.dictionary, mcid);
}

type ContentClass = new (pageRef: PdfRef, mcid: number) => PDFKit.PDFStructureContent;
let contentClass: ContentClass | undefined;

function structureContentClass(): ContentClass {
  const probe = new PdfKitDocumentClass({ font: null, tagged: true, autoFirstPage: true });
  const content = probe.markStructureContent('P');
  return Object.getPrototypeOf(content).constructor as ContentClass;
}

/**
 * Drops a structure element's dictionary once pdfkit has written it (an element is written when
 * it ends, its children written): only its reference is still needed, by the parent tree, and
 * its parent entry, by pdfkit's own check that it was written. A
 * tagged print file of a whole ward would otherwise keep every element's dictionary to its end.
 */
export function releaseWrittenElement(element: PDFKit.PDFStructureElement): void {
  const { _flushed } = element as unknown as { _flushed?: unknown };
  if (typeof _flushed !== 'boolean') {
    throw new Error('pdfkit: a structure element without PDFStructureElement._flushed');
  }
  const dictionary = elementDictionary(element);
  // Its parent, /P, stays: pdfkit reads it to tell that the element is written.
  if (_flushed) dictionary.data = { P: dictionary.data.P };
}

/**
 * A table cell spanning `columns` columns: its attributes (/A << /O /Table /ColSpan n >>, merged
 * with a header cell's /Scope), which pdfkit's struct() options cannot give.
 */
export function spanColumns(element: PDFKit.PDFStructureElement, columns: number): void {
  const dictionary = elementDictionary(element);
  const attributes = (dictionary.data.A ?? {}) as Record<string, unknown>;
  dictionary.data.A = { ...attributes, O: 'Table', ColSpan: columns };
}

/**
 * Once a page is written, its entry of the structure's parent tree (the element of each of its
 * MCIDs) needs only the elements' object numbers: each is replaced by a bare reference of the
 * same number (pdfkit writes any PDFReference as "n 0 R"), so that the elements' dictionaries and
 * the chain of their parents can go. A ward's tagged print file would otherwise hold every
 * table cell's reference to its end.
 */
export function compactStructParents(doc: PDFKit.PDFDocument, page: PdfPage): void {
  const key = page.dictionary.data.StructParents;
  if (typeof key !== 'number') return;
  const tree = (doc as unknown as { getStructParentTree(): { get(k: number): unknown[] } })
    .getStructParentTree()
    .get(key);
  if (!tree) return;
  const bare = new Map<number, object>();
  tree.forEach((entry, mcid) => {
    const ref = entry as (PdfRef & { id: number }) | null;
    if (!ref) return;
    let stand = bare.get(ref.id);
    if (!stand) {
      stand = Object.assign(Object.create(Object.getPrototypeOf(ref)) as object, {
        id: ref.id,
        gen: 0,
      });
      bare.set(ref.id, stand);
    }
    tree[mcid] = stand;
  });
}

/** pdfkit's PDFAbstractReference: PDFObject.convert writes any instance by its toString(). */
type AbstractReference = new () => { toString(): string };

/** The page tree's Kids as pdfkit drives it: addPage() pushes each new page's dictionary. */
export interface PageNumbers {
  /** Keeps the page dictionary's object number only; returns the count, as Array.push does. */
  push(dictionary: PdfRef): number;
  readonly length: number;
}

/**
 * Makes the document's page tree keep each page's object number, not its dictionary: pdfkit's
 * Kids array holds every page's PDFReference (and, through it, its dictionary) until end(), ~300
 * bytes of the main thread's heap a page, 80,000 pages in a 3,000-group build's print files. The
 * list stands in for that array: addPage() pushes into it, and at end() PDFObject.convert writes
 * it by its toString() — "[n 0 R …]", the bytes the array would have given. It cannot be read
 * by index: pdfkit's link() to a page number and an outline item by page number (neither used
 * here) would find no page. Called on a new document, before its first page.
 */
export function keepPageNumbersOnly(doc: PDFKit.PDFDocument): PageNumbers {
  const pages = catalog(doc).data.Pages as PdfRef | undefined;
  if (!pages?.data) throw new Error('pdfkit: a catalog without its page tree (/Pages)');
  const kids = pages.data.Kids;
  if (!Array.isArray(kids) || kids.length > 0) {
    throw new Error('pdfkit: the page tree is not an empty Kids array');
  }
  numbersClass ??= pageNumbersClass(pages);
  const list = new numbersClass();
  pages.data.Kids = list;
  return list;
}

let numbersClass: (new () => PageNumbers) | undefined;

/**
 * PDFReference's parent class, which pdfkit does not export, from any reference (a
 * WritingReference too): the class of its chain's last prototype before Object's.
 */
function abstractReference(anyRef: PdfRef): AbstractReference {
  let proto = Object.getPrototypeOf(anyRef);
  while (Object.getPrototypeOf(proto) !== Object.prototype) proto = Object.getPrototypeOf(proto);
  return proto.constructor as AbstractReference;
}

function pageNumbersClass(anyRef: PdfRef): new () => PageNumbers {
  return class extends abstractReference(anyRef) implements PageNumbers {
    private readonly ids: number[] = [];
    push(dictionary: PdfRef): number {
      const { id, gen } = dictionary as PdfRef & { id: number; gen: number };
      if (gen !== 0) throw new Error('pdfkit: a page object of generation other than 0');
      return this.ids.push(id);
    }
    get length(): number {
      return this.ids.length;
    }
    override toString(): string {
      let out = '[';
      for (let i = 0; i < this.ids.length; i++) out += `${i ? ' ' : ''}${this.ids[i]} 0 R`;
      return `${out}]`;
    }
  };
}

/**
 * `text` as pdfkit writes a PDF text string, "(…)" (UTF-16 when not ASCII): its object writer
 * (PDFObject.convert) writes a String object so, from its valueOf() — a plain string it writes as
 * a name, "/…". A String object is truthy even when empty, so an option pdfkit writes only when
 * truthy (markStructureContent's `actual`) is written for an empty text too. pdfkit's XMP
 * metadata (PDF/A) reads the info dictionary's entries by their toString() instead: `xmp`, when
 * given, is what is written there (the same text escaped for XML).
 */
export function pdfTextString(text: string, xmp?: string): string {
  const string = new String(text);
  if (xmp !== undefined) string.toString = () => xmp;
  return string as unknown as string;
}

/**
 * A date that pdfkit writes as `written` ("D:20251009000000+07'00'"), as it is: a String object
 * is written from its value where a Date would be written in UTC ("…Z"). pdfkit also reads a
 * date's getTime() (the file ID) and toISOString() (XMP metadata): both are `date`'s.
 */
export function pdfDate(written: string, date: Date): Date {
  const time = date.getTime();
  const iso = date.toISOString();
  const string = Object.assign(new String(written), {
    getTime: () => time,
    toISOString: () => iso,
  });
  return string as unknown as Date;
}

/** What doc.link's annotation reads of the document: its transform, and whether it encrypts. */
interface LinkInside {
  /** The current transformation matrix (pdfkit's _ctm), as _convertRect reads it. */
  _ctm: number[];
  /** Set when the document is encrypted: every string is then encrypted per object. */
  _security?: unknown;
}

/** Text PDFObject.convert writes as it is (it writes any PDFAbstractReference by toString()). */
type WrittenText = { toString(): string };
let writtenClass: (new (text: string) => WrittenText) | undefined;
const uriActions = new Map<string, Record<string, unknown>>();
/** Enough for a campaign's links and a ward's; cleared whole beyond it (rare, cheap to remake). */
const MAX_URIS = 1_024;

/**
 * `doc.link(x, y, w, h, url)` for a URL of ASCII characters in an unencrypted document, with the
 * same objects and the same bytes, made with less: pdfkit's link() spreads its options into two
 * new objects, and at the end writes the URL through a String object, a byte array and a
 * character loop (toBinaryString) for every link — the same campaign address on every page of
 * every group, and each dictionary through PDFObject.convert's arrays and joins: 36 MB of a
 * 100-group build's 933 MB (bench/results.md "h-alloc"). Here both dictionaries are written as
 * text, which convert writes as it is (the data is a PDFAbstractReference: written by its
 * toString()): the action's once per URL, with pdfkit's escapes (newline, tab, backspace, form
 * feed, brackets, backslash); the annotation's with its keys in pdfkit's order (Subtype, A,
 * Type, Rect, Border, F), its rectangle from pdfkit's _convertRect arithmetic read by index and
 * its numbers as PDFObject.number writes them. The action is made and ended first, then the
 * annotation, pushed to the page's Annots and ended: the same object numbers. A URL with other
 * characters (written as UTF-16) or an encrypted document goes through doc.link itself.
 */
export function addUriLink(
  doc: PDFKit.PDFDocument,
  x: number,
  y: number,
  w: number,
  h: number,
  url: string,
): void {
  const d = doc as unknown as LinkInside;
  if (d._security || NOT_ASCII.test(url)) {
    doc.link(x, y, w, h, url);
    return;
  }
  const action = newRef(doc, uriAction(url));
  action.end();
  const m = d._ctm;
  const m0 = m[0] as number;
  const m1 = m[1] as number;
  const m2 = m[2] as number;
  const m3 = m[3] as number;
  const m4 = m[4] as number;
  const m5 = m[5] as number;
  // _convertRect's arithmetic, step for step (its y1 reads the x1 just transformed).
  let x1 = x;
  let y1 = y + h;
  let x2 = x + w;
  let y2 = y;
  x1 = m0 * x1 + m2 * y1 + m4;
  y1 = m1 * x1 + m3 * y1 + m5;
  x2 = m0 * x2 + m2 * y2 + m4;
  y2 = m1 * x2 + m3 * y2 + m5;
  const rect = `${pdfNumber(x1)} ${pdfNumber(y1)} ${pdfNumber(x2)} ${pdfNumber(y2)}`;
  const annotation = newRef(
    doc,
    written(
      `<<\n/Subtype /Link\n/A ${action}\n/Type /Annot\n/Rect [${rect}]\n/Border [0 0 0]\n/F 4\n>>`,
    ),
  );
  currentPage(doc).annotations.push(annotation);
  annotation.end();
}

/** A number as PDFObject.number writes it: rounded to 6 decimals, JavaScript's own digits. */
function pdfNumber(n: number): string {
  if (!(n > -1e21 && n < 1e21)) throw new Error(`unsupported number: ${n}`);
  return String(Math.round(n * 1e6) / 1e6);
}

/** A reference's data written as it is: PDFObject.convert writes any reference by toString(). */
function written(text: string): Record<string, unknown> {
  writtenClass ??= writtenTextClass();
  return new writtenClass(text) as unknown as Record<string, unknown>;
}

/** A character pdfkit writes a text string as UTF-16 for (any above 0x7f). */
const NOT_ASCII = /[\u0080-\uffff]/;
const ESCAPED = /[\n\r\t\b\f()\\]/g;
const ESCAPES: Record<string, string> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
  '\\': '\\\\',
  '(': '\\(',
  ')': '\\)',
};

/**
 * The URI action's dictionary as pdfkit writes it, made once per URL and shared by its links'
 * actions: pdfkit only reads a reference's data when it has no stream (finalize).
 */
function uriAction(url: string): Record<string, unknown> {
  let data = uriActions.get(url);
  if (data === undefined) {
    if (uriActions.size >= MAX_URIS) uriActions.clear();
    const uri = url.replace(ESCAPED, (c) => ESCAPES[c] as string);
    data = written(`<<\n/S /URI\n/URI (${uri})\n>>`);
    uriActions.set(url, data);
  }
  return data;
}

function writtenTextClass(): new (text: string) => WrittenText {
  const probe = new PdfKitDocumentClass({ font: null, autoFirstPage: false });
  return class extends abstractReference(newRef(probe)) {
    constructor(private readonly text: string) {
      super();
    }
    override toString(): string {
      return this.text;
    }
  };
}

/** Where the object writer writes: PDF text, one byte a character (latin1, as pdfkit's). */
export interface PdfTextSink {
  add(text: string): void;
}

/** A document whose objects write their dictionaries straight to its bytes (GatheredPdf). */
export interface ObjectDataWriter {
  /** Writes an object's data as pdfkit's _write(PDFObject.convert(data)) would: then a newline. */
  writeObjectData(data: unknown): void;
  /**
   * Writes the xref's entry for an object at `offset` (an integer below 10^10) as pdfkit's
   * _write(`${offset padded to 10 digits} 00000 n `) would: then a newline.
   */
  writeXrefEntry(offset: number): void;
}

/** What an object's finalize() reads and calls of its document. */
interface WriterInside extends ObjectDataWriter {
  _offset: number;
  _offsets: (number | null)[];
  _waiting: number;
  _security?: unknown;
  compress: boolean;
  _write(data: string | Uint8Array): void;
  _refEnd(ref: PdfRef): void;
}

/** pdfkit's PDFReference as its finalize() reads it. */
interface ReferenceInside extends PdfRef {
  document: WriterInside;
  id: number;
  gen: number;
  offset: number;
}

/** The classes PDFObject.convert tells apart, which pdfkit does not export. */
interface WriterClasses {
  /** PDFReference, subclassed so that finalize() writes through the document. */
  Reference: new (
    document: unknown,
    id: number,
    data?: Record<string, unknown>,
  ) => PdfRef;
  referenceToString: () => string;
  AbstractReference: abstract new () => object;
  Tree: abstract new () => object;
  SpotColor: abstract new () => object;
}
let writerClasses: WriterClasses | undefined;

function findWriterClasses(): WriterClasses {
  const probe = new PdfKitDocumentClass({ font: null, autoFirstPage: false });
  const anyRef = newRef(probe);
  const PdfReference = Object.getPrototypeOf(anyRef).constructor as new (
    document: unknown,
    id: number,
    data?: Record<string, unknown>,
  ) => ReferenceInside;
  const names = catalog(probe).data.Names as PdfRef | undefined;
  const dests = names?.data.Dests;
  if (!dests) throw new Error('pdfkit: a catalog without its Names tree (/Names /Dests)');
  const colours = probe as unknown as {
    addSpotColor(name: string, c: number, m: number, y: number, k: number): void;
    spotColors: Record<string, object>;
  };
  colours.addSpotColor('probe', 0, 0, 0, 0);
  const spot = colours.spotColors.probe;
  if (!spot) throw new Error('pdfkit: addSpotColor() kept no spotColors entry');
  class WritingReference extends PdfReference {
    /**
     * pdfkit's finalize() step for step (offset, the stream joined and deflated, Length,
     * "n 0 obj", data, stream, "endobj", _refEnd), the data written by the document's
     * writeObjectData instead of _write(PDFObject.convert(data)); an encrypted document's
     * objects go through pdfkit's own.
     */
    override finalize(): void {
      const doc = this.document;
      if (doc._security) {
        super.finalize();
        return;
      }
      this.offset = doc._offset;
      let stream: Uint8Array | Uint8Array[] = this.buffer;
      if (stream.length) {
        const joined = Buffer.concat(this.buffer);
        stream = this.compress ? deflateSync(joined) : joined;
        this.data.Length = stream.length;
      }
      doc._write(`${this.id} ${this.gen} obj`);
      doc.writeObjectData(this.data);
      if (stream.length) {
        doc._write('stream');
        doc._write(stream as Uint8Array);
        this.buffer = [];
        doc._write('\nendstream');
      }
      doc._write('endobj');
      doc._refEnd(this);
    }
  }
  return {
    Reference: WritingReference,
    referenceToString: PdfReference.prototype.toString,
    AbstractReference: abstractReference(anyRef),
    Tree: Object.getPrototypeOf(Object.getPrototypeOf(dests)).constructor,
    SpotColor: spot.constructor as abstract new () => object,
  };
}

/**
 * A new object of `doc` whose finalize() writes its data through the document's
 * writeObjectData: pdfkit's ref() (the next number, an offset to fill, one more object to wait
 * for) with a PDFReference subclass. pdfkit writes each object's dictionary through
 * PDFObject.convert, an array and a join per dictionary and per array, a string per entry, then
 * the document joins those texts again to encode them: ~8 % of what a group allocates
 * (bench/results.md "h-b3k"). writePdfObject writes the same bytes with none of that.
 */
export function writingRef(doc: ObjectDataWriter, data?: Record<string, unknown>): PdfRef {
  writerClasses ??= findWriterClasses();
  const d = doc as WriterInside;
  const ref = new writerClasses.Reference(doc, d._offsets.length + 1, data);
  d._offsets.push(null);
  d._waiting++;
  return ref;
}

const OBJECT_TAG = Object.prototype.toString;

/**
 * Writes `value` to `out` as pdfkit's PDFObject.convert(value) makes it for an unencrypted
 * document, branch for branch and in its order: a string is a name; a String object a text
 * string; bytes hex; a name or number tree, a reference or a spot colour by toString(); a Date in
 * UTC; an array and a plain object ({}.toString "[object Object]", its enumerable keys with for…in,
 * undefined values left out) entry by entry; a number rounded to 6 decimals; anything else by
 * its template string.
 */
export function writePdfObject(value: unknown, out: PdfTextSink): void {
  writerClasses ??= findWriterClasses();
  writeValue(value, out, writerClasses);
}

function writeValue(v: unknown, out: PdfTextSink, c: WriterClasses): void {
  if (typeof v === 'string') {
    out.add('/');
    out.add(v);
  } else if (typeof v === 'number') {
    out.add(pdfNumber(v));
  } else if (v instanceof String) {
    out.add(textStringText(v));
  } else if (v instanceof Uint8Array) {
    out.add(`<${Buffer.from(v.buffer, v.byteOffset, v.length).toString('hex')}>`);
  } else if (v instanceof c.Tree) {
    out.add(v.toString());
  } else if (v instanceof c.AbstractReference || v instanceof c.SpotColor) {
    const ref = v as { toString(): string; id: number; gen: number };
    if (ref.toString === c.referenceToString) {
      // PDFReference's own `${id} ${gen} R`, without the string.
      out.add(String(ref.id));
      out.add(' ');
      out.add(String(ref.gen));
      out.add(' R');
    } else out.add(ref.toString());
  } else if (v instanceof Date) {
    out.add(dateText(v));
  } else if (Array.isArray(v)) {
    out.add('[');
    for (let i = 0; i < v.length; i++) {
      if (i) out.add(' ');
      const e = v[i];
      writeValue(e === undefined ? null : e, out, c);
    }
    out.add(']');
  } else if (OBJECT_TAG.call(v) === '[object Object]') {
    const o = v as Record<string, unknown>;
    out.add('<<');
    for (const key in o) {
      const val = o[key];
      if (val === undefined) continue;
      out.add('\n/');
      out.add(key);
      out.add(' ');
      writeValue(val, out, c);
    }
    out.add('\n>>');
  } else out.add(`${v}`);
}

const ESCAPED_BYTE = /[\n\r\t\b\f()\\]/g;

/** A String object as convert writes it: ASCII as it is, else UTF-16BE with its mark; escaped. */
function textStringText(s: { valueOf(): string }): string {
  const value = s.valueOf();
  let binary = value;
  if (NOT_ASCII.test(value)) {
    let b = '\u00fe\u00ff';
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      b += String.fromCharCode(code >> 8, code & 0xff);
    }
    binary = b;
  }
  return `(${binary.replace(ESCAPED_BYTE, (ch) => ESCAPES[ch] as string)})`;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A Date as convert writes it: "(D:YYYYMMDDHHmmSSZ)", in UTC. */
function dateText(d: Date): string {
  return `(D:${pad(d.getUTCFullYear(), 4).slice(-4)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}${pad(d.getUTCHours(), 2)}${pad(d.getUTCMinutes(), 2)}${pad(d.getUTCSeconds(), 2)}Z)`;
}

/**
 * pdfkit's document class whose objects (every ref()) write their data through
 * writeObjectData (writingRef): GatheredPdf extends it.
 */
export abstract class ObjectWritingDocumentClass
  extends PdfKitDocumentClass
  implements ObjectDataWriter
{
  abstract writeObjectData(data: unknown): void;
  abstract writeXrefEntry(offset: number): void;
  override ref(data?: Record<string, unknown>): ReturnType<PDFKit.PDFDocument['ref']> {
    return writingRef(this, data) as unknown as ReturnType<PDFKit.PDFDocument['ref']>;
  }
  /**
   * pdfkit's _finalize() (the xref, the trailer, push(null)) line for line, each object's xref
   * entry written by writeXrefEntry and the trailer by writeObjectData: pdfkit makes three
   * strings an object for its entry (~1.5 % of what a group allocates, h-alloc2). An encrypted
   * document, or an offset that is no integer below 10^10 (which pdfkit writes as its string's
   * last 10 characters), goes through pdfkit's own.
   */
  _finalize(): void {
    const d = this as unknown as FinalizeInside;
    if (d._security || !d._offsets.every(isXrefOffset)) {
      pdfkitFinalize.call(this);
      return;
    }
    const xRefOffset = d._offset;
    d._write('xref');
    d._write(`0 ${d._offsets.length + 1}`);
    d._write('0000000000 65535 f ');
    for (let i = 0; i < d._offsets.length; i++) this.writeXrefEntry(d._offsets[i] as number);
    d._write('trailer');
    this.writeObjectData({
      Size: d._offsets.length + 1,
      Root: d._root,
      Info: d._info,
      ID: [d._id, d._id],
    });
    d._write('startxref');
    d._write(`${xRefOffset}`);
    d._write('%%EOF');
    d.push(null);
  }
}

/** What pdfkit's _finalize() reads of its document. */
interface FinalizeInside extends WriterInside {
  _root: PdfRef;
  _info: PdfRef;
  _id: Uint8Array;
  push(chunk: null): boolean;
}

const isXrefOffset = (o: unknown): boolean =>
  typeof o === 'number' && Number.isInteger(o) && o >= 0 && o < 1e10;

/** pdfkit's own _finalize(), for the documents the override leaves to it. */
const pdfkitFinalize = (PdfKitDocumentClass.prototype as unknown as { _finalize(): void })
  ._finalize;
