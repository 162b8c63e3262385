/**
 * Load stage: a campaign that gives residents no time at all (qa48 m2). Without a contest's
 * dates, a `when` or a `deadline`, its flyer and the leader's Zalo message say no day — the
 * studio-made voter-list check told residents to check the list and never until when, while its
 * notice's body said "đến hết ngày 14/3/2026" — and `check` said "ok". A warning at `when`, in
 * `check` and the studio's check panel.
 */
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import type { LineOf } from './campaign-checks.js';
import type { Campaign } from './campaign-schema.js';

/** The warnings made here: a build of kinds that print no day drops them (`isTimeless`). */
const made = new WeakSet<UserError>();

/** Whether `w` is this check's warning (the flyer and the message say no day). */
export const isTimeless = (w: UserError): boolean => made.has(w);

/**
 * The kinds that would print the missing day: a build of none of them (`--kind notice`) is not
 * warned (qa48 m2 follow-up): the warning is of the flyer and its message, not of the campaign.
 */
export const TIMELESS_KINDS: readonly string[] = ['flyer', 'share-flyer'];

export function timelessWarnings(c: Campaign, file: string, lineOf: LineOf): UserError[] {
  if (c.contest || c.when.trim() || c.deadline.trim()) return [];
  // No flyer is made without steps, an app or a time and place (output/skipped-kinds.ts
  // isNoticeOnly: "chỉ làm thông báo", as every Word import starts): nothing says no day, and
  // filling `when` would only add a flyer the office did not ask for (final-read47).
  if (!c.app && c.actions.length === 0 && !c.where.trim()) return [];
  const warning = new UserError(
    msg`the campaign gives no time: the flyer and the Zalo message to the groups say no day, and residents cannot tell until when`,
    { file, line: lineOf(['when']), field: 'when' },
    msg`Fill in "when" (when residents are expected, e.g. "Từ ngày 03/02/2026 đến hết ngày 14/3/2026") or "deadline" (the last day); the notice's body is not printed on the flyer.`,
  );
  made.add(warning);
  return [warning];
}
