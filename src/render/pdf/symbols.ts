/**
 * Render stage: symbols (QR codes) and sets of stroked rectangles (a table's rules) as PDF form
 * XObjects. A symbol's drawing is compressed once per
 * process and written once per document; its resource name comes from its key, so the same code
 * has the same name in every document — pages can move between documents unchanged.
 */

import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { CheapLru } from '../../cheap-lru.js';
import type { Rect } from '../../layout/surface.js';

export const num = (n: number) => Math.round(n * 1000) / 1000;

export interface SymbolProgram {
  /** Resource name, the same in every document. */
  name: string;
  /** Compressed drawing (FlateDecode). */
  bytes: Uint8Array;
  bbox: number[];
  /** Font resource names (F1…) its text uses: a kept drawing's (keptDrawing). */
  fonts?: string[];
  /** Symbols it places itself (a kept table page's rules). */
  inner?: SymbolProgram[];
  /** Its links, top-left coordinates: each page that places it annotates them. */
  links?: PageLink[];
}

/** A link's rectangle, top-left coordinates, and its address: [x, y, w, h, url]. */
export type PageLink = [number, number, number, number, string];

const programs = new CheapLru<string, SymbolProgram>({ max: 256 });

/** The PDF fill operator for "black", "white" or "#rrggbb". */
function fillOperator(color: string): string {
  if (color === 'white') return '1 g';
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return '0 g';
  return `${[m[1], m[2], m[3]].map((h) => num(Number.parseInt(h ?? '0', 16) / 255)).join(' ')} rg`;
}

export function symbolProgram(key: string, rects: readonly Rect[], color: string): SymbolProgram {
  const id = `${color}\u0000${key}`;
  let p = programs.get(id);
  if (!p) {
    const body = rects
      .map(([x, y, w, h]) => `${num(x)} ${num(y)} ${num(w)} ${num(h)} re`)
      .join('\n');
    const maxX = Math.max(0, ...rects.map(([x, , w]) => x + w));
    const maxY = Math.max(0, ...rects.map(([, y, , h]) => y + h));
    p = {
      name: `S${createHash('sha256').update(id).digest('hex').slice(0, 12)}`,
      bytes: new Uint8Array(deflateSync(`${fillOperator(color)}\n${body}\nf\n`)),
      bbox: [0, 0, maxX, maxY],
    };
    programs.set(id, p);
  }
  return p;
}

/** pdfkit's own rounding of a coordinate: a rule drawn here lies where pdfkit would put it. */
const coord = (n: number) => Math.round(n * 1e6) / 1e6;

/** The PDF stroke colour operator for "black" or "#rrggbb", in DeviceRGB as pdfkit sets it. */
function strokeOperator(color: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return '0 0 0 RG';
  return `${[m[1], m[2], m[3]].map((h) => Number.parseInt(h ?? '0', 16) / 255).join(' ')} RG`;
}

/**
 * Rectangles stroked one by one (`re S` each, as pdfkit's strokeRect calls draw them: a shared
 * edge is stroked twice, so it renders as before), as a form XObject named by its key. A page of
 * a tracking sheet draws its ~200 cell borders with one `Do` instead of 200 `q … re … S Q`
 * groups, and every page of the same rows shares the one drawing.
 */
export function strokedRectsProgram(
  key: string,
  rects: readonly Rect[],
  width: number,
  color: string,
): SymbolProgram {
  const id = `${width}\u0000${color}\u0000${key}`;
  let p = programs.get(id);
  if (!p) {
    const body = rects
      .map(([x, y, w, h]) => `${coord(x)} ${coord(y)} ${coord(w)} ${coord(h)} re\nS`)
      .join('\n');
    // The border's outer half lies outside its rectangle: the box must not clip it.
    const pad = width;
    const minX = Math.min(...rects.map(([x]) => x)) - pad;
    const minY = Math.min(...rects.map(([, y]) => y)) - pad;
    const maxX = Math.max(...rects.map(([x, , w]) => x + w)) + pad;
    const maxY = Math.max(...rects.map(([, y, , h]) => y + h)) + pad;
    p = {
      name: `R${createHash('sha256').update(id).digest('hex').slice(0, 12)}`,
      bytes: new Uint8Array(deflateSync(`${coord(width)} w\n${strokeOperator(color)}\n${body}\n`)),
      bbox: [minX, minY, maxX, maxY].map(coord),
    };
    programs.set(id, p);
  }
  return p;
}

/** What a drawing made to be kept drew: its operators and the resources they name. */
export interface KeptDrawing {
  body: string;
  fonts: string[];
  inner: SymbolProgram[];
  links: PageLink[];
  bbox: number[];
}

/** Kept drawings by key; `false`: that drawing cannot be kept (a link, an image, a rare glyph). */
const kept = new CheapLru<string, SymbolProgram | false>({ max: 256 });

/**
 * A drawing (Surface.reuse) as a form XObject, made by `make` the first time its key is seen in
 * this process. Its name comes from what it draws, so the same drawing has the same name in
 * every document and the print file writes it once however many groups' pages place it.
 */
export function keptDrawing(
  key: string,
  make: () => KeptDrawing | undefined,
): SymbolProgram | undefined {
  let p = kept.get(key);
  if (p === undefined) {
    const drawing = make();
    p = false;
    if (drawing) {
      const { body, fonts, inner, links, bbox } = drawing;
      const id = [
        body,
        fonts.join(','),
        inner.map((i) => i.name).join(','),
        JSON.stringify(links),
        bbox.join(','),
      ];
      p = {
        name: `K${createHash('sha256').update(id.join('\u0000')).digest('hex').slice(0, 12)}`,
        bytes: new Uint8Array(deflateSync(body)),
        bbox,
        fonts,
        inner,
        links,
      };
    }
    kept.set(key, p);
  }
  return p || undefined;
}
