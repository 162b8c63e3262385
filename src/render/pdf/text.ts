/**
 * Render stage, PDF back end: writes a run of text straight into a pdfkit page as one TJ operator.
 * pdfkit's own text() costs ~50 µs per call and, when justifying, drops the space glyphs (copied
 * text then loses its spaces). Here every glyph is kept, spaces included, and justification is a
 * TJ adjustment after each space — the way a typesetter does it. Glyph bookkeeping (subset ids,
 * widths, ToUnicode) goes through pdfkit's font object, so its embedding stays correct.
 */
import type { Glyph } from 'fontkit';
import { CheapLru } from '../../cheap-lru.js';
import { repertoireCids } from './font-embed.js';
import { currentPage, type EmbeddedFont } from './pdfkit-internals.js';
import type { PdfDoc } from './types.js';

const num = (n: number) => Math.round(n * 100) / 100;

/**
 * A run of glyph CIDs (hex) and the TJ adjustment after it (kerning, thousandths of an em);
 * `rise`: the run is a combining mark raised by the font's mark positioning (thousandths of an em).
 */
interface Segment {
  hex: string;
  adjust: number;
  rise?: number;
}

/** A glyph's offset from its pen position (mark positioning), in thousandths of the font size. */
interface Offset {
  x: number;
  y: number;
}

/** One word (with its trailing space, if any) as a font shapes it. */
interface Word {
  glyphs: Glyph[];
  /** Advances in thousandths of the font size, as PDF text space wants them. */
  xAdvance: number[];
  /** Sum of xAdvance. */
  advance: number;
  /** Glyphs the font places off their pen position (a combining mark over its letter). */
  offsets?: (Offset | undefined)[];
  /** Ends with a space: word spacing goes after it. */
  spaced: boolean;
  /** Encoded once, when every glyph is in the repertoire (CIDs the same in every document). */
  segments?: Segment[];
}

const words = new WeakMap<object, CheapLru<string, Word>>();

function encode(word: Word, scale: number, cid: (g: Glyph) => number) {
  const { glyphs, xAdvance, offsets } = word;
  const segments: Segment[] = [];
  let hex = '';
  for (let i = 0; i < glyphs.length; i++) {
    const glyph = glyphs[i] as Glyph;
    const offset = offsets?.[i];
    // A placed mark is a segment of its own: moved right by its offset before, back after,
    // raised by its rise (PDF text has no per-glyph offsets but these).
    if (offset) {
      segments.push({ hex, adjust: offset.x });
      hex = '';
    }
    hex += `0000${cid(glyph).toString(16)}`.slice(-4);
    // Kerning: the layout's advance differs from the glyph's own width.
    const adjust = (xAdvance[i] as number) - glyph.advanceWidth * scale - (offset?.x ?? 0);
    if (offset) {
      segments.push({ hex, adjust, rise: offset.y || undefined });
      hex = '';
    } else if (Math.abs(adjust) > 0.001 || i === glyphs.length - 1) {
      segments.push({ hex, adjust });
      hex = '';
    }
  }
  return segments;
}

/**
 * Shapes and encodes a word once per process: pdfkit caches shaping per document, so each new
 * document would shape the same words again.
 */
function wordOf(font: EmbeddedFont, text: string): Word {
  let cache = words.get(font.font);
  if (!cache) {
    // Bounded: names, phone numbers and addresses add new words with every group.
    cache = new CheapLru({ max: 1_024 });
    words.set(font.font, cache);
  }
  let word = cache.get(text);
  if (!word) {
    const laid = font.font.layout(text);
    const xAdvance = laid.positions.map((p) => p.xAdvance * font.scale);
    const cids = repertoireCids(font.font);
    const placed = laid.positions.some((p) => p.xOffset || p.yOffset);
    word = {
      glyphs: laid.glyphs,
      xAdvance,
      advance: xAdvance.reduce((a, b) => a + b, 0),
      spaced: laid.glyphs.at(-1)?.codePoints.includes(32) ?? false,
      offsets: placed
        ? laid.positions.map((p) =>
            p.xOffset || p.yOffset
              ? { x: p.xOffset * font.scale, y: p.yOffset * font.scale }
              : undefined,
          )
        : undefined,
    };
    if (laid.glyphs.every((g) => cids.has(g.id)))
      word.segments = encode(word, font.scale, (g) => cids.get(g.id) as number);
    cache.set(text, word);
  }
  return word;
}

/** This document's CIDs for glyphs beyond the repertoire: added to its subset as they come. */
function documentSegments(font: EmbeddedFont, word: Word): Segment[] {
  return encode(word, font.scale, (glyph) => {
    const gid = font.subset.includeGlyph(glyph.id);
    if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale;
    if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
    return gid;
  });
}

interface EncodedRun {
  /** Thousandths of an em added after each space (justification). */
  spaceAdjust: number;
  /** The TJ operator's array. */
  tj: string;
  /** Advance in thousandths of the font size, spaces' stretch not included. */
  units: number;
  /** Spaces stretched by the word spacing. */
  spaces: number;
  /** The TJ array has rises (RISE markers, scaled to the size when drawn). */
  risen: boolean;
}

/** Where a TJ array is closed to raise a mark: `] TJ <rise> Ts [`, the rise in thousandths of an em. */
const RISE = /R\{(-?[\d.]+)\}/g;

// By text, then by spacing: the text strings come from cached line plans, the same string
// objects in every document, so a lookup does not hash the text again.
const runs = new WeakMap<object, CheapLru<string, EncodedRun[]>>();

function encodeRun(font: EmbeddedFont, text: string, spaceAdjust: number) {
  const parts: string[] = [];
  let hex = '';
  let units = 0;
  let spaces = 0;
  let shared = true;
  let rise = 0;
  let risen = false;
  for (const piece of text.split(/(?<= )/)) {
    const word = wordOf(font, piece);
    if (!word.segments) shared = false;
    const segments = word.segments ?? documentSegments(font, word);
    units += word.advance;
    const stretch = word.spaced && spaceAdjust !== 0;
    if (stretch) spaces++;
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i] as Segment;
      if ((seg.rise ?? 0) !== rise) {
        if (hex) parts.push(`<${hex}>`);
        hex = '';
        rise = seg.rise ?? 0;
        risen = true;
        parts.push(`] TJ R{${num(rise)}} Ts [`);
      }
      hex += seg.hex;
      const adjust = stretch && i === segments.length - 1 ? seg.adjust + spaceAdjust : seg.adjust;
      if (Math.abs(adjust) > 0.001) {
        parts.push(hex ? `<${hex}> ${num(-adjust)}` : `${num(-adjust)}`);
        hex = '';
      }
    }
  }
  if (hex) parts.push(`<${hex}>`);
  if (rise !== 0) parts.push('] TJ R{0} Ts [');
  const tj = `[${parts.join(' ')}]`;
  return { run: { spaceAdjust, tj, units, spaces, risen }, shared };
}

/**
 * Runs drawn so far with a glyph outside the repertoire, whose ids are one document's own: a
 * drawing kept for other documents (document.ts, reuse) must have drawn none.
 */
export const ownGlyphRuns = { count: 0 };

/**
 * A run's TJ array, encoded once per process when all its glyphs are the repertoire's: the same
 * lines recur in every group's documents.
 */
function runOf(font: EmbeddedFont, text: string, spaceAdjust: number): EncodedRun {
  let cache = runs.get(font.font);
  if (!cache) {
    cache = new CheapLru({ max: 1_024 });
    runs.set(font.font, cache);
  }
  const known = cache.get(text);
  if (known) for (const r of known) if (r.spaceAdjust === spaceAdjust) return r;
  const { run, shared } = encodeRun(font, text, spaceAdjust);
  if (shared) {
    if (!known) cache.set(text, [run]);
    else if (known.push(run) > 8) known.shift();
  } else ownGlyphRuns.count++;
  return run;
}

/**
 * Draws `text` with its line box top at `top`. `wordSpacing` (points) is added after each space.
 * Call prepareEmbeddedFont(font) first: the repertoire's CIDs must be this document's.
 * Returns the advance width in points.
 */
export function writeText(
  doc: PdfDoc,
  font: EmbeddedFont,
  size: number,
  text: string,
  x: number,
  top: number,
  wordSpacing: number,
): number {
  const page = currentPage(doc);
  if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
  const run = runOf(font, text, (wordSpacing * 1000) / size);
  const baseline = top + (font.ascender / 1000) * size;
  // Text rise is in unscaled text space (points), not in thousandths of the size as TJ is.
  const tj = run.risen
    ? run.tj.replace(RISE, (_, r) => `${num((Number(r) * size) / 1000)}`)
    : run.tj;
  // The page's CTM is flipped (y down); a text matrix with d = -1 sets glyphs upright again.
  doc.addContent(
    `BT 1 0 0 -1 ${num(x)} ${num(baseline)} Tm /${font.id} ${num(size)} Tf ${tj} TJ ET`,
  );
  return (run.units * size) / 1000 + run.spaces * wordSpacing;
}

/**
 * A line of text for a form XObject (y up, unflipped), as its own real text: its width in points,
 * and its operators with the baseline's left end at (x, y). The form's resources must name
 * `font` by its id. Call prepareEmbeddedFont(font) first, as for writeText.
 */
export function formText(
  font: EmbeddedFont,
  size: number,
  text: string,
): { width: number; draw(x: number, y: number): string } {
  const run = runOf(font, text, 0);
  const tj = run.risen
    ? run.tj.replace(RISE, (_, r) => `${num((Number(r) * size) / 1000)}`)
    : run.tj;
  return {
    width: (run.units * size) / 1000,
    draw: (x, y) => `BT ${num(x)} ${num(y)} Td /${font.id} ${num(size)} Tf ${tj} TJ ET`,
  };
}
