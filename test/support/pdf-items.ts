/**
 * Positioned text items of a PDF via pdfjs-dist (legacy build, which is the one meant for Node).
 *
 * Coordinates are converted to millimetres with a TOP-LEFT origin using each page's viewport
 * (scale 1, so rotation and a non-zero MediaBox origin are handled by pdfjs):
 * - xMm       = left edge of the item (its baseline start point, converted);
 * - yTopMm    = baseline − ascent × fontSize (ascent from pdfjs' text styles; 0.9 when unknown);
 * - heightMm  = (ascent − descent) × fontSize, i.e. the glyph box from ascender to descender;
 * - baselineMm is also exported.
 *
 * Bold / italic resolution: pdfjs reports ids such as `g_d0_f1` as `fontName`, and
 * `getTextContent().styles[id].fontFamily` is only a generic family ("serif"). After
 * `page.getOperatorList()` the font objects are resolved in `page.commonObjs`;
 * `page.commonObjs.get(id).name` is the PDF BaseFont, e.g. `CZZZZZ+LiberationSerif-Bold`.
 * The subset prefix is stripped, and bold / italic are read from that name
 * (Bold, Black, Heavy, Semibold, Demi… / Italic, Oblique). With `fontExtraProperties` pdfjs
 * also exposes `bold` / `italic` flags from the font descriptor, used as a fallback.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { execToolOk } from './exec.js';
import { pdfjs } from './pdfjs.js';
import { withPdfFile } from './tmp.js';

const PT_TO_MM = 25.4 / 72;

export interface TextItem {
  /** The text, NFC-normalised. */
  str: string;
  xMm: number;
  yTopMm: number;
  /** Baseline position from the top edge of the page. */
  baselineMm: number;
  widthMm: number;
  heightMm: number;
  /** Effective font size in points (font size × text/CTM scaling). */
  fontSize: number;
  bold: boolean;
  italic: boolean;
  /** PDF font name without the subset prefix, e.g. `LiberationSerif-Bold`; pdfjs id when unknown. */
  fontName: string;
}

export interface PageItems {
  widthMm: number;
  heightMm: number;
  items: TextItem[];
}

// Standard-14 font data (only used when a PDF references a non-embedded standard font).
const standardFontDataUrl = `${join(
  dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'standard_fonts',
)}/`;

interface ResolvedFont {
  name?: string;
  bold?: boolean;
  italic?: boolean;
  black?: boolean;
}

function fontStyle(font: ResolvedFont | undefined, id: string) {
  const fullName = font?.name ?? '';
  const name = fullName.replace(/^[A-Z]{6}\+/, '') || id;
  const bold =
    /bold|black|heavy|semibold|demi/i.test(name) || font?.bold === true || font?.black === true;
  const italic = /italic|oblique/i.test(name) || font?.italic === true;
  return { name, bold, italic };
}

/** Text items of every page of `pdf` (whitespace-only items are skipped). */
export async function pdfTextItems(pdf: Uint8Array): Promise<PageItems[]> {
  const task = pdfjs.getDocument({
    // Copy: pdfjs may detach/transfer the buffer and rejects Node Buffers.
    data: new Uint8Array(pdf),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    fontExtraProperties: true,
    standardFontDataUrl,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  const doc = await task.promise;
  try {
    const pages: PageItems[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      // The page's operator list resolves its fonts into commonObjs, which the document's pages
      // share: needed only for a font no earlier page used (it costs as much as the page's text:
      // a three-page notice read in half the CPU).
      const ids = content.items.flatMap((item) => ('fontName' in item ? [item.fontName] : []));
      if (ids.some((id) => !page.commonObjs.has(id))) await page.getOperatorList();
      const styleCache = new Map<string, ReturnType<typeof fontStyle>>();
      const styleOf = (id: string) => {
        let s = styleCache.get(id);
        if (!s) {
          const font = page.commonObjs.has(id)
            ? (page.commonObjs.get(id) as ResolvedFont)
            : undefined;
          s = fontStyle(font, id);
          styleCache.set(id, s);
        }
        return s;
      };
      const items: TextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [, , c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
        const fontSize = Math.hypot(c, d);
        const metrics = content.styles[item.fontName];
        const ascent = metrics?.ascent || 0.9;
        const descent = metrics?.descent ?? -0.2;
        const [x, y] = viewport.convertToViewportPoint(e, f) as [number, number];
        const style = styleOf(item.fontName);
        items.push({
          str: item.str.normalize('NFC'),
          xMm: x * PT_TO_MM,
          yTopMm: (y - ascent * fontSize) * PT_TO_MM,
          baselineMm: y * PT_TO_MM,
          widthMm: item.width * PT_TO_MM,
          heightMm: (ascent - descent) * fontSize * PT_TO_MM,
          fontSize,
          bold: style.bold,
          italic: style.italic,
          fontName: style.name,
        });
      }
      pages.push({
        widthMm: viewport.width * PT_TO_MM,
        heightMm: viewport.height * PT_TO_MM,
        items,
      });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** A string matches when it contains `text` (NFC-compared), or when `RegExp` tests true. */
function matches(str: string, pattern: string | RegExp): boolean {
  if (typeof pattern === 'string') return str.includes(pattern.normalize('NFC'));
  pattern.lastIndex = 0;
  return pattern.test(str);
}

/** First item of `page` whose text contains `textOrRegex` (or matches the regex). */
export function findItem(page: PageItems, textOrRegex: string | RegExp): TextItem | undefined {
  return page.items.find((item) => matches(item.str, textOrRegex));
}

/** Every matching item of every page, with its 1-based page number. */
export function itemsMatching(
  pages: PageItems[],
  textOrRegex: string | RegExp,
): (TextItem & { page: number })[] {
  return pages.flatMap((p, i) =>
    p.items
      .filter((item) => matches(item.str, textOrRegex))
      .map((item) => ({ ...item, page: i + 1 })),
  );
}

/** A box in points, PDF user space (origin bottom left): [x1, y1, x2, y2]. */
export type PdfRect = [number, number, number, number];

export interface PageLinks {
  /** Text drawn inside marked-content spans ("/Span … BDC … EMC"), each with its box. */
  spans: { str: string; rect: PdfRect }[];
  /** Link annotations: their URL and box. */
  links: { url: string; rect: PdfRect }[];
}

/**
 * Per page, the text drawn inside marked-content spans and the link annotations, from pdfjs:
 * pdfjs reads the glyphs of a span, not its /ActualText, so a span's pieces show where a word
 * was broken over lines.
 */
export async function pdfSpansAndLinks(pdf: Uint8Array): Promise<PageLinks[]> {
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(pdf),
    disableFontFace: true,
    isEvalSupported: false,
    standardFontDataUrl,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  }).promise;
  try {
    const pages: PageLinks[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const spans: PageLinks['spans'] = [];
      let depth = 0;
      let current: { str: string; rect: PdfRect } | undefined;
      for (const item of content.items) {
        if ('type' in item) {
          if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
            depth++;
            current = undefined;
          } else if (item.type === 'endMarkedContent') {
            depth--;
            if (current) spans.push(current);
            current = undefined;
          }
          continue;
        }
        // pdfjs adds the gap before a span as an item of its own, a space: not a drawn glyph.
        if (depth === 0 || item.str.trim() === '') continue;
        const [, , , d = 0, e = 0, f = 0] = item.transform as number[];
        const box: PdfRect = [e, f - 0.2 * Math.abs(d), e + item.width, f + 0.8 * Math.abs(d)];
        current = current
          ? {
              str: current.str + item.str,
              rect: [
                Math.min(current.rect[0], box[0]),
                Math.min(current.rect[1], box[1]),
                Math.max(current.rect[2], box[2]),
                Math.max(current.rect[3], box[3]),
              ],
            }
          : { str: item.str, rect: box };
      }
      const annotations = await page.getAnnotations();
      const links = annotations
        .filter((a) => a.subtype === 'Link' && typeof a.url === 'string')
        .map((a) => ({ url: a.url as string, rect: a.rect as PdfRect }));
      pages.push({ spans: spans.map((s) => ({ ...s, str: s.str.normalize('NFC') })), links });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** `inner` lies inside `outer`, give or take `slack` points. */
export function rectInside(inner: PdfRect, outer: PdfRect, slack = 1): boolean {
  return (
    inner[0] >= outer[0] - slack &&
    inner[1] >= outer[1] - slack &&
    inner[2] <= outer[2] + slack &&
    inner[3] <= outer[3] + slack
  );
}

/** One row of `pdfimages -list`: an image (or its soft mask) a page shows. */
export interface PdfImage {
  page: number;
  /** "image", "smask", "mask"… */
  type: string;
  width: number;
  height: number;
  /** The image's object number: the same for every place it is drawn. */
  object: string;
}

/** The images each page of a PDF (bytes or a path) shows, as `pdfimages -list` lists them. */
export async function pdfImageList(pdf: Uint8Array | string): Promise<PdfImage[]> {
  const list = await withPdfFile(pdf, (file) => execToolOk('pdfimages', ['-list', file]));
  return list
    .trim()
    .split('\n')
    .slice(2)
    .filter((row) => row.trim() !== '')
    .map((row) => {
      // page num type width height color comp bpc enc interp object ID …
      const [page, , type, width, height, , , , , , object] = row.trim().split(/\s+/);
      return {
        page: Number(page),
        type: type ?? '',
        width: Number(width),
        height: Number(height),
        object: object ?? '',
      };
    });
}
