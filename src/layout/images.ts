/**
 * Layout stage: raster images a document prints (a ward's logo or emblem; the signer's signature
 * and the seal of a signed notice).
 * In: a path to a PNG, JPEG, SVG or WebP file. Out: PNG bytes ready for any Surface — sRGB,
 * at most 1200 px on a side (about 10 cm at 300 dpi: more than a poster's logo needs). A logo
 * keeps its transparency when it has any (a round emblem on the poster's coloured band is drawn
 * without a white box around it), and is otherwise an opaque PNG (no soft mask in the PDF); a
 * signature and a seal keep their transparency, as they are drawn over each other and the page.
 * Each image is prepared once per process while the file is unchanged (every group's poster
 * prints the same logo): a file edited while `build --watch` or `serve` runs is a new image, not the cached old.
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { CheapLru } from '../cheap-lru.js';
import { UserError } from '../errors.js';
import { ASSET_NAMES, headerProblem, svgDensity } from '../load/campaign-images.js';
import { stampOrDigest } from '../load/file-stamp.js';
import { imageHeader, imagePng } from '../load/image-process.js';
import { type Message, msg, verbatim } from '../messages/message.js';

const MAX_SIDE = 1200;

/**
 * By file (and use): the prepared image of the file as it last was (size, time, inode). Bounded:
 * a long-running studio meets a new file with every logo upload it tries (each a trial copy of
 * its own name), and each prepared image is up to a few MB.
 */
const prepared = new CheapLru<string, { stamp: string; png: Promise<Uint8Array> }>({ max: 16 });

/** The campaign's picture at `field` (assets.logo…), as a message names it. */
const pictureName = (field: string): Message =>
  ASSET_NAMES[field as keyof typeof ASSET_NAMES] ?? verbatim(field);

/** How an image is prepared: the campaign field it comes from, and whether it keeps its alpha. */
interface ImageUse {
  field: string;
  transparent: boolean | 'if-any';
}

const cannotRead = (path: string, use: ImageUse) => {
  const field = use.field.replace(/^assets\./, '');
  return new UserError(
    msg`cannot read the ${pictureName(field)} image`,
    { file: path, field: use.field },
    msg`Give the path of a PNG, JPEG, SVG or WebP file, relative to campaign.yaml.`,
  );
};

async function prepare(path: string, bytes: Uint8Array, use: ImageUse): Promise<Uint8Array> {
  const field = use.field.replace(/^assets\./, '');
  const what = pictureName(field);
  // Read by libvips in a process of its own (load/image-process.ts): most campaigns have no
  // logo, and libvips would stay mapped in this process (~30 MB) for the rest of a build.
  const header = await imageHeader(bytes);
  // The loader's words (a file changed since the campaign loaded is read here first).
  const problem = headerProblem(header, what, basename(path), { file: path, field: use.field });
  if (problem || !header) throw problem ?? cannotRead(path, use);
  const { format, width, height } = header;
  // An SVG has no pixels of its own: render it at a density that gives MAX_SIDE pixels, so the
  // outline stays sharp instead of scaling up a 72-dpi raster.
  const side = Math.max(width, height, 1);
  const density = format === 'svg' ? svgDensity(side, MAX_SIDE) : undefined;
  const png = await imagePng(bytes, { density, maxSide: MAX_SIDE, transparent: use.transparent });
  // Its header read, its pixels not: damaged, or more than libvips will decode (a 30,000-pixel
  // wide scan).
  if (!png) throw cannotRead(path, use);
  return png;
}

async function preparedOnce(path: string, use: ImageUse): Promise<Uint8Array> {
  const file = resolve(path);
  // A stat, not a read and a hash, for each group's document: the file's size, times and inode
  // change when an editor saves it, and every group's poster asks for the same logo.
  // Saved a moment ago, known by its bytes until its stamp can be trusted (load/file-stamp.ts).
  const stamp = stampOrDigest(file);
  if (stamp === undefined) throw cannotRead(file, use);
  const key = `${use.field}|${file}`;
  const hit = prepared.get(key);
  if (hit?.stamp === stamp) return hit.png;
  const png = readFile(file).then(
    (bytes) => prepare(file, bytes, use),
    () => {
      throw cannotRead(file, use);
    },
  );
  // A failed read is not cached: the user may fix the file and retry in the same server.
  png.catch(() => {
    if (prepared.get(key)?.png === png) prepared.delete(key);
  });
  prepared.set(key, { stamp, png });
  return png;
}

/**
 * An image this thread has prepared, as another thread is handed it: a build's worker threads
 * start with the main thread's (output/worker-data.ts) instead of having the same bytes made
 * again.
 */
export interface PreparedImage {
  key: string;
  stamp: string;
  png: Uint8Array;
}

/**
 * The images this thread has prepared from the files given (those that failed left out): a
 * studio's cache also holds the logos its office tried.
 */
export async function preparedImages(files: readonly string[]): Promise<PreparedImage[]> {
  const wanted = new Set(files.map((f) => resolve(f)));
  const images: PreparedImage[] = [];
  for (const [key, { stamp, png }] of prepared.entries()) {
    if (!wanted.has(key.slice(key.indexOf('|') + 1))) continue;
    const bytes = await png.catch(() => undefined);
    if (bytes) images.push({ key, stamp, png: bytes });
  }
  return images;
}

/**
 * Takes images another thread prepared as this thread's own. Each is still checked against its
 * file's stamp when asked for: a file changed since is prepared again here.
 */
export function adoptPreparedImages(images: readonly PreparedImage[]): void {
  for (const { key, stamp, png } of images) prepared.set(key, { stamp, png: Promise.resolve(png) });
}

/** The logo at `path` as print-ready PNG bytes (prepared once per content). */
export function prepareLogo(path: string): Promise<Uint8Array> {
  return preparedOnce(path, { field: 'assets.logo', transparent: 'if-any' });
}

/**
 * The campaign's map (`assets.map`) as opaque PNG bytes: printed on white paper, a transparent
 * map's background is the page's.
 */
export function prepareMap(path: string): Promise<Uint8Array> {
  return preparedOnce(path, { field: 'assets.map', transparent: false });
}

/** A signed notice's signature or seal image: PNG bytes with their transparency. */
export function prepareSignatureImage(
  path: string,
  field: 'assets.signature' | 'assets.seal',
): Promise<Uint8Array> {
  return preparedOnce(path, { field, transparent: true });
}

/**
 * Whether prepared PNG bytes carry an alpha channel (IHDR colour type 4 or 6): a logo has one
 * only when some of its pixels show through (prepareLogo).
 */
export function pngHasAlpha(png: Uint8Array): boolean {
  const colourType = png[25] ?? 0;
  return colourType === 4 || colourType === 6;
}

/** Pixel size of PNG bytes, from the IHDR chunk (always the first chunk, at byte 8). */
export function pngSize(png: Uint8Array): [width: number, height: number] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}
