/**
 * Measures a QR code in a raster image where a layout says it is: the dark modules' extent (the
 * finder patterns mark three corners of the symbol) and whether the quiet zone around it is white.
 * Lets a test check a printed size in millimetres against the pixels, not only against the plan.
 */
import sharp from 'sharp';
import { QUIET_ZONE } from '../../src/layout/qr.js';

export interface GreyImage {
  width: number;
  height: number;
  /** Grey level 0 (black) … 255 (white). */
  at(x: number, y: number): number;
}

export async function greyImage(png: string | Uint8Array): Promise<GreyImage> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const ch = info.channels;
  return {
    width: info.width,
    height: info.height,
    at: (x, y) => data[(y * info.width + x) * ch] ?? 255,
  };
}

export interface CodeExtent {
  /** Dark modules' bounding box, in pixels: [left, top, right, bottom] (inclusive). */
  dark: [number, number, number, number];
  /** Side of the symbol plus its 4-module quiet zone, measured from the dark extent, in pixels. */
  withQuietZone: number;
  /** Pixels of the quiet zone that are not white. */
  quietZoneInk: number;
}

/**
 * `square` = [x, y, side] of the code's outer square (quiet zone included) in pixels, as planned;
 * `modules` = the symbol's modules per side. One pixel is left alone at each edge (anti-aliasing).
 */
export function measureCode(
  img: GreyImage,
  square: [number, number, number],
  modules: number,
): CodeExtent {
  const [x, y, side] = square;
  const qz = (side * QUIET_ZONE) / (modules + 2 * QUIET_ZONE);
  const x0 = Math.ceil(x) + 1;
  const y0 = Math.ceil(y) + 1;
  const x1 = Math.floor(x + side) - 2;
  const y1 = Math.floor(y + side) - 2;
  const inner = [x + qz - 1, y + qz - 1, x + side - qz + 1, y + side - qz + 1];
  let [left, top, right, bottom] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, -1, -1];
  let quietZoneInk = 0;
  for (let py = y0; py <= y1; py++) {
    for (let px = x0; px <= x1; px++) {
      const v = img.at(px, py);
      const inSymbol =
        px >= (inner[0] as number) &&
        px <= (inner[2] as number) &&
        py >= (inner[1] as number) &&
        py <= (inner[3] as number);
      if (!inSymbol && v < 200) quietZoneInk++;
      if (v < 128) {
        left = Math.min(left, px);
        top = Math.min(top, py);
        right = Math.max(right, px);
        bottom = Math.max(bottom, py);
      }
    }
  }
  const symbol = Math.max(right - left + 1, bottom - top + 1);
  return {
    dark: [left, top, right, bottom],
    withQuietZone: (symbol * (modules + 2 * QUIET_ZONE)) / modules,
    quietZoneInk,
  };
}
