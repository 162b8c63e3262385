/**
 * Studio: the record of who downloaded a file holding people's names (qa46 F9). Decree
 * 13/2023/NĐ-CP asks a controller to be able to show who accessed personal data: each download
 * by an office account of a file `holdsNames` says holds some — a tracking sheet (the ward's
 * file of them), a group's ZIP holding one, every group's ZIPs in one, the admin's backup of the
 * whole data folder, the leaders' links sheet or codes sheet, a campaign's folder with its groups
 * list — is kept in the store (`file_downloads`): the account, the time, the campaign and the
 * file's name, never a name the file holds. Listed newest first, a page at a time, for an admin
 * on Cài đặt ("Nhật ký tải tệp có họ tên").
 */
import { findKind } from '../kinds/registry.js';
import type { Manifest, ManifestBundle } from '../output/manifest.js';
import type { StoreDb } from '../store/open-store.js';
import { type BuildStatus, lastBuildRosters } from './builds.js';
import { type CampaignPaths, holdsRosters } from './campaign-folders.js';

/** Where Cài đặt lists the downloads. */
export const DOWNLOAD_LOG_PATH = '/settings/nhat-ky-tai-tep';

/**
 * How long a download is kept: a controller shows who accessed the data over a stated period,
 * not forever (the log itself is personal data: the office's accounts). Two years covers a
 * campaign's year and the next one's inspection. Older rows are removed on each write and read.
 */
export const DOWNLOAD_LOG_KEPT_MONTHS = 24;

/** The period as the pages say it. */
export const DOWNLOAD_LOG_KEPT_SAID = `${DOWNLOAD_LOG_KEPT_MONTHS} tháng`;

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

/** A leader as a groups list gives one: name and phone, either may be missing. */
interface Led {
  leader?: string;
  phone?: string;
}

/** A file the office downloads, as `holdsNames` judges it. */
export type OfficeFile =
  /** A build's print file or group ZIP; `listRead`: the build read a residents list (buildReadList). */
  | { of: 'build'; manifest: Manifest; bundle: ManifestBundle; listRead: boolean }
  /** Every group's ZIPs of a build in one. */
  | { of: 'all-zips'; manifest: Manifest; listRead: boolean }
  /** Cài đặt's backup: the whole data folder (residents lists, groups lists, accounts). */
  | { of: 'backup' }
  /**
   * A file listing the groups with their leaders: the links sheet (CSV), the codes sheet (PDF),
   * the campaign's folder (its groups file). `groups` undefined: the list could not be read.
   */
  | { of: 'leaders'; groups: readonly Led[] | undefined };

/**
 * Whether a file may hold people's names, so its download is logged (the one rule):
 * - a build's file: none when the build read no residents list; else a print file of a kind
 *   that prints the roster (the tracking sheet), or a group's ZIP of a build that made such a
 *   kind for the group (its documents, or the ward's print files when the manifest lists none);
 *   every ZIP in one when any of them does;
 * - the backup: always (it carries every campaign's lists);
 * - a file of the groups' leaders: when a group names a leader or a phone, or the list could
 *   not be read (then it may).
 * Kết quả's report and spreadsheet are not among them: they name groups, their figures and
 * ranks, never a leader or a resident (their downloads are not logged).
 */
export function holdsNames(f: OfficeFile): boolean {
  switch (f.of) {
    case 'build':
      return f.listRead && bundleHoldsNames(f.manifest, f.bundle);
    case 'all-zips':
      return f.listRead && f.manifest.zips.some((z) => bundleHoldsNames(f.manifest, z));
    case 'backup':
      return true;
    case 'leaders':
      return (
        f.groups === undefined || f.groups.some((g) => !!g.leader?.trim() || !!g.phone?.trim())
      );
  }
}

/** A build's file of a build that read a residents list: one holding the roster. */
function bundleHoldsNames(m: Manifest, bundle: ManifestBundle): boolean {
  if (m.print.includes(bundle)) return readsRoster(bundle.kind);
  const ofGroup = m.files.filter((f) => f.group === bundle.group);
  return ofGroup.length > 0
    ? ofGroup.some((f) => readsRoster(f.kind))
    : m.print.some((b) => readsRoster(b.kind));
}

/**
 * Records one download. A store that cannot record it fails the download (the studio's error
 * page): a file of residents' names is not sent unrecorded. A HEAD request (a browser's or a
 * download manager's look before it downloads) gets the headers alone, no file: not a download
 * (Fastify answers it with the GET's handler), so not recorded.
 */
export async function recordDownload(
  db: StoreDb,
  req: { method: string },
  d: Omit<Download, 'at'>,
): Promise<void> {
  if (req.method === 'HEAD') return;
  await pruneDownloads(db);
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

/** The first moment still kept, `now` less DOWNLOAD_LOG_KEPT_MONTHS (ISO, UTC). */
export function keptSince(now: Date): string {
  const since = new Date(now.getTime());
  since.setUTCMonth(since.getUTCMonth() - DOWNLOAD_LOG_KEPT_MONTHS);
  return since.toISOString();
}

/** Removes the downloads older than the period kept (their ISO times sort as they happened). */
async function pruneDownloads(db: StoreDb, now = new Date()): Promise<void> {
  await db.deleteFrom('file_downloads').where('downloaded_at', '<', keptSince(now)).execute();
}

/** Page `n` (from 1) of the downloads, newest first, and how many there are in all. */
export async function readDownloads(
  db: StoreDb,
  n: number,
): Promise<{ downloads: Download[]; total: number }> {
  // A log nobody added to for a while still says nothing older than it keeps.
  await pruneDownloads(db);
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
