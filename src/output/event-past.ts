/**
 * Output stage: a campaign whose days are over on the day its papers are made (qa47 M2, m5): a
 * notice re-used with last month's time. `check` and `build` said "ổn". Said at campaign.yaml's
 * `when` (`CAMPAIGN_VALUE`, mapped to its line by the caller), as a past `deadline` is
 * (empty-cells.ts `deadlineDayWarnings`); the studio's "Tạo tệp in" asks before making such a
 * campaign's files by the same rule and in the same words (campaign-days.ts `endedOn`,
 * studio/print-old.ts). A contest's end is not said here (the studio asks of it): the example
 * ward, a contest of 2025, is the suite's campaign without warnings (`endedOn`).
 */
import { UserError } from '../errors.js';
import type { Campaign } from '../load/campaign.js';
import { writtenDay } from '../load/day-first.js';
import { msg } from '../messages/message.js';
import { endedOn, ownDaysOf } from '../model/campaign-days.js';
import { CAMPAIGN_VALUE } from '../template/handlebars.js';
import { wardDay, wardTime } from '../ward-time.js';

/** The one sentence of a campaign over (`ends`, `today` as written): `check`'s and the studio's. */
export const eventPastSaid = (ends: string, today: string) =>
  msg`the campaign's time ended on ${ends} (today is ${today}): the papers would announce an event already over`;

/** The one sentence of a campaign over earlier today, at the hour its `when` ends. */
export const endedTodaySaid = (ends: string, now: string) =>
  msg`the campaign's time ended today at ${ends} (it is ${now} now): the papers would announce an event already over`;

const EVENT_PAST_KEYS = new Set([eventPastSaid('', '').key, endedTodaySaid('', '').key]);

/** A warning of eventPastWarnings' (the studio's print tab says them as `check` does). */
export const isEventPastWarning = (w: UserError): boolean => EVENT_PAST_KEYS.has(w.text.key);

const NEW_DAYS_HINT = msg`For a new campaign, give its own days (and a new notice number and date); to print the old papers again for the record, this warning can be left.`;

/**
 * An end time in words: after "đến"/"tới" or a dash, an hour with its mark ("17h30", "17g", "17 giờ
 * 30", "17:30") and maybe the part of the day ("5 giờ chiều").
 */
const END_TIME =
  /(?:(?<![\p{L}\p{M}])(?:đến|tới)|[-–—])\s*(?:hết\s+)?(\d{1,2})\s*(?:(?:giờ|h|g)(?![\p{L}\p{M}])\s*(\d{2})?|:(\d{2}))(?![\d/])(?:\s*(sáng|trưa|chiều|tối|đêm|pm|am)(?![\p{L}\p{M}]))?/giu;

/** The hour on a 24-hour clock of `hour` said with a part of the day ("5 giờ chiều": 17). */
function dayHour(hour: number, part: string | undefined): number {
  const said = part?.toLocaleLowerCase('vi');
  if (hour >= 12 || !said) return hour;
  if (said === 'chiều' || said === 'tối' || said === 'pm') return hour + 12;
  if (said === 'đêm') return hour >= 6 ? hour + 12 : hour;
  if (said === 'trưa') return hour <= 2 ? hour + 12 : hour;
  return hour;
}

/**
 * The hour a `when` line ends at, "HH:MM": the latest time after a "đến"/"tới" or a dash ("Từ
 * 00h00 đến 01h00 ngày 07/12/2026", "từ 7h00 – 11h30, Chủ nhật 13/12/2026", "chiều 13h30–17h,
 * sáng 7h–11h": 17:00); undefined when it gives none, or ends at the day's end ("đến 24h00").
 */
export function endHourOf(when: string): string | undefined {
  let latest: number | undefined;
  for (const m of when.matchAll(END_TIME)) {
    const hour = dayHour(Number(m[1]), m[4]);
    const minute = Number(m[2] ?? m[3] ?? '0');
    if (hour > 23 || minute > 59) return undefined;
    const at = hour * 60 + minute;
    if (latest === undefined || at > latest) latest = at;
  }
  if (latest === undefined) return undefined;
  const hh = String(Math.floor(latest / 60)).padStart(2, '0');
  return `${hh}:${String(latest % 60).padStart(2, '0')}`;
}

/**
 * The warning on a campaign over on `today` (YYYY-MM-DD, campaign-days.ts `endedOn`), if it is;
 * and on one whose last day is today when the hour its `when` ends at has passed (qa49 m2: "Từ
 * 00h00 đến 01h00 ngày 07/12/2026" at 02:41 was printed as current). The hour is the clock's
 * (`now`), and only on the clock's own day: a run told another day (a test's) has no hour.
 */
export function eventPastWarnings(
  campaign: Campaign,
  today: string,
  now: number = Date.now(),
): UserError[] {
  const days = ownDaysOf(campaign);
  if (days?.contest) return [];
  const where = { file: CAMPAIGN_VALUE, field: 'when', line: 1 };
  const ends = endedOn(days, today);
  if (ends)
    return [
      new UserError(eventPastSaid(writtenDay(ends), writtenDay(today)), where, NEW_DAYS_HINT),
    ];
  if (!days || days.ends !== today || wardDay(now) !== today) return [];
  const hour = endHourOf(campaign.when ?? '');
  const clock = wardTime(new Date(now)).slice(11);
  if (!hour || clock <= hour) return [];
  return [new UserError(endedTodaySaid(hour, clock), where, NEW_DAYS_HINT)];
}
