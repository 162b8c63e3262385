/**
 * Serve stage: where the campaign is in its time, as its leader's page says it (qa25c F1: a page
 * opened after the contest had ended still said "Gửi tin nhắn ngay…", "In 124 tờ A4"). In: the
 * campaign's dates (a contest's `starts`/`ends`; else the full dates the group's `when` line
 * prints, "Chủ nhật 29/3/2026", "Từ ngày 10/12/2026 đến hết ngày 15/01/2027") and today in
 * Viet Nam (YYYY-MM-DD, the server's one clock: ServerOptions.today). Out: whether it has not
 * started, runs or has ended, with the days as the page writes them ("04/12/2026").
 */

import { fullDaysIn, writtenDay } from '../load/day-first.js';
import { reversedPeriod, yearlessDaysOf } from '../load/when-dates.js';

/** A campaign's first and last days (YYYY-MM-DD); a contest's are its own, others' their `when`'s. */
export interface CampaignDays {
  contest: boolean;
  starts: string;
  ends: string;
}

/** What the leader's page says of the campaign's time (leader.hbs `period`). */
export interface PeriodView {
  /** Today is before the first day: the page says when it starts (a contest's; `when` says others'). */
  before: boolean;
  /** The last day has passed: the page says so, and stops asking to send and print. */
  ended: boolean;
  contest: boolean;
  /** "05/11/2026", "04/12/2026". */
  startsOn: string;
  endsOn: string;
}

/** Nothing to say (no days, or no clock): every key present, the page's template is strict. */
export const NO_PERIOD: PeriodView = {
  before: false,
  ended: false,
  contest: false,
  startsOn: '',
  endsOn: '',
};

/**
 * The days a `when` line names, YYYY-MM-DD, real ones only: its full days ("15/12/2026", "ngày
 * 15 tháng 12 năm 2026"), and its days written
 * without a year ("ngày 15/12", "15/12, 19h30"): a period's first day in its end's year ("từ
 * 15/12 đến 20/12/2026"), any other, given the notice's date (`issued`), in the year the notice
 * means (load/when-dates.ts `yearlessDaysOf`; one either year may mean is left out, and `check`
 * says it: output/empty-cells.ts `yearlessWhenWarnings`).
 */
export function daysIn(text: string, issued?: string): string[] {
  return [...fullDaysIn(text), ...yearlessDaysOf(text, issued).flatMap((d) => d.iso ?? [])];
}

/**
 * The campaign's days: a contest's `starts` and `ends`, else the first and last days of the
 * group's `when` as its papers print it (`daysIn`, a day without its year in the notice's
 * year); null when it names none (nothing to say), or when it
 * writes a period that ends before it starts (qa26 F11: "Từ ngày 05/12/2026 đến hết ngày
 * 15/01/2026", refused by the check but still possible in a group's own column): its days sorted
 * would make the start day the end, and the page said "đã kết thúc ngày 05/12/2026" the day after
 * the campaign began.
 */
export function campaignDays(
  contest: { starts: string; ends: string } | null,
  when: string,
  issued?: string,
): CampaignDays | null {
  if (contest) return { contest: true, starts: contest.starts, ends: contest.ends };
  if (reversedPeriod(when)) return null;
  const days = daysIn(when, issued).sort();
  const first = days[0];
  const last = days[days.length - 1];
  return first && last ? { contest: false, starts: first, ends: last } : null;
}

/** Where `today` (YYYY-MM-DD, Viet Nam) is in the campaign's days; null without days. */
export function periodView(days: CampaignDays | null, today: string): PeriodView | null {
  if (!days) return null;
  return {
    // Another campaign's `when` line already says its day on the page.
    before: days.contest && today < days.starts,
    ended: today > days.ends,
    contest: days.contest,
    startsOn: writtenDay(days.starts),
    endsOn: writtenDay(days.ends),
  };
}

/**
 * A static site's page (`build --site`), made once, cannot know today: the campaign's days as
 * it prints them and as YYYY-MM-DD, for share.js to show the note the served page says
 * (before a contest, after the last day) by the phone's own date; null without days.
 */
export function siteDaysOf(days: CampaignDays | null) {
  if (!days) return null;
  return { ...days, startsOn: writtenDay(days.starts), endsOn: writtenDay(days.ends) };
}
