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
import { LRUCache } from 'lru-cache';

/** What a fontkit layout returns that this project reads. */
export interface Shaped {
  advanceWidth: number;
  glyphs: readonly { id: number; codePoints: readonly number[] }[];
  positions: readonly { xAdvance: number }[];
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
  const cache = new LRUCache<string, Shaped>({ max: 256 });
  font.layout = (text: string, ...rest: unknown[]): Shaped => {
    if (anyGiven(rest)) return shape(text, ...rest);
    let run = cache.get(text);
    if (!run) {
      run = marks ? shape(text, WITHOUT_MARK_FEATURES) : undefined;
      if (!run || (marks && hasMark(run, marks))) run = shape(text);
      cache.set(text, run);
    }
    return run;
  };
}
