/**
 * Kinds: a fit worked out once for every group whose copy differs only in its group line. The
 * flyer tries up to 16 type scales, three ways of pairing its lists and one or two codes at its
 * foot until its text fits: each try measures every paragraph again, the same for every group of
 * a ward but for the group's own header line. The plan is kept under a key of all that the fit
 * reads, the header line standing in by its heights (all the fit reads of it), and each group's
 * copy is drawn by it with its own header line: the plan its own fit would make, the same bytes.
 */
import { CheapLru } from '../cheap-lru.js';
import type { Measurer } from '../layout/line-break.js';

/** Plans by the fonts' measurer (fonts loaded again, in tests, fit anew), then by key. */
const fits = new WeakMap<Measurer, CheapLru<string, { plan?: unknown }>>();

/** The plan kept for `key`, else `make()`'s (undefined: nothing fits), kept. */
export function keptFit<P extends {}>(
  measure: Measurer,
  key: string,
  make: () => P | undefined,
): P | undefined {
  let byKey = fits.get(measure);
  if (!byKey) {
    byKey = new CheapLru({ max: 32 });
    fits.set(measure, byKey);
  }
  const kept = byKey.get(key);
  if (kept) return kept.plan as P | undefined;
  const plan = make();
  byKey.set(key, plan === undefined ? {} : { plan });
  return plan;
}

/** A number for each picture's bytes (prepared once per process: the same object), for a key. */
const pictureIds = new WeakMap<Uint8Array, number>();
let pictures = 0;

export function pictureId(png: Uint8Array): number {
  let id = pictureIds.get(png);
  if (id === undefined) {
    id = ++pictures;
    pictureIds.set(png, id);
  }
  return id;
}
