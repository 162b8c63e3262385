/**
 * Studio: a copy and the earlier campaign's residents list (qa59 M2). The list is personal data
 * of that campaign, so a copy leaves it behind unless the office ticks "Mang theo danh sách hộ,
 * người dân" on the new-campaign form (a monthly fee's households are the same every month);
 * left behind, the copy's review names it until the copy has its own (copy-review.ts). In: the
 * earlier campaign's paths. Out: its list's rows, or the list copied into the new folder.
 */
import { copyFile, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseWardRoster } from '../load/roster-ward.js';
import { type CampaignPaths, ROSTERS_NAME_FILE } from './campaign-folders.js';
import { groupsReportOf } from './groups-read.js';

/**
 * The rows of campaign `c`'s residents list; undefined when it has none, 0 when it does not
 * read now (its groups file gone or changed).
 */
export async function rosterRows(c: CampaignPaths): Promise<number | undefined> {
  const { rosters, groups } = c;
  if (rosters === undefined) return undefined;
  if (groups === undefined) return 0;
  try {
    const report = await groupsReportOf(groups);
    const hidden = { file: groups, rows: report.skipped.filter((r) => r.why === 'hidden') };
    const list = await parseWardRoster(
      await readFile(rosters),
      rosters,
      [...report.groups],
      hidden,
    );
    return list.kept.rows.length;
  } catch {
    return 0;
  }
}

/** Campaign `from`'s residents list (and the name it was uploaded under) copied to `folder`. */
export async function carryRosters(from: CampaignPaths, folder: string): Promise<void> {
  if (from.rosters === undefined) return;
  await copyFile(from.rosters, join(folder, basename(from.rosters)));
  await copyFile(join(from.folder, ROSTERS_NAME_FILE), join(folder, ROSTERS_NAME_FILE)).catch(
    () => undefined,
  );
}
