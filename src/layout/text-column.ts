/**
 * Layout stage: lines of text one under the other in a column — the parts of a header, a
 * signature block, a poster's paragraphs — each line a paragraph of its own, the whole one
 * element of a tagged PDF.
 */
import type { Run } from '../template/blocks.js';
import { drawParagraph, paragraphHeight } from './draw-text.js';
import { type StructureType, type Surface, tagged } from './surface.js';
import type { TextStyle } from './text-model.js';

/** The height drawColumn takes. */
export function columnHeight(
  surface: Surface,
  lines: readonly (readonly Run[])[],
  style: TextStyle,
  w: number,
): number {
  let h = 0;
  for (const runs of lines) h += paragraphHeight(surface, runs, style, w);
  return h;
}

/**
 * Draws the lines from (x, y) in a column `w` wide; returns the height used. They are one element
 * of a tagged PDF: `tag`, a paragraph unless said; a list (L) has each line an item (LI); null,
 * none (the caller has one open).
 */
export function drawColumn(
  surface: Surface,
  lines: readonly (readonly Run[])[],
  style: TextStyle,
  x: number,
  y: number,
  w: number,
  tag: StructureType | null = 'P',
): number {
  // No lines (a template leaves the part empty): no empty element either.
  if (lines.length === 0) return 0;
  return tagged(surface, tag, () => {
    let h = 0;
    for (const runs of lines) {
      const line = () => drawParagraph(surface, runs, style, x, y + h, w);
      h += tag === 'L' ? tagged(surface, 'LI', line) : line();
    }
    return h;
  });
}
