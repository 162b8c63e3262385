/**
 * Where the poster layout puts its parts for one group and one size (A4, A3 or the share image),
 * computed with the same sections and options the kinds use: tests compare it with the pixels.
 */

import { POSTER_SIZES, type PosterSize, poster, posterOptions } from '../../src/kinds/poster.js';
import { type PosterGeometry, planPoster } from '../../src/kinds/poster-layout.js';
import { renderSections } from '../../src/kinds/render.js';
import { SHARE_MIN_QR, SHARE_SIZE } from '../../src/kinds/share.js';
import { loadFonts } from '../../src/layout/fonts.js';
import { MM } from '../../src/layout/text-model.js';
import type { Campaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { buildContext } from '../../src/model/context.js';
import { createSvgSurface } from '../../src/render/image/svg-surface.js';

/** The geometry in the surface's units (points for PDFs, pixels for the share image). */
export async function posterGeometry(
  campaign: Campaign,
  group: Group,
  size: PosterSize | 'share',
): Promise<PosterGeometry> {
  const ctx = buildContext(campaign, group, group.id);
  const sections = renderSections(poster, ctx);
  const page: readonly [number, number] =
    size === 'share'
      ? SHARE_SIZE
      : [POSTER_SIZES[size].page[0] * MM, POSTER_SIZES[size].page[1] * MM];
  const minQr = size === 'share' ? SHARE_MIN_QR : POSTER_SIZES[size].minQrMm * MM;
  const surface = createSvgSurface(loadFonts(), page);
  return planPoster(surface, sections, await posterOptions(ctx, minQr)).geometry;
}

/** Points → millimetres. */
export const mm = (pt: number): number => pt / MM;
