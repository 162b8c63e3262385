/**
 * Render stage, text back end: what each page of a document says, as text a screen reader reads
 * (the page-by-page view's "Đọc trang N dạng chữ", under each page's picture: inside Zalo's
 * browser, where no PDF opens, the pictures are a blind leader's only form of the document).
 * The kind lays itself out as for its PDF onto a surface that keeps only the text: in the order
 * a tagged PDF reads it (its structure: headings, paragraphs, list items, table rows, a figure's
 * alternative text), without what a tagged PDF marks as not read (Artifact: page numbers, running
 * footers, the flyer's second copy). A run drawn with `actualText` (a URL broken over lines)
 * reads as that text. No file is made: a layout only, cheaper than the page's picture.
 */
import type { DocumentKind } from '../../kinds/kind.js';
import type { FontSet } from '../../layout/fonts.js';
import { sharedMeasurer } from '../../layout/line-break.js';
import {
  DRAW_METHODS,
  forwarding,
  type StructureType,
  type Surface,
  type TextPaint,
} from '../../layout/surface.js';
import type { TextStyle } from '../../layout/text-model.js';
import type { DocContext } from '../../model/context.js';
import { drawOnto, type RenderOptions } from '../output.js';

/** One block of a page's text: a heading (`h`: 1 or 2) or a paragraph (`h`: 0). */
export interface TextBlock {
  h: 0 | 1 | 2;
  text: string;
}

/** Structure elements whose text is a block of its own. */
const BLOCKS = new Set<StructureType>(['H1', 'H2', 'P', 'LI', 'Caption', 'TR']);

const joined = (a: string, b: string) =>
  !a || !b || /\s$/.test(a) || /^\s/.test(b) ? a + b : `${a} ${b}`;

/** A surface that keeps each page's text, block by block (`pages()`). */
export function createTextSurface(fonts: FontSet, size: readonly [number, number]) {
  const measure = sharedMeasurer(fonts);
  const pages: TextBlock[][] = [];
  // The open structure elements; Artifacts among them hide what they hold.
  const open: StructureType[] = [];
  let hidden = 0;
  // The block being read: its text, its heading level, the line it is on and where its last
  // run ended (a run further right than a space's width starts a new word).
  let text = '';
  let level: 0 | 1 | 2 = 0;
  let line: number | undefined;
  let end = 0;
  // A table row's cells, said one after the other.
  let cells: string[] | undefined;
  const flush = () => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t) {
      if (cells) cells.push(t);
      else pages.at(-1)?.push({ h: level, text: t });
    }
    text = '';
    level = 0;
    line = undefined;
  };
  const isBlock = (t: StructureType) => BLOCKS.has(t) || t === 'TH' || t === 'TD';
  const inBlock = () => open.some(isBlock);
  const surface: Surface = {
    fonts,
    measure,
    size,
    // Drawing shows nothing to read; its text (below) is the one drawing call that is kept.
    ...forwarding(DRAW_METHODS, () => {}),
    addPage() {
      flush();
      pages.push([]);
    },
    text(run: string, x: number, top: number, paint: TextPaint, _link, wordSpacing = 0, actual) {
      if (hidden > 0) return;
      const said = actual ?? run;
      const style = paint as unknown as TextStyle;
      const width =
        measure.width(run, style, paint.bold, paint.italic) +
        wordSpacing * (run.match(/ /g)?.length ?? 0);
      if (line !== undefined && Math.abs(top - line) > paint.size * 0.3) {
        // A new line: the same paragraph goes on; outside any, each line is one.
        if (inBlock()) text = joined(text, said);
        else {
          flush();
          text = said;
        }
      } else if (line !== undefined && x - end > paint.size * 0.2) text = joined(text, said);
      else text += said;
      line = top;
      end = x + width;
    },
    beginStructure(type: StructureType, alt?: string) {
      if (type === 'Artifact') hidden++;
      else if (hidden === 0) {
        if (type === 'Figure') {
          flush();
          if (alt) pages.at(-1)?.push({ h: 0, text: alt });
        } else if (type === 'TR') {
          flush();
          cells = [];
        } else if (cells && (type === 'TH' || type === 'TD')) flush();
        else if (isBlock(type) && !inBlock()) {
          flush();
          level = type === 'H1' ? 1 : type === 'H2' ? 2 : 0;
        }
      }
      open.push(type);
    },
    endStructure() {
      const type = open.pop();
      if (type === 'Artifact') hidden--;
      if (hidden > 0 || !type || type === 'Artifact') return;
      if (type === 'TR') {
        flush();
        const row = (cells ?? []).join(' – ');
        cells = undefined;
        if (row) pages.at(-1)?.push({ h: 0, text: row });
      } else if (type === 'Figure' || (cells && (type === 'TH' || type === 'TD'))) flush();
      else if (isBlock(type) && !inBlock()) flush();
    },
    finish: async () => ({ bytes: new Uint8Array(), pages: pages.length }),
  };
  return {
    surface,
    pages: (): TextBlock[][] => {
      flush();
      return pages;
    },
  };
}

/** Each page's text, in reading order (see the top of this file). */
export async function renderPageTexts(
  kind: DocumentKind,
  ctx: DocContext,
  opts: Omit<RenderOptions, 'forPrint'>,
): Promise<TextBlock[][]> {
  const texts = createTextSurface(opts.fonts, kind.pageSize(opts.variant));
  await drawOnto(kind, texts.surface, ctx, opts);
  return texts.pages();
}
