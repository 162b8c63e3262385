/**
 * Render stage, image back end: every page of a document as a PNG, for the studio's preview. The
 * kind lays itself out once, as for its PDF; each page goes onto its own SVG surface (an SVG
 * holds one page) and sharp draws each at the width asked. Same layout code as the file, so the
 * preview shows the PDF's own pages.
 */
import type { DocumentKind } from '../../kinds/kind.js';
import { renderSections } from '../../kinds/render.js';
import type { Surface } from '../../layout/surface.js';
import type { DocContext } from '../../model/context.js';
import type { RenderOptions } from '../output.js';
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
    text: (...a) => current().text(...a),
    fillRects: (...a) => current().fillRects(...a),
    symbol: (...a) => current().symbol(...a),
    strokeLine: (...a) => current().strokeLine(...a),
    strokeRect: (...a) => current().strokeRect(...a),
    image: (...a) => current().image(...a),
    finish: async () => ({ bytes: new Uint8Array(), pages: pages.length }),
  };
  return {
    surface,
    svgs: async () => Promise.all(pages.map(async (p) => (await p.finish()).bytes)),
  };
}

/** Each page of the document as an SVG (text as glyph outlines), in page order. */
export async function renderPageSvgs(
  kind: DocumentKind,
  ctx: DocContext,
  opts: Omit<RenderOptions, 'forPrint'>,
): Promise<Uint8Array[]> {
  const sections = renderSections(kind, ctx, opts.templateDir);
  const paged = pagedSvg(opts.fonts, kind.pageSize(opts.variant));
  await kind.draw(paged.surface, {
    sections,
    ctx,
    fonts: opts.fonts,
    created: opts.created,
    variant: opts.variant,
  });
  return paged.svgs();
}

/**
 * One page's SVG as a PNG `width` pixels wide, drawn at that scale (not at 72 dpi and then
 * blurred by a resize). Pages are drawn one at a time, when asked: the first shows sooner.
 */
export async function pagePng(
  svg: Uint8Array,
  pageWidthPt: number,
  width: number,
): Promise<Uint8Array> {
  const { default: sharp } = await import('sharp');
  const density = Math.min(600, (72 * width) / pageWidthPt);
  const png = await sharp(Buffer.from(svg), { density })
    .resize({ width })
    .flatten({ background: '#ffffff' })
    .png({ compressionLevel: 3 })
    .toBuffer();
  return new Uint8Array(png);
}
