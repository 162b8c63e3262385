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

/** The one sentence of a campaign over (`ends`, `today` as written): `check`'s and the studio's. */
export const eventPastSaid = (ends: string, today: string) =>
  msg`the campaign's time ended on ${ends} (today is ${today}): the papers would announce an event already over`;
const EVENT_PAST_KEY = eventPastSaid('', '').key;

/** A warning of eventPastWarnings' (the studio's print tab says them as `check` does). */
export const isEventPastWarning = (w: UserError): boolean => w.text.key === EVENT_PAST_KEY;

/** The warning on a campaign over on `today` (YYYY-MM-DD, campaign-days.ts `endedOn`), if it is. */
export function eventPastWarnings(campaign: Campaign, today: string): UserError[] {
  const days = ownDaysOf(campaign);
  const ends = days?.contest ? undefined : endedOn(days, today);
  if (!ends) return [];
  return [
    new UserError(
      eventPastSaid(writtenDay(ends), writtenDay(today)),
      { file: CAMPAIGN_VALUE, field: 'when', line: 1 },
      msg`For a new campaign, give its own days (and a new notice number and date); to print the old papers again for the record, this warning can be left.`,
    ),
  ];
}
