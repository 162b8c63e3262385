/**
 * Serve stage: where the campaign is in its time, as its leader's page says it (qa25c F1: a page
 * opened after the contest had ended still said "Gửi tin nhắn ngay…", "In 124 tờ A4"). In: the
 * campaign's dates (a contest's `starts`/`ends`; else the full dates the group's `when` line
 * prints, "Chủ nhật 29/3/2026", "Từ ngày 10/12/2026 đến hết ngày 15/01/2027") and today in
 * Viet Nam (YYYY-MM-DD, the server's one clock: ServerOptions.today). Out: whether it has not
 * started, runs or has ended, with the days as the page writes them ("04/12/2026"). The days
 * themselves are model/campaign-days.ts's, which the results' late mark reads too.
 */

import { writtenDay } from '../load/day-first.js';
import { type CampaignDays, endedOn } from '../model/campaign-days.js';

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

/** Where `today` (YYYY-MM-DD, Viet Nam) is in the campaign's days; null without days. */
export function periodView(days: CampaignDays | null, today: string): PeriodView | null {
  if (!days) return null;
  return {
    // Another campaign's `when` line already says its day on the page.
    before: days.contest && today < days.starts,
    ended: endedOn(days, today) !== undefined,
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
