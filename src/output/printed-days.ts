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
 * typed. A column that is no date column (a time "7:30", a place) is never read so. A draft
 * whose day the văn thư writes in (`notice.undated`) has no date to compare with: only a cell
 * with no year is said.
 */
import { UserError } from '../errors.js';
import type { Campaign } from '../load/campaign.js';
import type { Group } from '../load/types.js';
import { type Message, msg, withTerm } from '../messages/message.js';
import type { GroupTerm } from '../model/group-term.js';
import { groupFieldUses } from '../template/check.js';
import { campaignTemplates } from './template-checks.js';

/** A day with its year: "12/12/2026", "12.12.2026", "12-12-2026" (a time after it aside). */
const FULL_DATE = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/.-]*\d)/gu;
/** A day and month with no year: "5/12", "thứ bảy 12/12" (not part of a full date). */
const DAY_MONTH = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})(?![\d]|[/.-]\d)/gu;

/** The ISO day of a day, month and year, or undefined when no such day is on the calendar. */
function isoDay(day: number, month: number, year: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  return d.toISOString().slice(0, 10);
}

/** What a cell says of its day: a full date (its ISO day), a day and month only, or neither. */
type Read = { full: string } | { day: number; month: number } | undefined;

function readCell(cell: string): Read {
  // Every match, the first that is a day: "7.30 ngày 20/11" has a time before its day.
  for (const full of cell.matchAll(FULL_DATE)) {
    const iso = isoDay(Number(full[1]), Number(full[2]), Number(full[3]));
    if (iso) return { full: iso };
  }
  for (const dm of cell.matchAll(DAY_MONTH)) {
    const day = Number(dm[1]);
    const month = Number(dm[2]);
    // 31/2 or 7.30 ("7.30 - 11.00", a time with dots) is no day of a month.
    if (isoDay(day, month, 2028)) return { day, month };
  }
  return undefined;
}

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
  ].map((m) => m.key),
);

/** A warning of printedDayWarnings' (the studio says these again where the office prints). */
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
function slipOf(cell: string, read: Read, c: Campaign): Message | undefined {
  if (!read) return undefined;
  const dated = c.notice.undated === false;
  const issued = shortOf(c.issued);
  if ('full' in read) {
    if (!dated) return undefined;
    if (read.full === c.issued) return onIssued(cell, issued);
    return read.full < c.issued ? beforeIssued(cell, issued) : undefined;
  }
  if (!dated) return noYearDraft(cell);
  const inYear = isoDay(read.day, read.month, Number(c.issued.slice(0, 4)));
  if (inYear === c.issued) return noYearOnIssued(cell, issued);
  if (inYear !== undefined && inYear < c.issued) return noYearBefore(cell, issued);
  return noYear(cell, issued);
}

export function printedDayWarnings(
  campaign: Campaign,
  groups: readonly Group[],
  term: GroupTerm,
): UserError[] {
  const warnings: UserError[] = [];
  for (const header of printedColumns(campaign, groups)) {
    const cells = groups.flatMap((g) => {
      const cell = String(g.columns?.[header] ?? '').trim();
      return cell === '' ? [] : [{ g, cell, read: readCell(cell) }];
    });
    // Mostly dates: more than half the column's cells say a day with its year.
    const full = cells.filter((c) => c.read && 'full' in c.read).length;
    if (full * 2 <= cells.length) continue;
    for (const { g, cell, read } of cells) {
      const said = slipOf(cell, read, campaign);
      if (!said) continue;
      warnings.push(
        new UserError(
          withTerm(said, term),
          {
            file: g.source.file,
            row: g.source.row,
            ...(g.source.sheet !== undefined ? { sheet: g.source.sheet } : {}),
            field: header,
          },
          withTerm(
            msg`Check that cell: write the day with its year (day/month/year), after the notice's date. The {term.short}'s papers print the cell as it is.`,
            term,
          ),
        ),
      );
    }
  }
  return warnings;
}
