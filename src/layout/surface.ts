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
  /** Ends the document: its bytes and page count. */
  finish(): Promise<{ bytes: Uint8Array; pages: number }>;
}

/**
 * Draws `draw` as one structure element of a tagged PDF (`type`, with a figure's `alt`); on
 * surfaces without structure it only draws. Returns what `draw` returns.
 */
export function tagged<T>(surface: Surface, type: StructureType, draw: () => T, alt?: string): T {
  surface.beginStructure?.(type, alt);
  try {
    return draw();
  } finally {
    surface.endStructure?.();
  }
}
