/**
 * Load stage, Word import: the QR code a picture of the document holds (qa33 m3: a code pasted
 * under "quét mã QR dưới đây:"). The notice prints no pictures; the address a code holds can be
 * printed instead, and the notice's annex prints its own code of it. The picture is made a PNG
 * by the picture process (image-process.ts), its pixels read by pngjs and the code by jsQR (loaded
 * only when a document has pictures).
 */
import { PNG } from 'pngjs';
import { imagePng } from '../image-process.js';

type JsQr = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;

/** The text of the QR code the picture holds, or undefined when it holds none that reads. */
export async function pictureQr(bytes: Uint8Array): Promise<string | undefined> {
  // A phone's photo of a code reads well at this size; jsQR's time grows with the pixels.
  const png = await imagePng(bytes, { maxSide: 1000, transparent: false });
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
    const text = jsQR(pixels, image.width, image.height)?.data.trim();
    return text ? text : undefined;
  } catch {
    return undefined;
  }
}
