/**
 * Load stage, Word import: the QR code a picture of the document holds (qa33 m3: a code pasted
 * under "quét mã QR dưới đây:"). The notice prints no pictures; the address a code holds can be
 * printed instead, and the notice's annex prints its own code of it. The picture is made a PNG
 * by the picture process (image-process.ts), its pixels read by pngjs and the code by jsQR (loaded
 * only when a document has pictures). jsQR runs on the studio's main thread, 0.4–9 s for a
 * photo at 1000 px (review40 §4a): only a nearly square picture is tried (a QR code is square;
 * a report's event photos are 4:3 or 16:9), at 600 px, and only as printed (dark on light).
 */
import { PNG } from 'pngjs';
import { imageHeader, imagePng } from '../image-process.js';

type JsQr = (
  data: Uint8ClampedArray,
  width: number,
  height: number,
  options?: { inversionAttempts?: 'dontInvert' | 'onlyInvert' | 'attemptBoth' | 'invertFirst' },
) => { data: string } | null;

/** The widest and the narrowest a picture tried for a code is (width / height). */
const SQUARE = { min: 0.8, max: 1.25 };

/** The text of the QR code the picture holds, or undefined when it holds none that reads. */
export async function pictureQr(bytes: Uint8Array): Promise<string | undefined> {
  // A code pasted from a generator or a screenshot reads well at this size (a 21-module code
  // has ~20 px a module); jsQR's time grows with the pixels.
  // The shape from the picture's header first: a photo is not converted only to be dropped.
  const header = await imageHeader(bytes);
  const ratio = header && header.height > 0 ? header.width / header.height : 0;
  if (ratio < SQUARE.min || ratio > SQUARE.max) return undefined;
  const png = await imagePng(bytes, { maxSide: 600, transparent: false });
  if (!png) return undefined;
  const jsqrModule = await import('jsqr');
  // jsqr is CommonJS: the default import is the function or an object holding it.
  const m = jsqrModule.default as unknown as JsQr | { default: JsQr };
  const jsQR = typeof m === 'function' ? m : m.default;
  try {
    const image = PNG.sync.read(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
    const pixels = new Uint8ClampedArray(
      image.data.buffer,
      image.data.byteOffset,
      image.data.length,
    );
    // A code printed light on dark is rare on paper: jsQR's second, inverted pass skipped.
    const text = jsQR(pixels, image.width, image.height, {
      inversionAttempts: 'dontInvert',
    })?.data.trim();
    return text ? text : undefined;
  } catch {
    return undefined;
  }
}
