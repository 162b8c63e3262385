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
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { snapshotInputs } from '../serve/snapshot.js';
import { loadWard, type Ward } from '../serve/ward.js';
import type { CampaignPaths } from './campaign-folders.js';
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

const copiesDir = (dataDir: string, slug: string) => join(dataDir, PUBLISHED_DIR, `${slug}.served`);

const loadCopy = async (dir: string): Promise<Ward> => {
  const [groups] = await readdir(join(dir, 'groups'));
  // The ward's residents list, copied with the rest when the campaign has one.
  const [rosters] = await readdir(join(dir, 'rosters')).catch(() => [] as string[]);
  return loadWard({
    campaign: join(dir, 'campaign', 'campaign.yaml'),
    groups: join(dir, 'groups', groups ?? '-'),
    ...(rosters ? { rosters: join(dir, 'rosters', rosters) } : {}),
  });
};

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
