/**
 * Render stage, PDF back end: the pdfkit Surface, the one place that creates pdfkit documents.
 * Documents are deterministic (creation date from the campaign, fonts shared and subset) and end
 * as bytes in memory: only the output stage writes files.
 */

import {
  FONT_FACES,
  FONT_FAMILIES,
  type FontFace,
  type FontFamilyName,
  type FontSet,
  faceOf,
} from '../../layout/fonts.js';
import { sharedMeasurer } from '../../layout/line-break.js';
import type { Rect, StructureType } from '../../layout/surface.js';
import { linkAsSent } from '../../model/link-as-sent.js';
import { bufferPageContent, GatheredPdf } from './bytes.js';
import { wardDate } from './dates.js';
import { hasExtraGlyphs, prepareEmbeddedFont } from './font-embed.js';
import { imageWriter } from './images.js';
import type { CapturedPage, PdfSurface } from './pages.js';
import {
  addUriLink,
  compactStructParents,
  currentFont,
  currentPage,
  type EmbeddedFont,
  keepPageNumbersOnly,
  newRef,
  type PdfPage,
  type PdfRef,
  pdfTextString,
  registerParsedFont,
  setActualSizePrinting,
  setPrintSides,
} from './pdfkit-internals.js';
import { addSignatureField, type SignOptions, signDocument } from './sign.js';
import { structureWriter, type TagStep } from './structure.js';
import {
  type KeptDrawing,
  keptDrawing,
  num,
  type PageLink,
  type SymbolProgram,
  strokedRectsProgram,
  symbolProgram,
} from './symbols.js';
import { ownGlyphRuns, writeText } from './text.js';

export interface DocumentMeta {
  title: string;
  author: string;
  subject?: string;
  /** Fixed creation date: the same inputs must give the same bytes. */
  created: Date;
}

/** A PDF text string in UTF-16BE with its byte-order mark, as hex: any text, no escaping. */
function pdfString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${hex}>`;
}

function fontKey(family: FontFamilyName, face: FontFace): string {
  return `${family}-${face}`;
}

export interface PdfOptions {
  /** Stream pages into this as they are made (a ward's combined print file never sits whole in
   * memory); finish() then returns no bytes. */
  sink?: NodeJS.WritableStream;
  /** Keep each page's compressed content, resources and links, to move pages into another PDF. */
  capture?: boolean;
  /** Make a PDF/A file (pdfkit's own XMP identification and sRGB output intent): build --pdfa,
   * report --pdfa; test/render/pdfa.test.ts keeps the path working with shared fonts. */
  pdfa?: 'PDF/A-1b' | 'PDF/A-2b' | 'PDF/A-3b';
  /** Sign the document: its signature goes where the kind calls signatureField (sign.ts). */
  sign?: SignOptions;
  /** A tagged PDF: a structure tree from the kind's beginStructure/endStructure (structure.ts). */
  tagged?: boolean;
  /** How a viewer should print it (a print file: two-sided, or one-sided for posters). */
  printSides?: 'Simplex' | 'DuplexFlipLongEdge';
  /** A scratch document that draws one drawing to be kept (reuse): what it used goes here. */
  scratch?: ScratchUse;
}

/** What a kept drawing's scratch page used besides its operators. */
interface ScratchUse {
  fonts: string[];
  symbols: SymbolProgram[];
  /** Links, which each page that places the drawing adds as its own annotations. */
  links: PageLink[];
  /** An image or a signature field: page-bound, so the drawing is not kept. */
  pageBound: boolean;
}

// A kept drawing's glyph ids and font names are its font set's: documents of another set (fonts
// loaded again, in tests) never place it.
const fontSetIds = new WeakMap<FontSet, number>();
let fontSets = 0;

function fontSetId(fonts: FontSet): number {
  let id = fontSetIds.get(fonts);
  if (id === undefined) {
    id = ++fontSets;
    fontSetIds.set(fonts, id);
  }
  return id;
}

const SCRATCH_META: DocumentMeta = { title: '', author: '', created: new Date(0) };

/**
 * Draws `draw` alone on a page of a scratch document and returns its operators, or undefined
 * when it cannot be placed in other documents as it is (an image, a signature field, a glyph
 * outside the repertoire, whose ids are that document's own); its links go with it. The documents that place it never draw it:
 * whether a drawing was first made for this one or another, the bytes are the same.
 */
function drawAlone(
  fonts: FontSet,
  size: readonly [number, number],
  draw: (surface: PdfSurface) => void,
): KeptDrawing | undefined {
  const use: ScratchUse = { fonts: [], symbols: [], links: [], pageBound: false };
  const scratch = createPdfSurface(fonts, size, SCRATCH_META, { scratch: use });
  scratch.addPage();
  const ops = scratch.pageOps?.();
  if (!ops) return undefined;
  const start = ops.length;
  const own = ownGlyphRuns.count;
  draw(scratch);
  if (use.pageBound || ownGlyphRuns.count !== own) return undefined;
  return {
    body: `${ops.slice(start).join('\n')}\n`,
    fonts: use.fonts,
    inner: use.symbols,
    links: use.links,
    bbox: [0, 0, size[0], size[1]],
  };
}

/**
 * Every face, in one order: each gets the same font resource name (F1…) in every document, so a
 * page moved into a print file finds its fonts there. (A face left out got the next free name in
 * the document that used it, and none in the print file: the checklist's italic note vanished
 * from checklist-all.pdf.)
 */
const FACE_ORDER: [FontFamilyName, FontFace][] = FONT_FAMILIES.flatMap((family) =>
  FONT_FACES.map((face): [FontFamilyName, FontFace] => [family, face]),
);

/**
 * A pdfkit document with every face registered (the shared parsed fonts) and selected once in
 * FACE_ORDER, so each face has the same resource name (F1…) in every document.
 */
function openDocument(
  fonts: FontSet,
  size: readonly [number, number],
  meta: DocumentMeta,
  opts: PdfOptions,
) {
  const doc = new GatheredPdf({
    size: [size[0], size[1]],
    margin: 0,
    autoFirstPage: false,
    // No default Helvetica: every glyph comes from our embedded fonts.
    font: null,
    compress: true,
    lang: 'vi-VN',
    displayTitle: true,
    pdfVersion: '1.7',
    subset: opts.pdfa,
    tagged: opts.tagged ?? false,
    info: {
      Title: xmpSafe(meta.title),
      Author: xmpSafe(meta.author),
      Creator: 'phuong-print',
      Producer: 'phuong-print (pdfkit)',
      CreationDate: wardDate(meta.created),
      // pdfkit's XMP metadata (PDF/A) has no equivalent of these; PDF/A wants the two to agree.
      ...(opts.pdfa ? {} : { Subject: meta.subject ?? '', ModDate: wardDate(meta.created) }),
    },
  });
  // A page, once written, is only its object number in the page tree (a ward's print file has
  // tens of thousands): its dictionary and objects are not held to the document's end.
  keepPageNumbersOnly(doc);
  for (const [family, faces] of Object.entries(fonts.families)) {
    for (const [face, font] of Object.entries(faces)) {
      registerParsedFont(doc, fontKey(family as FontFamilyName, face as FontFace), font);
    }
  }
  if (opts.sink) doc.pipeTo(opts.sink);
  const docFonts = new Map<string, EmbeddedFont>();
  for (const [family, face] of FACE_ORDER) {
    doc.font(fontKey(family, face));
    // Its glyphs are laid out on first use (prepareEmbeddedFont in text()): most documents
    // use two or three of the faces.
    const f = currentFont(doc);
    docFonts.set(f.id, f);
  }
  return { doc, docFonts };
}

/**
 * A text of the info dictionary that pdfkit also writes into its XMP metadata (PDF/A) as it is:
 * "Tổ 1 & 2" would make that XML malformed. The dictionary reads the String's value; the XMP
 * template reads its toString, here escaped for XML.
 */
function xmpSafe(text: string): string {
  const escaped = text.replace(
    /[&<>]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c,
  );
  if (escaped === text) return text;
  return pdfTextString(text, escaped);
}

/**
 * Puts a symbol on the current page: a form XObject, written once per document. A kept drawing's
 * has resources of its own: the document's fonts, and the symbols it places.
 */
function symbolPlacer(doc: GatheredPdf, docFonts: Map<string, EmbeddedFont>) {
  const refs = new Map<string, PdfRef>();
  const refOf = (p: SymbolProgram): PdfRef => {
    let ref = refs.get(p.name);
    if (!ref) {
      const dict: Record<string, unknown> = {
        Type: 'XObject',
        Subtype: 'Form',
        BBox: p.bbox,
        Filter: 'FlateDecode',
      };
      if (p.fonts?.length || p.inner?.length) {
        const Font: Record<string, PdfRef> = {};
        for (const id of p.fonts ?? []) {
          const f = docFonts.get(id);
          if (!f)
            throw new Error(`a kept drawing uses font ${id}, which this document does not have`);
          // Its glyph ids are the repertoire's: this document's subset must start with it too.
          prepareEmbeddedFont(f);
          Font[id] = f.ref();
        }
        const XObject: Record<string, PdfRef> = {};
        for (const inner of p.inner ?? []) XObject[inner.name] = refOf(inner);
        dict.Resources = { Font, XObject };
      }
      ref = newRef(doc, dict);
      ref.end(p.bytes);
      refs.set(p.name, ref);
    }
    return ref;
  };
  return (p: SymbolProgram) => {
    currentPage(doc).xobjects[p.name] ??= refOf(p);
  };
}

export function createPdfSurface(
  fonts: FontSet,
  size: readonly [number, number],
  meta: DocumentMeta,
  opts: PdfOptions = {},
): PdfSurface {
  const { sink } = opts;
  const { doc, docFonts } = openDocument(fonts, size, meta, opts);
  if (opts.printSides) setPrintSides(doc, opts.printSides);
  // Every document is laid out to its paper's size: printed at that size, not fitted (qa39 m1).
  if (!opts.scratch) setActualSizePrinting(doc);
  // Placed by every use with one operator.
  const useSymbol = symbolPlacer(doc, docFonts);
  const images = imageWriter(doc);
  const { scratch } = opts;
  // The current page's operators (bytes.ts), which a scratch page's kept drawing is read from.
  let pageOps: string[] | undefined;
  const captured: CapturedPage[] = [];
  let current: CapturedPage | undefined;
  let signed = false;
  // A tagged document whose pages will move keeps its structure's steps with each page; steps
  // taken before the first page, or after the last, go with that page.
  let steps: TagStep[] = [];
  const structure = opts.tagged
    ? structureWriter(doc, opts.capture ? (step) => (current?.tags ?? steps).push(step) : undefined)
    : undefined;
  const startPage = () => {
    const page = currentPage(doc);
    if (!opts.capture) {
      pageOps = bufferPageContent(page.content);
      return;
    }
    const entry: CapturedPage = { content: new Uint8Array(), fonts: [], symbols: {}, links: [] };
    if (structure) {
      entry.tags = steps;
      steps = [];
    }
    // The compressed stream is kept as it is, to be moved into the print file.
    pageOps = bufferPageContent(page.content, (bytes) => {
      entry.content = bytes;
    });
    captured.push(entry);
    current = entry;
  };
  let pages = 0;
  let previous: PdfPage | undefined;
  /**
   * Adds a page. pdfkit writes the previous page out first; its objects' dictionaries are then
   * dropped. The page tree keeps only its number (keepPageNumbersOnly); a tagged document's
   * structure still refers to the page's dictionary, which then holds nothing more.
   */
  const newPage = (): PdfPage => {
    doc.addPage();
    if (previous) {
      if (structure) compactStructParents(doc, previous);
      for (const ref of [previous.dictionary, previous.resources, previous.content]) ref.data = {};
    }
    previous = currentPage(doc);
    return previous;
  };
  // Fill colour in force on the current page, to set it only when it changes.
  let fill: string | undefined;
  const setFill = (color: string) => {
    if (color !== fill) doc.fillColor(color);
    fill = color;
  };
  const addLink = (link: PageLink) => {
    const [x, y, w, h, uri] = link;
    addUriLink(doc, x, y, w, h, uri);
    current?.links.push(link);
  };
  const surface: PdfSurface = {
    fonts,
    measure: sharedMeasurer(fonts),
    size,
    addPage() {
      structure?.closeMarked();
      newPage();
      pages++;
      fill = undefined;
      startPage();
    },
    text(text, x, top, paint, link, wordSpacing = 0, actualText) {
      // A marked-content span whose /ActualText copy, search and screen readers use instead: in
      // a tagged document the structure's own (structure.ts), else a plain one.
      const endSpan =
        actualText === undefined ? structure?.mark() : structure?.markActualText(actualText);
      const plainSpan = actualText !== undefined && !endSpan;
      doc.font(fontKey(paint.family, faceOf(paint.bold, paint.italic)));
      setFill(paint.color);
      const font = currentFont(doc);
      prepareEmbeddedFont(font);
      if (plainSpan) doc.addContent(`/Span <</ActualText ${pdfString(actualText)}>> BDC`);
      const width = writeText(doc, font, paint.size, text, x, top, wordSpacing);
      if (plainSpan) doc.addContent('EMC');
      endSpan?.();
      if (current && !current.fonts.includes(font.id)) current.fonts.push(font.id);
      if (scratch && !scratch.fonts.includes(font.id)) scratch.fonts.push(font.id);
      if (link) {
        // A link annotation's /URI is ASCII: Vietnamese letters as a browser sends them.
        const uri = linkAsSent(link);
        const rect: PageLink = [x, top, width, paint.size * 1.15, uri];
        // A kept drawing's links are the page's annotations: each page that places it adds them.
        if (scratch) scratch.links.push(rect);
        else addLink(rect);
      }
    },
    fillRects(rects: readonly Rect[], color: string) {
      structure?.mark();
      for (const [x, y, w, h] of rects) doc.rect(x, y, w, h);
      doc.fill(color);
      fill = color;
    },
    symbol(key, rects, x, y, scale, color) {
      structure?.mark();
      const p = symbolProgram(key, rects, color);
      useSymbol(p);
      if (current) current.symbols[p.name] = p;
      if (scratch && !scratch.symbols.includes(p)) scratch.symbols.push(p);
      doc.addContent(`q ${num(scale)} 0 0 ${num(scale)} ${num(x)} ${num(y)} cm /${p.name} Do Q`);
    },
    strokeLine(x1, y1, x2, y2, width, color, dash) {
      structure?.mark();
      doc.save().lineWidth(width);
      if (dash) doc.dash(dash, { space: dash });
      doc.moveTo(x1, y1).lineTo(x2, y2).stroke(color).restore();
    },
    strokeRect([x, y, w, h], width, color, dash) {
      structure?.mark();
      doc.save().lineWidth(width);
      if (dash) doc.dash(dash, { space: dash });
      doc.rect(x, y, w, h).stroke(color).restore();
    },
    strokeRects(key, rects, width, color) {
      structure?.mark();
      const p = strokedRectsProgram(key, rects, width, color);
      useSymbol(p);
      if (current) current.symbols[p.name] = p;
      if (scratch && !scratch.symbols.includes(p)) scratch.symbols.push(p);
      doc.addContent(`/${p.name} Do`);
    },
    image(png, [x, y, w, h]) {
      // Not in a kept drawing (its page takes the image along instead); a page that draws one
      // still moves: the image is named by its bytes, alike in every document.
      if (scratch) scratch.pageBound = true;
      structure?.mark();
      const image = images.draw(png, x, y, w, h);
      if (current) current.images = { ...current.images, [image.name]: image };
    },
    signatureField(rect) {
      if (scratch) scratch.pageBound = true;
      if (!opts.sign || signed) return;
      // The information lines in the notice's serif (Times New Roman's metrics), as real text.
      doc.font(fontKey('serif', 'regular'));
      const font = currentFont(doc);
      prepareEmbeddedFont(font);
      addSignatureField(doc, images, rect, size[1], font, opts.sign);
      signed = true;
    },
    // Only a tagged document has them: an untagged one's layout then skips every element's
    // begin and end (tagged() in layout/surface.ts), instead of handing each to a no-op.
    ...(structure && {
      beginStructure(type: StructureType, alt?: string, colSpan?: number) {
        structure.begin(type, alt, colSpan);
      },
      endStructure() {
        structure.end();
      },
    }),
    // A tagged document's structure is never kept; a scratch page draws its drawing itself.
    ...(!structure &&
      !scratch && {
        reuse(key: string, draw: (surface: PdfSurface) => void) {
          const id = `${fontSetId(fonts)}|${size[0]}x${size[1]}|${key}`;
          const p = keptDrawing(id, () => drawAlone(fonts, size, draw));
          if (!p) {
            draw(surface);
            return;
          }
          useSymbol(p);
          if (current) current.symbols[p.name] = p;
          // Placed where the page's own operators are (its y-down transform): the drawing's
          // operators, made on such a page, are in the same coordinates.
          doc.addContent(`/${p.name} Do`);
          for (const link of p.links ?? []) addLink(link);
        },
      }),
    pageOps: () => pageOps,
    transplant(page: CapturedPage) {
      structure?.closeMarked();
      const p = newPage();
      pages++;
      fill = undefined;
      // The page's own content stream (pdfkit's y-down transform so far, which the moved stream
      // begins with too) becomes the moved, compressed one. A second object for it left the
      // first behind unreferenced, deflated on its own: a print file of 3,000 groups' documents
      // paid ~80,000 zlib streams in the main thread for nothing.
      const own = p.content;
      own.buffer = [];
      own.data.Length = 0;
      own.data.Filter = 'FlateDecode';
      own.compress = false;
      own.write(page.content);
      for (const id of page.fonts) {
        const f = docFonts.get(id);
        // Never silently: the page's text in that font would be lost.
        if (!f) throw new Error(`a moved page uses font ${id}, which this document does not have`);
        // The moved glyph ids are the repertoire's: this document's subset must start with it too.
        prepareEmbeddedFont(f);
        p.fonts[id] ??= f.ref();
      }
      for (const program of Object.values(page.symbols)) useSymbol(program);
      for (const image of Object.values(page.images ?? {})) images.use(image);
      for (const [lx, ly, lw, lh, url] of page.links) addUriLink(doc, lx, ly, lw, lh, url);
      if (page.tags) structure?.graft(page.tags);
    },
    async finish() {
      // Asked before the fonts are embedded: fontkit's subsetting then adds the parts of
      // composite glyphs (a letter and its tone mark), which no page refers to.
      const capture = opts.capture && ![...docFonts.values()].some(hasExtraGlyphs);
      structure?.finish();
      const finished = await doc.finish();
      if (sink) return { bytes: finished, pages };
      const bytes = signed && opts.sign ? await signDocument(finished, opts.sign) : finished;
      return { bytes, pages, captured: capture ? captured : undefined };
    },
  };
  return surface;
}
