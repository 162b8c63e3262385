/**
 * Layout stage: SVG → PNG with sharp (libvips' SVG loader), for images shared on Zalo/Facebook.
 */
import { loadSharp } from '../../layout/sharp.js';

/** Rasterises an SVG to a PNG exactly `width` × `height` pixels. */
export async function svgToPng(
  svg: Uint8Array,
  width: number,
  height: number,
): Promise<Uint8Array> {
  // Loaded on first use: a build of PDFs only never pays for libvips.
  const sharp = await loadSharp();
  const png = await sharp(Buffer.from(svg), { density: 72 })
    .resize(width, height, { fit: 'fill' })
    .flatten({ background: '#ffffff' })
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Uint8Array(png);
}
