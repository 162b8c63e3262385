/**
 * Load stage: the campaign's own days against the notice's date (qa47 M2, m6). A notice re-used
 * from last campaign keeps its time ("08h00, Chủ nhật 01/11/2026") while its number and date are
 * made new (04/01/2027): the notice then announces an event before its own date. And a
 * `deadline` ("Thời hạn") left as it was after the event moved months later prints a deadline
 * long before the event. Each is a warning at the field, in `check` and the studio's check panel,
 * as `report.deadline`'s are (deadline-check.ts).
 */
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import { daysBefore, daysIn, ISO_DAY, ownDaysOf } from '../model/campaign-days.js';
import type { LineOf } from './campaign-checks.js';
import type { Campaign } from './campaign-schema.js';
import { writtenDay, writtenIssued } from './day-first.js';

/** How long before the campaign's first day a `deadline` may fall (a sign-up before a drill). */
const DEADLINE_LEAD_DAYS = 30;

/**
 * The warnings on the campaign's last day before the notice's (a period already under way when
 * the notice is dated is no mistake), and on a stale `deadline`.
 */
export function eventDayWarnings(c: Campaign, file: string, lineOf: LineOf): UserError[] {
  const days = ownDaysOf(c);
  if (!days) return [];
  const warnings: UserError[] = [];
  const issued = ISO_DAY.test(c.issued) ? c.issued : undefined;
  // A contest's end before the notice's date is checkContestDates' (campaign-checks.ts).
  if (issued && !days.contest && days.ends < issued) {
    warnings.push(
      new UserError(
        msg`the campaign's time ${writtenDay(days.ends)} is before the notice's date ${writtenIssued(c)}: the notice would announce an event before its own date`,
        { file, line: lineOf(['when']), field: 'when' },
        msg`Check the day and year of the time (and of the notice's body), or the notice's date: a notice copied from an earlier campaign keeps its old days.`,
      ),
    );
  }
  // The last day `deadline` names, long before the event starts: kept from the campaign before.
  const deadline = (c.deadline ?? '').includes('{{') ? [] : daysIn(c.deadline ?? '', c.issued);
  const last = deadline.sort().at(-1);
  if (!days.contest && last && last < daysBefore(days.starts, DEADLINE_LEAD_DAYS)) {
    warnings.push(
      new UserError(
        msg`the deadline ${writtenDay(last)} is long before the campaign's first day ${writtenDay(days.starts)}: it may be the earlier campaign's`,
        { file, line: lineOf(['deadline']), field: 'deadline' },
        msg`Check the deadline: it is printed on the flyer, the checklist and the tracking sheet.`,
      ),
    );
  }
  return warnings;
}
