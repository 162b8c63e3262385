/**
 * Load stage: a `deadline` ("Thời hạn") holding a {{…}} (qa58 M7). No template fills it for a
 * group: a per-group column ("{{group.[Hạn hoàn thành]}}") printed with its braces on every
 * flyer, checklist and sign-up list, and a warning did not stop the papers being made. The
 * studio offers a group's column in "Thời gian", "Địa điểm" and the actions, not here: the
 * value is refused, at `check` and at the studio's Lưu, naming the field and where a group's
 * own day goes.
 */
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import type { LineOf } from './campaign-checks.js';
import type { Campaign } from './campaign-schema.js';

/** `{{group.[Hạn hoàn thành]}}` / `{{group.han}}`: the column named. */
const GROUP_CELL = /\{\{\s*group\.(?:\[([^\]]+)\]|([^\s}]+))\s*\}\}/u;

/** The error on a `deadline` that would print its {{…}} as typed, or none. */
export function deadlineBraceErrors(c: Campaign, file: string, lineOf: LineOf): UserError[] {
  const text = (c.deadline ?? '').trim();
  if (!text.includes('{{')) return [];
  const at = { file, line: lineOf(['deadline']), field: 'deadline' };
  const m = GROUP_CELL.exec(text);
  const column = m?.[1] ?? m?.[2];
  return [
    new UserError(
      msg`the deadline (deadline) "${text}" is the same for every group and is not filled in for each: its {{…}} would print with its braces on every flyer, checklist and list`,
      at,
      column
        ? msg`Write one day for every group here (e.g. 30/06/2027), or leave it empty; a group's own day from the column "${column}" goes in an action (e.g. "Đăng ký với tổ trưởng trước ngày {{group.[${column}]}}") or in the time (when), which are filled in for each group.`
        : msg`Write one day for every group here (e.g. 30/06/2027), or leave it empty; a group's own day from a column of the groups list goes in an action or in the time (when), which are filled in for each group.`,
    ),
  ];
}
