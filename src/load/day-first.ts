/**
 * Dates as Viet Nam writes them: day first ("07/12/2026", "7.12.2026", "7-12-2026"), read as the
 * ISO day the files keep (2026-12-07). The campaign file's dates and `report --date` read both
 * forms, as the studio's form does.
 */
import { msg } from '../messages/message.js';

const DAY_FIRST = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;

/**
 * A month without its day, as a draft leaves the day for the văn thư: "12/2026", "…/12/2026",
 * "../12/2026", "tháng 12/2026" (printed "ngày    tháng 12 năm 2026").
 */
const MONTH_ONLY = /^(?:[.…_\s]*[/.-]\s*|tháng\s*)?(\d{1,2})\s*[/.-]\s*(\d{4})$/iu;

/**
 * A day-first date as its ISO form; anything else unchanged (value as written, for the checks).
 * Its shape only: "31/02/2026" is "2026-02-31", which every reader then refuses as no day of the
 * calendar (campaign-schema.ts `isRealDay`, report's `--date`); a text's day is checked by
 * `dayOffCalendar`.
 */
export function dayFirstAsIso(value: unknown): unknown {
  const m = typeof value === 'string' ? DAY_FIRST.exec(value.trim()) : null;
  if (!m) return value;
  const [, day = '', month = '', year = ''] = m;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A month alone as the files keep it ("2026-12"): a draft whose day the văn thư writes in. */
export const isIsoMonth = (s: string) => /^\d{4}-(?:0[1-9]|1[0-2])$/.test(s);

/** A date, or a month alone ("12/2026" → "2026-12"), as the files keep it; anything else unchanged. */
export function dayOrMonthAsIso(value: unknown): unknown {
  const day = dayFirstAsIso(value);
  if (day !== value || typeof value !== 'string') return day;
  const m = MONTH_ONLY.exec(value.trim());
  if (!m) return value;
  const [, month = '', year = ''] = m;
  return `${year}-${month.padStart(2, '0')}`;
}

/**
 * The ISO day of a day, month and year ("2026-12-07"), or undefined when no such day is on the
 * calendar (31/2).
 */
export function isoDayOf(day: number, month: number, year: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  return d.toISOString().slice(0, 10);
}

/**
 * A day with its year inside a text: "12/12/2026", "12.12.2026", "12-12-2026" (a time after it
 * aside). No spaces round the marks, unlike a field's whole value: in running text "7 - 12" is a
 * range.
 */
const DAY_FIRST_IN_TEXT = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/.-]*\d)/gu;
/**
 * The first date a text writes day first that is no day of the calendar ("31/02/2026",
 * "31.11.2026"), as the text writes it; undefined when there is none. Said with `notOnCalendar`.
 */
export function dayOffCalendar(text: string): string | undefined {
  for (const m of text.matchAll(DAY_FIRST_IN_TEXT))
    if (!isoDayOf(Number(m[1]), Number(m[2]), Number(m[3]))) return m[0];
  return undefined;
}

/** What a reader of a day-first date that is no day of the calendar is told. */
export const notOnCalendar = (day: string) => msg`the day ${day} is not on the calendar`;

/** A day and month with no year: "5/12", "thứ bảy 12/12" (not part of a full date). */
const DAY_MONTH_IN_TEXT = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})(?![\d]|[/.-]\d)/gu;

/** What a text says of its day: a full date (its ISO day), a day and month only, or neither. */
export type DayInText = { full: string } | { day: number; month: number } | undefined;

/**
 * The first day a text (a cell: "7.30 ngày 20/11/2026", "thứ bảy 12/12") says, day first: a
 * date on the calendar with its year, else a day and month with none.
 */
export function dayInText(text: string): DayInText {
  // Every match, the first that is a day: "7.30 ngày 20/11" has a time before its day.
  for (const full of text.matchAll(DAY_FIRST_IN_TEXT)) {
    const iso = isoDayOf(Number(full[1]), Number(full[2]), Number(full[3]));
    if (iso) return { full: iso };
  }
  for (const dm of text.matchAll(DAY_MONTH_IN_TEXT)) {
    const day = Number(dm[1]);
    const month = Number(dm[2]);
    // 31/2 or 7.30 ("7.30 - 11.00", a time with dots) is no day of a month (2028: a leap year).
    if (isoDayOf(day, month, 2028)) return { day, month };
  }
  return undefined;
}

/** Excel's day numbers of 1/1/2000 and 31/12/2099: a number in a date column between them. */
const FIRST_SERIAL = 36_526;
const LAST_SERIAL = 73_050;
/** Days from Excel's day 0 (30/12/1899) to 1/1/1970, the inverse of exceljs's excelToDate. */
export const EPOCH_SERIAL = 25_569;
export const DAY_MS = 86_400_000;

const two = (v: number) => String(v).padStart(2, '0');
/** A day as a Vietnamese paper writes it, dd/mm/yyyy (the date's UTC day: Excel's have no zone). */
export const dayMonthYear = (d: Date): string =>
  `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;

/** The day a serial stands for, dd/mm/yyyy; undefined for a cell that is no such number. */
export function excelSerialDate(cell: string): string | undefined {
  const text = cell.trim();
  if (!/^\d{5}$/.test(text)) return undefined;
  const n = Number(text);
  if (n < FIRST_SERIAL || n > LAST_SERIAL) return undefined;
  return dayMonthYear(new Date((n - EPOCH_SERIAL) * DAY_MS));
}

/** How far into the next year a day without its year may lie after the notice's date. */
const NEXT_YEAR_DAYS = 92;

/**
 * The day a day and month without a year ("ngày 15/12", "15/12, 19h30") stand for in a campaign
 * whose notice is dated `issued` (YYYY-MM-DD): in the notice's year when that is on or after its
 * date (an event its notice announces); in the next year when the notice's year puts it before
 * the notice and the next year's falls within three months after it (a notice of 20/12 for
 * "05/01"). Otherwise — a day before the notice's date whose next year is months away ("10/12"
 * in a notice of 20/12) — either year may be meant: undefined, and the caller says it.
 */
export function dayInCampaignYear(day: number, month: number, issued: string): string | undefined {
  const year = Number(issued.slice(0, 4));
  const same = isoDayOf(day, month, year);
  if (same !== undefined && same >= issued) return same;
  const next = isoDayOf(day, month, year + 1);
  if (next === undefined) return undefined;
  const after = (Date.parse(next) - Date.parse(issued.slice(0, 10))) / DAY_MS;
  return after <= NEXT_YEAR_DAYS ? next : undefined;
}

/**
 * The days and months a text writes without a year, slashed ("ngày 15/12", "15/12, 19h30"; a
 * full date's "15/12/2026" is none, nor a time with dots, "7.30") or in words after "ngày"
 * ("ngày 15 tháng 12", as a notice writes a day inside its own year: WORDS_DAY_MONTH), each as
 * written and read, in the text's order.
 */
export function yearlessDaysIn(
  text: string,
): { said: string; day: number; month: number; at: number }[] {
  const found = [
    ...text.matchAll(SLASHED_DAY_MONTH),
    ...text.matchAll(new RegExp(WORDS_DAY_MONTH, 'giu')),
  ].sort((a, b) => a.index - b.index);
  return found.flatMap((m) => {
    const day = Number(m[1]);
    const month = Number(m[2]);
    return isoDayOf(day, month, 2028) ? [{ said: m[0], day, month, at: m.index }] : [];
  });
}

/** "15 tháng 12 năm 2026": a day in words, as the notice's date line writes it (its source). */
export const WORDS_DAY = String.raw`(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)`;

/**
 * "15 tháng 12" after "ngày" (or "mùng"/"mồng"), its year left out as a notice writes a day inside
 * the year of the notice ("ngày 10 tháng 12"): read in the campaign's year, as "10/12" is. Two
 * groups, day and month; the "ngày" before it is not part of the match. Not a full day's ("ngày
 * 10 tháng 12 năm 2026", WORDS_DAY) nor "tháng 12/2026".
 */
export const WORDS_DAY_MONTH = String.raw`(?<=(?:ngày|mùng|mồng)\s+)(\d{1,2})\s+tháng\s+(\d{1,2})(?!\d|\s*[/.-]\s*\d|\s+năm\s+\d)`;

const SLASHED_DAY_MONTH = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})(?![\d]|[/.-]\d)/gu;

/**
 * A full day as the campaign's time and its periods write it: "29/3/2026", "15/01/2027", or in
 * words, "15 tháng 12 năm 2026" (its "ngày" before it is the reader's): the pattern's source, for
 * a reader that composes it, its six groups the slashed day's day, month and year, then the
 * words' (read by `fullDayOf`).
 */
export const FULL_DAY = String.raw`(?:(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)|${WORDS_DAY})`;

/** The ISO day of a match's `FULL_DAY` whose groups begin at `i`; undefined off the calendar. */
export function fullDayOf(m: RegExpMatchArray, i: number): string | undefined {
  const at = m[i] === undefined ? i + 3 : i;
  return isoDayOf(Number(m[at]), Number(m[at + 1]), Number(m[at + 2]));
}

/** The full days a text names that are on the calendar, YYYY-MM-DD, in its order. */
export function fullDaysIn(text: string): string[] {
  return [...text.matchAll(new RegExp(String.raw`(?<!\d)${FULL_DAY}`, 'giu'))].flatMap(
    (m) => fullDayOf(m, 1) ?? [],
  );
}

/**
 * A date as dayMonthsIn reads it: "10/12/2026", "10/12", "10-12-2026", "10.12.2026" (groups 1–4:
 * day, mark, month, year), or in words as a notice writes it, "10 tháng 12 năm 2026" (WORDS_DAY,
 * groups 5–7), or "ngày 10 tháng 12" (WORDS_DAY_MONTH, groups 8–9).
 */
const DAY_MONTH_YEAR_IN_TEXT = new RegExp(
  String.raw`(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{2,4}))?(?![\d/.-]?\d)|(?<!\d)${WORDS_DAY}|${WORDS_DAY_MONTH}`,
  'giu',
);

/**
 * Day and month, whatever the year (the deadline's day in a sentence that may write it without
 * one), of each date written "10/12/2026", "10/12", "10-12-2026", "10.12.2026", "10 tháng 12
 * năm 2026" or "ngày 10 tháng 12": "10/12". A day a calendar has, and with "-" or "." only with its year: "tổ 5-7",
 * "7 - 9 giờ", "17.00" are no dates (review53 #6).
 */
export const dayMonthsIn = (text: string): string[] =>
  [...text.matchAll(DAY_MONTH_YEAR_IN_TEXT)].flatMap((m) => {
    const words = m[1] === undefined;
    // Groups 5–7: in words with its year; 8–9: "ngày 10 tháng 12" without one (WORDS_DAY_MONTH).
    const at = m[5] === undefined ? 8 : 5;
    const day = Number(words ? m[at] : m[1]);
    const month = Number(words ? m[at + 1] : m[3]);
    const said = words || m[2] === '/' || !!m[4];
    return day >= 1 && day <= 31 && month >= 1 && month <= 12 && said ? [`${day}/${month}`] : [];
  });

/**
 * "2026-12-05" → "05/12/2026", as the office writes a day (and a month alone, "2026-12" →
 * "12/2026"); the one form every message and page gives a day in.
 */
export const writtenDay = (iso: string) => iso.split('-').reverse().join('/');

/**
 * The notice's date as a message gives it: a notice dated by its month alone ("12/2026", read as
 * the month's first day with `undated: 'day'`) is said by its month, never as the 1st.
 */
export const writtenIssued = (c: { issued: string; notice: { undated?: boolean | 'day' } }) =>
  writtenDay(c.notice.undated === 'day' ? c.issued.slice(0, 7) : c.issued);
