/**
 * Layout stage: surfaces that only measure — a layout planned on one before any document is
 * drawn (what a kind will leave out of a page, for the build's warnings; how many pages a setting
 * takes). Drawing on a measuring surface is a bug; a counting one draws nothing and counts pages.
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

/** A surface that only counts the pages a layout adds (a setting is tried on it); it draws nothing. */
export function countingSurface(
  fonts: FontSet,
  size: readonly [number, number],
): Surface & { pages: number } {
  const counter = {
    fonts,
    measure: sharedMeasurer(fonts),
    size,
    pages: 0,
    addPage() {
      counter.pages++;
    },
    ...forwarding(DRAW_METHODS, () => {}),
    finish: async () => ({ bytes: new Uint8Array(), pages: counter.pages }),
  };
  return counter;
}
