/**
 * Layout stage: writes a run of text straight into a pdfkit page as one TJ operator.
 * pdfkit's own text() costs ~50 µs per call and, when justifying, drops the space glyphs (copied
 * text then loses its spaces). Here every glyph is kept, spaces included, and justification is a
 * TJ adjustment after each space — the way a typesetter does it. Glyph bookkeeping (subset ids,
 * widths, ToUnicode) goes through pdfkit's font object, so its embedding stays correct.
 */
import type { PdfDoc } from './pdf-types.js';

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface Position {
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}
/** The parts of pdfkit's EmbeddedFont this module relies on. */
export interface PdfKitFont {
  id: string;
  /** The fontkit font underneath. */
  font: { layout(text: string): { glyphs: Glyph[]; positions: Position[] } };
  scale: number;
  ascender: number;
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}

const num = (n: number) => Math.round(n * 100) / 100;

interface Shaped {
  glyphs: Glyph[];
  /** Advances in thousandths of the font size, as PDF text space wants them. */
  xAdvance: number[];
}

const shapes = new WeakMap<object, Map<string, Shaped>>();

/**
 * Shapes text word by word with a cache that outlives the document: pdfkit caches shaping per
 * document, so each new document would shape the same words again.
 */
function shape(font: PdfKitFont, text: string): Shaped {
  let cache = shapes.get(font.font);
  if (!cache) {
    cache = new Map();
    shapes.set(font.font, cache);
  }
  const out: Shaped = { glyphs: [], xAdvance: [] };
  for (const word of text.split(/(?<= )/)) {
    let run = cache.get(word);
    if (!run) {
      const laid = font.font.layout(word);
      run = { glyphs: laid.glyphs, xAdvance: laid.positions.map((p) => p.xAdvance * font.scale) };
      if (cache.size > 50_000) cache.clear();
      cache.set(word, run);
    }
    out.glyphs.push(...run.glyphs);
    out.xAdvance.push(...run.xAdvance);
  }
  return out;
}

/**
 * Draws `text` with its line box top at `top`. `wordSpacing` (points) is added after each space.
 * Returns the advance width in points.
 */
export function writeText(
  doc: PdfDoc,
  font: PdfKitFont,
  size: number,
  text: string,
  x: number,
  top: number,
  wordSpacing: number,
): number {
  const page = (doc as unknown as { page: { fonts: Record<string, unknown> } }).page;
  if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
  const { glyphs, xAdvance } = shape(font, text);
  const scale = size / 1000;
  const spaceAdjust = (wordSpacing * 1000) / size;
  const parts: string[] = [];
  let hex = '';
  let width = 0;
  for (let i = 0; i < glyphs.length; i++) {
    const glyph = glyphs[i] as Glyph;
    const advanceUnits = xAdvance[i] as number;
    const gid = font.subset.includeGlyph(glyph.id);
    if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale;
    if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
    hex += `0000${gid.toString(16)}`.slice(-4);
    // Kerning: the layout's advance differs from the glyph's own width.
    let adjust = advanceUnits - glyph.advanceWidth * font.scale;
    let advance = advanceUnits * scale;
    if (glyph.codePoints.includes(32) && wordSpacing) {
      adjust += spaceAdjust;
      advance += wordSpacing;
    }
    width += advance;
    if (Math.abs(adjust) > 0.001) {
      parts.push(`<${hex}> ${num(-adjust)}`);
      hex = '';
    }
  }
  if (hex) parts.push(`<${hex}>`);
  const baseline = top + (font.ascender / 1000) * size;
  // The page's CTM is flipped (y down); a text matrix with d = -1 sets glyphs upright again.
  doc.addContent(
    `BT 1 0 0 -1 ${num(x)} ${num(baseline)} Tm /${font.id} ${num(size)} Tf [${parts.join(' ')}] TJ ET`,
  );
  return width;
}
