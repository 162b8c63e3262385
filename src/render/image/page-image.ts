/**
 * Render stage, image back end: a picture of one page of a document, for the download page's
 * thumbnails (the first page, small) and its page-by-page view (every page, phone-wide). The kind
 * lays itself out as it does for its PDF, onto the SVG surface the share image uses; every other
 * page is dropped, and sharp turns the SVG into a picture (a PNG for a phone) `width` pixels wide. Same layout code as
 * the file, so the picture is that file's own page (its QR codes included), not a generic icon.
 * A phone's in-app browser (Zalo's on Android) often cannot show a PDF; it always shows a PNG.
 */

import type { DocumentKind } from '../../kinds/kind.js';
import { callOn, DRAW_METHODS, forwarding, type Surface } from '../../layout/surface.js';
import type { DocContext } from '../../model/context.js';
import { drawOnto, type RenderOptions } from '../output.js';
import { type PictureFormat, pagePicture } from './page-images.js';
import { createSvgSurface } from './svg-surface.js';

/**
 * A surface that passes page `page` (1-based) on to `inner` and ignores every other one;
 * `pagesSeen()` tells how many pages the kind drew.
 */
function onePageOnly(inner: Surface, page: number): Surface & { pagesSeen(): number } {
  let pages = 0;
  return {
    fonts: inner.fonts,
    measure: inner.measure,
    size: inner.size,
    addPage() {
      if (++pages === page) inner.addPage();
    },
    ...forwarding(DRAW_METHODS, (method, args) => {
      if (pages === page) callOn(inner, method, args);
    }),
    finish: () => inner.finish(),
    pagesSeen: () => pages,
  };
}

/**
 * Page `page` (1-based) of the document as a picture `width` pixels wide (height as the page's
 * shape gives); undefined when the document has fewer pages.
 */
export async function renderPagePicture(
  kind: DocumentKind,
  ctx: DocContext,
  opts: Omit<RenderOptions, 'forPrint'>,
  page: number,
  width: number,
  format: PictureFormat,
): Promise<Uint8Array | undefined> {
  const size = kind.pageSize(opts.variant);
  const svg = createSvgSurface(opts.fonts, size);
  const only = onePageOnly(svg, page);
  await drawOnto(kind, only, ctx, opts);
  if (page < 1 || only.pagesSeen() < page) return undefined;
  const { bytes } = await svg.finish();
  return pagePicture(bytes, size[0], width, format);
}
