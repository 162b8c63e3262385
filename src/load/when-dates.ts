/**
 * Load stage: the period a campaign text writes in words, "Từ ngày 05/12/2026 đến hết ngày
 * 15/01/2027", read one way by the check of the campaign (campaign-checks.ts: an end before the
 * start in `when`, a body whose end date is not the one `when` says, a contest's body whose
 * period is not the contest's) and by the leader's page (serve/period.ts: "đã kết thúc ngày …").
 * Only days that are on the calendar are read; a period's end is a full day (day/month/year,
 * or in words, "ngày 15 tháng 01 năm 2027") after "đến"/"tới" or a dash following a day, or after "đến hết (ngày)" on its own ("gia hạn
 * đến hết ngày 15/01/2027"). Its first day may leave out its year ("từ 15/12 đến 20/12/2026"):
 * it is the end's year, or the year before when its month and day come later than the end's
 * ("từ 20/12 đến 10/01/2027": 20/12/2026). The days themselves are read by `day-first.ts`.
 */

import {
  dayInCampaignYear,
  dayMonthsIn,
  FULL_DAY,
  fullDayOf,
  isoDayOf,
  yearlessDaysIn,
} from './day-first.js';

/** A period a text writes: its first and last days, YYYY-MM-DD, as typed (maybe reversed). */
export interface WrittenPeriod {
  from: string;
  to: string;
}

/**
 * A first day, its year left out when the end gives it ("15/12 đến 20/12/2026"), or in words
 * ("05 tháng 12 năm 2026", "05 tháng 12 đến …"): six groups, as `FULL_DAY`'s (either's year
 * optional).
 */
const FIRST_DAY = String.raw`(?:(\d{1,2})\/(\d{1,2})(?:\/(\d{4})(?!\d)|(?![\d/]))|(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?(?!\d))`;
/** "05/12/2026 đến hết ngày 15/01/2027", "05/12/2026 - 15/01/2027", "15/12 đến 20/12/2026". */
const RANGE = new RegExp(
  String.raw`(?:(?<![\p{L}\p{M}])từ\s+)?(?:ngày\s+)?(?<![\d/])${FIRST_DAY}\s*(?:đến|tới|[-–—])\s*(?:hết\s+)?(?:ngày\s+)?${FULL_DAY}`,
  'giu',
);
/** "đến hết ngày 15/01/2027" without a first day before it. */
const UNTIL = new RegExp(String.raw`(?:đến|tới)\s+hết\s+(?:ngày\s+)?(?<!\d)${FULL_DAY}`, 'giu');

/** A period read: its days, and where its first day is written in the text. */
interface ReadPeriod extends WrittenPeriod {
  said: string;
  at: number;
  /** Where its first day begins; `yearless` when that day leaves its year to the end's. */
  firstAt: number;
  yearless: boolean;
}

/** The periods of a text, each with its words and place, its days on the calendar. */
function readPeriods(text: string): ReadPeriod[] {
  return [...text.matchAll(RANGE)].flatMap((m) => {
    const to = fullDayOf(m, 7);
    if (!to) return [];
    // The first day's groups: the slashed day's, else the words'.
    const at = m[1] === undefined ? 4 : 1;
    const day = Number(m[at]);
    const month = Number(m[at + 1]);
    const yearless = m[at + 2] === undefined;
    // A first day without its year: the end's, or the year before when it comes later in a year.
    const year = yearless
      ? Number(to.slice(0, 4)) -
        (month * 100 + day > Number(to.slice(5, 7)) * 100 + Number(to.slice(8)) ? 1 : 0)
      : Number(m[at + 2]);
    const from = isoDayOf(day, month, year);
    if (!from) return [];
    return [{ from, to, said: m[0], at: m.index, firstAt: m.index + m[0].search(/\d/), yearless }];
  });
}

/** The periods ("từ … đến …") a text writes, in its order, their days as typed. */
export function periodsIn(text: string): WrittenPeriod[] {
  return readPeriods(text).map(({ from, to }) => ({ from, to }));
}

/** An end day a text gives, and the words that give it ("từ ngày … đến hết ngày …"). */
export interface WrittenEnd {
  day: string;
  said: string;
}

/** The last days a text gives a period, in its order: each period's end, each "đến hết ngày …". */
export function endsIn(text: string): WrittenEnd[] {
  const ends: (WrittenEnd & { at: number })[] = readPeriods(text).map(({ to, said, at }) => ({
    day: to,
    said,
    at,
  }));
  for (const m of text.matchAll(UNTIL)) {
    const day = fullDayOf(m, 1);
    // Not the end of a period already read ("từ ngày … đến hết ngày …").
    const within = ends.some((e) => e.at <= m.index && m.index < e.at + e.said.length);
    if (day && !within) ends.push({ day, said: m[0], at: m.index });
  }
  return ends.sort((a, b) => a.at - b.at).map(({ day, said }) => ({ day, said }));
}

/** "đến khi …", "tới lúc có thông báo" (not "đến lúc 17h00"). */
const OPEN_END = /(?<![\p{L}\p{M}])(?:đến|tới)\s+(?:khi|lúc(?!\s*\d))(?![\p{L}\p{M}])/iu;
/** The words a period's start is said with. */
const STARTS = /(?<![\p{L}\p{M}])(?:từ|bắt\s+đầu)(?![\p{L}\p{M}])/iu;
/** Any day written in the text, its year optional. */
const A_DAY = new RegExp(String.raw`(?<![\d/])${FIRST_DAY}`, 'giu');

/**
 * An end the text leaves open (qa49 M1): "Từ 21h00 đêm nay 06/12/2026 đến khi có thông báo mới",
 * "Từ 06/12/2026 cho đến khi hết bão": a start ("từ", "bắt đầu"), at most one day after it, then
 * "đến khi". Its one day is when it begins: read as its last, the leader's page said "đã kết
 * thúc" in the middle of the storm the notice was about. Not open (read49): an end day written
 * too ("…, chậm nhất đến hết ngày 10/12/2026"); a day's event whose hours end so ("Chủ nhật
 * 13/12/2026, từ 7h00 đến khi hết phiếu": its start is after the day); "đến 17h00 ngày
 * 15/12/2026 hoặc đến khi đủ 100 người" (a day and no start before it).
 */
export function openEnded(text: string): boolean {
  if (endsIn(text).length > 0) return false;
  const open = OPEN_END.exec(text);
  if (!open) return false;
  const days = [...text.matchAll(A_DAY)];
  if (days.length > 1) return false;
  const dayAt = days[0]?.index ?? open.index;
  if (dayAt > open.index) return false;
  const start = STARTS.exec(text);
  return start !== null && start.index <= dayAt;
}

/** "từ nay", "kể từ hôm nay", "từ bây giờ": a start that is no day of the event. */
const FROM_NOW = /(?<![\p{L}\p{M}])(?:kể\s+)?từ\s+(?:(?:hôm\s+)?nay|bây\s+giờ)(?![\p{L}\p{M}])/giu;
/** Words that make a day a deadline wherever they stand before it: "hạn", "chậm nhất", "muộn nhất". */
const DUE = /(?<![\p{L}\p{M}])(?:hạn|chậm\s+nhất|muộn\s+nhất)(?![\p{L}\p{M}])/iu;
/**
 * "trước", "kết thúc" with at most an hour and "ngày" between them and the day ("trước 17h00
 * ngày 20/12/2026", "Kết thúc ngày 20/12/2026"): an end. Further off, "trước" is of something
 * else ("đề nghị đến trước 15 phút), Chủ nhật 20/12/2026": review55b #5).
 */
const DUE_RIGHT_BEFORE =
  /(?<![\p{L}\p{M}])(?:trước|kết\s+thúc(?:\s+vào)?)\s+(?:(?:lúc\s+)?\d{1,2}\s*(?:h|giờ|:)\s*(?:\d{2})?(?:\s*phút)?\s*,?\s*)?(?:ngày\s+)?$/iu;
/** "đến hết ngày", "tới", "hết ngày" right before the day: the end of a period. */
const UNTIL_THE_DAY = /(?<![\p{L}\p{M}])(?:(?:đến|tới)(?:\s+hết)?|hết)\s+(?:ngày\s+)?$/iu;
/**
 * "đến", "tới" before an hour, a day or "hết" ("đến 17h00 ngày 20/12/2026"; not "đến khi", read by
 * `openEnded`, nor the verb of "đề nghị đến trước 15 phút": review55b #5).
 */
const TO = /(?<![\p{L}\p{M}])(?:đến|tới)\s+(?=\d|ngày|hết)/iu;

/**
 * Whether the first day `text` writes is when something begins (rev55): one day ("Chủ nhật
 * 14/12/2026", "7h30 - 11h00, 14/12/2026", "Từ 7h00 đến 11h00 ngày 14/12/2026") or a period's
 * first ("Từ ngày 10/12/2026 đến hết ngày 20/12/2026"). Not a period that ends on it ("Từ nay đến
 * hết ngày 20/12/2026", "đến 17h00 ngày 20/12/2026") nor a deadline ("Hạn chót nộp phiếu:
 * 20/12/2026", "Chậm nhất ngày 20/12/2026", "trước 17h00 ngày 20/12/2026"): its day is an end.
 */
export function startsOnItsDay(text: string): boolean {
  const said = text.normalize('NFC');
  const first = [...said.matchAll(A_DAY)][0];
  if (!first) return false;
  const before = said.slice(0, first.index).replace(FROM_NOW, ' ');
  if (DUE.test(before) || DUE_RIGHT_BEFORE.test(before) || UNTIL_THE_DAY.test(before)) return false;
  const to = TO.exec(before);
  return !to || STARTS.test(before.slice(0, to.index));
}

/**
 * Whether `iso` (YYYY-MM-DD) is the first day `text` writes, by its day and month: the day
 * `startsOnItsDay` looked at, not another the text's days begin with ("Chủ nhật 20/12/2026
 * (đăng ký trước 18/12/2026)" begins on the 18th: review55b #4).
 */
export function firstWrittenIs(text: string, iso: string): boolean {
  const first = [...text.normalize('NFC').matchAll(A_DAY)][0];
  return (
    first !== undefined &&
    dayMonthsIn(first[0])[0] === `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}`
  );
}

/** The first period of `text` that ends before it starts ("05/12/2026 đến hết ngày 15/01/2026"). */
export function reversedPeriod(text: string): WrittenPeriod | undefined {
  return periodsIn(text).find((p) => p.to < p.from);
}

/**
 * The end day the office most likely meant when a period ends before it starts: the same day
 * and month in the year that puts it after the start, when that is within half a year of it
 * (a December deadline moved into January with the old year typed); undefined otherwise (days
 * swapped, say), when no year would make sense of it.
 */
export function meantEnd({ from, to }: WrittenPeriod): string | undefined {
  const year = Number(from.slice(0, 4)) + (to.slice(5) < from.slice(5) ? 1 : 0);
  const meant = `${year}${to.slice(4)}`;
  if (
    meant === to ||
    meant <= from ||
    isoDayOf(Number(meant.slice(8)), Number(meant.slice(5, 7)), Number(meant.slice(0, 4))) ===
      undefined
  )
    return undefined;
  const days = (Date.parse(meant) - Date.parse(from)) / 86_400_000;
  return days <= 183 ? meant : undefined;
}

/** A day a text writes without its year, and the day it is read as (none: either year). */
export interface YearlessDay {
  said: string;
  day: number;
  month: number;
  /** YYYY-MM-DD: its period's year, else the notice's (`dayInCampaignYear`); undefined if either. */
  iso: string | undefined;
}

/**
 * The days a text writes without a year ("ngày 15/12", "15/12, 19h30", the "15/12" of "từ 15/12
 * đến 20/12/2026"), each with the day it means: a period's first day takes its year from the
 * period's end; any other from the notice's date `issued` (day-first.ts `dayInCampaignYear`,
 * undefined when either year may be meant, or with no notice's date).
 */
export function yearlessDaysOf(text: string, issued?: string): YearlessDay[] {
  const firsts = new Map(
    readPeriods(text)
      .filter((p) => p.yearless)
      .map((p) => [p.firstAt, p.from]),
  );
  return yearlessDaysIn(text).map(({ said, day, month, at }) => ({
    said,
    day,
    month,
    iso: firsts.get(at) ?? (issued ? dayInCampaignYear(day, month, issued) : undefined),
  }));
}
