/**
 * Layout stage: type shrunk a little so that a text stays on one line. A name or a link read
 * whole is easier to read and type than one wrapped; but never under the smallest size a reader
 * reads on paper, past which the caller lets it wrap.
 */
import type { Measurer } from './line-break.js';
import type { TextStyle } from './text-model.js';

/**
 * The size, from `style.size` down to `min`, at which `text` fits `width` on one line with
 * `spare` of the width left (the line breaker measures word by word, which may differ a little
 * from the whole text); `min` when even that is too wide.
 */
export function sizeForOneLine(
  measure: Measurer,
  text: string,
  style: TextStyle,
  width: number,
  min: number,
  spare = 0.05,
): number {
  const natural = measure.width(text, style, Boolean(style.bold), Boolean(style.italic));
  if (natural <= 0) return style.size;
  return Math.max(min, Math.min(style.size, (width * (1 - spare) * style.size) / natural));
}
