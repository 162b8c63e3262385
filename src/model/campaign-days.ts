/**
 * Model stage: a campaign's days (qa25c F1). A contest's `starts`/`ends`; else the full dates its
 * `when` line prints ("Chủ nhật 29/3/2026", "Từ ngày 10/12/2026 đến hết ngày 15/01/2027") and its
 * days written without a year, in the year the notice means. Read by serve's leader page (where
 * the campaign is in its time, serve/period.ts), the studio's campaign list and leaders tab, and
 * the results' late mark (results/late.ts), so that data flows one way: model, then its readers.
 * `ownDaysOf` is the loaded campaign's own days, the one reading of them that `check`'s warnings
 * (load/deadline-check.ts, load/event-day-check.ts, output/event-past.ts) and the late mark share.
 */

import type { Campaign } from '../load/campaign-schema.js';
import { fullDaysIn } from '../load/day-first.js';
import { openEnded, reversedPeriod, yearlessDaysOf } from '../load/when-dates.js';

/** A campaign's first and last days (YYYY-MM-DD); a contest's are its own, others' their `when`'s. */
export interface CampaignDays {
  contest: boolean;
  starts: string;
  ends: string;
}

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
 * the campaign began. Null too when its end is left open ("đến khi có thông báo mới", qa49 M1):
 * its one day is its start, and no reader may say it ended then.
 */
export function campaignDays(
  contest: { starts: string; ends: string } | null,
  when: string,
  issued?: string,
): CampaignDays | null {
  if (contest) return { contest: true, starts: contest.starts, ends: contest.ends };
  if (reversedPeriod(when) || openEnded(when)) return null;
  const days = daysIn(when, issued).sort();
  const first = days[0];
  const last = days[days.length - 1];
  return first && last ? { contest: false, starts: first, ends: last } : null;
}

/** A day written YYYY-MM-DD (a campaign's `issued` may be a month alone, "2026-12"). */
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The campaign's own days, as campaign.yaml gives them: its contest's, else its `when` line's,
 * a day written without its year in the notice's year. A `when` a groups column fills
 * ("{{group.[Ngày]}}") has no days of its own here: each group's are its cells (checked apart).
 */
export function ownDaysOf(c: Pick<Campaign, 'contest' | 'when' | 'issued'>): CampaignDays | null {
  const when = c.when ?? '';
  return campaignDays(c.contest ?? null, when.includes('{{') ? '' : when, c.issued.slice(0, 10));
}

/** The day a year after `iso` (YYYY-MM-DD); 29 February goes to 1 March. */
export function yearAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

/** The day `days` before `iso` (YYYY-MM-DD). */
export const daysBefore = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The day the campaign ended, when it is over on `today` (YYYY-MM-DD): its last day (a contest's
 * end, else its `when` line's last day) before today. The one rule of "the campaign is over": the
 * studio's "Tạo tệp in" asks by it (studio/print-old.ts, qa31 M3) and `check`/`build` warn by it
 * (output/event-past.ts), in the same sentence. `check` alone leaves a contest's end unsaid: the
 * example ward, a contest of 2025, is the suite's campaign without warnings, and saying it there
 * needs the example re-dated first (closing45, qa47 m5).
 */
export function endedOn(days: CampaignDays | null | undefined, today: string): string | undefined {
  return days && days.ends < today ? days.ends : undefined;
}
