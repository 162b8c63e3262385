/**
 * Load stage: the images campaign.yaml names (logo, signature, seal) are there and printable,
 * checked once when the campaign loads. A wrong logo (a name typed wrong, an iPhone's HEIC photo,
 * an SVG that draws files outside it) is then one campaign error on campaign.yaml's line, before
 * anything is written, instead of every group's poster failing later (and every leader's page of
 * `serve`, whose reload keeps the last good campaign when this one does not load).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { UserError } from '../errors.js';
import { count, type Message, msg } from '../messages/message.js';
import { MIN_PICTURE_MM, PICTURE_DPI } from '../model/picture-size.js';
import type { AssetField } from './campaign-assets.js';
import { type ImageHeader, imageDecodes, imageHeader } from './image-process.js';

/** The campaign's pictures by their field under `assets`, as a message names them. */
export const ASSET_NAMES: Record<AssetField, Message> = {
  logo: msg`logo`,
  signature: msg`signature`,
  seal: msg`seal`,
  map: msg`map`,
};

/** The formats a document prints. */
const PRINTABLE: ReadonlySet<string> = new Set(['png', 'jpeg', 'svg', 'webp']);
/** ISO-BMFF brands of HEIC/HEIF photos (an iPhone's camera saves these). */
const HEIF_BRANDS = /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/;

export interface AssetImage {
  field: AssetField;
  /** As typed in campaign.yaml. */
  given: string;
  /** Where it is looked for (campaign-assets.ts). */
  path: string;
  /** campaign.yaml's line of the field, when known. */
  line?: number;
}

/**
 * The problem with one image of the campaign, or undefined when it can be printed; what prints
 * poorly (a picture too small to print sharp) is added to `warnings`.
 */
export async function assetImageProblem(
  campaignFile: string,
  image: AssetImage,
  warnings: UserError[] = [],
): Promise<UserError | undefined> {
  const { field, given, path, line } = image;
  const where = { file: campaignFile, line, field: `assets.${field}` };
  const what = ASSET_NAMES[field];
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) {
    const folder = given.replace(/[\\/]+$/, '');
    return new UserError(
      msg`"${folder}" is a folder, not an image file`,
      where,
      msg`Give the image file inside it, e.g. ${folder}/${field}.png, or the image's own name.`,
    );
  }
  if (!info?.isFile()) {
    const near = info ? undefined : await nearName(path);
    return new UserError(
      near
        ? msg`there is no file "${given}" in the folder ${dirname(path)}; there is "${near}"`
        : msg`there is no file "${given}" in the folder ${dirname(path)}`,
      where,
      msg`Check the name as typed (letters, accents, the extension such as .png), or copy the image into that folder.`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return new UserError(
      msg`cannot read the ${what} image`,
      where,
      msg`Give the path of a PNG, JPEG, SVG or WebP file, relative to campaign.yaml.`,
    );
  }
  if (bytes.length === 0) {
    return new UserError(
      msg`the ${what} file "${given}" is empty (0 bytes)`,
      where,
      msg`Save the picture again as PNG or JPEG and copy it here (a download or copy that did not finish leaves an empty file).`,
    );
  }
  if (isAvif(bytes) || /^\.avif$/i.test(extname(path))) {
    return new UserError(
      msg`the ${what} "${given}" is an AVIF picture, which cannot be printed`,
      where,
      msg`Save it as JPEG or PNG (open it and export or share it as JPEG) and give that file.`,
    );
  }
  if (isHeif(bytes) || /^\.hei[cf]$/i.test(extname(path))) {
    return new UserError(
      msg`the ${what} "${given}" is a HEIC photo (as an iPhone saves them), which cannot be printed`,
      where,
      msg`Save it as JPEG or PNG (open it and export or share it as JPEG) and give that file.`,
    );
  }
  const outside = isSvg(bytes, path) ? outsideReference(bytes.toString('utf8')) : undefined;
  if (outside) {
    return new UserError(
      msg`the SVG ${what} "${given}" refers to a file outside it ("${outside}"), which would not be printed`,
      where,
      msg`Save the SVG with its pictures embedded (Illustrator: Images › Embed), or export it as PNG.`,
    );
  }
  return decodeProblem(bytes, what, given, where, warnings);
}

/**
 * The most pixels a campaign's image may have. A logo prints at most 1200 px a side
 * (layout/images.ts); a 12000 × 12000 picture (a scan, a designer's export) is decoded whole by
 * every check and every worker (7 s and ~190 MB for one check), and past libvips' own limit
 * (~268 million) it does not decode at all, which was said as "not an image" (h-q10 item 6).
 */
export const MAX_IMAGE_PIXELS = 100_000_000;

/** The refusal of an image with more pixels than MAX_IMAGE_PIXELS, naming both and what to do. */
export function tooManyPixels(
  width: number,
  height: number,
  what: Message | string,
  where: { file: string; line?: number; field: string },
): UserError | undefined {
  if (width * height <= MAX_IMAGE_PIXELS) return undefined;
  const millions = (n: number) => Math.round(n / 1_000_000);
  return new UserError(
    msg`the ${what} is too large: ${count(width)} × ${count(height)} pixels (${millions(width * height)} million), more than the ${millions(MAX_IMAGE_PIXELS)} million pixels the tool reads`,
    where,
    msg`Make the picture smaller (about 1000 to 2000 pixels a side prints sharp: Paint › Resize) and save it again as PNG or JPEG.`,
  );
}

/**
 * What a picture's header says against printing it: no header (not a picture), a format the
 * documents do not print, or more pixels than MAX_IMAGE_PIXELS (an SVG's size is its drawing's,
 * not pixels it holds). The loader's check and the layout's preparation (layout/images.ts) say
 * the same words.
 */
export function headerProblem(
  header: ImageHeader | undefined,
  what: Message,
  given: string,
  where: { file: string; line?: number; field: string },
): UserError | undefined {
  const format = header?.format;
  if (!header || !format) {
    return new UserError(
      msg`the ${what} "${given}" is not an image of a known kind`,
      where,
      msg`Save the ${what} as PNG, JPEG, SVG or WebP.`,
    );
  }
  if (!PRINTABLE.has(format)) {
    return new UserError(
      msg`the ${what} "${given}" is a ${formatName(format)} image`,
      where,
      msg`Save the ${what} as PNG, JPEG, SVG or WebP.`,
    );
  }
  return format === 'svg' ? undefined : tooManyPixels(header.width, header.height, what, where);
}

/** Whether the image decodes as one of the kinds a document prints (the renderer's library). */
async function decodeProblem(
  bytes: Buffer,
  what: Message,
  given: string,
  where: { file: string; line?: number; field: string },
  warnings: UserError[],
): Promise<UserError | undefined> {
  // Read by libvips in a process of its own (image-process.ts): it costs ~30 MB of RSS that a
  // build would otherwise carry to its end.
  const header = await imageHeader(bytes);
  const problem = headerProblem(header, what, given, where);
  if (problem || !header) return problem;
  // The map is read on paper, printed large: it has its own, higher, bar.
  const small =
    where.field === 'assets.map'
      ? pictureTooSmall(header, what, given, where)
      : smallPicture(header, what, given, where);
  if (small) warnings.push(small);
  // Decoded once, small: a file whose header reads but whose pixels do not is found here.
  const side = Math.max(header.width, header.height, 1);
  const density = header.format === 'svg' ? svgDensity(side, 64) : undefined;
  if (await imageDecodes(bytes, density)) return undefined;
  return new UserError(
    msg`the ${what} "${given}" is a damaged ${formatName(header.format ?? '')} file: its picture cannot be read`,
    where,
    header.format === 'svg'
      ? msg`Export it again from the drawing program (or as PNG) and give that file.`
      : msg`Open it in Paint (or another picture program) and save it again as PNG or JPEG; if it does not open, take the picture again from where it came.`,
  );
}

/**
 * The fewest pixels on a picture's longest side that print sharp: a poster prints the logo
 * 18 mm wide on A4 and ~25 mm on A3 (kinds/poster-style.ts), a signature and a seal 35 mm or
 * more; 150 pixels is ~150 dpi at 25 mm. A website's 16- or 32-pixel icon prints as squares.
 */
const MIN_PRINTED_SIDE = 150;

/** A raster picture with fewer pixels than MIN_PRINTED_SIDE on its longest side: printed, blurred. */
function smallPicture(
  header: ImageHeader,
  what: Message,
  given: string,
  where: { file: string; line?: number; field: string },
): UserError | undefined {
  if (header.format === 'svg' || Math.max(header.width, header.height) >= MIN_PRINTED_SIDE) {
    return undefined;
  }
  return new UserError(
    msg`the ${what} "${given}" is only ${header.width} × ${header.height} pixels: it prints blurred, in squares`,
    where,
    msg`Use a larger picture of it, at least ${MIN_PRINTED_SIDE * 2} pixels a side (from the ward's own file, or an SVG exported as PNG), and use that file instead.`,
  );
}

/** Pixels the map needs on its longer side to print MIN_PICTURE_MM at PICTURE_DPI (591). */
export const MIN_PICTURE_PIXELS = Math.ceil((MIN_PICTURE_MM / 25.4) * PICTURE_DPI);

/**
 * A map with fewer pixels than MIN_PICTURE_PIXELS on its longer side: printed MIN_PICTURE_MM
 * long, it has fewer than PICTURE_DPI dots an inch (a picture saved from a chat app).
 */
function pictureTooSmall(
  header: ImageHeader,
  what: Message,
  given: string,
  where: { file: string; line?: number; field: string },
): UserError | undefined {
  const side = Math.max(header.width, header.height);
  if (header.format === 'svg' || side >= MIN_PICTURE_PIXELS) return undefined;
  const dpi = Math.floor(side / (MIN_PICTURE_MM / 25.4));
  return new UserError(
    msg`the ${what} "${given}" is only ${header.width} × ${header.height} pixels: printed ${MIN_PICTURE_MM} mm long it has ${dpi} dots an inch, fewer than the ${PICTURE_DPI} that print sharp, so it prints blurred`,
    where,
    msg`Use a larger picture, at least ${MIN_PICTURE_PIXELS} pixels on its longer side (export the map again from where it was drawn, not a screenshot or a picture sent by chat).`,
  );
}

/**
 * The density (pixels for 72 of the SVG's units) that renders an SVG declaring `side` units on
 * its longest side at `pixels` pixels: an SVG declaring 20,000 units would otherwise be drawn
 * at 20,000 pixels a side, past libvips' own limit. At least 1 (libvips' least): an SVG
 * declaring more than ~100,000 units is drawn somewhat larger than asked.
 */
export function svgDensity(side: number, pixels: number): number {
  // At least 1, libvips' least; at most 10,000 (an SVG of 1 unit drawn at 139 pixels), well
  // under libvips' most (100,000), so that a tiny declared size never asks for a huge drawing.
  return Math.max(1, Math.min(72 * (pixels / Math.max(side, 1)), 10_000));
}

/** A picture format as people write it: GIF, TIFF, WebP, JPEG 2000… (sharp's names are lower case). */
export function formatName(format: string): string {
  const names: Record<string, string> = {
    webp: 'WebP',
    jp2k: 'JPEG 2000',
    jxl: 'JPEG XL',
    heif: 'HEIF',
  };
  return names[format] ?? format.toUpperCase();
}

/**
 * The brands of an ISO-BMFF "ftyp" box (HEIC, HEIF and AVIF pictures begin with one): the major
 * brand first, then the compatible ones; none for any other file.
 */
function ftypBrands(bytes: Buffer): string[] {
  if (bytes.length < 12 || bytes.toString('latin1', 4, 8) !== 'ftyp') return [];
  const end = Math.min(bytes.readUInt32BE(0), bytes.length, 64);
  const brands = [bytes.toString('latin1', 8, 12)];
  // Bytes 12–16 are the minor version, not a brand.
  for (let at = 16; at + 4 <= end; at += 4) brands.push(bytes.toString('latin1', at, at + 4));
  return brands;
}

/** An iPhone's HEIC photo (or another HEIF picture), by its major brand. */
function isHeif(bytes: Buffer): boolean {
  const [major] = ftypBrands(bytes);
  return major !== undefined && HEIF_BRANDS.test(major);
}

/**
 * An AVIF picture (a web browser's "save image" may give one): avif or avis among its brands
 * (its major brand may be the generic mif1).
 */
function isAvif(bytes: Buffer): boolean {
  return ftypBrands(bytes).some((b) => /^avi[fs]$/.test(b));
}

function isSvg(bytes: Buffer, path: string): boolean {
  if (/^\.svgz?$/i.test(extname(path))) return true;
  return /^\s*(<\?xml|<!--|<!DOCTYPE svg|<svg)/i.test(bytes.toString('utf8', 0, 200));
}

/**
 * The first thing an SVG draws from outside itself: an external entity (`<!ENTITY x SYSTEM
 * "file:…">`) or an image or `<use>` whose href is a file or a web address. Neither is read
 * (a campaign must not print the machine's files), so the logo would print without it.
 */
export function outsideReference(svg: string): string | undefined {
  const entity =
    /<!ENTITY\s+%?\s*[\w.-]+\s+(?:SYSTEM|PUBLIC)\s+(?:"[^"]*"\s+)?["']([^"']*)["']/i.exec(svg);
  if (entity) return entity[1];
  for (const m of svg.matchAll(/<(?:image|use|feImage)\b[^>]*?\bhref\s*=\s*["']([^"']*)["']/gi)) {
    const href = m[1]?.trim() ?? '';
    if (href && !href.startsWith('#') && !/^data:/i.test(href)) return href;
  }
  return undefined;
}

/** A file beside `path` whose name differs only in case, accents or the extension. */
async function nearName(path: string): Promise<string | undefined> {
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  const key = (name: string) =>
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/gi, 'd')
      .toLowerCase()
      .replace(/\.[^.]*$/, '');
  const wanted = key(basename(path));
  return names.find((n) => key(n) === wanted);
}
