/**
 * Studio: the record of who downloaded a file holding residents' names (qa46 F9). Decree
 * 13/2023/NĐ-CP asks a controller to be able to show who accessed personal data: each download
 * by an office account of a tracking sheet (the ward's file of them), of a group's ZIP holding
 * one, or of every group's ZIPs in one is kept in the store (`file_downloads`) — the account,
 * the time, the campaign and the file's name, never a name the file holds — and listed newest
 * first, a page at a time, for an admin on Cài đặt ("Nhật ký tải tệp có họ tên").
 */
import { findKind } from '../kinds/registry.js';
import type { Manifest, ManifestBundle } from '../output/manifest.js';
import type { StoreDb } from '../store/open-store.js';
import { type BuildStatus, lastBuildRosters } from './builds.js';
import { type CampaignPaths, holdsRosters } from './campaign-folders.js';

/** Where Cài đặt lists the downloads. */
export const DOWNLOAD_LOG_PATH = '/settings/nhat-ky-tai-tep';

/** Downloads a page of the log shows. */
export const DOWNLOADS_PER_PAGE = 50;

export interface Download {
  user: string;
  campaign: string;
  file: string;
  /** ISO 8601, UTC. */
  at: string;
}

const readsRoster = (kind: string) => findKind(kind)?.readsRoster === true;

/**
 * Whether the build whose files are on disk read residents' names: the list it read, as its
 * status or the folder records it ("none": no list); for a build the studio knows nothing of (a
 * folder copied in), whether the campaign keeps a list or a folder of rosters now.
 */
export async function buildReadList(
  c: CampaignPaths,
  status: BuildStatus | undefined,
): Promise<boolean> {
  const read = await lastBuildRosters(c, status);
  return read === undefined ? holdsRosters(c) : read !== 'none';
}

/**
 * Whether a build's file may hold residents' names: none when the build read no residents list
 * (`listRead`, buildReadList); else a print file of a kind that prints the roster (the tracking
 * sheet), or a group's ZIP of a build that made such a kind for the group (its documents, or the
 * ward's print files when the manifest lists no documents).
 */
export function holdsNames(m: Manifest, bundle: ManifestBundle, listRead: boolean): boolean {
  if (!listRead) return false;
  if (m.print.includes(bundle)) return readsRoster(bundle.kind);
  const ofGroup = m.files.filter((f) => f.group === bundle.group);
  return ofGroup.length > 0
    ? ofGroup.some((f) => readsRoster(f.kind))
    : m.print.some((b) => readsRoster(b.kind));
}

/** Whether any of a build's ZIPs may hold residents' names (for every group's ZIPs in one). */
export const zipsHoldNames = (m: Manifest, listRead: boolean) =>
  m.zips.some((z) => holdsNames(m, z, listRead));

/**
 * Records one download. A store that cannot record it fails the download (the studio's error
 * page): a file of residents' names is not sent unrecorded.
 */
export async function recordDownload(db: StoreDb, d: Omit<Download, 'at'>): Promise<void> {
  await db
    .insertInto('file_downloads')
    .values({
      user_name: d.user,
      campaign: d.campaign,
      file: d.file,
      downloaded_at: new Date().toISOString(),
    })
    .execute();
}

/** Page `n` (from 1) of the downloads, newest first, and how many there are in all. */
export async function readDownloads(
  db: StoreDb,
  n: number,
): Promise<{ downloads: Download[]; total: number }> {
  const rows = await db
    .selectFrom('file_downloads')
    .select(['user_name', 'campaign', 'file', 'downloaded_at'])
    .orderBy('seq', 'desc')
    .limit(DOWNLOADS_PER_PAGE)
    .offset((n - 1) * DOWNLOADS_PER_PAGE)
    .execute();
  const count = await db
    .selectFrom('file_downloads')
    .select((e) => e.fn.countAll<number | string>().as('n'))
    .executeTakeFirst();
  return {
    downloads: rows.map((r) => ({
      user: r.user_name,
      campaign: r.campaign,
      file: r.file,
      at: r.downloaded_at,
    })),
    total: Number(count?.n ?? 0),
  };
}
