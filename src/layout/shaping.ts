/**
 * Layout stage: each text is shaped once per font per process. fontkit shapes anew on every
 * layout() call; the line breaker measures a word and the PDF and SVG back ends then draw the
 * same word, each asking the font again. Memoising the font's own layout() makes the three share
 * one result without the back ends knowing: they already call it with the word as the line
 * breaker measured it (see line-break.ts › measured pieces).
 */
import { LRUCache } from 'lru-cache';

/** What a fontkit layout returns that this project reads. */
export interface Shaped {
  advanceWidth: number;
  glyphs: readonly { codePoints: readonly number[] }[];
  positions: readonly { xAdvance: number }[];
}

export interface ShapingFont {
  layout(text: string, ...rest: unknown[]): Shaped;
}

const shared = new WeakSet<object>();

/**
 * Replaces `font.layout` with a memoised one for calls with the text alone (calls with features
 * go to fontkit as before). Bounded: names, numbers and addresses bring new words every group.
 * The results are shared, so no caller may change them (none does: they read glyphs and
 * positions).
 */
export function shareShaping(font: ShapingFont): void {
  if (shared.has(font)) return;
  shared.add(font);
  const shape = font.layout.bind(font);
  // 1,024 runs a font: a notice's recurring words fit; 4,096 let names and addresses of new
  // groups grow the live heap past the memory test's bound (7.2 MB over 450 groups).
  const cache = new LRUCache<string, Shaped>({ max: 1_024 });
  font.layout = (text: string, ...rest: unknown[]): Shaped => {
    if (rest.some((r) => r !== undefined)) return shape(text, ...rest);
    let run = cache.get(text);
    if (!run) {
      run = shape(text);
      cache.set(text, run);
    }
    return run;
  };
}
