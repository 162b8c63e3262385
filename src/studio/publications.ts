/**
 * Studio: which campaigns' leader pages are open, kept as small files beside the campaigns:
 * DIR/published/<slug>.json holds the campaign's link secret (the groups' tokens derive from it,
 * as `serve`'s do from PHUONG_PRINT_SECRET), whether its pages are open, and since when. The
 * secret is made once and kept when the pages close, so opening them again gives the leaders the
 * same links. It lives outside the campaign's folder: the folder's ZIP (for the CLI) never
 * carries it. Readable by the studio's user only.
 */

import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renamedSince } from '../load/groups/same-names.js';
import { isSlug } from './campaign-folders.js';
import { inTurn } from './in-turn.js';
import { leaderChanged, leaderMark } from './leader-marks.js';
import { refuseLinks } from './no-links.js';

export interface Publication {
  /** The campaign's link secret (base64url, 32 random bytes). */
  secret: string;
  open: boolean;
  /** When the pages were last opened (ISO), or closed when `open` is false. */
  since: string;
  /**
   * What the leaders were handed when the pages first opened (qa26 F4, F6, F10): the campaign's
   * text as its digest — a later save that changes it is a change the leaders must be told of,
   * as the build tab's "Tệp in cũ" is told by a later save — the papers' last day and notice
   * number, and each group's leader. Absent for pages opened by an older studio until it is
   * recorded (leader-sites.ts).
   */
  sent?: Sent;
  /** When the office last told the leaders of a change (the leaders tab's "Đã gửi lại"). */
  told?: { at: string; digest: string };
  /** The groups given a new link (their leader changed): how many times, and when last. */
  renewed?: Record<string, { n: number; at: string }>;
}

export interface Sent {
  /** When (ISO). */
  at: string;
  /** SHA-256 (base64url) of campaign.yaml then. */
  digest: string;
  /** The campaign's last day then (YYYY-MM-DD), or null. */
  ends: string | null;
  /** The notice's number as printed then. */
  notice: string;
  /** Each group's last day then, by id, when `when` prints the group's own columns. */
  endsBy?: Record<string, string | null>;
  /**
   * Each group's leader then, by id, as its mark (leader-marks.ts: no name or phone; an older
   * studio's record says "name|phone" until `sentFollowing` rewrites it); a group since given its
   * link anew, its leader then.
   */
  leaders: Record<string, string>;
  /** Each group's name then, by id (its QR card prints it). Absent in a record of an older studio. */
  names?: Record<string, string>;
  /**
   * Each group's bases then (its target, households…: measure id → figure), by id: a new list
   * that changes one is said on that group's page. Absent in a record of an older studio.
   */
  bases?: Record<string, Record<string, number>>;
  /** Each form field's digest then (changed-fields.ts): a later save names what it changed. */
  fields?: Record<string, string>;
}

/** How a group differs from what the leaders were handed (its link, card and leader). */
export type GroupChange = 'new' | 'back' | 'leader' | 'renewed' | 'renamed';

/**
 * The groups whose link or card differs from what was first handed out: new since, their leader
 * changed (not yet told), their link renewed, or renamed (the card prints the old name).
 */
export function changedGroups(
  groups: readonly { id: string; name: string; leader?: string; phone?: string }[],
  p: Publication | undefined,
): Map<string, GroupChange> {
  const changes = new Map<string, GroupChange>();
  const sent = p?.sent;
  if (!sent) return changes;
  for (const g of groups) {
    // 'back': a group whose leader was forgotten (`sentFollowing`) but whose name was handed
    // out came back to the list: its link never changed, but who leads it now cannot be told.
    if (sent.leaders[g.id] === undefined)
      changes.set(g.id, sent.names?.[g.id] === undefined ? 'new' : 'back');
    else if (leaderChanged(p.secret, sent.leaders[g.id], g)) changes.set(g.id, 'leader');
    else if (p.renewed?.[g.id]) changes.set(g.id, 'renewed');
    else if (renamedSince(sent, g)) changes.set(g.id, 'renamed');
  }
  return changes;
}

/**
 * The record `sent` kept to the groups list now (undefined: it already is): a group the list no
 * longer has loses its leader (personal data), each other leader kept as its mark (an older
 * record's name and phone rewritten). Its name, bases and last day are kept: a group removed by
 * a mistaken upload and put back by the next is not new (its link never changed), and its page
 * can still tell what changed since it was handed out.
 */
export function sentFollowing(
  sent: Sent,
  groups: readonly { id: string }[],
  secret: string,
): Sent | undefined {
  const ids = new Set(groups.map((g) => g.id));
  const leaders = Object.fromEntries(
    Object.entries(sent.leaders).flatMap(([id, l]) =>
      ids.has(id) ? [[id, leaderMark(secret, l)]] : [],
    ),
  );
  const after: Sent = { ...sent, leaders };
  return JSON.stringify(after) === JSON.stringify(sent) ? undefined : after;
}

export const PUBLISHED_DIR = 'published';

const fileOf = (dataDir: string, slug: string) => {
  if (!isSlug(slug)) throw new Error(`not a campaign folder name: ${slug}`);
  return join(dataDir, PUBLISHED_DIR, `${slug}.json`);
};

/** The cache folder of a published campaign's documents (outside its build's `out/`). */
export const publishedCacheDir = (dataDir: string, slug: string) =>
  join(dataDir, PUBLISHED_DIR, `${slug}.cache`);

export async function readPublication(
  dataDir: string,
  slug: string,
): Promise<Publication | undefined> {
  let text: string;
  // A link in published/ (a backup unzipped by hand) is not read through (no-links.ts).
  refuseLinks(fileOf(dataDir, slug), `${PUBLISHED_DIR}/${slug}.json`);
  try {
    text = await readFile(fileOf(dataDir, slug), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  const p = JSON.parse(text) as Partial<Publication>;
  if (typeof p.secret !== 'string' || p.secret.length < 32) {
    throw new Error(`${fileOf(dataDir, slug)}: no secret`);
  }
  return {
    secret: p.secret,
    open: p.open === true,
    since: String(p.since ?? ''),
    ...(p.sent && typeof p.sent.digest === 'string' ? { sent: p.sent } : {}),
    ...(p.told && typeof p.told.digest === 'string' ? { told: p.told } : {}),
    ...(p.renewed && typeof p.renewed === 'object' ? { renewed: p.renewed } : {}),
  };
}

/**
 * Changes the campaign's publication (one change of the file at a time); `change` returns the
 * new one, or undefined to leave it. Nothing when the pages were never opened.
 */
export function changePublication(
  dataDir: string,
  slug: string,
  change: (p: Publication) => Publication | undefined,
): Promise<Publication | undefined> {
  return inTurn(fileOf(dataDir, slug), async () => {
    const before = await readPublication(dataDir, slug);
    if (!before) return undefined;
    const after = change(before);
    if (!after) return before;
    await write(dataDir, slug, after);
    return after;
  });
}

async function write(dataDir: string, slug: string, p: Publication): Promise<void> {
  await mkdir(join(dataDir, PUBLISHED_DIR), { recursive: true, mode: 0o700 });
  const file = fileOf(dataDir, slug);
  const tmp = `${file}.${randomUUID()}.tmp`;
  try {
    await writeFile(tmp, `${JSON.stringify(p, null, 2)}\n`, { mode: 0o600 });
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * Opens the campaign's pages; its secret is the one it had, or a new one. One change of the file
 * at a time: two openings at once (a double click) must not each draw a secret, the second
 * overwriting the one the first handed out.
 */
export function openPublication(
  dataDir: string,
  slug: string,
  now = new Date(),
): Promise<Publication> {
  return inTurn(fileOf(dataDir, slug), async () => {
    const before = await readPublication(dataDir, slug);
    const p: Publication = {
      ...before,
      secret: before?.secret ?? randomBytes(32).toString('base64url'),
      open: true,
      since: now.toISOString(),
    };
    await write(dataDir, slug, p);
    return p;
  });
}

/** Closes the campaign's pages; the secret stays for the next opening. */
export function closePublication(dataDir: string, slug: string, now = new Date()): Promise<void> {
  return inTurn(fileOf(dataDir, slug), async () => {
    const before = await readPublication(dataDir, slug);
    if (!before) return;
    await write(dataDir, slug, { ...before, open: false, since: now.toISOString() });
  });
}
