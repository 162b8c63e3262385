/**
 * Serve stage: what changed in a campaign since its papers first went out, as the leader's page
 * says it at the top (qa26 F4: a corrected notice and a new deadline after the leaders had sent
 * the message to their Zalo group and posted the notice). In: what the papers said when the
 * links were first sent (the studio keeps it, studio/publications.ts `Sent`), the day the
 * campaign was changed since, and what the group's papers say now. Out: the page's `update`
 * (leader.hbs), or null when nothing a leader acts on changed.
 */

import { writtenDay } from '../load/day-first.js';
import { newLeaderSince, renamedSince } from '../load/groups/same-names.js';

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

/**
 * What the groups list said of each group when the links were first handed out (the studio's
 * record, publications.ts `Sent`), and the day the list was changed since: a group renamed, given
 * another target or another leader reads what changed for it, as a campaign's edit is read.
 */
export interface ListThen {
  /** The day (YYYY-MM-DD, Viet Nam) the groups file was changed. */
  on: string;
  /** Each group's name then, by id. */
  names?: Record<string, string>;
  /** Each group's leader and phone then ("name|phone"), by id. */
  leaders?: Record<string, string>;
  /** Each group's bases then (its target, households…: measure id → figure), by id. */
  bases?: Record<string, Record<string, number>>;
}

/** The campaign, or its groups list, was changed after its papers first went out. */
export interface LeaderUpdate {
  /** The day (YYYY-MM-DD, Viet Nam) of the change (the campaign's; else the list's). */
  on: string;
  /** The campaign's change's time of day ("21:40", Viet Nam), when known (qa49 M3). */
  at?: string;
  /** What the campaign's change changed, as a leader reads it ("số điện thoại cần biết"). */
  what?: string[];
  first: FirstPapers;
  /** The campaign's text changed (false: only the groups list did). Absent: it did. */
  campaign?: boolean;
  /** The groups list changed since: what it said then. */
  list?: ListThen;
}

/** A group as its page compares it with the list then: its name, leader and bases now. */
export interface GroupNow {
  id: string;
  name: string;
  leader?: string;
  phone?: string;
  /** Measure id → the group's base now, and how the page says it. */
  bases: readonly { id: string; now?: number; said: (was: number, now?: number) => string }[];
}

/** What the list changed for `group` since it was sent: its name, leader and bases. */
function groupChanges(list: ListThen | undefined, group: GroupNow | undefined) {
  if (!list || !group) return null;
  const bases = list.bases?.[group.id];
  const renamed = renamedSince(list, group) ? { before: list.names?.[group.id] ?? '' } : null;
  // A leader the new list leaves out is no one for the page to name.
  const newLeader =
    newLeaderSince(list, group) && (group.leader ?? '') !== ''
      ? { name: group.leader ?? '', phone: group.phone ?? '' }
      : null;
  const said = bases
    ? group.bases.flatMap((b) => {
        const was = bases[b.id];
        return was !== undefined && was !== b.now ? [b.said(was, b.now)] : [];
      })
    : [];
  const targets = [...new Set(said)];
  if (!renamed && !newLeader && !targets.length) return null;
  return { renamed, leader: newLeader, targets };
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

/**
 * The leader page's `update`: the day, the new last day and notice when they differ, and what
 * the groups list changed for the page's group (`group`: its name, leader, targets); null when
 * nothing the group's leader acts on changed. `message`: the Zalo message changed too (the
 * campaign's text, or the group's name it prints), so the page asks to send it again.
 */
export function updateView(
  update: LeaderUpdate | undefined,
  now: { ends: string | null; notice: string },
  group?: GroupNow,
) {
  if (!update) return null;
  const campaign = update.campaign !== false;
  const endsOn = now.ends && now.ends !== update.first.ends ? writtenDay(now.ends) : null;
  const notice =
    // A draft's number ("    /UBND-VHXH") numbered since is no replaced notice.
    /\d/.test(now.notice) && /\d/.test(update.first.notice) && now.notice !== update.first.notice
      ? { now: now.notice, before: update.first.notice }
      : null;
  const changes = groupChanges(update.list, group);
  if (!campaign && !endsOn && !notice && !changes) return null;
  // The later of the campaign's day and the list's, when both changed what this page says.
  const on =
    changes && update.list && (!campaign || update.list.on > update.on)
      ? update.list.on
      : update.on;
  // The time is the campaign's change's: said when that change is the day the page gives.
  const at = campaign && on === update.on ? update.at : undefined;
  return {
    on: writtenDay(on),
    at,
    what: campaign && update.what?.length ? update.what.join(', ') : undefined,
    endsOn,
    notice,
    campaign,
    group: changes,
    message: campaign || changes?.renamed != null,
  };
}

/**
 * The update note of a campaign past its last day (qa43 minor 14: the last day corrected after
 * the links went out, to a day already gone): no "hạn mới" — the page's "đã kết thúc ngày …" says
 * the corrected day, and `endsCorrectedOn` that it was corrected — and nothing to fetch or print
 * again (leader.hbs leaves "tải lại bản mới" out once ended). The note stays for the other
 * changes (a new notice number, the group's name, leader or targets); null when the last day was
 * all that changed.
 */
export function updateAfterEnd(update: ReturnType<typeof updateView>) {
  if (!update?.endsOn) return { update, endsCorrectedOn: null };
  const rest = update.notice || update.group ? { ...update, endsOn: null } : null;
  return { update: rest, endsCorrectedOn: update.on };
}
