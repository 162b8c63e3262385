/**
 * Output stage: a campaign whose days are over on the day its papers are made (qa47 M2, m5): a
 * notice re-used with last month's time. The studio's "Tạo tệp in" asks before making such a
 * campaign's files (studio/print-old.ts, which asks of an ended contest too); `check` and `build`
 * said "ổn". Said at campaign.yaml's `when` (`CAMPAIGN_VALUE`, mapped to its line by the caller),
 * as a past `deadline` is (empty-cells.ts `deadlineDayWarnings`). A contest's end is not said
 * here: the example ward, a contest of 2025, is the suite's campaign without warnings (qa47 m5).
 */
import { UserError } from '../errors.js';
import type { Campaign } from '../load/campaign.js';
import { writtenDay } from '../load/day-first.js';
import { msg } from '../messages/message.js';
import { ownDaysOf } from '../model/campaign-days.js';
import { CAMPAIGN_VALUE } from '../template/handlebars.js';

const eventPast = (ends: string, today: string) =>
  msg`the campaign's time ended on ${ends} (today is ${today}): the papers would announce an event already over`;
const EVENT_PAST_KEY = eventPast('', '').key;

/** A warning of eventPastWarnings' (the studio's print tab says them as `check` does). */
export const isEventPastWarning = (w: UserError): boolean => w.text.key === EVENT_PAST_KEY;

/** The warning on a campaign whose last day is before `today` (YYYY-MM-DD), if it is. */
export function eventPastWarnings(campaign: Campaign, today: string): UserError[] {
  const days = ownDaysOf(campaign);
  if (!days || days.contest || days.ends >= today) return [];
  return [
    new UserError(
      eventPast(writtenDay(days.ends), writtenDay(today)),
      { file: CAMPAIGN_VALUE, field: 'when', line: 1 },
      msg`For a new campaign, give its own days (and a new notice number and date); to print the old papers again for the record, this warning can be left.`,
    ),
  ];
}
