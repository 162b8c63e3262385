/**
 * Load stage: a `report.deadline` (hạn báo cáo) that cannot be the one meant (review46 #2). A
 * year typo (10/12/2025 for 10/12/2026) or a day before the notice or the campaign's first day
 * marks every figure a leader sends "gửi sau hạn báo cáo" on Kết quả, in the report to the city
 * and its spreadsheet; a day more than a year after the campaign's last day marks none. Each is a
 * warning at the field, in `check` and the studio's check panel.
 */
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import { ISO_DAY, ownDaysOf, yearAfter } from '../model/campaign-days.js';
import { signUpDayOf } from '../model/deadline-word.js';
import type { LineOf } from './campaign-checks.js';
import type { Campaign } from './campaign-schema.js';
import { writtenDay, writtenIssued } from './day-first.js';

/** The warning on `report.deadline` before the notice or the campaign, or long after its end. */
export function deadlineWarnings(c: Campaign, file: string, lineOf: LineOf): UserError[] {
  const deadline = c.report?.deadline;
  if (!deadline) return [];
  const at = { file, line: lineOf(['report', 'deadline']), field: 'report.deadline' };
  const hint = msg`Check the deadline's year: it is the last day the groups send their figures, on or after the campaign's first day.`;
  const days = ownDaysOf(c);
  const issued = ISO_DAY.test(c.issued) ? c.issued : undefined;
  const day = writtenDay(deadline);
  if (issued && deadline < issued) {
    return [
      new UserError(
        msg`the reporting deadline ${day} is before the notice's date ${writtenIssued(c)}: every figure would be marked as sent late`,
        at,
        hint,
      ),
    ];
  }
  if (days && deadline < days.starts) {
    return [
      new UserError(
        msg`the reporting deadline ${day} is before the campaign's first day ${writtenDay(days.starts)}: every figure would be marked as sent late`,
        at,
        hint,
      ),
    ];
  }
  const last = days?.ends ?? issued;
  if (last && deadline > yearAfter(last)) {
    const text = days
      ? msg`the reporting deadline ${day} is more than a year after the campaign's last day ${writtenDay(last)}: no figure would be marked as sent late`
      : msg`the reporting deadline ${day} is more than a year after the notice's date ${writtenDay(last)}: no figure would be marked as sent late`;
    return [new UserError(text, at, hint)];
  }
  return [];
}

/**
 * The warning on a sign-up's `deadline` (model/deadline-word.ts countsSignUps) after the campaign's first day
 * (review57b #9: a swimming class from 07/6 with "Hạn đăng ký: 15/6"): the papers ask to sign up
 * for a class already begun, and Kết quả cannot tell a sign-up from a figure of the event.
 */
export function signUpDayWarnings(c: Campaign, file: string, lineOf: LineOf): UserError[] {
  const signUpBy = signUpDayOf(c);
  const starts = ownDaysOf(c)?.starts;
  if (!signUpBy || !starts || signUpBy <= starts) return [];
  return [
    new UserError(
      msg`the sign-up deadline ${writtenDay(signUpBy)} is after the campaign's first day ${writtenDay(starts)}: the papers ask residents to sign up for what has already begun`,
      { file, line: lineOf(['deadline']), field: 'deadline' },
      msg`Check the deadline: it is the last day to sign up, on or before the first day ${writtenDay(starts)}.`,
    ),
  ];
}
