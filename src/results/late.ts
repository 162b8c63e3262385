/**
 * Results: figures sent after the campaign's last day (qa43 minor 5). A leader's page still takes
 * them, and a report "tính đến" a later day counts them, rightly; but the office must see who was
 * late: Kết quả's "Cập nhật" and the report's notes (the PDF's closing, the spreadsheet's "Ghi
 * chú") say "gửi sau ngày kết thúc 05/12/2026".
 */
import type { Campaign } from '../load/campaign-schema.js';
import { writtenDay } from '../load/day-first.js';
import { campaignDays } from '../model/campaign-days.js';
import { endOfVietnamDay } from '../ward-time.js';

/**
 * The campaign's last day (YYYY-MM-DD): a contest's `ends`, else the last day its `when` names;
 * undefined when it names none (nothing is then late), or when `when` prints each group's own day
 * from the groups file ("đến hết ngày {{group.[Hạn]}}"): no one day is every group's last.
 */
export function lastDayOf(campaign: Pick<Campaign, 'contest' | 'when' | 'issued'>) {
  const when = campaign.when ?? '';
  if (!campaign.contest && when.includes('{{')) return undefined;
  return campaignDays(campaign.contest ?? null, when, campaign.issued)?.ends;
}

/**
 * Whether a group's leader sent one of its figures (`cells`, standings.ts) after `lastDay` (Viet
 * Nam's day). Only a leader's own: the office's entry or import is timed when the office typed
 * or imported it, not when the group gave it (a results file read today of figures given on time).
 */
export function sentLate(
  cells: readonly { figure?: { at: string; source: string } }[],
  lastDay: string | undefined,
): boolean {
  if (lastDay === undefined) return false;
  const end = endOfVietnamDay(lastDay);
  return cells.some((c) => c.figure?.source === 'leader' && c.figure.at >= end);
}

/** "gửi sau ngày kết thúc 05/12/2026". */
export const lateSaid = (lastDay: string) => `gửi sau ngày kết thúc ${writtenDay(lastDay)}`;
