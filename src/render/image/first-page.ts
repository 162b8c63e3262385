/**
 * Render stage, image back end: a small picture of a document's first page, for the download
 * page's thumbnails. The kind lays itself out as it does for its PDF, onto the SVG surface the
 * share image uses; everything after the first page is dropped, and sharp turns the SVG into a
 * JPEG `width` pixels wide. Same layout code as the file, so the thumbnail is that file's own
 * first page (its QR codes included), not a generic icon.
 */
import type { DocumentKind } from '../../kinds/kind.js';
import { renderSections } from '../../kinds/render.js';
import type { Surface } from '../../layout/surface.js';
import type { DocContext } from '../../model/context.js';
import type { RenderOptions } from '../output.js';
import { createSvgSurface } from './svg-surface.js';

/** A surface that passes the first page on to `inner` and ignores every later one. */
function firstPageOnly(inner: Surface): Surface {
  let pages = 0;
  const onFirst =
    <A extends unknown[]>(draw: (...a: A) => void) =>
    (...a: A) => {
      if (pages === 1) draw.apply(inner, a);
    };
  return {
    fonts: inner.fonts,
    measure: inner.measure,
    size: inner.size,
    addPage() {
      if (++pages === 1) inner.addPage();
    },
    text: onFirst(inner.text),
    fillRects: onFirst(inner.fillRects),
    symbol: onFirst(inner.symbol),
    strokeLine: onFirst(inner.strokeLine),
    strokeRect: onFirst(inner.strokeRect),
    image: onFirst(inner.image),
    finish: () => inner.finish(),
  };
}

/** The document's first page as a JPEG `width` pixels wide (height as the page's shape gives). */
export async function renderFirstPageJpeg(
  kind: DocumentKind,
  ctx: DocContext,
  opts: Omit<RenderOptions, 'forPrint'>,
  width: number,
): Promise<Uint8Array> {
  const sections = renderSections(kind, ctx, opts.templateDir);
  const size = kind.pageSize(opts.variant);
  const svg = createSvgSurface(opts.fonts, size);
  await kind.draw(firstPageOnly(svg), {
    sections,
    ctx,
    fonts: opts.fonts,
    created: opts.created,
    variant: opts.variant,
  });
  const { bytes } = await svg.finish();
  const { default: sharp } = await import('sharp');
  // Drawn at the scale the thumbnail needs (not at 72 dpi, then blurred by a resize).
  const density = Math.min(600, (72 * width) / size[0]);
  const jpeg = await sharp(Buffer.from(bytes), { density })
    .resize({ width })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 80 })
    .toBuffer();
  return new Uint8Array(jpeg);
}
