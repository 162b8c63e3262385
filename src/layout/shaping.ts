/**
 * Layout stage: each text is shaped once per font per process. fontkit shapes anew on every
 * layout() call; the line breaker measures a word and the PDF and SVG back ends then draw the
 * same word, each asking the font again. Memoising the font's own layout() makes the three share
 * one result without the back ends knowing: they already call it with the word as the line
 * breaker measured it (see line-break.ts › measured pieces).
 *
 * A text with none of the glyphs the mark-positioning features (`mark`, `mkmk`) can act on
 * (mark-glyphs.ts: in the project's fonts, the combining marks, which NFC Vietnamese does not
 * use) is shaped without those features: the same glyphs and positions, but fontkit then never
 * decodes their lookups — in Liberation Sans the mark-to-base anchors of every letter, the most
 * of a process's first shaping (bench/results.md › cold start). A text whose shaping has such a
 * glyph is shaped again with every feature.
 */
import { CheapLru } from '../cheap-lru.js';

/** What a fontkit layout returns that this project reads. */
export interface Shaped {
  advanceWidth: number;
  glyphs: readonly { id: number; codePoints: readonly number[] }[];
  positions: readonly { xAdvance: number; xOffset?: number; yOffset?: number }[];
}

export interface ShapingFont {
  layout(text: string, ...rest: unknown[]): Shaped;
}

const shared = new WeakSet<object>();

/** fontkit's public feature switch: its default features, less mark positioning. */
const WITHOUT_MARK_FEATURES = { mark: false, mkmk: false };

// Loops of the module, not callbacks made per call: V8 keeps a closure's optimised code only while
// a closure of it lives (bench/results.md "## scale: code compiled once").
function anyGiven(values: readonly unknown[]): boolean {
  for (const v of values) if (v !== undefined) return true;
  return false;
}

function hasMark(run: Shaped, marks: ReadonlySet<number>): boolean {
  for (const g of run.glyphs) if (marks.has(g.id)) return true;
  return false;
}

const COMBINING = /\p{M}/u;

/**
 * Places a combining mark the font left unplaced over its letter's plain form. ơ̆ / ư̆ (Ê Đê,
 * Jrai: ơ or ư and U+0306, no precomposed letter, so the breve stays a glyph of its own after NFC)
 * shaped by Liberation Serif get no offset — it has mark-to-base anchors for o and u but none for
 * ơ and ư — and the breve, which has no advance and is drawn centred on the pen, would sit on the
 * letter's right edge over the horn. The breve is put where the font puts it over o / u (the
 * letter's NFD base), measured from the letter's left edge. `shape`: the font's own layout.
 */
function placeMarks(run: Shaped, shape: (text: string) => Shaped): void {
  const { glyphs, positions } = run;
  for (let i = 1; i < glyphs.length; i++) {
    const p = positions[i] as Shaped['positions'][number];
    const mark = String.fromCodePoint(...(glyphs[i] as Shaped['glyphs'][number]).codePoints);
    if (p.xAdvance !== 0 || p.xOffset || p.yOffset || !COMBINING.test(mark)) continue;
    const letter = String.fromCodePoint(...(glyphs[i - 1] as Shaped['glyphs'][number]).codePoints);
    const base = letter.normalize('NFD').charAt(0);
    if (base === letter || COMBINING.test(base)) continue;
    const plain = shape(base + mark);
    const placed = plain.positions[1];
    if (plain.glyphs.length !== 2 || !placed || (!placed.xOffset && !placed.yOffset)) continue;
    // Offsets count from the pen after the letter: after o in `plain`, after ơ here.
    const shift = (plain.positions[0]?.xAdvance ?? 0) - (positions[i - 1]?.xAdvance ?? 0);
    Object.assign(p, { xOffset: (placed.xOffset ?? 0) + shift, yOffset: placed.yOffset ?? 0 });
  }
}

/**
 * Replaces `font.layout` with a memoised one for calls with the text alone (calls with features
 * go to fontkit as before). Bounded: names, numbers and addresses bring new words every group.
 * The results are shared, so no caller may change them (none does: they read glyphs and
 * positions). `marks`: the font's mark glyphs (gdef-marks.ts); without it, every text is shaped
 * with every feature.
 */
export function shareShaping(font: ShapingFont, marks?: ReadonlySet<number>): void {
  if (shared.has(font)) return;
  shared.add(font);
  const shape = font.layout.bind(font);
  // 256 runs a face: the words of a line being broken and drawn recur within a document; a
  // cross-document hit is what the width and TJ-run caches are for. 4,096 grew the live heap past
  // the memory test's bound (7.2 MB over 450 groups); 1,024 peaked a 3,000-group build at 518 MB,
  // 256 at 500 MB in the same time (npm run bench -- --cold-only --groups 3000).
  const cache = new CheapLru<string, Shaped>({ max: 256 });
  font.layout = (text: string, ...rest: unknown[]): Shaped => {
    if (anyGiven(rest)) return shape(text, ...rest);
    let run = cache.get(text);
    if (!run) {
      run = marks ? shape(text, WITHOUT_MARK_FEATURES) : undefined;
      if (!run || (marks && hasMark(run, marks))) run = shape(text);
      if (COMBINING.test(text)) placeMarks(run, shape);
      cache.set(text, run);
    }
    return run;
  };
}
