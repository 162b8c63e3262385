/**
 * Kind "poster": the app poster for cultural houses and community points, A4 or A3 (one PDF per
 * size). In: the poster template's sections and the group's context (and the campaign's logo, if
 * any). Out: a one-page PDF. The layout itself is poster-layout.ts, shared with the share image.
 */

import { isAbsolute, resolve } from 'node:path';
import { prepareLogo } from '../layout/images.js';
import type { Surface } from '../layout/surface.js';
import { MM } from '../layout/text-model.js';
import type { DocContext } from '../model/context.js';
import type { DocumentKind, RenderInput } from './kind.js';
import { drawPoster, type PosterOptions } from './poster-layout.js';

/** Page sizes and the smallest QR code of each, in mm. A poster is read from about 1.5 m (A3)
 * or 0.8 m (A4): a code must be at least a tenth of that across, quiet zone included. */
export const POSTER_SIZES = {
  a4: { page: [210, 297], minQrMm: 80 },
  a3: { page: [297, 420], minQrMm: 150 },
} as const;
export type PosterSize = keyof typeof POSTER_SIZES;

/** The poster's options for one group: its logo (prepared once per file) and the QR minimum. */
export async function posterOptions(ctx: DocContext, minQr: number): Promise<PosterOptions> {
  const path = ctx.assets?.logo;
  if (!path) return { minQr };
  // The loader makes the path absolute (relative to campaign.yaml); a relative one is taken from
  // the working directory.
  const logo = await prepareLogo(isAbsolute(path) ? path : resolve(path));
  return { minQr, logo, logoOnQr: ctx.assets?.logo_on_qr ?? false };
}

function sizeOf(variant: string | undefined) {
  const size = POSTER_SIZES[(variant ?? 'a4') as PosterSize];
  if (!size) throw new Error(`poster: unknown size "${variant}"`);
  return size;
}

async function draw(surface: Surface, input: RenderInput): Promise<void> {
  const size = sizeOf(input.variant);
  drawPoster(surface, input.sections, await posterOptions(input.ctx, size.minQrMm * MM));
}

export const poster: DocumentKind = {
  name: 'poster',
  template: 'poster.hbs',
  family: 'sans',
  variants: ['a4', 'a3'],
  // No codes in the template's "@@ qr" (a campaign without an app): no poster.
  needs: 'qr',
  pageSize: (variant) => {
    const { page } = sizeOf(variant);
    return [page[0] * MM, page[1] * MM];
  },
  draw,
};
