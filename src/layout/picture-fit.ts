/**
 * Layout stage: the printed size of a picture the office gives to be read on paper (the muster
 * point's map, `assets.map`): inside the room the page has, its proportions kept, no larger than
 * its pixels print sharp (PICTURE_DPI) — but never smaller than MIN_PICTURE_MM on its longer side
 * where the room allows, since a map a few centimetres wide cannot be read; a picture that must be
 * printed past its sharp size for that is warned of when the campaign loads
 * (load/campaign-images.ts `pictureTooSmall`).
 */
import { MIN_PICTURE_MM, PICTURE_DPI } from '../model/picture-size.js';
import { MM } from './text-model.js';

/** Points per pixel at PICTURE_DPI. */
const SHARP = 72 / PICTURE_DPI;

/**
 * The printed width and height (points) of a `pixels` picture in a room `maxW` × `maxH` points:
 * proportions kept.
 */
export function pictureBox(
  [pw, ph]: readonly [number, number],
  maxW: number,
  maxH: number,
): [width: number, height: number] {
  const w = Math.max(pw, 1);
  const h = Math.max(ph, 1);
  const fit = Math.min(maxW / w, maxH / h);
  const least = (MIN_PICTURE_MM * MM) / Math.max(w, h);
  const scale = Math.min(fit, Math.max(SHARP, least));
  return [w * scale, h * scale];
}
