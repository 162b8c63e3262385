/**
 * Studio: campaigns the office deleted, kept KEEP_DAYS days so that a slip ("Xoá" beside the
 * wrong campaign, or on the one thought a draft) loses nothing (qa24 F4). DIR/deleted/<slug>/
 * holds the campaign's folder as it was (<slug>/, its figures' key with it: the figures stay in
 * the store under the campaign's id), its publication (publication.json: the links' secret, so
 * that a restored campaign's pages open again on the links already handed out, and a deleted
 * one's links are still recognised) and deleted.json (its name, when it was deleted and by which account). Restoring
 * moves both back; after KEEP_DAYS the entry is removed for good (`purgeDeleted`), or earlier
 * when the office asks (`removeDeleted`): its folder and, in the same step, its rows in the store
 * (the groups' figures, withdrawals and confirmations: `removeForGood`). A new
 * campaign never takes the folder name of a deleted one (`isDeletedSlug`).
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkedCampaign } from '../load/campaign.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { campaignKey } from '../results/campaign-key.js';
import { forgetCampaign } from '../results/results-store.js';
import type { StoreDb } from '../store/open-store.js';
import {
  type CampaignPaths,
  campaignPaths,
  holdsRosters,
  isSlug,
  listCampaigns,
} from './campaign-folders.js';
import { PUBLISHED_DIR } from './publications.js';

export const DELETED_DIR = 'deleted';
/** How long a deleted campaign can be restored. */
export const KEEP_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const RECORD = 'deleted.json';
/** DIR/purging/<slug>: an entry on its way out, its rows already gone from the store. */
const PURGING_DIR = 'purging';
const PUBLICATION = 'publication.json';

export interface DeletedCampaign {
  slug: string;
  /** The name the campaign had in the list. */
  name: string;
  deletedAt: Date;
  /** When it goes for good. */
  until: Date;
  /** The account that deleted it (absent in an entry made by an older studio). */
  by?: string;
}

const entryOf = (dataDir: string, slug: string) => {
  if (!isSlug(slug)) throw new Error(`not a campaign folder name: ${slug}`);
  return join(dataDir, DELETED_DIR, slug);
};
const publicationFile = (dataDir: string, slug: string) =>
  join(dataDir, PUBLISHED_DIR, `${slug}.json`);

/** The deleted campaign kept under this folder name, if any (its name, when and by whom). */
export const deletedEntry = (dataDir: string, slug: string) =>
  isSlug(slug) ? readRecord(dataDir, slug) : Promise.resolve(undefined);

/** Whether a deleted campaign kept for restoring has this folder name. */
export const isDeletedSlug = (dataDir: string, slug: string) =>
  isSlug(slug) && existsSync(join(dataDir, DELETED_DIR, slug));

/** The deleted campaign's folder, as the loader reads a campaign's. */
export const deletedPaths = (dataDir: string, slug: string): CampaignPaths =>
  campaignPaths(entryOf(dataDir, slug), slug);

/** The secret of a deleted campaign's links, if its pages were ever opened. */
export async function deletedSecret(dataDir: string, slug: string): Promise<string | undefined> {
  try {
    const p = JSON.parse(await readFile(join(entryOf(dataDir, slug), PUBLICATION), 'utf8'));
    return typeof p.secret === 'string' ? p.secret : undefined;
  } catch {
    return undefined;
  }
}

async function readRecord(dataDir: string, slug: string): Promise<DeletedCampaign | undefined> {
  try {
    const r = JSON.parse(await readFile(join(entryOf(dataDir, slug), RECORD), 'utf8'));
    const deletedAt = new Date(String(r.deletedAt));
    if (Number.isNaN(deletedAt.getTime())) return undefined;
    return {
      slug,
      name: typeof r.name === 'string' && r.name ? r.name : slug,
      deletedAt,
      until: new Date(deletedAt.getTime() + KEEP_DAYS * DAY_MS),
      ...(typeof r.by === 'string' && r.by ? { by: r.by } : {}),
    };
  } catch {
    return undefined;
  }
}

/**
 * Moves the campaign's folder and publication (its pages closed by the caller) into the deleted
 * area. The folder moves last: until then the campaign is still listed as it was.
 */
export async function moveToDeleted(
  dataDir: string,
  c: CampaignPaths,
  name: string,
  now = new Date(),
  by?: string,
): Promise<void> {
  const entry = entryOf(dataDir, c.slug);
  // An entry of this name cannot be left from before (a new campaign never takes a deleted
  // one's name, a restored one's entry is gone); one half-made by a crash is replaced.
  await rm(entry, { recursive: true, force: true });
  await mkdir(entry, { recursive: true, mode: 0o700 });
  await writeFileAtomic(
    join(entry, RECORD),
    `${JSON.stringify({ name, deletedAt: now.toISOString(), ...(by ? { by } : {}) }, null, 2)}\n`,
  );
  const publication = publicationFile(dataDir, c.slug);
  if (existsSync(publication)) await rename(publication, join(entry, PUBLICATION));
  await rename(c.folder, join(entry, c.slug));
}

/**
 * The deleted campaigns kept, newest first. It removes nothing: a leader's request for a removed
 * campaign reads it, so the removal after KEEP_DAYS (`purgeDeleted`) is run only by the office's
 * list and the studio's start, never by a request from outside the office.
 */
export async function listDeleted(dataDir: string): Promise<DeletedCampaign[]> {
  const names = await readdir(join(dataDir, DELETED_DIR)).catch(() => [] as string[]);
  const found = await Promise.all(names.filter(isSlug).map((s) => readRecord(dataDir, s)));
  return found
    .filter((d): d is DeletedCampaign => d !== undefined)
    .sort((a, b) => b.deletedAt.getTime() - a.deletedAt.getTime());
}

/**
 * Removes for good the deleted campaigns kept longer than KEEP_DAYS, with their rows in the
 * store; returns their slugs. One that cannot be removed now stays whole, tried again next time.
 */
export async function purgeDeleted(
  dataDir: string,
  db: StoreDb,
  now = new Date(),
  log?: (line: string) => void,
): Promise<string[]> {
  const names = await readdir(join(dataDir, DELETED_DIR)).catch(() => [] as string[]);
  const gone: string[] = [];
  for (const slug of names.filter(isSlug)) {
    const r = await readRecord(dataDir, slug);
    // An entry without its record is a move a crash cut short: it stays, to be looked at.
    if (r && r.until.getTime() <= now.getTime()) {
      const removed = await removeForGood(dataDir, db, slug, log).catch((e) => {
        log?.(`removing deleted campaign ${slug} after ${KEEP_DAYS} days: ${e?.stack ?? e}`);
        return false;
      });
      if (removed) gone.push(slug);
    }
  }
  return gone;
}

/**
 * What a deleted campaign kept holds, for the page confirming its removal for good: its name,
 * and whether it has a groups list and a residents list. Undefined when it is not kept.
 */
export async function deletedHolds(
  dataDir: string,
  slug: string,
): Promise<{ record: DeletedCampaign; groups: boolean; rosters: boolean } | undefined> {
  if (!isDeletedSlug(dataDir, slug)) return undefined;
  const record = await readRecord(dataDir, slug);
  if (!record) return undefined;
  const c = deletedPaths(dataDir, slug);
  return { record, groups: !!c.groups, rosters: await holdsRosters(c) };
}

/**
 * Removes a deleted campaign for good before KEEP_DAYS (the office's "Xoá hẳn": a residents list
 * uploaded to the wrong campaign, a campaign deleted to remove personal data). False when it is
 * not kept (or `slug` names no folder: nothing outside DIR/deleted/ is touched). Throws when its
 * folder cannot be removed: then nothing is (removeForGood).
 */
export async function removeDeleted(
  dataDir: string,
  db: StoreDb,
  slug: string,
  log?: (line: string) => void,
): Promise<boolean> {
  if (!isDeletedSlug(dataDir, slug)) return false;
  return removeForGood(dataDir, db, slug, log);
}

/**
 * Why a removal for good removed nothing: where it failed — the store (deleting the rows, or
 * committing), or the folder (moving it out of DIR/deleted/) — and whether the entry is back in
 * DIR/deleted/ (`listed`). When the store's commit failed and the folder could not be moved back
 * either, the entry waits in DIR/purging/ with its rows and `listed` is false: out of the list
 * until the studio's next start puts it back (`sweepPurging`: its rows are still there, or its
 * NOT_REMOVED mark says so).
 */
export class PurgeFailure extends Error {
  constructor(
    readonly where: 'store' | 'folder',
    readonly listed: boolean,
    readonly code: string | undefined,
    cause: unknown,
  ) {
    super(`removing for good failed in the ${where}: ${(cause as Error)?.message ?? cause}`, {
      cause,
    });
  }
}
/** In an entry of DIR/purging/: its removal failed and its rows are kept; put it back at start. */
const NOT_REMOVED = '.not-removed';
const codeOf = (e: unknown) => {
  const c = (e as { code?: unknown })?.code;
  return typeof c === 'string' || typeof c === 'number' ? String(c) : undefined;
};

/**
 * The key a campaign's figures are stored under (results/campaign-key.ts: its id, or for a file
 * made before ids its notice's key), read from its file; of a file the schema refuses, its `id:`
 * line as written. Undefined for a draft without either (nothing is ever stored for it).
 */
async function figuresKey(file: string): Promise<string | undefined> {
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
  try {
    return campaignKey(checkedCampaign(text, file).campaign);
  } catch {
    return /^id:[ \t]*(["']?)([^"'#\r\n]+?)\1[ \t]*(#.*)?$/m.exec(text)?.[2];
  }
}

/** The figures' keys of every other campaign: in the list, and kept deleted. */
async function otherKeys(dataDir: string, slug: string): Promise<Set<string>> {
  const campaignsDir = join(dataDir, 'campaigns');
  const live = (await listCampaigns(campaignsDir)).map((c) => campaignPaths(campaignsDir, c.slug));
  const kept = (await readdir(join(dataDir, DELETED_DIR)).catch(() => [] as string[]))
    .filter((s) => isSlug(s) && s !== slug)
    .map((s) => deletedPaths(dataDir, s));
  const keys = await Promise.all([...live, ...kept].map((c) => figuresKey(c.file)));
  return new Set(keys.filter((k): k is string => k !== undefined));
}

/** The entry went while this removal waited (another removal of it). */
class Gone extends Error {}

/**
 * Removes a kept entry and its rows in the store in one step. In one transaction of the store,
 * the campaign's rows are deleted and its entry moved out of DIR/deleted/ by one rename (to
 * DIR/purging/<slug>): a rename that fails rolls the rows back (nothing is removed, the error is
 * thrown for the page to say), a commit that fails moves the entry back. Only then is the moved
 * folder deleted. The rename decides: an entry a crash left in DIR/purging/ is out of the list,
 * and the studio's next start finishes its removal, rows and files (`sweepPurging`). The rows go
 * only when no other campaign, listed or kept, has the same key (a folder copied by hand keeps
 * its id, and so shares the figures). False when the entry is gone.
 */
async function removeForGood(
  dataDir: string,
  db: StoreDb,
  slug: string,
  log?: (line: string) => void,
): Promise<boolean> {
  const entry = entryOf(dataDir, slug);
  const key = await ownKey(dataDir, deletedPaths(dataDir, slug).file, slug, log);
  const purging = join(dataDir, PURGING_DIR);
  const moved = join(purging, slug);
  let renamed = false;
  let where: 'store' | 'folder' = 'store';
  try {
    await db.transaction().execute(async (tx) => {
      if (key !== undefined) await forgetCampaign(tx, key);
      if (!existsSync(entry)) throw new Gone();
      where = 'folder';
      await mkdir(purging, { recursive: true, mode: 0o700 });
      await rm(moved, { recursive: true, force: true });
      await rename(entry, moved);
      renamed = true;
      where = 'store';
    });
  } catch (e) {
    if (e instanceof Gone) return false;
    let listed = true;
    if (renamed) {
      listed = await rename(moved, entry).then(
        () => true,
        async (back) => {
          // Marked so the next start puts it back, not removes it (its rows are kept).
          await writeFile(join(moved, NOT_REMOVED), '').catch(() => undefined);
          log?.(
            `removing ${slug} for good: moving it back to ${entry} failed: ${back?.stack ?? back}`,
          );
          return false;
        },
      );
    }
    throw new PurgeFailure(where, listed, codeOf(e), e);
  }
  // Left for the next start if it fails (a file held open): the campaign is gone already.
  await rm(moved, { recursive: true, force: true }).catch(() => undefined);
  return true;
}

/** The key of the campaign file's figures, unless another campaign's figures have it too. */
async function ownKey(dataDir: string, file: string, slug: string, log?: (l: string) => void) {
  const key = await figuresKey(file);
  if (key === undefined)
    log?.(`removing ${slug}: no figures key read from ${file}; no rows deleted`);
  return key !== undefined && !(await otherKeys(dataDir, slug)).has(key) ? key : undefined;
}

/**
 * At start: each entry left in DIR/purging/ (removeForGood). One whose removal failed — marked
 * NOT_REMOVED, or whose rows are still in the store (its commit never happened: a crash, or a
 * failed commit whose move back failed too) — is put back in DIR/deleted/, as the page said
 * ("Không có gì bị xoá"); any other had its rows removed, and its folder is deleted now.
 */
export async function sweepPurging(
  dataDir: string,
  db: StoreDb,
  log?: (line: string) => void,
): Promise<void> {
  const purging = join(dataDir, PURGING_DIR);
  for (const slug of await readdir(purging).catch(() => [] as string[])) {
    const moved = join(purging, slug);
    if (isSlug(slug)) {
      const key = await ownKey(dataDir, campaignPaths(moved, slug).file, slug, log);
      const kept =
        existsSync(join(moved, NOT_REMOVED)) || (key !== undefined && (await hasRows(db, key)));
      if (kept) {
        if (existsSync(entryOf(dataDir, slug))) {
          log?.(`${moved}: its removal for good had not happened, yet ${slug} is kept again`);
          continue;
        }
        await rm(join(moved, NOT_REMOVED), { force: true });
        await mkdir(join(dataDir, DELETED_DIR), { recursive: true, mode: 0o700 });
        await rename(moved, entryOf(dataDir, slug));
        log?.(`deleted campaign ${slug}: its removal for good had not happened; kept under Đã xoá`);
        continue;
      }
    }
    await rm(moved, { recursive: true, force: true });
  }
}

/** Whether the store holds any submission of this key. */
async function hasRows(db: StoreDb, key: string): Promise<boolean> {
  const row = await db
    .selectFrom('result_submissions')
    .select('seq')
    .where('campaign', '=', key)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Puts a deleted campaign back in the campaigns folder, with its publication (its pages closed:
 * the office opens them again). False when its folder name is taken or it is not kept.
 */
export async function restoreDeleted(
  dataDir: string,
  campaignsDir: string,
  slug: string,
): Promise<boolean> {
  const entry = entryOf(dataDir, slug);
  const target = join(campaignsDir, slug);
  if (!existsSync(join(entry, slug)) || existsSync(target)) return false;
  const publication = join(entry, PUBLICATION);
  if (existsSync(publication)) {
    await mkdir(join(dataDir, PUBLISHED_DIR), { recursive: true, mode: 0o700 });
    await rename(publication, publicationFile(dataDir, slug));
  }
  await mkdir(campaignsDir, { recursive: true });
  await rename(join(entry, slug), target);
  await rm(entry, { recursive: true, force: true });
  return true;
}
