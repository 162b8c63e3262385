/**
 * Studio: the version of an open campaign the leaders are served, kept on disk. Each time the
 * campaign's saved files change and load, they are copied (serve's input snapshot: the campaign
 * file, its templates and images, the groups file, the residents list) into a folder of their own,
 * DIR/published/<slug>.served/<time>-<id>/, and the ward is loaded from that copy: the leaders'
 * documents are drawn from files the office cannot change under them, and a save that does not
 * load — or a studio restarted after one — leaves the last good copy served, as the office's tab
 * says. A copy is marked good only once it has loaded; older copies go when a newer one is good.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { writeFileAtomic } from '../output/atomic-write.js';
import { snapshotInputs } from '../serve/snapshot.js';
import { loadWard, type Ward } from '../serve/ward.js';
import { type CampaignPaths, uploadedNameOf } from './campaign-folders.js';
import { storedAsRead, wordTableOnly } from './groups-sheets.js';
import { refuseLinks } from './no-links.js';
import { PUBLISHED_DIR } from './publications.js';

export interface ServedCopy {
  ward: Ward;
  /** The copy's folder. */
  dir: string;
  /** When the office's files were copied (the version the leaders see was saved before). */
  copiedAt: Date;
}

/** Written last in a copy's folder: the copy loaded. */
const GOOD = '.loaded';
/**
 * Written in a copy's folder once its groups file holds only what the loader reads (its read
 * sheets, its hidden columns not read emptied). A copy without it was made by an older studio
 * from a workbook (or Word document) stored whole: its other sheets (a sheet of households) and
 * hidden columns (the leaders' ID numbers) are left out before it is served (`keepReadOnly`).
 * Named anew when hidden columns joined: an older copy's '.read-sheets' is not enough.
 */
const READ_ONLY = '.read-only';

const copiesDir = (dataDir: string, slug: string) => join(dataDir, PUBLISHED_DIR, `${slug}.served`);

const loadCopy = async (dir: string): Promise<Ward> => {
  // A copy unzipped by hand from a backup may hold links: not read (no-links.ts).
  refuseLinks(dir, relative(dirname(dirname(dirname(dir))), dir));
  const [groups] = await readdir(join(dir, 'groups'));
  // The ward's residents list, copied with the rest when the campaign has one.
  const [rosters] = await readdir(join(dir, 'rosters')).catch(() => [] as string[]);
  return loadWard({
    campaign: join(dir, 'campaign', 'campaign.yaml'),
    groups: join(dir, 'groups', groups ?? '-'),
    ...(rosters ? { rosters: join(dir, 'rosters', rosters) } : {}),
  });
};

/**
 * The copy's groups file kept to what the loader reads: a workbook without its other sheets
 * and with its hidden columns not read emptied (`storedAsRead`), a Word document as its list table in groups.xlsx (groups-sheets.ts, as an upload is stored now).
 * Throws `Unkept` when they cannot be kept apart: such a copy is not served.
 */
async function keepReadOnly(dir: string): Promise<void> {
  const [name] = await readdir(join(dir, 'groups'));
  if (name === undefined) return;
  const file = join(dir, 'groups', name);
  const word = await wordTableOnly(file);
  if (word) {
    await writeFileAtomic(join(dirname(file), 'groups.xlsx'), word);
    await rm(file, { force: true });
  } else {
    const kept = await storedAsRead(file);
    if (kept) await writeFileAtomic(file, kept.bytes);
  }
  await writeFile(join(dir, READ_ONLY), '');
}

/**
 * Whether the campaign's stored groups file is known to hold only what the loader reads: the
 * studio's own upload, which records that it kept the read sheets and emptied the hidden columns
 * (or kept the Word table). Else (a file stored by an older studio, or put there by hand) the
 * copy is kept so.
 */
async function storedReadOnly(groups: string): Promise<boolean> {
  const named = await uploadedNameOf(groups, new Uint8Array(await readFile(groups)));
  return !!named && (named.columns === true || named.word === true);
}

/** Copies the campaign's saved files and loads the copy; a copy that does not load is removed. */
export async function copySaved(dataDir: string, c: CampaignPaths): Promise<ServedCopy> {
  if (!c.groups) throw new Error('no groups file');
  const root = copiesDir(dataDir, c.slug);
  await mkdir(root, { recursive: true, mode: 0o700 });
  const copiedAt = new Date();
  const dir = join(root, `${copiedAt.getTime()}-${randomUUID().slice(0, 8)}`);
  const snapshot = await snapshotInputs(
    { campaign: c.file, groups: c.groups, ...(c.rosters ? { rosters: c.rosters } : {}) },
    dir,
  );
  try {
    if (await storedReadOnly(c.groups)) await writeFile(join(dir, READ_ONLY), '');
    else await keepReadOnly(dir);
    const ward = await loadCopy(dir);
    await writeFile(join(dir, GOOD), '');
    return { ward, dir, copiedAt };
  } catch (e) {
    await snapshot.remove();
    throw snapshot.original(e);
  }
}

/** The newest copy that loaded (after a restart), loaded again; undefined when there is none. */
export async function lastCopy(dataDir: string, slug: string): Promise<ServedCopy | undefined> {
  const root = copiesDir(dataDir, slug);
  const names = await readdir(root).catch(() => [] as string[]);
  const byAge = names
    .filter((n) => /^\d+-/.test(n))
    .sort((a, b) => Number.parseInt(b, 10) - Number.parseInt(a, 10));
  for (const name of byAge) {
    const dir = join(root, name);
    const good = await readdir(dir).then(
      (files) => files.includes(GOOD),
      () => false,
    );
    if (!good) continue;
    // A copy made before the studio kept groups files to their read sheets: kept so now, or
    // removed when it cannot be (never served whole).
    const readOnly = await readdir(dir).then((files) => files.includes(READ_ONLY));
    if (
      !readOnly &&
      !(await keepReadOnly(dir).then(
        () => true,
        () => false,
      ))
    ) {
      await rm(dir, { recursive: true, force: true });
      continue;
    }
    const ward = await loadCopy(dir).catch(() => undefined);
    if (ward) return { ward, dir, copiedAt: new Date(Number.parseInt(name, 10)) };
  }
  return undefined;
}

/** Removes the campaign's copies but `keep` (the served one, and the one requests may still read). */
export async function pruneCopies(
  dataDir: string,
  slug: string,
  keep: readonly string[] = [],
): Promise<void> {
  const root = copiesDir(dataDir, slug);
  const names = await readdir(root).catch(() => [] as string[]);
  await Promise.all(
    names
      .map((n) => join(root, n))
      .filter((dir) => !keep.includes(dir))
      .map((dir) => rm(dir, { recursive: true, force: true })),
  );
  if (keep.length === 0) await rm(root, { recursive: true, force: true });
}
