/**
 * Load stage: the small process that reads the campaign's pictures with sharp (libvips) for
 * image-process.ts, so that the process asking never maps libvips itself. libvips is mapped
 * once per process and stays: ~30 MB of RSS for the rest of a build that only needed it to
 * check and prepare a logo at the start (bench/results.md "## the logo read in a process of its
 * own"). CommonJS and free of the
 * program's own modules, so that tsc's output runs as it is, in dist/ and (copied) in the
 * bundle.
 *
 * Each request (Node's IPC, advanced serialization, so bytes travel as bytes) is answered with
 * facts and bytes only; what they mean to the office (which picture, which message) is decided
 * by the asking process. It ends when that process disconnects.
 */
type Sharp = typeof import('sharp');

/**
 * The header of the picture: its format and size, nothing decoded. Read whatever the size
 * (libvips refuses the header of a picture past its own pixel limit), for the refusal of a
 * picture too large to say how large it is (campaign-images.ts).
 */
interface HeaderRequest {
  id: number;
  op: 'header';
  bytes: Uint8Array;
}

/** Whether the pixels decode: a small copy made of them. */
interface DecodesRequest {
  id: number;
  op: 'decodes';
  bytes: Uint8Array;
  /** An SVG's rendering density; none for a raster picture. */
  density?: number;
}

/** The picture as print-ready PNG bytes (layout/images.ts). */
interface PngRequest {
  id: number;
  op: 'png';
  bytes: Uint8Array;
  /** An SVG's rendering density; none for a raster picture. */
  density?: number;
  maxSide: number;
  /** Keep the alpha (true), flatten on white (false), or keep it only when some pixel shows through. */
  transparent: boolean | 'if-any';
}

export type Request = HeaderRequest | DecodesRequest | PngRequest;

let sharp: Sharp | undefined;
const load = (): Sharp => {
  if (!sharp) {
    sharp = require('sharp') as Sharp;
    // Every picture is asked for once; libvips' cache would only hold memory.
    sharp.cache(false);
  }
  return sharp;
};

/**
 * The reply to one request: `{ failed: true }` when libvips refuses the picture. Throws only when
 * sharp itself cannot be loaded, which is not the picture's fault.
 */
export async function answer(request: Request): Promise<Record<string, unknown>> {
  const sharp = load();
  try {
    return await read(sharp, request);
  } catch {
    return { failed: true };
  }
}

async function read(sharp: Sharp, request: Request): Promise<Record<string, unknown>> {
  const input = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.length);
  if (request.op === 'header') {
    const {
      format,
      width = 0,
      height = 0,
    } = await sharp(input, {
      limitInputPixels: false,
    }).metadata();
    return { format, width, height };
  }
  if (request.op === 'decodes') {
    await sharp(input, request.density ? { density: request.density } : {})
      .resize(64, 64)
      .png()
      .toBuffer();
    return {};
  }
  const source = () => sharp(input, request.density ? { density: request.density } : {});
  const image = source()
    // A phone stores a portrait photo as landscape pixels and an EXIF orientation: turn the
    // pixels as every photo viewer shows them (the orientation tag is then dropped).
    .rotate()
    .resize(request.maxSide, request.maxSide, { fit: 'inside', withoutEnlargement: true })
    .toColourspace('srgb');
  // A logo keeps its alpha only when some pixel is not opaque: an opaque one stays an opaque PNG
  // (no soft mask in the PDF), a round emblem prints on the poster's band without a white box.
  // A picture without an alpha channel (a JPEG, most PNGs) cannot have one: its header says so,
  // and only a picture with one is decoded whole to look (read41 #8).
  const keep =
    request.transparent === 'if-any'
      ? (await source().metadata()).hasAlpha && !(await source().stats()).isOpaque
      : request.transparent;
  const png = await (keep ? image.ensureAlpha() : image.flatten({ background: '#ffffff' }))
    .png({ compressionLevel: 9 })
    .toBuffer();
  return { png: new Uint8Array(png.buffer, png.byteOffset, png.length) };
}

// Started as a process of its own (image-process.ts); required, it only lends `answer` to a
// process that could not start one.
if (require.main === module) {
  // sharp first: a process that cannot load it ends before it says it is ready, and the asking
  // process reads the pictures itself (where the same failure is said as what it is).
  load();
  // Ctrl-C in a terminal reaches every process of the command: this one ends when the asking
  // process lets go of it (disconnect), so that a picture being read is not cut off and
  // blamed on the file while `serve` or `build --watch` stops in its own time.
  process.on('SIGINT', () => {});
  process.send?.({ ready: true });
  process.on('message', (request: Request) => {
    answer(request).then((reply) => process.send?.({ id: request.id, ...reply }));
  });
  // The asking process has ended or has no more pictures: nothing left to answer.
  process.on('disconnect', () => process.exit(0));
}
