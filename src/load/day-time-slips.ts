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

/**
 * A weekday as written: "Chủ nhật", "CN", "thứ Hai", "thứ 2", "T2".."T7". Not an ordinal: "thứ 2"
 * after "đợt", "tuần", "lần", … counts, it names no day ("Đợt thứ 2: 19/12/2026").
 */
const ORDINAL_BEFORE = String.raw`(?<!(?:đợt|tuần|lần|họp|phiên|lớp|khóa|khoá|kỳ|kì|phần|bước|hạng|giải|số|lượt|vòng|giai\s+đoạn|tháng|năm)\s+)`;
const WEEKDAY = String.raw`${ORDINAL_BEFORE}(chủ\s*nhật|cn|t[2-7]|thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7]))(?![\p{L}\d])`;
/** A day, day first, not the end of a longer date or a range's second half ("12-13/12"). */
const DAY = String.raw`(?<![\d/.]|\d\s?[-–])(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?![\d/.-]*\d)`;
const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}\d])`;
/** Each weekday (its name in group 1) and each day (groups 2-4) of a text, in order. */
const TOKEN = new RegExp(`${NOT_LETTER_BEFORE}${WEEKDAY}|${DAY}`, 'giu');
/** Between two weekdays of one run: "thứ Hai đến thứ Sáu", "thứ 7 và CN", "Thứ Bảy, Chủ nhật". */
const WEEKDAY_RUN = /^\s*(?:,|&|\/|-|–|—|và|đến|tới)?\s*$/iu;
/** Between two days of one run: "14/12 - 18/12/2026", "12/12 và 13/12". */
const DAY_RUN = /^\s*(?:,|-|–|—|và|đến|tới)\s*(?:ngày\s*)?$/iu;
/** A weekday then its day: "Chủ nhật, 12/12", "thứ Hai ngày 08/12", "thứ 7 - 12/12", "thứ 7 (12/12)". */
const WEEKDAY_THEN_DAY = /^\s*[,.:–-]?\s*\(?\s*(?:ngày\s*)?$/iu;
/** A day then its weekday: "12/12/2026 (Chủ nhật)", "12/12/2026, thứ Bảy"; never a dash. */
const DAY_THEN_WEEKDAY = /^\s*(?:\(|,)\s*$/u;

/** The weekday a name says, 0 for Sunday; undefined for none. */
function weekdayOf(name: string): number | undefined {
  const n = name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ');
  if (n === 'cn' || n.startsWith('chủ')) return 0;
  const word = n.replace(/^thứ ?|^t(?=\d)/, '');
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

interface Token {
  start: number;
  end: number;
  /** The weekday as written, or a day's day, month and year. */
  weekday?: string;
  d?: string;
  m?: string;
  y?: string;
}

/** Tokens of one kind next to each other ("thứ Hai đến thứ Sáu", "14/12 - 18/12/2026"). */
function runsOf(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  for (const t of tokens) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    const gap = last ? text.slice(last.end, t.start) : '';
    if (
      run &&
      last &&
      !!last.weekday === !!t.weekday &&
      (t.weekday ? WEEKDAY_RUN : DAY_RUN).test(gap)
    )
      run.push(t);
    else runs.push([t]);
  }
  // A day without its year in a run ending with one is in that year ("14/12 - 18/12/2026"),
  // unless the run goes over the new year ("28/12 - 03/01/2027": left to the notice's year).
  for (const run of runs) {
    const last = run.at(-1);
    if (!last?.y) continue;
    for (const t of run) if (!t.y && Number(t.m) <= Number(last.m)) t.y = last.y;
  }
  return runs;
}

/**
 * The notice's date a day without its year is read in (`weekdaySlips`' `issued`): none for a
 * draft whose day the văn thư writes in (`notice.undated`).
 */
export const issuedForDays = (c: { issued: string; notice: { undated?: boolean | 'day' } }) =>
  c.notice.undated === false ? c.issued : undefined;

/**
 * Each weekday in `text` that its date contradicts. A weekday is paired only with the day right
 * after it (optionally "ngày", a comma or a bracket between), or right before it in a bracket or
 * after a comma; N weekdays in a row followed by N days in a row pair in order ("Thứ Bảy, Chủ
 * nhật 12/12 và 13/12/2026"). Whatever else is left alone (a range "thứ Hai đến thứ Sáu,
 * 14/12/2026"): no warning when unsure. A date without its year is read in the notice's year
 * (`issued`, YYYY-MM-DD) as load/day-first.ts `dayInCampaignYear` reads it, and is left alone
 * without `issued` or when either year may be meant.
 */
export function weekdaySlips(text: string, issued?: string): WeekdaySlip[] {
  const t = text.normalize('NFC');
  const slips: WeekdaySlip[] = [];
  const seen = new Set<string>();
  const read = (name: string, { d = '', m = '', y }: Token) => {
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
  const tokens: Token[] = [...t.matchAll(TOKEN)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    weekday: m[1],
    d: m[2],
    m: m[3],
    y: m[4],
  }));
  const runs = runsOf(t, tokens);
  const used = new Set<Token[]>();
  const between = (a: Token[], b: Token[]) => t.slice(a.at(-1)?.end ?? 0, b[0]?.start ?? 0);
  runs.forEach((run, i) => {
    const next = runs[i + 1];
    if (!next || !run[0]?.weekday || next[0]?.weekday) return;
    if (!WEEKDAY_THEN_DAY.test(between(run, next))) return;
    used.add(run).add(next);
    if (run.length === next.length)
      run.forEach((w, j) => {
        const day = next[j];
        if (day) read(w.weekday ?? '', day);
      });
  });
  runs.forEach((run, i) => {
    const next = runs[i + 1];
    const [day] = run;
    const [w] = next ?? [];
    if (!next || used.has(run) || used.has(next) || run.length > 1 || next.length > 1) return;
    if (!day || day.weekday || !w?.weekday || !DAY_THEN_WEEKDAY.test(between(run, next))) return;
    read(w.weekday, day);
  });
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

/** Before a length of time: "trong 48h", "sau 24 giờ", "(trong) vòng 72h", "kéo dài 48h". */
const LENGTH_BEFORE = /(?:trong|sau|vòng|kéo\s+dài)\s*$/iu;

/**
 * The hours in `text` no clock has, and its spans of hours that end before they start. An hour
 * alone without its minutes ("trong 48h", "24 giờ") may be a length of time, not a clock's: only
 * an hour with its minutes ("25h00", "7:75") or in a span is read as a clock's. A length of time
 * is no clock's either: an hour or span after "trong", "sau", "vòng" ("trong 24h - 48h"), or a
 * span from 24 hours up ("48h - 72h"). A span through the night ("22h00 - 2h00", "21h - 5h
 * sáng") ends the next day, and one from late morning to an hour before 7 ("11h30 - 1h30") ends
 * in the afternoon written the 12-hour way: neither is a slip.
 */
export function timeSlips(text: string): TimeSlip[] {
  const t = text.normalize('NFC');
  const slips: TimeSlip[] = [];
  const lengthAt = (i: number) => LENGTH_BEFORE.test(t.slice(Math.max(0, i - 12), i));
  const all = [...t.matchAll(SPAN)];
  const isLength = (s: RegExpMatchArray) =>
    lengthAt(s.index ?? 0) || (Number(s[1]) >= 24 && Number(s[5]) >= 24);
  const spans = all.filter((s) => !isLength(s));
  const lengths = all.filter(isLength);
  const within = (list: RegExpMatchArray[], i: number) =>
    list.some((s) => (s.index ?? 0) <= i && i < (s.index ?? 0) + s[0].length);
  for (const m of t.matchAll(ONE_HOUR)) {
    const at = m.index ?? 0;
    if (within(lengths, at) || lengthAt(at)) continue;
    const hour = Number(m[1]);
    const minutes = m[2] ?? m[3];
    const clock = minutes !== undefined || within(spans, at);
    if (clock && (hour > 24 || Number(minutes ?? 0) > 59 || (hour === 24 && Number(minutes) > 0)))
      slips.push({ kind: 'impossible', said: m[0].trim() });
  }
  if (slips.length > 0) return slips;
  for (const s of spans) {
    const from = clockOf(s, 1);
    const to = clockOf(s, 5);
    const overnight = from.minutes >= 18 * 60 && to.minutes <= 8 * 60;
    const afternoon =
      from.minutes >= 11 * 60 &&
      from.minutes < 13 * 60 &&
      !to.part &&
      to.minutes >= 60 &&
      to.minutes < 7 * 60;
    if (to.minutes < from.minutes && !overnight && !afternoon && to.part !== 'đêm')
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
