/**
 * The campaign's map (`assets.map`) on a group leader's page: the picture the flyer prints and
 * the notice's annex carries, which a leader shows residents on the phone (where to go). In: the
 * group's context. Out: the page's view of it (its link, size, alt text and caption) and its file,
 * `so-do.png` beside the group's documents on the server, once in `assets/` of a static site (the
 * PNG the papers print, prepared once per file).
 */
import { createHash } from 'node:crypto';
import { isUserError } from '../errors.js';
import { flyerPicture } from '../kinds/campaign-picture.js';
import type { DocContext } from '../model/context.js';

/** The map's file name among a group's files (`/g/<token>/so-do.png`). */
export const MAP_NAME = 'so-do.png';

export interface MapFile {
  bytes: Uint8Array;
  etag: string;
  width: number;
  height: number;
  /** The campaign's caption, if any (printed under the map on the flyer). */
  caption: string | null;
  /** What a screen reader says of it. */
  alt: string;
}

const etags = new WeakMap<Uint8Array, string>();

/** The campaign's map as a leader's page shows it; none without one, or when it cannot be read. */
export async function mapFile(ctx: DocContext): Promise<MapFile | undefined> {
  let picture: Awaited<ReturnType<typeof flyerPicture>>;
  try {
    picture = await flyerPicture(ctx);
  } catch (e) {
    // A map that cannot be read is the build's to say (its papers fail): the page goes without.
    if (isUserError(e)) return undefined;
    throw e;
  }
  if (!picture) return undefined;
  let etag = etags.get(picture.png);
  if (!etag) {
    etag = `"${createHash('sha256').update(picture.png).digest('hex').slice(0, 32)}"`;
    etags.set(picture.png, etag);
  }
  const [width, height] = picture.size;
  const caption = picture.caption?.trim() || null;
  return {
    bytes: picture.png,
    etag,
    width,
    height,
    caption,
    alt: caption ? `Sơ đồ: ${caption}` : 'Sơ đồ của chiến dịch',
  };
}

/**
 * The map's file name in a static site's shared `assets/` folder, written there once for every
 * group (review44 #6), named by its bytes so that a new map is never an old one a phone cached.
 */
export const siteMapName = (map: MapFile): string => `so-do-${map.etag.slice(1, 17)}.png`;

/**
 * The leader page's view of the map (leader.hbs `map`): its picture's link (`href`), the same
 * opened alone to zoom (`large`), its size for the page to keep its place, alt and caption; null
 * when the campaign has none. `address`: where the picture is when not among the group's files
 * (a static site's shared copy).
 */
export async function mapView(ctx: DocContext, files: string, viewQuery: string, address?: string) {
  const map = await mapFile(ctx);
  if (!map) return null;
  const href = address ?? `${files}${MAP_NAME}`;
  return {
    href,
    large: `${href}${viewQuery}`,
    width: map.width,
    height: map.height,
    alt: map.alt,
    caption: map.caption,
  };
}
