/**
 * The campaign's map (`assets.map`), prepared for the kinds that print it: the flyer (under when
 * and where) and the notice (its annex). Shared here so that no kind depends on another.
 */
import { pngSize, prepareMap } from '../layout/images.js';
import type { DocContext } from '../model/context.js';

/** The campaign's map (`assets.map`) as the flyer and the notice print it. */
export interface FlyerPicture {
  png: Uint8Array;
  /** Its pixels (of the prepared PNG). */
  size: [number, number];
  /** Printed under it, as the campaign gives it. */
  caption?: string;
  /** What a screen reader says of it: its caption, else "Sơ đồ". */
  alt: string;
}

/**
 * The campaign's map as the flyer and the notice print it (`assets.map`, its path made absolute by
 * the loader), prepared once per file; none without one.
 */
export async function flyerPicture(ctx: DocContext): Promise<FlyerPicture | undefined> {
  const path = ctx.assets?.map;
  if (!path) return undefined;
  const png = await prepareMap(path);
  const caption = ctx.assets?.map_caption;
  return { png, size: pngSize(png), caption, alt: caption ?? 'Sơ đồ' };
}
