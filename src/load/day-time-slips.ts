/**
 * Slips in a day or an hour as Viet Nam writes them, which the papers would print as typed and
 * send residents at the wrong time (qa29 M3, m1):
 * - a weekday that is not its date's ("Chủ nhật, 12/12/2026": 12/12/2026 is a Saturday);
 * - an hour no clock has ("25h00", "7:75");
 * - a span of hours that ends before it starts ("11h00 - 7h30").
 * Read from any text (a campaign's `when`, its body, a groups file's cell); the callers say where.
 * Days are read day first, as load/day-first.ts reads them.
 */
import { msg } from '../messages/message.js';
import { dayInCampaignYear, isoDayOf, writtenDay } from './day-first.js';

/** Each weekday's name as a Vietnamese paper writes it, Sunday first (Date#getUTCDay). */
const WEEKDAYS = [
  'Chủ nhật',
  'thứ Hai',
  'thứ Ba',
  'thứ Tư',
  'thứ Năm',
  'thứ Sáu',
  'thứ Bảy',
] as const;

const WEEKDAY = String.raw`(chủ\s*nhật|cn|thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7]))`;
const DAY = String.raw`(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?![\d/.-]*\d)`;
const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}\d])`;
/** "Chủ nhật, 12/12/2026", "thứ Hai ngày 08/12", "thứ 7 - 12/12/2026". */
const WEEKDAY_THEN_DAY = new RegExp(
  String.raw`${NOT_LETTER_BEFORE}${WEEKDAY}\s*[,.:–-]?\s*(?:ngày\s*)?${DAY}`,
  'giu',
);
/** "12/12/2026 (Chủ nhật)", "12/12/2026, thứ Bảy". */
const DAY_THEN_WEEKDAY = new RegExp(
  String.raw`(?<![\d/.-])${DAY}\s*(?:\(\s*|[,–-]\s*)${WEEKDAY}(?![\p{L}])`,
  'giu',
);

/** The weekday a name says, 0 for Sunday; undefined for none. */
function weekdayOf(name: string): number | undefined {
  const n = name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ');
  if (n === 'cn' || n.startsWith('chủ')) return 0;
  const word = n.replace(/^thứ ?/, '');
  const i = ['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy'].indexOf(word === 'bẩy' ? 'bảy' : word);
  if (i >= 0) return i + 1;
  const digit = Number(word);
  return digit >= 2 && digit <= 7 ? digit - 1 : undefined;
}

export interface WeekdaySlip {
  /** The day as the text writes it, with its year when it has one: "12/12/2026". */
  day: string;
  /** The weekday the text writes: "Chủ nhật". */
  written: string;
  /** The weekday that day is: "thứ Bảy". */
  actual: string;
}

/**
 * Each weekday in `text` that its date contradicts. A date without its year is read in the
 * notice's year (`issued`, YYYY-MM-DD) as load/day-first.ts `dayInCampaignYear` reads it, and
 * is left alone without `issued` or when either year may be meant.
 */
export function weekdaySlips(text: string, issued?: string): WeekdaySlip[] {
  const t = text.normalize('NFC');
  const slips: WeekdaySlip[] = [];
  const seen = new Set<string>();
  const read = (name: string, d: string, m: string, y: string | undefined) => {
    const key = `${Number(d)}/${Number(m)}/${y ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    const said = weekdayOf(name);
    const iso = y
      ? isoDayOf(Number(d), Number(m), Number(y))
      : issued && /^\d{4}-\d{2}-\d{2}/.test(issued)
        ? dayInCampaignYear(Number(d), Number(m), issued.slice(0, 10))
        : undefined;
    if (said === undefined || iso === undefined) return;
    const actual = new Date(`${iso}T00:00:00Z`).getUTCDay();
    if (actual === said) return;
    slips.push({
      day: y ? writtenDay(iso) : writtenDay(iso).slice(0, 5),
      written: name.replace(/\s+/g, ' '),
      actual: WEEKDAYS[actual] ?? '',
    });
  };
  for (const m of t.matchAll(WEEKDAY_THEN_DAY)) read(m[1] ?? '', m[2] ?? '', m[3] ?? '', m[4]);
  for (const m of t.matchAll(DAY_THEN_WEEKDAY)) read(m[4] ?? '', m[1] ?? '', m[2] ?? '', m[3]);
  return slips;
}

/**
 * An hour of the clock as written: "7h30", "7h", "7 giờ 30 (phút)", "07:30", each with an
 * optional part of the day after it ("sáng", "chiều"). Its groups: hour, minutes by h/giờ,
 * minutes by a colon, the part of the day.
 */
const HOUR = String.raw`(\d{1,2})\s*(?:(?:h|giờ)(?:\s*(\d{1,2})(?!\d)(?:\s*(?:phút|p)(?![\p{L}]))?)?(?![\p{L}\d])|:(\d{2})(?!\d))(?:\s*(sáng|trưa|chiều|tối|đêm)(?![\p{L}]))?`;
/** Not inside a longer clock or date ("08:30:00", "2025-10-09T08:30"). */
const NOT_IN_CLOCK = String.raw`(?<![\p{L}\d:])`;
const ONE_HOUR = new RegExp(`${NOT_IN_CLOCK}${HOUR}`, 'giu');
const SPAN = new RegExp(String.raw`${NOT_IN_CLOCK}${HOUR}\s*(?:-|–|—|đến|tới|->)\s*${HOUR}`, 'giu');

interface Clock {
  said: string;
  minutes: number;
  part?: string;
}

/** An hour's match as minutes of the day (a part of the day after 12 noon added). */
function clockOf(m: RegExpMatchArray, at: number): Clock {
  const hour = Number(m[at]);
  const minutes = Number(m[at + 1] ?? m[at + 2] ?? 0);
  const part = m[at + 3]?.toLocaleLowerCase('vi');
  const afternoon =
    (part === 'chiều' || part === 'tối' || (part === 'trưa' && hour < 5)) && hour < 12;
  return { said: '', minutes: (afternoon ? hour + 12 : hour) * 60 + minutes, part };
}

export type TimeSlip =
  /** An hour no clock has: "25h00", "7:75". */
  | { kind: 'impossible'; said: string }
  /** A span whose end is before its start: "11h00 - 7h30". */
  | { kind: 'reversed'; said: string; from: string; to: string };

/**
 * The hours in `text` no clock has, and its spans of hours that end before they start. An hour
 * alone without its minutes ("trong 48h", "24 giờ") may be a length of time, not a clock's: only
 * an hour with its minutes ("25h00", "7:75") or in a span is read as a clock's. A span through
 * the night ("22h00 - 2h00", "21h - 5h sáng") ends the next day and is no slip.
 */
export function timeSlips(text: string): TimeSlip[] {
  const t = text.normalize('NFC');
  const slips: TimeSlip[] = [];
  const spans = [...t.matchAll(SPAN)];
  const inSpan = (i: number) =>
    spans.some((s) => (s.index ?? 0) <= i && i < (s.index ?? 0) + s[0].length);
  for (const m of t.matchAll(ONE_HOUR)) {
    const hour = Number(m[1]);
    const minutes = m[2] ?? m[3];
    const clock = minutes !== undefined || inSpan(m.index ?? 0);
    if (clock && (hour > 24 || Number(minutes ?? 0) > 59 || (hour === 24 && Number(minutes) > 0)))
      slips.push({ kind: 'impossible', said: m[0].trim() });
  }
  if (slips.length > 0) return slips;
  for (const s of spans) {
    const from = clockOf(s, 1);
    const to = clockOf(s, 5);
    const overnight = from.minutes >= 18 * 60 && to.minutes <= 8 * 60;
    if (to.minutes < from.minutes && !overnight && to.part !== 'đêm')
      slips.push({
        kind: 'reversed',
        said: s[0].trim(),
        from: s[0].slice(0, s[0].search(/\s*(?:-|–|—|đến|tới|->)\s*\d/u)).trim(),
        to: s[0].replace(/^.*?(?:-|–|—|đến|tới|->)\s*/u, '').trim(),
      });
  }
  return slips;
}

/** What a weekday its date contradicts is said as: "12/12/2026 là thứ Bảy, không phải Chủ nhật". */
export const weekdaySlipText = (s: WeekdaySlip) =>
  msg`${s.day} is a ${s.actual}, not a ${s.written}`;
/** What an hour no clock has, or a span of hours ending before it starts, is said as. */
export const timeSlipText = (s: TimeSlip) =>
  s.kind === 'impossible'
    ? msg`"${s.said}" is no hour of the day (hours 0 to 23, minutes 0 to 59)`
    : msg`"${s.said}" ends at ${s.to}, before it starts at ${s.from}`;
