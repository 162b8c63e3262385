/**
 * Render stage, PDF back end: text drawn as glyph outlines (filled paths), for a signature's
 * text-only appearance: it is seen and printed like text but is not text, so copying or
 * extracting the notice's text gives the same words signed or not.
 */
import type { PathCommand } from 'fontkit';
import type { LoadedFont } from '../../layout/fonts.js';
import { glyphOutline } from './pdfkit-internals.js';
import { num } from './symbols.js';

/** PDF path operators of one glyph, in font units (y up), quadratic curves made cubic. */
function glyphPath(commands: readonly PathCommand[]): string {
  const ops: string[] = [];
  let x = 0;
  let y = 0;
  for (const { command, args: a } of commands) {
    switch (command) {
      case 'moveTo':
        [x, y] = a as [number, number];
        ops.push(`${num(x)} ${num(y)} m`);
        break;
      case 'lineTo':
        [x, y] = a as [number, number];
        ops.push(`${num(x)} ${num(y)} l`);
        break;
      case 'quadraticCurveTo': {
        const [cx, cy, ex, ey] = a as [number, number, number, number];
        const c1 = [x + (2 / 3) * (cx - x), y + (2 / 3) * (cy - y)];
        const c2 = [ex + (2 / 3) * (cx - ex), ey + (2 / 3) * (cy - ey)];
        ops.push(`${c1.map(num).join(' ')} ${c2.map(num).join(' ')} ${num(ex)} ${num(ey)} c`);
        [x, y] = [ex, ey];
        break;
      }
      case 'bezierCurveTo':
        ops.push(`${a.map(num).join(' ')} c`);
        [x, y] = [a[4] as number, a[5] as number];
        break;
      case 'closePath':
        ops.push('h');
        break;
    }
  }
  return ops.join(' ');
}

/**
 * `text` as filled outlines with its baseline's left end at (x, y), in a y-up space; the
 * operators and the advance width in points.
 */
export function outlinedText(
  font: LoadedFont,
  size: number,
  text: string,
  x: number,
  y: number,
): { ops: string; width: number } {
  const run = font.layout(text);
  const scale = size / font.unitsPerEm;
  const ops: string[] = [];
  let pen = 0;
  run.glyphs.forEach((glyph, i) => {
    const pos = run.positions[i];
    const path = glyphPath(glyphOutline(glyph));
    if (path) {
      const gx = x + (pen + (pos?.xOffset ?? 0)) * scale;
      const gy = y + (pos?.yOffset ?? 0) * scale;
      const s = scale.toFixed(6);
      ops.push(`q ${s} 0 0 ${s} ${num(gx)} ${num(gy)} cm ${path} f Q`);
    }
    pen += pos?.xAdvance ?? glyph.advanceWidth;
  });
  return { ops: ops.join('\n'), width: pen * scale };
}
