/**
 * Where the poster layout puts its parts for one group and one size (A4, A3 or the share image),
 * computed with the same sections and options the kinds use: tests compare it with the pixels.
 */

import {
  POSTER_SIZES,
  type PosterSize,
  poster,
  posterOptions,
  posterSheets,
} from '../../src/kinds/poster.js';
import { type PosterGeometry, planPoster, planSheets } from '../../src/kinds/poster-layout.js';
import { renderSections } from '../../src/kinds/render.js';
import { SHARE_MIN_QR, SHARE_SIZE, shareSections } from '../../src/kinds/share.js';
import { loadFonts } from '../../src/layout/fonts.js';
import { MM } from '../../src/layout/text-model.js';
import type { Campaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { buildContext } from '../../src/model/context.js';
import { createSvgSurface } from '../../src/render/image/svg-surface.js';

/**
 * The geometry in the surface's units (points for PDFs, pixels for the share image), of the
 * first sheet (A3 has one sheet per code: see posterSheetsGeometry).
 */
export async function posterGeometry(
  campaign: Campaign,
  group: Group,
  size: PosterSize | 'share',
): Promise<PosterGeometry> {
  if (size !== 'share')
    return (await posterSheetsGeometry(campaign, group, size))[0] as PosterGeometry;
  const ctx = buildContext(campaign, group, group.id);
  // The share image's own steps in the poster's place, as the kind draws them.
  const sections = shareSections(renderSections(poster, ctx));
  const surface = createSvgSurface(loadFonts(), SHARE_SIZE);
  return planPoster(surface, sections, await posterOptions(ctx, SHARE_MIN_QR)).geometry;
}

/** The geometry of each sheet of a poster, in points, with the options the kind uses. */
export async function posterSheetsGeometry(
  campaign: Campaign,
  group: Group,
  size: PosterSize,
): Promise<PosterGeometry[]> {
  const ctx = buildContext(campaign, group, group.id);
  const sections = renderSections(poster, ctx);
  const page: [number, number] = [POSTER_SIZES[size].page[0] * MM, POSTER_SIZES[size].page[1] * MM];
  // As the kind draws them: the sheets of a pair set alike (planSheets).
  const sheets = await posterSheets(ctx, sections, size);
  return planSheets(createSvgSurface(loadFonts(), page), sections, sheets).map((p) => p.geometry);
}

/** Points → millimetres. */
export const mm = (pt: number): number => pt / MM;
