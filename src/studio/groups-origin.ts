/**
 * Studio: where a campaign's groups list came from (qa47 M1). The groups list is the ward's
 * standing data, but a copy takes its source's file: a list uploaded since in another campaign (a
 * tổ split, a leader replaced) was silently left behind. Each list is dated by its upload (the
 * campaign it was uploaded in and when), carried along by a copy (GROUPS_ORIGIN_FILE), so that
 * the new-campaign page, the copy's reminder and the groups page can say which list a campaign
 * holds and offer the newest one.
 */

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, readFile, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { LRUCache } from 'lru-cache';
import { writeFileAtomic } from '../output/atomic-write.js';
import { wardDay } from '../ward-time.js';
import {
  type CampaignSummary,
  campaignPaths,
  GROUPS_FILES,
  GROUPS_NAME_FILE,
  uploadedNameOf,
} from './campaign-folders.js';

/**
 * A copy's record of the campaign its groups list was uploaded in (the source's own source when
 * the source was a copy too), with the list's SHA-256: a list uploaded since in the copy itself
 * is its own. The CLI does not read it.
 */
export const GROUPS_ORIGIN_FILE = 'studio-groups-origin.json';

/** A campaign's groups list: where it was uploaded and when. */
export interface ListOrigin {
  /** The campaign holding the list (the one to copy it from). */
  holder: string;
  /** The campaign it was uploaded in, by slug and by name (as named when it was copied). */
  slug: string;
  name: string;
  /** When it was uploaded (ISO); a file put in place by hand, its file's time. */
  at: string;
  /**
   * No upload dates it (a file put in place by hand, or restored): `at` is only its file's time,
   * which a copy or a backup may set to any day. Never called newer than a dated list, nor older
   * (final-read47): its day is said "không rõ ngày tải lên".
   */
  undated?: true;
  /** The list's bytes' SHA-256: two campaigns holding the same list are not two lists. */
  sha256: string;
}

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Origins as last read, by groups file: kept while that file, the copy's record and the upload's
 * name file are unchanged (path, mtime, ctime, size, inode: ctime cannot be set back by a copy
 * or a sync tool, and a same-size list rewritten in place within a coarse mtime tick of FAT or
 * HFS+ still changes it — review49). The groups tab and the new-campaign page ask for every
 * campaign's list on each view; each was read and hashed every time. Bounded: a studio of many
 * years' campaigns keeps the recent ones.
 */
const known = new LRUCache<string, { key: string; origin: ListOrigin | undefined }>({ max: 500 });

/** A file's version as its stat says it; '-' for none. */
const versionOf = (path: string) =>
  stat(path).then(
    (s) => `${s.mtimeMs}:${s.ctimeMs}:${s.size}:${s.ino}`,
    () => '-',
  );

/** The groups list of campaign `slug` (named `name`), dated; undefined without one. */
export async function listOriginOf(
  campaignsDir: string,
  slug: string,
  name: string,
): Promise<ListOrigin | undefined> {
  const file = campaignPaths(campaignsDir, slug).groups;
  if (!file) return undefined;
  const folder = join(campaignsDir, slug);
  const versions = await Promise.all(
    [file, join(folder, GROUPS_ORIGIN_FILE), join(folder, GROUPS_NAME_FILE)].map(versionOf),
  );
  const key = JSON.stringify([slug, name, ...versions]);
  const kept = known.get(file);
  if (kept?.key === key) return kept.origin;
  const origin = await readListOrigin(file, folder, slug, name);
  if (versions[0] === '-') known.delete(file);
  else known.set(file, { key, origin });
  return origin;
}

/** listOriginOf's reading: the list's bytes, hashed, against the copy's and the upload's records. */
async function readListOrigin(
  file: string,
  folder: string,
  slug: string,
  name: string,
): Promise<ListOrigin | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    return undefined;
  }
  const sha256 = digest(bytes);
  try {
    const record = JSON.parse(await readFile(join(folder, GROUPS_ORIGIN_FILE), 'utf8'));
    if (
      record.sha256 === sha256 &&
      typeof record.slug === 'string' &&
      typeof record.name === 'string' &&
      !Number.isNaN(Date.parse(record.at))
    )
      return {
        holder: slug,
        slug: record.slug,
        name: record.name,
        at: record.at,
        sha256,
        ...(record.undated === true && { undated: true as const }),
      };
  } catch {}
  // Uploaded here, or (a copy made before the origin was kept) carried with its upload's record.
  const uploaded = await uploadedNameOf(file, bytes);
  if (uploaded?.at) return { holder: slug, slug, name, at: uploaded.at, sha256 };
  const at = (await stat(file)).mtime.toISOString();
  return { holder: slug, slug, name, at, sha256, undated: true };
}

/** Every campaign's list, newest upload first; the lists no upload dates after them. */
export async function listOrigins(
  campaignsDir: string,
  campaigns: readonly Pick<CampaignSummary, 'slug' | 'name'>[],
): Promise<ListOrigin[]> {
  const all = await Promise.all(campaigns.map((c) => listOriginOf(campaignsDir, c.slug, c.name)));
  return all
    .filter((o): o is ListOrigin => o !== undefined)
    .sort(
      (a, b) =>
        Number(a.undated ?? false) - Number(b.undated ?? false) ||
        Date.parse(b.at) - Date.parse(a.at),
    );
}

/**
 * The newest list of the ward when it is another than `own` (uploaded later, other bytes): the
 * one to offer. Without `own` (a campaign without a list), the newest there is. A list no upload
 * dates is never the newer one; `own` undated, any dated list with other bytes is offered (which
 * is newer is not known: the page says so, `listSaid`).
 */
export function newerList(
  origins: readonly ListOrigin[],
  own: ListOrigin | undefined,
): ListOrigin | undefined {
  const [newest] = origins;
  if (!newest) return undefined;
  if (!own) return newest;
  if (newest.undated || newest.sha256 === own.sha256) return undefined;
  return own.undated || Date.parse(newest.at) > Date.parse(own.at) ? newest : undefined;
}

/**
 * Records in `folder` that its list came from `origin`'s campaign: the list's bytes `origin`'s,
 * or those of `stored` (the list as the upload kept it: hidden columns it does not read emptied).
 */
export async function writeListOrigin(folder: string, origin: ListOrigin, stored?: string) {
  const sha256 = stored ? digest(await readFile(stored)) : origin.sha256;
  const record = {
    slug: origin.slug,
    name: origin.name,
    at: origin.at,
    sha256,
    ...(origin.undated && { undated: true }),
  };
  await writeFileAtomic(join(folder, GROUPS_ORIGIN_FILE), `${JSON.stringify(record, null, 2)}\n`);
}

/**
 * Puts `origin`'s list in campaign folder `folder` in place of its own (a new copy, which has no
 * leaders' links yet), with the name it was uploaded under, and records where it came from.
 */
export async function takeList(
  campaignsDir: string,
  folder: string,
  origin: ListOrigin,
): Promise<void> {
  const source = campaignPaths(campaignsDir, origin.holder);
  if (!source.groups) return;
  for (const f of GROUPS_FILES) await rm(join(folder, f), { force: true });
  await copyFile(source.groups, join(folder, basename(source.groups)));
  const named = join(source.folder, GROUPS_NAME_FILE);
  if (existsSync(named)) await copyFile(named, join(folder, GROUPS_NAME_FILE));
  else await rm(join(folder, GROUPS_NAME_FILE), { force: true });
  await writeListOrigin(folder, origin);
}

/** "06/12/2026": the day a list was uploaded, the ward's. */
const uploadDay = (origin: ListOrigin) =>
  wardDay(new Date(origin.at)).split('-').reverse().join('/');

/** "tải lên 06/12/2026", or "không rõ ngày tải lên" for a list no upload dates. */
const uploadSaid = (origin: ListOrigin) =>
  origin.undated ? 'không rõ ngày tải lên' : `tải lên ${uploadDay(origin)}`;

/** "“Sốt xuất huyết tháng 12” (tải lên 06/12/2026)": a list as the office knows it. */
export const listSaid = (origin: ListOrigin) => `“${origin.name}” (${uploadSaid(origin)})`;

/** "“Sốt xuất huyết tháng 12”, tải lên 06/12/2026": the same within brackets. */
export const listBracketed = (origin: ListOrigin) => `“${origin.name}”, ${uploadSaid(origin)}`;
