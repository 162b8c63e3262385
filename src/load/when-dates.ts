/**
 * Load stage: the period a campaign text writes in words, "Từ ngày 05/12/2026 đến hết ngày
 * 15/01/2027", read one way by the check of the campaign (campaign-checks.ts: an end before the
 * start in `when`, a body whose end date is not the one `when` says) and by the leader's page
 * (serve/period.ts: "đã kết thúc ngày …"). Only full days (day/month/year) that are on the
 * calendar are read; a period's end is the day after "đến"/"tới" or a dash following a day, or
 * after "đến hết (ngày)" on its own ("gia hạn đến hết ngày 15/01/2027").
 */

/** A period a text writes: its first and last days, YYYY-MM-DD, as typed (maybe reversed). */
export interface WrittenPeriod {
  from: string;
  to: string;
}

const DAY = String.raw`(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)`;
/** "05/12/2026 đến hết ngày 15/01/2027", "05/12/2026 - 15/01/2027". */
const RANGE = new RegExp(
  String.raw`(?:(?<![\p{L}\p{M}])từ\s+)?(?:ngày\s+)?(?<!\d)${DAY}\s*(?:đến|tới|[-–—])\s*(?:hết\s+)?(?:ngày\s+)?${DAY}`,
  'giu',
);
/** "đến hết ngày 15/01/2027" without a first day before it. */
const UNTIL = new RegExp(String.raw`(?:đến|tới)\s+hết\s+(?:ngày\s+)?(?<!\d)${DAY}`, 'giu');

/** The ISO day of a written one, or undefined when the calendar has no such day (31/02). */
function isoOf(d = '', m = '', y = ''): string | undefined {
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

/** The periods ("từ … đến …") a text writes, in its order, their days as typed. */
export function periodsIn(text: string): WrittenPeriod[] {
  return [...text.matchAll(RANGE)].flatMap((m) => {
    const from = isoOf(m[1], m[2], m[3]);
    const to = isoOf(m[4], m[5], m[6]);
    return from && to ? [{ from, to }] : [];
  });
}

/** An end day a text gives, and the words that give it ("từ ngày … đến hết ngày …"). */
export interface WrittenEnd {
  day: string;
  said: string;
}

/** The last days a text gives a period, in its order: each period's end, each "đến hết ngày …". */
export function endsIn(text: string): WrittenEnd[] {
  const ends: (WrittenEnd & { at: number })[] = [];
  for (const m of text.matchAll(RANGE)) {
    const day = isoOf(m[4], m[5], m[6]);
    if (day && isoOf(m[1], m[2], m[3])) ends.push({ day, said: m[0], at: m.index });
  }
  for (const m of text.matchAll(UNTIL)) {
    const day = isoOf(m[1], m[2], m[3]);
    // Not the end of a period already read ("từ ngày … đến hết ngày …").
    const within = ends.some((e) => e.at <= m.index && m.index < e.at + e.said.length);
    if (day && !within) ends.push({ day, said: m[0], at: m.index });
  }
  return ends.sort((a, b) => a.at - b.at).map(({ day, said }) => ({ day, said }));
}

/** The first period of `text` that ends before it starts ("05/12/2026 đến hết ngày 15/01/2026"). */
export function reversedPeriod(text: string): WrittenPeriod | undefined {
  return periodsIn(text).find((p) => p.to < p.from);
}

/** "2026-12-05" → "05/12/2026", as the office writes a day. */
export const writtenDay = (iso: string) => iso.split('-').reverse().join('/');

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
    isoOf(meant.slice(8), meant.slice(5, 7), meant.slice(0, 4)) === undefined
  )
    return undefined;
  const days = (Date.parse(meant) - Date.parse(from)) / 86_400_000;
  return days <= 183 ? meant : undefined;
}
