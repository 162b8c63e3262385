/**
 * Results: figures a leader sent after they were due (qa43 minor 5). A leader's page still takes
 * them, and a report "tính đến" a later day counts them, rightly; but the office must see who was
 * late: Kết quả's "Cập nhật" (the studio's and serve's), and the report's notes (the PDF's
 * closing, the spreadsheet's "Ghi chú") say "gửi sau hạn báo cáo 08/12/2026", or, for a campaign
 * without that day, "gửi sau ngày kết thúc 05/12/2026".
 */
import type { Campaign } from '../load/campaign-schema.js';
import { writtenDay } from '../load/day-first.js';
import { ownDaysOf } from '../model/campaign-days.js';
import { endOfVietnamDay } from '../ward-time.js';

/** The day after which a leader's figure is late (YYYY-MM-DD), and which day it is. */
export interface DueDay {
  day: string;
  /** `report.deadline`, the office's own "hạn báo cáo"; else the campaign's last day. */
  deadline: boolean;
}

/**
 * When the groups' figures are due: `report.deadline` when the campaign gives one. Without it, a
 * contest's figures (who took part, who got the certificate) can only be counted once it has
 * ended — every one "gửi sau ngày kết thúc" would be noise — so none is late; another campaign's
 * figures are due by the last day its `when` names ("Từ ngày 02/12/2026 đến hết ngày 05/12/2026":
 * a fee collected by the 5th, qa43), none when it names none or prints each group's own day from
 * the groups file ("đến hết ngày {{group.[Hạn]}}"): no one day is every group's last.
 */
export function dueDayOf(
  campaign: Pick<Campaign, 'contest' | 'when' | 'issued'> & {
    report?: Pick<NonNullable<Campaign['report']>, 'deadline'>;
  },
): DueDay | undefined {
  const deadline = campaign.report?.deadline;
  if (deadline) return { day: deadline, deadline: true };
  const ends = lastDayOf(campaign);
  return ends ? { day: ends, deadline: false } : undefined;
}

/**
 * The campaign's last day (YYYY-MM-DD) as the late mark reads it, whatever `report.deadline`
 * says: its `when`'s last day; none for a contest (counted once it has ended, dueDayOf) nor
 * for a `when` naming no day or each group's own.
 */
export function lastDayOf(campaign: Pick<Campaign, 'contest' | 'when' | 'issued'>) {
  return campaign.contest ? undefined : ownDaysOf(campaign)?.ends;
}

/**
 * Whether a group's leader sent one of its figures (`cells`, standings.ts) after the day `due`
 * (Viet Nam's day). Only a leader's own: the office's entry or import is timed when the office
 * typed or imported it, not when the group gave it (a results file read today of figures given
 * on time).
 */
export function sentLate(
  cells: readonly { figure?: { at: string; source: string } }[],
  due: DueDay | undefined,
): boolean {
  if (due === undefined) return false;
  const end = endOfVietnamDay(due.day);
  return cells.some((c) => c.figure?.source === 'leader' && c.figure.at >= end);
}

/** "sau hạn báo cáo 08/12/2026", "sau ngày kết thúc 05/12/2026". */
export const lateAfter = (due: DueDay) =>
  `sau ${due.deadline ? 'hạn báo cáo' : 'ngày kết thúc'} ${writtenDay(due.day)}`;

/** "gửi sau hạn báo cáo 08/12/2026". */
export const lateSaid = (due: DueDay) => `gửi ${lateAfter(due)}`;
