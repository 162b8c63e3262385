/**
 * Render stage, image back end: every page of a document as a picture, for the studio's preview.
 * The kind lays itself out once, drawing both its file (the PDF) and, page by page, SVG surfaces
 * (an SVG holds one page); sharp draws each SVG at the width asked, when it is asked (in a worker
 * thread: each page on whichever is free). Same layout as the file, so the preview shows the
 * PDF's own pages. The SVG → picture step is also the server's page pictures' (page-image.ts).
 */
import type { DocumentKind } from '../../kinds/kind.js';
import { loadSharp } from '../../layout/sharp.js';
import { callOn, DRAW_METHODS, forwarding, type Surface } from '../../layout/surface.js';
import type { DocContext } from '../../model/context.js';
import { type RenderedOutput, type RenderOptions, renderOutput } from '../output.js';
import { createSvgSurface } from './svg-surface.js';

/** A surface that starts a new SVG surface at each page, and hands each call to the current one. */
function pagedSvg(fonts: Surface['fonts'], size: readonly [number, number]) {
  const pages: Surface[] = [];
  const current = () => {
    const page = pages.at(-1);
    if (!page) throw new Error('drawing before the first page');
    return page;
  };
  const first = createSvgSurface(fonts, size);
  const surface: Surface = {
    fonts,
    measure: first.measure,
    size,
    addPage() {
      const page = pages.length === 0 ? first : createSvgSurface(fonts, size);
      page.addPage();
      pages.push(page);
    },
    ...forwarding(DRAW_METHODS, (method, args) => callOn(current(), method, args)),
    finish: async () => ({ bytes: new Uint8Array(), pages: pages.length }),
  };
  return {
    surface,
    svgs: async () => Promise.all(pages.map(async (p) => (await p.finish()).bytes)),
  };
}

/** The document's file and each of its pages as an SVG, from one layout. */
export interface FileWithPages extends RenderedOutput {
  /** Page by page, in order; none for an image kind (its file is its only page). */
  svgs: Uint8Array[];
}

/**
 * The document's file (as `renderOutput` makes it) and each page as an SVG (text as glyph
 * outlines), in page order: the kind is laid out once and draws onto both.
 */
export async function renderFileWithPages(
  kind: DocumentKind,
  ctx: DocContext,
  opts: Omit<RenderOptions, 'forPrint'>,
): Promise<FileWithPages> {
  if (kind.ext === 'png') return { ...(await renderOutput(kind, ctx, opts)), svgs: [] };
  const paged = pagedSvg(opts.fonts, kind.pageSize(opts.variant));
  const file = await renderOutput(kind, ctx, opts, paged.surface);
  return { ...file, svgs: await paged.svgs() };
}

/**
 * How a page picture is encoded. `phone`: for a phone on a slow line (the leaders' pages), always
 * a PNG, so that its address, type and saved name can say so before it is drawn (qa36 F8: a page
 * without colour was a PNG at a `.jpg` address, which some Android galleries and Zalo refuse once
 * saved). A page without colour (a notice, a tracker: black text on white) as a PNG of four greys,
 * which keeps text's edges crisp at a fifth of a JPEG's bytes; a page with colour (a poster, a
 * flyer: flat colours and text, no photograph) as a PNG of 256 colours, about a JPEG's bytes
 * (mozjpeg 70: 0.7× to 1.2× at 720 px on the example's pages) with no blur around its letters.
 */
export type PictureFormat = 'png' | 'jpeg' | 'phone';

export const PICTURE_TYPES: Record<Exclude<PictureFormat, 'phone'>, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
};

/** A channel difference above this is colour; anti-aliased black on white has none. */
const GREY_TOLERANCE = 16;

/** No pixel of these RGB bytes has colour. */
function isGrey(rgb: Uint8Array, channels: number): boolean {
  for (let i = 0; i + 2 < rgb.length; i += channels) {
    const r = rgb[i] ?? 0;
    const g = rgb[i + 1] ?? 0;
    const b = rgb[i + 2] ?? 0;
    if (Math.max(r, g, b) - Math.min(r, g, b) > GREY_TOLERANCE) return false;
  }
  return true;
}

/**
 * One page's SVG as a picture `width` pixels wide, drawn at that scale (not at 72 dpi and then
 * blurred by a resize), on white.
 */
export async function pagePicture(
  svg: Uint8Array,
  pageWidthPt: number,
  width: number,
  format: PictureFormat,
): Promise<Uint8Array> {
  const sharp = await loadSharp();
  const density = Math.min(600, (72 * width) / pageWidthPt);
  const drawn = sharp(Buffer.from(svg), { density })
    .resize({ width })
    .flatten({ background: '#ffffff' });
  if (format === 'phone') {
    const { data, info } = await drawn.raw().toBuffer({ resolveWithObject: true });
    const raw = sharp(data, {
      raw: { width: info.width, height: info.height, channels: info.channels },
    });
    const encoded = isGrey(data, info.channels)
      ? raw.greyscale().png({ palette: true, colours: 4, compressionLevel: 9, effort: 10 })
      : raw.png({ palette: true, colours: 256, compressionLevel: 9, effort: 3 });
    return new Uint8Array(await encoded.toBuffer());
  }
  const encoded =
    format === 'png' ? drawn.png({ compressionLevel: 3 }) : drawn.jpeg({ quality: 80 });
  return new Uint8Array(await encoded.toBuffer());
}

/** The media type of a picture pagePicture made: PNG by its signature, else JPEG. */
export function pictureType(bytes: Uint8Array): string {
  return bytes[0] === 0x89 && bytes[1] === 0x50 ? 'image/png' : 'image/jpeg';
}
