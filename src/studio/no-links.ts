/**
 * Studio: a campaign folder holding a symbolic link is not read (qa32 M1). A backup unzipped by
 * hand keeps its links; one named campaigns/x/groups.csv → /etc/passwd would show any file of the
 * server on the groups tab. The studio's own files are never links (`restore` writes a link as a
 * plain file, uploads replace a file), so any link inside a campaign's folder — its campaign.yaml,
 * groups and residents lists, pictures, templates, out/ — refuses the whole folder, naming the
 * link, before anything in it is read. In: a folder. Out: its first link, or a UserError.
 */

import { type Dirent, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';

/**
 * How long a folder's answer is kept: a page's requests (the page, its preview, its pictures)
 * walk a 3,000-group campaign's out/ once (~5 ms), not each time.
 */
const KEPT_MS = 1_000;

const known = new Map<string, { at: number; link: string | undefined }>();

/** The first symbolic link in `folder` (its path inside it; "." for the folder itself). */
function firstLink(folder: string): string | undefined {
  let st: ReturnType<typeof lstatSync> | undefined;
  try {
    st = lstatSync(folder);
  } catch {
    return undefined;
  }
  if (st.isSymbolicLink()) return '.';
  if (!st.isDirectory()) return undefined;
  const walk = (dir: string, rel: string): string | undefined => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return undefined;
    }
    for (const e of entries) {
      const inside = rel ? `${rel}/${e.name}` : e.name;
      if (e.isSymbolicLink()) return inside;
      if (e.isDirectory()) {
        const found = walk(join(dir, e.name), inside);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(folder, '');
}

/** The first symbolic link inside `folder` (or the folder itself: "."), if any. */
export function linkInside(folder: string, now = Date.now()): string | undefined {
  const kept = known.get(folder);
  if (kept && now - kept.at < KEPT_MS) return kept.link;
  const link = firstLink(folder);
  known.set(folder, { at: now, link });
  if (known.size > 1_000) known.delete(known.keys().next().value as string);
  return link;
}

/**
 * Throws a UserError naming the link when `folder` (shown as `shownAs`, e.g.
 * "campaigns/le-hoi") holds one: nothing in it is read.
 */
export function refuseLinks(folder: string, shownAs: string): void {
  const link = linkInside(folder);
  if (link === undefined) return;
  const file = link === '.' ? shownAs : `${shownAs}/${link}`;
  throw new UserError(
    msg`"${file}" is a symbolic link (it points to a file elsewhere on this computer): the studio does not open a campaign holding one`,
    { file },
    msg`Put the real file in its place (or delete the link), or restore the backup with "phuong-print restore", which keeps no links`,
  );
}
