/**
 * QR code decoding of rendered pages / images, with two independent decoders:
 * - `decodeQrCodes`: zbarimg (zbar-tools), every QR symbol in the image (`decodeQrCodesEach`:
 *   of many images, one zbarimg);
 * - `decodeQrWithJsqr`: sharp → raw RGBA → jsQR, a single code (handy for PNG share images);
 * - `locateQrWithJsqr`: the same, with where the symbol is and its version (modules per side).
 *
 * zbarimg details (zbar 0.23): without `-Sqrcode.binary` zbar guesses a charset for byte-mode
 * data (our UTF-8 "dòng" comes back as Shift-JIS mojibake), so binary mode is used and the bytes
 * are decoded as UTF-8 (what the `qrcode` package writes). `--xml` keeps symbols apart even when
 * a payload contains newlines, but zbar switches a payload with non-printable characters
 * (e.g. "\n") to `format='base64'`, and its base64 encoder corrupts bytes ≥ 0x80. For those the
 * exact bytes are taken from a second `--raw` run, which prints every payload followed by "\n"
 * in the same order as the XML; the XML `length` attribute says how many bytes each one has.
 */
import jsqrModule from 'jsqr';
import sharp from 'sharp';
import { spawned } from './spawner.js';

const ZBAR_ARGS = ['-q', '-Sdisable', '-Sqrcode.enable', '-Sqrcode.binary'];

/** One `<symbol>` of zbarimg `--xml` output. */
export interface ZbarSymbol {
  /** Symbology, e.g. `QR-Code`. */
  type: string;
  /** Payload text; for base64 symbols the (possibly corrupted) decoded base64. */
  data: string;
  /** True when zbar reported `format='base64'`. */
  base64: boolean;
  /** Payload length in bytes (XML `length` attribute, else the UTF-8 length of `data`). */
  byteLength: number;
}

async function runZbar(args: string[]): Promise<{ code: number; stdout: Buffer; stderr: string }> {
  const { error, stdout, stderr } = await spawned('zbarimg', args, 'buffer', {
    maxBuffer: 64 * 1024 * 1024,
  });
  if (error && typeof error.code !== 'number') {
    throw new Error(`zbarimg ${args.join(' ')}: ${error.message}\n${stderr.toString()}`);
  }
  const code = error ? (error.code as number) : 0;
  // Exit code 4: no symbol found (not an error for us).
  if (code !== 0 && code !== 4) {
    throw new Error(`zbarimg ${args.join(' ')} exited with ${code}\n${stderr.toString()}`);
  }
  return { code, stdout, stderr: stderr.toString() };
}

/** Decode every QR code in `png` (any image zbarimg reads), in zbar's order. [] when none found. */
export async function decodeQrCodes(png: string): Promise<string[]> {
  return (await decodeQrCodesEach([png]))[0] ?? [];
}

/**
 * Every QR code in each of `images` (a document's pages), one list per image in zbar's order:
 * one zbarimg for all of them (a zbarimg start costs more CPU than a page's decoding).
 */
export async function decodeQrCodesEach(images: readonly string[]): Promise<string[][]> {
  if (images.length === 0) return [];
  const xml = (await runZbar(['--xml', ...ZBAR_ARGS, ...images])).stdout.toString('utf8');
  // One <source> element per image, in the order given (exit code 4: some had no code).
  const sources = [...xml.matchAll(/<source\b[^>]*>([\s\S]*?)<\/source>/g)].map((m) =>
    parseZbarXml(m[1] ?? ''),
  );
  if (sources.length !== images.length) {
    throw new Error(
      `zbarimg read ${sources.length} of ${images.length} images: ${images.join(' ')}`,
    );
  }
  if (!sources.flat().some((s) => s.base64)) return sources.map((s) => s.map((x) => x.data));

  // The exact bytes from `--raw`: every payload followed by "\n", in the XML's order.
  const raw = (await runZbar(['--raw', ...ZBAR_ARGS, ...images])).stdout;
  let offset = 0;
  return sources.map((symbols) =>
    symbols.map((symbol) => {
      const end = offset + symbol.byteLength;
      if (end > raw.length || raw[end] !== 0x0a) {
        throw new Error(
          `decodeQrCodes(${images.join(' ')}): zbarimg --raw output does not match its --xml output`,
        );
      }
      const payload = raw.subarray(offset, end).toString('utf8');
      offset = end + 1;
      return payload;
    }),
  );
}

/** Parse the `<symbol>` elements of zbarimg `--xml` output. */
export function parseZbarXml(xml: string): ZbarSymbol[] {
  const symbols: ZbarSymbol[] = [];
  const symbolRe = /<symbol([^>]*)>[\s\S]*?<data([^>]*)>([\s\S]*?)<\/data>[\s\S]*?<\/symbol>/g;
  for (const m of xml.matchAll(symbolRe)) {
    const symbolAttrs = m[1] ?? '';
    const dataAttrs = m[2] ?? '';
    const body = m[3] ?? '';
    // Text is wrapped in one or more CDATA sections (a "]]>" inside the payload splits it).
    const cdata = [...body.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((c) => c[1] ?? '');
    const text = cdata.length > 0 ? cdata.join('') : unescapeXml(body);
    const base64 = /format=['"]base64['"]/.test(dataAttrs);
    const data = base64 ? Buffer.from(text.trim(), 'base64').toString('utf8') : text;
    const length = /length=['"](\d+)['"]/.exec(dataAttrs)?.[1];
    symbols.push({
      type: /type=['"]([^'"]*)['"]/.exec(symbolAttrs)?.[1] ?? '',
      data,
      base64,
      byteLength: length !== undefined ? Number(length) : Buffer.byteLength(text, 'utf8'),
    });
  }
  return symbols;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

interface Point {
  x: number;
  y: number;
}

type JsQr = (
  data: Uint8ClampedArray,
  width: number,
  height: number,
  options?: { inversionAttempts?: 'dontInvert' | 'onlyInvert' | 'attemptBoth' | 'invertFirst' },
) => {
  data: string;
  version: number;
  location: Record<'topLeftCorner' | 'topRightCorner' | 'bottomLeftCorner', Point>;
} | null;

// jsqr is CommonJS (`module.exports = jsQR; module.exports.default = jsQR`); depending on the
// interop layer the default import is the function itself or an object holding it.
const jsQR: JsQr = (() => {
  const m = jsqrModule as unknown as JsQr | { default: JsQr };
  return typeof m === 'function' ? m : m.default;
})();

/** Decode a single QR code with jsQR; returns its payload or null when none is found. */
export async function decodeQrWithJsqr(png: string): Promise<string | null> {
  return (await locateQrWithJsqr(png))?.data ?? null;
}

/** A code jsQR found: its payload, where its symbol is (quiet zone excluded) and its size. */
export interface LocatedQr {
  data: string;
  /** Modules per side (17 + 4 × version). */
  modules: number;
  /** The symbol's outer square in pixels of the whole image: left, top, side. */
  left: number;
  top: number;
  side: number;
}

/**
 * Decode and locate a single QR code with jsQR, in the whole image or in `region` (pixels:
 * left, top, width, height) of it; null when none is found.
 */
export async function locateQrWithJsqr(
  png: string,
  region?: { left: number; top: number; width: number; height: number },
): Promise<LocatedQr | null> {
  let image = sharp(png);
  if (region) image = image.extract(region);
  const { data, info } = await image
    .toColourspace('srgb')
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 4) {
    throw new Error(`decodeQrWithJsqr: expected RGBA, got ${info.channels} channels`);
  }
  const rgba = new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength);
  const code = jsQR(rgba, info.width, info.height, { inversionAttempts: 'attemptBoth' });
  if (!code) return null;
  const { topLeftCorner: tl, topRightCorner: tr, bottomLeftCorner: bl } = code.location;
  return {
    data: code.data,
    modules: 17 + 4 * code.version,
    left: (region?.left ?? 0) + Math.min(tl.x, bl.x),
    top: (region?.top ?? 0) + Math.min(tl.y, tr.y),
    side: (Math.hypot(tr.x - tl.x, tr.y - tl.y) + Math.hypot(bl.x - tl.x, bl.y - tl.y)) / 2,
  };
}

/**
 * Every QR code of an image (a page with several) with jsQR, and where each is. jsQR reads one
 * code an image: the dark areas of the page at least `minPx` pixels both ways (a code; a line of
 * text is lower) are found first, each read alone. In the page's reading order.
 */
export async function locateAllQrWithJsqr(png: string, minPx = 100): Promise<LocatedQr[]> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  // Blocks of 8×8 pixels with any ink, joined to their inked neighbours.
  const B = 8;
  const [bw, bh] = [Math.ceil(info.width / B), Math.ceil(info.height / B)];
  const ink = new Uint8Array(bw * bh);
  for (let y = 0; y < info.height; y++)
    for (let x = 0; x < info.width; x++)
      if ((data[(y * info.width + x) * info.channels] ?? 255) < 128)
        ink[Math.floor(y / B) * bw + Math.floor(x / B)] = 1;
  const seen = new Uint8Array(bw * bh);
  const boxes: [number, number, number, number][] = [];
  for (let start = 0; start < ink.length; start++) {
    if (!ink[start] || seen[start]) continue;
    let [x0, y0, x1, y1] = [bw, bh, -1, -1];
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const b = stack.pop() as number;
      const [bx, by] = [b % bw, Math.floor(b / bw)];
      [x0, y0, x1, y1] = [Math.min(x0, bx), Math.min(y0, by), Math.max(x1, bx), Math.max(y1, by)];
      for (const [dx, dy] of [
        [1, 0],
        [-1, 0],
        [0, 1],
        [0, -1],
      ] as const) {
        const [nx, ny] = [bx + dx, by + dy];
        const n = ny * bw + nx;
        if (nx < 0 || ny < 0 || nx >= bw || ny >= bh || seen[n] || !ink[n]) continue;
        seen[n] = 1;
        stack.push(n);
      }
    }
    if ((x1 - x0 + 1) * B >= minPx && (y1 - y0 + 1) * B >= minPx) boxes.push([x0, y0, x1, y1]);
  }
  const found: LocatedQr[] = [];
  for (const [x0, y0, x1, y1] of boxes) {
    // The symbol with a white margin around it, as a reader sees it.
    const left = Math.max(0, (x0 - 3) * B);
    const top = Math.max(0, (y0 - 3) * B);
    const region = {
      left,
      top,
      width: Math.min(info.width, (x1 + 4) * B) - left,
      height: Math.min(info.height, (y1 + 4) * B) - top,
    };
    const code = await locateQrWithJsqr(png, region);
    if (code) found.push(code);
  }
  return found;
}
