/**
 * Layout stage: SVG → PNG with sharp (libvips' SVG loader), for images shared on Zalo/Facebook.
 */
import { loadSharp } from '../../layout/sharp.js';

const PICTURE_PNG = { compressionLevel: 6 } as const;
const PHONE_PNG = { compressionLevel: 6, palette: true, effort: 1 } as const;

/**
 * Rasterises an SVG `size` units large to a PNG `width` pixels wide (its own width unless given),
 * drawn at that scale rather than enlarged afterwards (which blurs the text).
 */
export async function svgToPng(
  svg: Uint8Array,
  size: readonly [number, number],
  width = size[0],
): Promise<Uint8Array> {
  // Loaded on first use: a build of PDFs only never pays for libvips.
  const sharp = await loadSharp();
  const height = Math.round((size[1] * width) / size[0]);
  const png = await sharp(Buffer.from(svg), { density: (72 * width) / size[0] })
    .resize(width, height, { fit: 'fill' })
    .flatten({ background: '#ffffff' })
    // A picture laid out in points is text for a phone (the flyer picture): 256 colours keep its
    // type and a map as they are, in ~40 % fewer bytes for a leader on 3G (175 → 103 KB).
    // zlib's level 9 and libimagequant's default effort were most of a picture's CPU for a few
    // per cent of bytes: level 6 and effort 1 (docs/architecture.md, "share pictures' encoding").
    .png(width === size[0] ? PICTURE_PNG : PHONE_PNG)
    .toBuffer();
  return new Uint8Array(png);
}
