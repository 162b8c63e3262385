/**
 * Studio: campaigns as folders the CLI reads. DIR/campaigns/<slug>/ holds campaign.yaml, the
 * groups file (groups.xlsx or groups.csv), optionally templates/ and pictures, and the build's
 * out/. In: the campaigns folder and a slug. Out: the paths, the list of campaigns.
 */

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { dayFirstAsIso, dayOrMonthAsIso } from '../load/day-first.js';
import { fileStamp } from '../load/file-stamp.js';
import { type CampaignDays, campaignDays } from '../model/campaign-days.js';
import { slugify } from '../model/format.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { MANIFEST, readBuiltAt } from '../output/manifest.js';
import { wardDay } from '../ward-time.js';
import { COPY_REVIEW_FILE, copiedDatelineOf } from './copy-review.js';
import { linkInside } from './no-links.js';
import { lastEditOf, printedEditOf, printsOld } from './prints-old.js';

export const CAMPAIGN_FILE = 'campaign.yaml';
export const GROUPS_FILES = [
  'groups.xlsx',
  'groups.csv',
  'groups.txt',
  'groups.tsv',
  'groups.docx',
] as const;
export const OUT_DIR = 'out';
/**
 * The residents list of the whole ward for the tracking sheets (each row naming its group), as
 * the office uploaded it: the build reads it as `--rosters <file>`. Personal data: kept in the
 * campaign's folder, never served.
 */
export const ROSTER_FILES = ['rosters.xlsx', 'rosters.csv', 'rosters.txt', 'rosters.tsv'] as const;
/**
 * A folder of rosters, one `<group id>.csv|.xlsx` per group, as the CLI reads with `--rosters`
 * (examples/hai-phong ships one): a campaign folder copied by hand may bring it. The studio does
 * not print from it, but it is personal data like ROSTER_FILES: the residents page names it and
 * deletes it, and the folder's ZIP and a copy leave it out (qa31 M2).
 */
export const ROSTERS_FOLDER = 'rosters';
/** The name the office's residents list had (as GROUPS_NAME_FILE for the groups file). */
export const ROSTERS_NAME_FILE = 'studio-rosters-name.json';
/**
 * The log of what the office did with one person's rows (studio/roster-person.ts): of this
 * campaign only, not in its ZIP or a copy.
 */
export const PERSON_LOG_FILE = 'studio-person-log.jsonl';
/**
 * The residents list the campaign's last finished build read (builds.ts `rostersRead`: its bytes'
 * SHA-256, or "none"): the build tab says the sheets in out/ are of an earlier list after a
 * restart too.
 */
export const BUILD_ROSTERS_FILE = 'studio-build-rosters.txt';
/**
 * The measures the office took out of the Chỉ tiêu field while groups had reported on them
 * (retired-measures.ts): their line as it was, so that the note names it and typing it back
 * brings the same figures back. Of this campaign's figures only: a copy does not take it.
 */
export const RETIRED_MEASURES_FILE = 'studio-retired-measures.json';
/**
 * Who saved campaign.yaml last through the form, when, and the file's version then
 * (campaign-file.ts `campaignVersion`): a save refused because the file changed names the
 * colleague while the file is still that version (qa27 F6). Of this folder only.
 */
export const SAVED_BY_FILE = 'studio-saved-by.json';
/** Fields a clerk's save overwrote knowingly, until the clerk overwritten is told (overwritten.ts). */
export const OVERWRITTEN_FILE = 'studio-overwritten.json';
/** The prefix of an upload read but not yet put in place (`.upload-groups-…`, `.upload-rosters-…`). */
export const PENDING_UPLOAD_PREFIX = '.upload-';

/**
 * Whether a file of the campaign's folder (`name`, its path inside the folder) stays with this
 * campaign and this studio only: the residents list (personal data), the name it was uploaded
 * under, the list its last build read (of this folder's out/), a pending upload, or a write of
 * one still under way; and a folder of rosters (ROSTERS_FOLDER) with everything in it. The folder's ZIP leaves them out
 * and a copy of the campaign does not take them.
 */
export function staysInFolder(name: string): boolean {
  // In any case ("Rosters/" as typed on Windows or macOS, whose folders ignore it).
  if (name.split(/[\\/]/)[0]?.toLowerCase() === ROSTERS_FOLDER) return true;
  const file = name.split(/[\\/]/).length === 1 ? name : undefined;
  if (file === undefined) return false;
  const kept = [
    ...ROSTER_FILES,
    ROSTERS_NAME_FILE,
    PERSON_LOG_FILE,
    BUILD_ROSTERS_FILE,
    COPY_REVIEW_FILE,
    RETIRED_MEASURES_FILE,
    SAVED_BY_FILE,
    OVERWRITTEN_FILE,
  ] as readonly string[];
  return (
    file.startsWith(PENDING_UPLOAD_PREFIX) ||
    kept.includes(file) ||
    kept.some((k) => file.startsWith(`${k}.`) && file.endsWith('.tmp'))
  );
}

/**
 * The name the office typed for the campaign (the folder's slug is made from it, without its
 * marks): one line beside campaign.yaml, since the notice's fields may read the same in two
 * campaigns (a copy, two imports of one kind of notice). The CLI does not read it.
 */
export const NAME_FILE = 'studio-name.txt';

/**
 * The name of the groups file as the office uploaded it ("Danh sach to dan pho 2026.xlsx"): the
 * folder keeps the file as groups.<ext>, the name the CLI and the build look for, and this file
 * beside it remembers what the office called it, with the upload's time and the stored file's
 * SHA-256 (a list put in place some other way is not given an upload's name). The CLI does not
 * read it.
 */
export const GROUPS_NAME_FILE = 'studio-groups-name.json';

/** The longest uploaded file name shown; a longer one is cut in its middle, its extension kept. */
const MAX_SHOWN_NAME = 100;

/**
 * An uploaded file's name as the page may show it: its last path part (a browser may send a
 * path), NFC, without control or invisible formatting characters (a right-to-left override makes
 * the rest of a name read backwards), spaces collapsed, at most MAX_SHOWN_NAME characters.
 */
export function shownFileName(raw: string): string {
  const last = raw.split(/[\\/]/).pop() ?? '';
  const clean = last
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim();
  const chars = [...clean];
  if (chars.length <= MAX_SHOWN_NAME) return clean;
  const ext = /\.[^. ]{1,8}$/.exec(clean)?.[0] ?? '';
  const keep = MAX_SHOWN_NAME - [...ext].length - 1;
  return `${chars.slice(0, keep).join('')}…${ext}`;
}

export interface UploadedName {
  /** The name the office's file had, as shownFileName gives it. */
  name: string;
  /** When it was uploaded (ISO). */
  at: string;
  /**
   * The sheets of the uploaded workbook that were not kept (groups-sheets.ts: the tool does not
   * read them), by name, and whether each listed residents.
   */
  left: { name: string; residents: boolean }[];
  /** The sheets kept, when some were left out. */
  kept: string[];
  /**
   * The upload was a Word document (.docx) whose list table alone was kept, as a workbook
   * (groups-sheets.ts `wordTableOnly`): its other tables and text were not.
   */
  word?: true;
  /**
   * The stored workbook's columns hidden in Excel that the loader does not read were emptied
   * (groups-sheets.ts `storedAsRead`): a file without it (an older studio's upload) is kept so
   * before it leaves the store.
   */
  columns?: true;
  /** The studio account that uploaded it (absent for an upload recorded before it was kept). */
  by?: string;
}

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Remembers `name` as the uploaded name of the groups file `stored` holding `bytes`, and the
 * sheets of the uploaded workbook not kept in it (`sheets.left`, beside the ones kept).
 */
export async function writeUploadedName(
  stored: string,
  name: string,
  bytes: Uint8Array,
  at = new Date(),
  nameFile: string = GROUPS_NAME_FILE,
  sheets: Pick<UploadedName, 'left' | 'kept' | 'word' | 'columns' | 'by'> = { left: [], kept: [] },
): Promise<void> {
  const record = {
    file: basename(stored),
    name: shownFileName(name),
    sha256: digest(bytes),
    at: at.toISOString(),
    ...(sheets.left.length ? { left: sheets.left, kept: sheets.kept } : {}),
    ...(sheets.word ? { word: true } : {}),
    ...(sheets.columns ? { columns: true } : {}),
    ...(sheets.by ? { by: sheets.by } : {}),
  };
  await writeFileAtomic(join(dirname(stored), nameFile), `${JSON.stringify(record, null, 2)}\n`);
}

/**
 * The name the groups file `stored` (its bytes `bytes`) was uploaded under, when the studio's
 * upload put exactly these bytes there; none for a file put in place otherwise, or replaced.
 */
export async function uploadedNameOf(
  stored: string,
  bytes: Uint8Array,
  nameFile: string = GROUPS_NAME_FILE,
): Promise<UploadedName | undefined> {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(await readFile(join(dirname(stored), nameFile), 'utf8'));
  } catch {
    return undefined;
  }
  if (record.file !== basename(stored) || record.sha256 !== digest(bytes)) return undefined;
  const name = typeof record.name === 'string' ? shownFileName(record.name) : '';
  const at = typeof record.at === 'string' ? record.at : '';
  const left = (Array.isArray(record.left) ? record.left : []).flatMap((s: unknown) => {
    const sheet = s as { name?: unknown; residents?: unknown };
    return typeof sheet?.name === 'string'
      ? [{ name: shownFileName(sheet.name), residents: sheet.residents === true }]
      : [];
  });
  const kept = (Array.isArray(record.kept) ? record.kept : []).flatMap((k: unknown) =>
    typeof k === 'string' ? [shownFileName(k)] : [],
  );
  return name && !Number.isNaN(Date.parse(at))
    ? {
        name,
        at,
        left,
        kept,
        ...(record.word === true ? { word: true as const } : {}),
        ...(record.columns === true ? { columns: true as const } : {}),
        ...(typeof record.by === 'string' && record.by !== '' ? { by: record.by } : {}),
      }
    : undefined;
}

export interface SavedBy {
  user: string;
  at: Date;
  version: string;
}

/** Remembers that `user` saved the campaign in `folder`, leaving campaign.yaml at `version`. */
export const writeSavedBy = (folder: string, user: string, version: string, at = new Date()) =>
  writeFileAtomic(
    join(folder, SAVED_BY_FILE),
    `${JSON.stringify({ user, at: at.toISOString(), version }, null, 2)}\n`,
  );

/** Who saved the campaign in `folder` last through the form, if the studio recorded it. */
export async function readSavedBy(folder: string): Promise<SavedBy | undefined> {
  try {
    const r = JSON.parse(await readFile(join(folder, SAVED_BY_FILE), 'utf8'));
    const at = new Date(String(r.at));
    return typeof r.user === 'string' &&
      r.user &&
      typeof r.version === 'string' &&
      !Number.isNaN(at.getTime())
      ? { user: r.user, at, version: r.version }
      : undefined;
  } catch {
    return undefined;
  }
}

/** A slug names a folder: lower-case ASCII letters, digits and dashes. */
const SLUG = /^[a-z0-9][a-z0-9-]{0,59}$/;
export const isSlug = (s: string) => SLUG.test(s);

/** The longest folder name (every leader's link carries it). */
const MAX_SLUG = 60;

/**
 * `slug` cut to `max` characters at a word's end: "…-cong-an-phuong-ben", never
 * "…-phuong-ben-than" for "Bến Thành" (a word cut short reads as another word). A first word
 * longer than `max` is cut where it must be.
 */
export function cutSlug(slug: string, max = MAX_SLUG): string {
  if (slug.length <= max) return slug.replace(/-+$/, '');
  const end = slug.slice(0, max + 1).lastIndexOf('-');
  return slug.slice(0, end > 0 ? end : max).replace(/-+$/, '');
}

/** A folder name from what the office calls the campaign, at most 60 characters. */
export const campaignSlug = (name: string) => cutSlug(slugify(name.normalize('NFC')));

export interface CampaignPaths {
  slug: string;
  folder: string;
  file: string;
  out: string;
  /** The groups file present, if any. */
  groups: string | undefined;
  /** The residents list of the whole ward (ROSTER_FILES), if the office uploaded one. */
  rosters?: string;
  /** The name the office typed (NAME_FILE), if the studio made the campaign. */
  name?: string;
}

export function campaignPaths(campaignsDir: string, slug: string): CampaignPaths {
  const folder = join(campaignsDir, slug);
  const groups = GROUPS_FILES.map((f) => join(folder, f)).find((f) => existsSync(f));
  const rosters = ROSTER_FILES.map((f) => join(folder, f)).find((f) => existsSync(f));
  let name: string | undefined;
  try {
    name = readFileSync(join(folder, NAME_FILE), 'utf8').trim().normalize('NFC') || undefined;
  } catch {}
  return {
    slug,
    folder,
    file: join(folder, CAMPAIGN_FILE),
    out: join(folder, OUT_DIR),
    groups,
    ...(rosters ? { rosters } : {}),
    name,
  };
}

/** Whether the campaign keeps residents' data: the list uploaded, or a folder of rosters. */
export const holdsRosters = async (c: CampaignPaths): Promise<boolean> =>
  c.rosters !== undefined ||
  stat(join(c.folder, ROSTERS_FOLDER)).then(
    () => true,
    () => false,
  );

export const campaignExists = (campaignsDir: string, slug: string) =>
  isSlug(slug) && existsSync(join(campaignsDir, slug, CAMPAIGN_FILE));

/** campaignExists, without holding the event loop: for what a leader's page request asks. */
export const campaignStillThere = async (campaignsDir: string, slug: string): Promise<boolean> =>
  isSlug(slug) &&
  stat(join(campaignsDir, slug, CAMPAIGN_FILE)).then(
    () => true,
    () => false,
  );

/** The name the office gave the campaign, or undefined for a folder made without the studio. */
export async function readCampaignName(folder: string): Promise<string | undefined> {
  try {
    return (await readFile(join(folder, NAME_FILE), 'utf8')).trim().normalize('NFC') || undefined;
  } catch {
    return undefined;
  }
}

export const writeCampaignName = (folder: string, name: string) =>
  writeFileAtomic(join(folder, NAME_FILE), `${name.normalize('NFC').trim()}\n`);

/** Two names the office would call the same (case and spacing aside). */
export const sameName = (a: string, b: string) =>
  a.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi') ===
  b.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

export interface CampaignSummary {
  slug: string;
  /** The name the office typed, else the short title or the notice's subject, else the slug. */
  name: string;
  /** The notice's number ("112"), to tell apart campaigns of one name (a copy). */
  number: string;
  /** Its symbol ("TB-UBND"): the number is said as the notice prints it, "112/TB-UBND". */
  symbol: string;
  issued: string;
  /** When its folder was made (the copy or the new campaign), as the file system says. */
  created: Date;
  /**
   * The day the list orders and groups it by (YYYY-MM-DD, or YYYY-MM for a notice dated by its
   * month): the notice's date, else — a draft without one — the day its folder was made.
   */
  dated: string;
  /** Its first and last days (a contest's, else the full days `when` writes), or null. */
  days: CampaignDays | null;
  /** The build has made files (out/ holds something). */
  built: boolean;
  /** The day (YYYY-MM-DD, Viet Nam) its last whole build began, when the manifest says it. */
  printed?: string;
  /**
   * The campaign or its groups file was changed after that build began: its print files are old,
   * as its "In và tải về" tab says (qa49 m6: the list said "đã tạo tệp in" of them).
   */
  printsOld?: true;
  /** A copy whose notice number or date are still the earlier campaign's: which (qa31 M3). */
  copied?: string[];
}

/** A notice's date as the list orders by it: a whole day or a month, else none. */
const orderDay = (issued: string) => (/^\d{4}-\d{2}(-\d{2})?$/.test(issued) ? issued : undefined);

/** A contest's days when both are whole days, else null. */
function contestOf(data: Record<string, unknown>): { starts: string; ends: string } | null {
  const c = data.contest as Record<string, unknown> | undefined;
  // Written day first ("11/10/2025") as the loader reads it too.
  const day = (v: unknown) => {
    const iso = typeof v === 'string' ? dayFirstAsIso(v) : undefined;
    return typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : undefined;
  };
  const starts = day(c?.starts);
  const ends = day(c?.ends);
  return starts && ends ? { starts, ends } : null;
}

/** A file's stats, or undefined when there is no such file. */
const statOf = (file: string) => stat(file).catch(() => undefined);

/**
 * Each campaign's summary by folder, with the key of the files it was read from: the list is
 * asked for on every view of the studio's first page, and an unchanged campaign is not read and
 * parsed again. The key holds campaign.yaml's, the name file's and a copy's review file's stamps
 * (size, times, inode: an edit made outside the studio changes them), whether the manifest is
 * there, and when the folder was made; a file changed too recently for a stamp is read again
 * each time.
 */
const summaries = new Map<string, { key: string; summary: CampaignSummary }>();

/** A campaign folder holding a symbolic link, as the list shows it: its name and days unread. */
async function linkedSummary(folder: string, slug: string): Promise<CampaignSummary> {
  const made = await lstat(folder);
  return {
    slug,
    name: slug,
    number: '',
    symbol: '',
    issued: '',
    created: made.mtime,
    dated: wardDay(made.mtime),
    days: null,
    built: false,
  };
}

/** One campaign as the list shows it; undefined when its folder holds no campaign.yaml. */
export async function campaignSummary(
  campaignsDir: string,
  slug: string,
): Promise<CampaignSummary | undefined> {
  const folder = join(campaignsDir, slug);
  const file = join(folder, CAMPAIGN_FILE);
  // One stat a file: what the key, `created` and `built` need.
  const groupsFile = GROUPS_FILES.map((f) => join(folder, f)).find((f) => existsSync(f));
  const [made, yaml, named, manifest, review, groups] = await Promise.all([
    statOf(folder),
    statOf(file),
    statOf(join(folder, NAME_FILE)),
    // Printed once a build has written its manifest (review36b #7: a first build's lock or
    // left-overs in out/ are no prints).
    statOf(join(folder, OUT_DIR, MANIFEST)),
    // A copy's fields still as the earlier campaign's (qa31 M3): the row says so until saved.
    statOf(join(folder, COPY_REVIEW_FILE)),
    // A list uploaded after the print makes its files old.
    groupsFile ? statOf(groupsFile) : undefined,
  ]);
  if (!made || !yaml) {
    summaries.delete(folder);
    return undefined;
  }
  // Listed under its folder's name, nothing in it read: opening it says which link (no-links.ts).
  if (linkInside(folder)) {
    summaries.delete(folder);
    return linkedSummary(folder, slug);
  }
  // A file system without birth times gives 0: the folder's last change then. A folder put back
  // by `restore` was born that day, but its name and campaign files keep their days (the backup
  // carries them): the earliest of these is when it was made, not the move's day.
  const born = made.birthtimeMs > 0 ? made.birthtimeMs : made.ctimeMs;
  const yamlStamp = fileStamp(yaml);
  const nameStamp = named ? fileStamp(named) : 'none';
  const reviewStamp = review ? fileStamp(review) : 'none';
  // A new build rewrites the manifest: its stamp, so the day printed follows (qa31 m3).
  const manifestStamp = manifest ? fileStamp(manifest) : 'none';
  const groupsStamp = groups ? fileStamp(groups) : 'none';
  const key =
    yamlStamp && nameStamp && reviewStamp && manifestStamp && groupsStamp
      ? `${yamlStamp}|${nameStamp}|${reviewStamp}|${manifestStamp}|${groupsStamp}|${groupsFile}|${born}`
      : '';
  const known = summaries.get(folder);
  if (key && known?.key === key) return known.summary;
  let data: Record<string, unknown> = {};
  try {
    data = (parse(await readFile(file, 'utf8')) as Record<string, unknown>) ?? {};
  } catch {}
  const notice = (data.notice ?? {}) as Record<string, unknown>;
  const name =
    (named ? await readCampaignName(folder) : undefined) ??
    String(data.title || notice.subject || slug);
  // "05/12/2024" or "12/2026" as the loader reads them (review36b #1: such a campaign was filed
  // as made today).
  const issued = String(dayOrMonthAsIso(String(data.issued ?? '')));
  const created = new Date(Math.min(born, yaml.mtimeMs, named?.mtimeMs ?? born));
  const when = typeof data.when === 'string' ? data.when : '';
  // A copy still dated as the earlier campaign is filed by the day it was made, as a draft.
  const copied = await copiedDatelineOf(folder, data);
  const printedAt = manifest ? await readBuiltAt(join(folder, OUT_DIR)) : undefined;
  const printed = printedAt === undefined ? undefined : wardDay(new Date(printedAt));
  // By the print tab's rule (prints-old.ts), from the stats the key was made of.
  const printedEdit = { mtimeMs: await printedEditOf(file, yaml.mtimeMs) };
  const old = printsOld(printedAt, lastEditOf([printedEdit, groups])) !== undefined;
  const summary: CampaignSummary = {
    slug: slug,
    name,
    number: String(notice.number ?? ''),
    symbol: String(notice.symbol ?? ''),
    issued,
    created,
    dated: (!copied?.includes('issued') && orderDay(issued)) || wardDay(created),
    days: campaignDays(contestOf(data), when, orderDay(issued)),
    built: manifest !== undefined,
    ...(printed ? { printed } : {}),
    ...(old ? { printsOld: true } : {}),
    ...(copied ? { copied } : {}),
  };
  if (key) summaries.set(folder, { key, summary });
  else summaries.delete(folder);
  return summary;
}

/**
 * The day a campaign's `dated` orders by: a month alone ("tháng 12/2026", a draft whose day the
 * văn thư writes in when it is signed) as the month's last day, so above the notices already
 * dated that month, not below them all as "2026-12" would sort before "2026-12-01" (review: a
 * draft being written now sat under the month's older notices).
 */
function sortDay(dated: string): string {
  if (dated.length !== 7) return dated;
  const [year = 0, month = 0] = dated.split('-').map(Number);
  // Day 0 of the next month: this month's last day.
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/**
 * Every campaign folder, newest first by the campaign's own date (the notice's, else the day its
 * folder was made), never by the last save of campaign.yaml (qa27 F4: fixing a phone number in
 * last February's campaign put it above Tết; a copied data folder came out in any order). A
 * file that does not parse still lists.
 */
export async function listCampaigns(campaignsDir: string): Promise<CampaignSummary[]> {
  const entries = await readdir(campaignsDir, { withFileTypes: true }).catch(
    (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return [];
      throw e;
    },
  );
  const slugs = entries.filter((e) => e.isDirectory() && isSlug(e.name)).map((e) => e.name);
  // A campaign deleted, renamed or moved away is no longer kept.
  const listed = new Set(slugs.map((slug) => join(campaignsDir, slug)));
  for (const folder of summaries.keys())
    if (dirname(folder) === join(campaignsDir) && !listed.has(folder)) summaries.delete(folder);
  const found = await Promise.all(slugs.map((slug) => campaignSummary(campaignsDir, slug)));
  return found
    .filter((c): c is CampaignSummary => c !== undefined)
    .sort(
      (a, b) =>
        sortDay(b.dated).localeCompare(sortDay(a.dated)) ||
        b.created.getTime() - a.created.getTime() ||
        a.name.localeCompare(b.name, 'vi'),
    );
}
