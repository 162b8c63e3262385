/**
 * Render stage, image back end: a Surface that writes SVG, with text as glyph outlines from our own fonts (so the
 * raster does not depend on the fonts installed on the machine). The share image is this SVG
 * rasterised by sharp: the same layout code as the PDF poster, another backend.
 */
import type { Glyph } from 'fontkit';
import { type FontSet, faceOf, type LoadedFont } from '../../layout/fonts.js';
import { sharedMeasurer } from '../../layout/line-break.js';
import type { Rect, Surface, TextPaint } from '../../layout/surface.js';

type PerGlyph<T> = Pick<WeakMap<LoadedFont, Map<number, T>>, 'get' | 'set'>;

/** The value kept for a font's glyph, made (and kept) the first time. */
function perGlyph<T>(table: PerGlyph<T>, font: LoadedFont, glyph: Glyph, make: () => T): T {
  let byId = table.get(font);
  if (!byId) {
    byId = new Map();
    table.set(font, byId);
  }
  let value = byId.get(glyph.id);
  if (value === undefined) {
    value = make();
    byId.set(glyph.id, value);
  }
  return value;
}

const glyphPaths = new WeakMap<LoadedFont, Map<number, string>>();

const glyphPath = (font: LoadedFont, glyph: Glyph): string =>
  perGlyph(glyphPaths, font, glyph, () => glyph.path.toSVG());

const isSpace = (g: Glyph) => g.codePoints.includes(32);
const n = (v: number) => Number(v.toFixed(2));
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function createSvgSurface(fonts: FontSet, size: readonly [number, number]): Surface {
  const parts: string[] = [];
  // Each glyph's outline is written once, in <defs>, and every occurrence is a <use> of it: a
  // page of text is a third of the bytes, and librsvg draws it sooner (bench:preview-steps).
  const defs: string[] = [];
  const glyphIds = new Map<LoadedFont, Map<number, string>>();
  const glyphRef = (font: LoadedFont, glyph: Glyph): string | undefined =>
    perGlyph(glyphIds, font, glyph, () => {
      const d = glyphPath(font, glyph);
      if (!d) return ''; // a space: nothing to draw
      const id = `g${defs.length}`;
      defs.push(`<path id="${id}" d="${d}"/>`);
      return id;
    }) || undefined;
  let pages = 0;
  return {
    fonts,
    measure: sharedMeasurer(fonts),
    size,
    addPage() {
      // An image has one page: a second page would be drawn over the first.
      if (pages++ > 0) throw new Error('an SVG surface has a single page');
      parts.push(`<rect width="${n(size[0])}" height="${n(size[1])}" fill="white"/>`);
    },
    text(text: string, x: number, top: number, paint: TextPaint, _link?: string, wordSpacing = 0) {
      const font = fonts.families[paint.family][faceOf(paint.bold, paint.italic)];
      const scale = paint.size / font.unitsPerEm;
      const baseline = top + font.ascent * scale;
      const run = font.layout(text);
      let pen = x;
      const glyphs: string[] = [];
      run.glyphs.forEach((g, i) => {
        const p = run.positions[i] ?? { xAdvance: 0, xOffset: 0, yOffset: 0 };
        const id = glyphRef(font, g);
        if (id) {
          const gx = pen + p.xOffset * scale;
          const gy = baseline - p.yOffset * scale;
          glyphs.push(
            `<use href="#${id}" transform="translate(${n(gx)} ${n(gy)}) scale(${scale.toFixed(5)} ${(-scale).toFixed(5)})"/>`,
          );
        }
        pen += p.xAdvance * scale + (isSpace(g) ? wordSpacing : 0);
      });
      parts.push(`<g fill="${esc(paint.color)}">${glyphs.join('')}</g>`);
    },
    fillRects(rects: readonly Rect[], color: string) {
      const d = rects.map(([x, y, w, h]) => `M${n(x)} ${n(y)}h${n(w)}v${n(h)}h${n(-w)}z`).join('');
      parts.push(`<path fill="${esc(color)}" d="${d}"/>`);
    },
    symbol(_key, rects, x, y, scale, color) {
      const d = rects
        .map(([rx, ry, w, h]) => `M${n(rx)} ${n(ry)}h${n(w)}v${n(h)}h${n(-w)}z`)
        .join('');
      parts.push(
        `<path fill="${esc(color)}" transform="translate(${n(x)} ${n(y)}) scale(${scale.toFixed(5)})" d="${d}"/>`,
      );
    },
    strokeLine(x1, y1, x2, y2, width, color, dash) {
      const dashAttr = dash ? ` stroke-dasharray="${dash} ${dash}"` : '';
      parts.push(
        `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${esc(color)}" stroke-width="${width}"${dashAttr}/>`,
      );
    },
    strokeRect([x, y, w, h], width, color, dash) {
      const dashAttr = dash ? ` stroke-dasharray="${dash} ${dash}"` : '';
      parts.push(
        `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="none" stroke="${esc(color)}" stroke-width="${width}"${dashAttr}/>`,
      );
    },
    strokeRects(_key, rects, width, color) {
      // One element each, as strokeRect draws them: a shared edge is stroked twice, as before.
      for (const [x, y, w, h] of rects) {
        parts.push(
          `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="none" stroke="${esc(color)}" stroke-width="${width}"/>`,
        );
      }
    },
    image(png, [x, y, w, h]) {
      const href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
      parts.push(
        `<image x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" href="${href}"/>`,
      );
    },
    async finish() {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${n(size[0])}" height="${n(size[1])}" viewBox="0 0 ${n(size[0])} ${n(size[1])}"><defs>${defs.join('')}</defs>${parts.join('')}</svg>`;
      return { bytes: new TextEncoder().encode(svg), pages };
    },
  };
}
