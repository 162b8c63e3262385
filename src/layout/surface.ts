/**
 * Layout stage: what the layout draws on. Kinds and layout primitives only talk to a Surface, so
 * one layout can become a PDF (pdfkit) or an image (SVG rasterised by sharp) — the share image
 * is the poster's own layout, not a second design.
 * Coordinates are points from the top-left corner of the page.
 */
import type { FontFamilyName, FontSet } from './fonts.js';
import type { Measurer } from './line-break.js';

export interface TextPaint {
  family: FontFamilyName;
  bold: boolean;
  italic: boolean;
  size: number;
  color: string;
}

export type Rect = readonly [x: number, y: number, w: number, h: number];

/**
 * What a part of a document is, for a tagged PDF's structure tree (a screen reader reads it in
 * this order): headings, paragraphs, lists, tables, figures; an Artifact is drawn but not read
 * (page numbers, running footers, rules).
 */
export type StructureType =
  | 'Sect'
  | 'H1'
  | 'H2'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure'
  | 'Caption'
  | 'Artifact';

export interface Surface {
  readonly fonts: FontSet;
  readonly measure: Measurer;
  /** Page size in points. */
  readonly size: readonly [number, number];
  addPage(): void;
  /**
   * Draws text whose line box starts at `top` (the baseline is one ascent lower);
   * `wordSpacing` points are added after each space (justified lines). `actualText`, when
   * given, is what copied text reads instead of the run (a piece of a URL broken over lines
   * reads as the whole URL, or as nothing); a surface without copyable text ignores it.
   */
  text(
    text: string,
    x: number,
    top: number,
    paint: TextPaint,
    link?: string,
    wordSpacing?: number,
    actualText?: string,
  ): void;
  fillRects(rects: readonly Rect[], color: string): void;
  /**
   * Draws a symbol — rectangles in its own units, scaled by `scale` and placed at (x, y). `key`
   * names the symbol: a surface may keep one copy of it however often it is drawn (QR codes).
   */
  symbol(
    key: string,
    rects: readonly Rect[],
    x: number,
    y: number,
    scale: number,
    color: string,
  ): void;
  strokeLine(
    x1: number,
    y1: number,
    x2: number,
    y2: number,
    width: number,
    color: string,
    dash?: number,
  ): void;
  strokeRect(rect: Rect, width: number, color: string, dash?: number): void;
  /**
   * Strokes each rectangle's border, as strokeRect would one after another (a table's rules).
   * `key` names this set of rectangles, as a symbol's does: a surface may keep one copy of it
   * however often it is drawn (the same key must always mean the same rectangles).
   */
  strokeRects(key: string, rects: readonly Rect[], width: number, color: string): void;
  /** A raster image (PNG bytes) scaled into the rectangle. */
  image(png: Uint8Array, rect: Rect): void;
  /**
   * The space left for the signer's signature (between the signer's title and name). A signed
   * PDF puts its signature field and visible signature there; other surfaces draw nothing.
   */
  signatureField?(rect: Rect): void;
  /**
   * Opens a structure element inside the open one (a tagged PDF; other surfaces ignore it):
   * what is drawn until the matching endStructure belongs to it. `alt` is a figure's text;
   * `colSpan`, a table cell's number of columns when more than one.
   */
  beginStructure?(type: StructureType, alt?: string, colSpan?: number): void;
  endStructure?(): void;
  /**
   * Draws what `draw` draws on the surface it is handed, a drawing that `key` alone decides (the
   * same key must always draw the same). A surface may make it once and place it again on every
   * page and document that repeats it (a PDF form XObject: a blank tracking sheet's table pages,
   * the same in every group); surfaces that hand calls on never offer it, so the caller draws
   * on them directly. Untagged content only: a tagged PDF's structure is never kept.
   */
  reuse?(key: string, draw: (surface: Surface) => void): void;
  /** Ends the document: its bytes and page count. */
  finish(): Promise<{ bytes: Uint8Array; pages: number }>;
}

/**
 * Draws `draw` as one structure element of a tagged PDF (`type`, with a figure's `alt` or a table
 * cell's `colSpan`); on surfaces without structure, or with no `type` (null or undefined), it
 * only draws (in the element already open). Returns what `draw` returns.
 */
export function tagged<T>(
  surface: Surface,
  type: StructureType | null | undefined,
  draw: () => T,
  alt?: string,
  colSpan?: number,
): T {
  if (!type) return draw();
  surface.beginStructure?.(type, alt, colSpan);
  try {
    return draw();
  } finally {
    surface.endStructure?.();
  }
}

/** The names of Surface's methods. */
type SurfaceMethod = {
  [K in keyof Surface]-?: NonNullable<Surface[K]> extends (...args: never[]) => unknown ? K : never;
}[keyof Surface];

/**
 * What each Surface method is, for the surfaces that hand calls on to others (render/: a document
 * and its page pictures, a document and its recording, one page of many): `draw` draws on the
 * current page, every surface has it; `mark` marks what is drawn for the file (the signature's
 * place, a tagged PDF's structure), only some surfaces have it; `page` starts a page; `keep` keeps a
 * drawing to place again, which a surface that hands calls on leaves out; `end` ends
 * the document. A method added to Surface does not compile here until it has a role, and then
 * every forwarder hands it on.
 */
const METHOD_ROLES = {
  addPage: 'page',
  text: 'draw',
  fillRects: 'draw',
  symbol: 'draw',
  strokeLine: 'draw',
  strokeRect: 'draw',
  strokeRects: 'draw',
  image: 'draw',
  signatureField: 'mark',
  beginStructure: 'mark',
  endStructure: 'mark',
  reuse: 'keep',
  finish: 'end',
} as const satisfies Record<SurfaceMethod, 'page' | 'draw' | 'mark' | 'keep' | 'end'>;

type MethodsWithRole<R> = {
  [K in SurfaceMethod]: (typeof METHOD_ROLES)[K] extends R ? K : never;
}[SurfaceMethod];
export type DrawMethod = MethodsWithRole<'draw'>;
export type MarkMethod = MethodsWithRole<'mark'>;

const methodsWithRole = <M extends SurfaceMethod>(role: string): readonly M[] =>
  (Object.keys(METHOD_ROLES) as SurfaceMethod[]).filter((m) => METHOD_ROLES[m] === role) as M[];

/** The methods that draw on the current page. */
export const DRAW_METHODS = methodsWithRole<DrawMethod>('draw');
/** The methods that mark what is drawn for the file; a surface may lack them. */
export const MARK_METHODS = methodsWithRole<MarkMethod>('mark');

type Call = DrawMethod | MarkMethod;

/** Calls `surface[method](...args)`; a mark the surface lacks is skipped. */
export function callOn(surface: Surface, method: Call, args: unknown[]): void {
  (surface[method] as ((...a: unknown[]) => void) | undefined)?.apply(surface, args);
}

/**
 * `methods` of a surface that hands its calls on: each calls `hand` with its name and arguments.
 * With DRAW_METHODS (and MARK_METHODS), no drawing call can be left out.
 */
export function forwarding<M extends Call>(
  methods: readonly M[],
  hand: (method: M, args: unknown[]) => void,
): Pick<Surface, M> {
  const calls: Partial<Record<Call, (...args: unknown[]) => void>> = {};
  for (const m of methods) calls[m] = (...args) => hand(m, args);
  return calls as Pick<Surface, M>;
}

/**
 * Draws `items` in order, each run of neighbours in the same list (`listOf` names it; undefined:
 * not a list item) as one list of a tagged PDF (L). `draw` draws one item, a list item tagging
 * itself (LI).
 */
export function taggedLists<T>(
  surface: Surface,
  items: readonly T[],
  listOf: (item: T) => string | undefined,
  draw: (item: T, index: number) => void,
): void {
  let i = 0;
  while (i < items.length) {
    const from = i;
    const list = listOf(items[from] as T);
    if (list === undefined) {
      draw(items[i] as T, i);
      i++;
      continue;
    }
    while (i < items.length && listOf(items[i] as T) === list) i++;
    tagged(surface, 'L', () => {
      for (let k = from; k < i; k++) draw(items[k] as T, k);
    });
  }
}
