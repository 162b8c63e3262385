/**
 * Render stage, PDF back end: raster images (a ward's logo, a signature, a seal) as image
 * XObjects, encoded once per thread and written once per document.
 * pdfkit opens a PNG anew for every document that draws it — png-js copies its compressed data
 * into an array a byte at a time, and an image with transparency is then decoded and both its
 * planes compressed again — and writes it again for every drawing of it: the logo of every
 * group's poster, and of each poster in the print file. A 32-group poster build spent 0.35 s of
 * its 1.7 s in png-js's parser for one 800-pixel logo (bench/results.md, "## images encoded once
 * per process"). Here an opaque 8-bit PNG's compressed rows go into the PDF as they are (the PNG
 * predictors are a PDF filter parameter); any other PNG is decoded once (pngjs) into its colour
 * and alpha planes, each compressed once.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { CheapLru } from '../../cheap-lru.js';
import { currentPage, newRef, type PdfRef } from './pdfkit-internals.js';
import { num } from './symbols.js';

/** An image ready for any document: its XObject dictionary, its stream, its soft mask's. */
export interface EncodedImage {
  /** Resource name, the same in every document (from the PNG's bytes). */
  name: string;
  width: number;
  height: number;
  dict: Record<string, unknown>;
  /** The image's stream, compressed (FlateDecode). */
  data: Uint8Array;
  /** The alpha plane's stream, compressed, when any pixel is not opaque. */
  mask?: Uint8Array;
}

/** By name (a hash of the PNG's bytes): a campaign has a few images, each drawn in every document. */
const byContent = new CheapLru<string, EncodedImage>({ max: 16 });
/** By the very bytes object: hashing a large PNG for each drawing would cost more than this. */
const byObject = new WeakMap<Uint8Array, EncodedImage>();

const PNG_SIGNATURE = '89504e470d0a1a0a';

interface PngChunks {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlaced: boolean;
  transparency: boolean;
  data: Uint8Array[];
}

/** The PNG's header and compressed rows, read from its chunks (nothing is decoded). */
function readChunks(png: Uint8Array): PngChunks {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (bytes.subarray(0, 8).toString('hex') !== PNG_SIGNATURE) {
    throw new Error('the image to draw is not a PNG');
  }
  const chunks: PngChunks = {
    width: 0,
    height: 0,
    bitDepth: 0,
    colorType: 0,
    interlaced: false,
    transparency: false,
    data: [],
  };
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    // Cut short: its rows would go into the PDF as a broken stream.
    if (at + 12 + length > bytes.length) throw new Error('the PNG to draw is cut short');
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      chunks.width = body.readUInt32BE(0);
      chunks.height = body.readUInt32BE(4);
      chunks.bitDepth = body[8] ?? 0;
      chunks.colorType = body[9] ?? 0;
      chunks.interlaced = body[12] === 1;
    } else if (type === 'tRNS') chunks.transparency = true;
    else if (type === 'IDAT') chunks.data.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (!chunks.width || !chunks.height || chunks.data.length === 0) {
    throw new Error('the PNG to draw has no header or no rows');
  }
  return chunks;
}

/** Colours of PNG colour types 0 (grey) and 2 (RGB): kept as the PNG compressed them. */
const COLOURS: Record<number, { space: string; colors: number }> = {
  0: { space: 'DeviceGray', colors: 1 },
  2: { space: 'DeviceRGB', colors: 3 },
};

/** The image's resource name: from its bytes, so alike in every document and every thread. */
const nameOf = (png: Uint8Array) =>
  `Img${createHash('sha256').update(png).digest('hex').slice(0, 12)}`;

function encode(png: Uint8Array, name: string): EncodedImage {
  const c = readChunks(png);
  const base = { Type: 'XObject', Subtype: 'Image', Width: c.width, Height: c.height };
  const opaque = COLOURS[c.colorType];
  if (opaque && c.bitDepth === 8 && !c.interlaced && !c.transparency) {
    return {
      name,
      width: c.width,
      height: c.height,
      dict: {
        ...base,
        BitsPerComponent: 8,
        ColorSpace: opaque.space,
        Filter: 'FlateDecode',
        DecodeParms: {
          Predictor: 15,
          Colors: opaque.colors,
          BitsPerComponent: 8,
          Columns: c.width,
        },
      },
      data: Buffer.concat(c.data),
    };
  }
  // Palette, transparency, 16 bits, interlaced: decoded to 8-bit RGBA, then split.
  const { data: rgba } = PNG.sync.read(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
  const pixels = c.width * c.height;
  const rgb = Buffer.allocUnsafe(pixels * 3);
  const alpha = Buffer.allocUnsafe(pixels);
  let translucent = false;
  for (let i = 0; i < pixels; i++) {
    rgb[i * 3] = rgba[i * 4] ?? 0;
    rgb[i * 3 + 1] = rgba[i * 4 + 1] ?? 0;
    rgb[i * 3 + 2] = rgba[i * 4 + 2] ?? 0;
    const a = rgba[i * 4 + 3] ?? 255;
    alpha[i] = a;
    if (a !== 255) translucent = true;
  }
  return {
    name,
    width: c.width,
    height: c.height,
    dict: { ...base, BitsPerComponent: 8, ColorSpace: 'DeviceRGB', Filter: 'FlateDecode' },
    data: deflateSync(rgb),
    ...(translucent && { mask: deflateSync(alpha) }),
  };
}

/** The image of these PNG bytes, encoded the first time this thread meets them. */
export function encodedPng(png: Uint8Array): EncodedImage {
  let image = byObject.get(png);
  if (image) return image;
  const name = nameOf(png);
  image = byContent.get(name);
  if (!image) {
    image = encode(png, name);
    byContent.set(name, image);
  }
  byObject.set(png, image);
  return image;
}

/**
 * A document's image objects: each image written once however many pages draw it. `ref(png)`
 * gives the XObject (for a resource dictionary of one's own, as a signature's appearance has);
 * `draw` puts it on the current page in the rectangle (top-left coordinates, as pdfkit's) and
 * returns the image, which a page moved to another document takes with it; `use` makes such an
 * image a resource of the current page.
 */
export function imageWriter(doc: PDFKit.PDFDocument) {
  const refs = new Map<string, PdfRef>();
  const refOf = (image: EncodedImage): PdfRef => {
    let written = refs.get(image.name);
    if (!written) {
      const dict = { ...image.dict };
      if (image.mask) {
        const mask = newRef(doc, {
          Type: 'XObject',
          Subtype: 'Image',
          Width: image.width,
          Height: image.height,
          BitsPerComponent: 8,
          ColorSpace: 'DeviceGray',
          Filter: 'FlateDecode',
        });
        mask.end(image.mask);
        dict.SMask = mask;
      }
      written = newRef(doc, dict);
      written.end(image.data);
      refs.set(image.name, written);
    }
    return written;
  };
  const use = (image: EncodedImage): void => {
    currentPage(doc).xobjects[image.name] ??= refOf(image);
  };
  const ref = (png: Uint8Array): { ref: PdfRef; image: EncodedImage } => {
    const image = encodedPng(png);
    return { ref: refOf(image), image };
  };
  const draw = (png: Uint8Array, x: number, y: number, w: number, h: number): EncodedImage => {
    const image = encodedPng(png);
    use(image);
    // pdfkit's own placement of an image (in its top-down page space): the unit square scaled,
    // flipped, moved.
    doc.addContent(`q ${num(w)} 0 0 ${num(-h)} ${num(x)} ${num(y + h)} cm /${image.name} Do Q`);
    return image;
  };
  return { ref, draw, use };
}

export type ImageWriter = ReturnType<typeof imageWriter>;
