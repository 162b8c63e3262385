/**
 * Serve stage: what changed in a campaign since its papers first went out, as the leader's page
 * says it at the top (qa26 F4: a corrected notice and a new deadline after the leaders had sent
 * the message to their Zalo group and posted the notice). In: what the papers said when the
 * links were first sent (the studio keeps it, studio/publications.ts `Sent`), the day the
 * campaign was changed since, and what the group's papers say now. Out: the page's `update`
 * (leader.hbs), or null when nothing a leader acts on changed.
 */

import { writtenDay } from '../load/day-first.js';

/** What the leader's papers said when their links were first handed out. */
export interface FirstPapers {
  /** The campaign's last day (YYYY-MM-DD) as its "Thời gian" read then, or null (none named). */
  ends: string | null;
  /** The notice's number as printed then ("412/UBND-VHXH"), '' for a draft. */
  notice: string;
  /**
   * Each group's last day then, by id, when a group's `when` prints its own columns (`ends` is
   * the first group's); absent when the campaign's is the same for all, or in an older record.
   */
  endsBy?: Record<string, string | null>;
}

/** The campaign was changed after its papers first went out. */
export interface LeaderUpdate {
  /** The day (YYYY-MM-DD, Viet Nam) of the change. */
  on: string;
  first: FirstPapers;
}

/** The update as one group's page compares it: the last day its own papers said then. */
export function firstOfGroup(
  update: LeaderUpdate | undefined,
  groupId: string,
): LeaderUpdate | undefined {
  const endsBy = update?.first.endsBy;
  if (!update || !endsBy || !(groupId in endsBy)) return update;
  return { ...update, first: { ...update.first, ends: endsBy[groupId] ?? null } };
}

/** The leader page's `update`: the day, and the new last day and notice when they differ. */
export function updateView(
  update: LeaderUpdate | undefined,
  now: { ends: string | null; notice: string },
) {
  if (!update) return null;
  return {
    on: writtenDay(update.on),
    endsOn: now.ends && now.ends !== update.first.ends ? writtenDay(now.ends) : null,
    notice:
      // A draft's number ("    /UBND-VHXH") numbered since is no replaced notice.
      /\d/.test(now.notice) && /\d/.test(update.first.notice) && now.notice !== update.first.notice
        ? { now: now.notice, before: update.first.notice }
        : null,
  };
}
