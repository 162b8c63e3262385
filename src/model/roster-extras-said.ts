/**
 * Model: the rosters' birth and amount columns a build does not print (roster-extras.ts
 * unprintedExtras), for each group's roster as its sheet is made.
 */

import type { UserError } from '../errors.js';
import type { Campaign } from '../load/campaign.js';
import type { LoadedRoster } from '../load/roster-folder.js';
import type { Group, Resident } from '../load/types.js';
import { rosterExtrasFor, sheetResidents, tallyOf } from './context.js';
import { unprintedExtras } from './roster-extras.js';

export function rosterExtrasWarnings(
  campaign: Campaign,
  groups: readonly Group[],
  rosters: ReadonlyMap<string, LoadedRoster>,
): UserError[] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const read = [...rosters.entries()].flatMap(([id, r]) => {
    const group = byId.get(id);
    return group ? [{ ...r, group }] : [];
  });
  return unprintedExtras(
    campaign,
    read.map((r) => ({
      ...r,
      extras: extrasOf(campaign, r.group, sheetResidents(campaign, [...r.residents])),
    })),
  );
}

const extrasOf = (campaign: Campaign, group: Group, listed: Resident[] | undefined) =>
  rosterExtrasFor(campaign, tallyOf(campaign, group, listed), listed);
