/**
 * Output stage: a group's day the campaign prints, typed so that the papers tell the residents a
 * wrong day (qa23 #4). In a column the campaign's text prints (the time, the place, the body, a
 * step) whose cells are mostly dates — day/month/year, as a workbook's date cell reads
 * (groups/cell-display.ts) — a cell that is
 * - text with a day and month and no year ("5/12", "thứ bảy 12/12"): the notice prints "ngày
 *   5/12", which may be any year, and is the notice's own date when it was signed on 05/12;
 * - a date on the notice's date or before it: the leader gets the notice on the day of the
 *   session, or after it.
 * The same slips in the notice's own date (`issued`) are refused at the field; a cell is only
 * warned of, at its file, sheet, row and column, with the notice's date: the papers print it as
 * typed. A date no calendar has ("31/11/2026": November has 30 days) is warned of too, in
 * load/day-first.ts's words ("ngày 31/11/2026 không có trong lịch"). A column that is no date column (a time "7:30", a place) is never read so. A draft
 * whose day the văn thư writes in (`notice.undated`) has no date to compare with: only a cell
 * with no year is said. A cell's day is read by load/day-first.ts `dayInText`, as the campaign's
 * dates are; which columns are printed is the templates' (template/check.ts), so the check sits
 * here with the other checks of inputs against what prints (date-serials.ts, empty-cells.ts).
 */
import { UserError } from '../errors.js';
import type { Campaign } from '../load/campaign.js';
import {
  type DayInText,
  dayInText,
  dayOffCalendar,
  isoDayOf,
  notOnCalendar,
} from '../load/day-first.js';
import {
  issuedForDays,
  timeSlips,
  timeSlipText,
  weekdaySlips,
  weekdaySlipText,
} from '../load/day-time-slips.js';
import type { Group } from '../load/types.js';
import { type Message, msg, withTerm } from '../messages/message.js';
import type { GroupTerm } from '../model/group-term.js';
import { groupFieldUses } from '../template/check.js';
import { campaignTemplates } from './template-checks.js';

const shortOf = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

const noYear = (cell: string, issued: string) =>
  msg`"${cell}" has no year, while the column's other cells are dates (the notice is dated ${issued})`;
const noYearDraft = (cell: string) =>
  msg`"${cell}" has no year, while the column's other cells are dates`;
const noYearOnIssued = (cell: string, issued: string) =>
  msg`"${cell}" has no year and is the notice's own date ${issued}`;
const noYearBefore = (cell: string, issued: string) =>
  msg`"${cell}" has no year and, in the notice's year, is before its date ${issued}`;
const onIssued = (cell: string, issued: string) =>
  msg`"${cell}" is the notice's own date ${issued}: residents get the paper on that day`;
const beforeIssued = (cell: string, issued: string) =>
  msg`"${cell}" is before the notice's date ${issued}: residents get the paper after that day`;

const KEYS: ReadonlySet<string> = new Set(
  [
    noYear('', ''),
    noYearDraft(''),
    noYearOnIssued('', ''),
    noYearBefore('', ''),
    onIssued('', ''),
    beforeIssued('', ''),
    notOnCalendar(''),
    weekdaySlipText({ day: '', written: '', actual: '' }),
    timeSlipText({ kind: 'impossible', said: '' }),
    timeSlipText({ kind: 'reversed', said: '', from: '', to: '' }),
  ].map((m) => m.key),
);

/** A day warning of printedCellWarnings' (the studio says these again where the office prints). */
export const isPrintedDayWarning = (w: UserError): boolean => KEYS.has(w.text.key);

/** The columns of the file (not the known fields) that the campaign's texts print. */
function printedColumns(campaign: Campaign, groups: readonly Group[]): string[] {
  const columns = new Set(groups.flatMap((g) => Object.keys(g.columns ?? {})));
  const printed = new Set<string>();
  for (const t of campaignTemplates(campaign))
    for (const use of groupFieldUses(t.text))
      if (use.printed && columns.has(use.name)) printed.add(use.name);
  return [...printed];
}

/** Why a cell's day is wrong for the notice, or undefined when it is not (or not a day). */
function slipOf(cell: string, read: DayInText, c: Campaign): Message | undefined {
  if (!read) return undefined;
  const dated = c.notice.undated === false;
  const issued = shortOf(c.issued);
  if ('full' in read) {
    if (!dated) return undefined;
    if (read.full === c.issued) return onIssued(cell, issued);
    return read.full < c.issued ? beforeIssued(cell, issued) : undefined;
  }
  if (!dated) return noYearDraft(cell);
  const inYear = isoDayOf(read.day, read.month, Number(c.issued.slice(0, 4)));
  if (inYear === c.issued) return noYearOnIssued(cell, issued);
  if (inYear !== undefined && inYear < c.issued) return noYearBefore(cell, issued);
  return noYear(cell, issued);
}

/**
 * The warnings of the cells the campaign's texts print, read in one pass over them:
 * - `days`: a date column's cell whose day is wrong for the notice (above);
 * - `slips`: a cell whose weekday is not its date's ("Chủ nhật, 12/12/2026"), or whose hours no
 *   clock has ("25h00") or end before they start ("11h00 - 7h30") (qa29 M3, m1), in any printed
 *   column (a day is read in the notice's year when the cell has none).
 * Each at its file, row and column.
 */
export function printedCellWarnings(
  campaign: Campaign,
  groups: readonly Group[],
  term: GroupTerm,
): { days: UserError[]; slips: UserError[] } {
  const days: UserError[] = [];
  const slips: UserError[] = [];
  const issued = issuedForDays(campaign);
  for (const header of printedColumns(campaign, groups)) {
    const cells = groups.flatMap((g) => {
      const cell = String(g.columns?.[header] ?? '').trim();
      return cell === '' ? [] : [{ g, cell, read: dayInText(cell), off: dayOffCalendar(cell) }];
    });
    // Mostly dates: more than half, or half, the column's cells say a day with its year (one that is no
    // day of the calendar, "31/11/2026", is a date mistyped).
    const full = cells.filter((c) => (c.read && 'full' in c.read) || c.off).length;
    // At half with two dates or more too: an office that typed half the column by hand (qa53 m1).
    const dates = full * 2 > cells.length || (full >= 2 && full * 2 >= cells.length);
    for (const { g, cell, read, off } of cells) {
      const where = {
        file: g.source.file,
        row: g.source.row,
        ...(g.source.sheet !== undefined ? { sheet: g.source.sheet } : {}),
        field: header,
      };
      // A day no calendar has (31/11) is said before anything else the cell's other days say.
      const said = !dates
        ? undefined
        : off !== undefined
          ? notOnCalendar(off)
          : slipOf(cell, read, campaign);
      if (said)
        days.push(
          new UserError(
            withTerm(said, term),
            where,
            withTerm(
              off !== undefined
                ? msg`Check that cell against the calendar (day/month/year). The {term.short}'s papers print the cell as it is.`
                : msg`Check that cell: write the day with its year (day/month/year), after the notice's date. The {term.short}'s papers print the cell as it is.`,
              term,
            ),
          ),
        );
      for (const s of weekdaySlips(cell, issued))
        slips.push(
          new UserError(
            weekdaySlipText(s),
            where,
            withTerm(
              msg`Correct the weekday or the date in that cell. The {term.short}'s papers print the cell as it is.`,
              term,
            ),
          ),
        );
      for (const s of timeSlips(cell))
        slips.push(
          new UserError(
            timeSlipText(s),
            where,
            withTerm(
              msg`Correct the hours in that cell. The {term.short}'s papers print the cell as it is.`,
              term,
            ),
          ),
        );
    }
  }
  return { days, slips };
}
