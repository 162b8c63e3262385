/**
 * Layout stage: pages that move between PDFs. A group's document is written once; its pages'
 * compressed content streams then go into the ward's combined print file as they are — no
 * second layout, no second compression. This works because every document names its fonts
 * (F1…), symbols and images the same way and starts its font subsets with the same glyphs; a
 * document that used anything else (a rare glyph) is redrawn instead.
 */

import type { Surface } from '../../layout/surface.js';
import type { EncodedImage } from './images.js';
import type { TagStep } from './structure.js';
import type { SymbolProgram } from './symbols.js';

export interface CapturedPage {
  /** The page's content stream, compressed (FlateDecode). */
  content: Uint8Array;
  /** Font resource names used (F1…). */
  fonts: string[];
  symbols: Record<string, SymbolProgram>;
  /**
   * The images it draws (a logo), by resource name: a page takes them to the print file. A
   * thread's message carries an image once however many of its pages draw it.
   */
  images?: Record<string, EncodedImage>;
  /** Link rectangles, top-left coordinates: [x, y, w, h, url]. */
  links: [number, number, number, number, string][];
  /**
   * A tagged document's structure steps while this page was drawn (structure.ts): a tagged print
   * file rebuilds the document's elements round the page's marked content as it moves in.
   */
  tags?: TagStep[];
}

export interface PdfSurface extends Surface {
  /** The current page's operators so far (a kept drawing's scratch page is read from them). */
  pageOps?(): string[] | undefined;
  reuse?(key: string, draw: (surface: PdfSurface) => void): void;
  /** Adds a page moved from another document made by this tool. */
  transplant(page: CapturedPage): void;
  finish(): Promise<{ bytes: Uint8Array; pages: number; captured?: CapturedPage[] }>;
}
