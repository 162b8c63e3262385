/**
 * Layout stage: a surface that only measures — a layout planned on it before any document is
 * drawn (what a kind will leave out of a page, for the build's warnings). Drawing on it is a bug.
 */
import type { FontSet } from './fonts.js';
import { sharedMeasurer } from './line-break.js';
import { DRAW_METHODS, forwarding, type Surface } from './surface.js';

export function measuringSurface(fonts: FontSet, size: readonly [number, number]): Surface {
  const refuse = (method: string) => {
    throw new Error(`a measuring surface does not draw (${method})`);
  };
  return {
    fonts,
    measure: sharedMeasurer(fonts),
    size,
    addPage: () => refuse('addPage'),
    ...forwarding(DRAW_METHODS, refuse),
    finish: () => Promise.reject(new Error('a measuring surface makes no file')),
  };
}
