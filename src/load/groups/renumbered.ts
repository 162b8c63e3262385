/**
 * Load stage, groups: a new groups file against the one already used (published to the leaders,
 * built into out/). In: both lists' ids and names. Out: the ids that now carry another group's
 * name, and one warning that names them.
 *
 * Why: leader links and reported figures belong to a group's id, and the id is often the STT
 * column, which clerks renumber after deleting a row ("Khu phố 4" merged away: 5 becomes 4,
 * 6 becomes 5). The links already sent then open another group's page and its figures count for
 * another group. A real rename (same id, its name edited, "Thôn Tây" → "Thôn Tây Hạ") is not a
 * shift: a name moved to another id, or an id taking a name another id had, is.
 */
import { UserError } from '../../errors.js';
import type { GroupTerm } from '../../messages/group-term-forms.js';
import { joined, type Message, msg, withTerm } from '../../messages/message.js';
import { nameKey } from './same-names.js';

export interface GroupName {
  id: string;
  name: string;
}

/** An id whose group is now another: it was `was`'s, it is `now`'s. */
export interface IdShift {
  id: string;
  was: string;
  now: string;
}

export function idShifts(before: readonly GroupName[], after: readonly GroupName[]): IdShift[] {
  const beforeName = new Map(before.map((g) => [g.id, g.name]));
  const idOf = (groups: readonly GroupName[]) =>
    new Map(groups.map((g) => [nameKey(g.name), g.id]));
  const beforeId = idOf(before);
  const afterId = idOf(after);
  const shifts: IdShift[] = [];
  for (const g of after) {
    const was = beforeName.get(g.id);
    if (was === undefined || nameKey(was) === nameKey(g.name)) continue;
    // The name now here was another id's, or the name that was here is now under another id.
    const movedIn = beforeId.get(nameKey(g.name));
    const movedOut = afterId.get(nameKey(was));
    if (
      (movedIn !== undefined && movedIn !== g.id) ||
      (movedOut !== undefined && movedOut !== g.id)
    )
      shifts.push({ id: g.id, was, now: g.name });
  }
  return shifts;
}

/** At most this many ids are named; the rest are counted. */
const NAMED = 3;

/** The shifts as one sentence: which ids, what their links would now open, what to do. */
export function idShiftWarning(
  shifts: readonly IdShift[],
  file: string,
  term: GroupTerm | undefined,
): UserError {
  const named: Message[] = shifts
    .slice(0, NAMED)
    .map((s) => msg`id ${s.id} was "${s.was}", now "${s.now}"`);
  const more = shifts.length - named.length;
  const list = joined(more > 0 ? [...named, msg`and ${more} more ids`] : named, '; ');
  return new UserError(
    withTerm(
      msg`${list}: the links already sent to the group leaders would open the wrong group's page, and the figures they reported would count for another group`,
      term,
    ),
    { file },
    withTerm(
      msg`Keep each group's old number in the STT column (do not renumber after deleting a row), or add a "Mã tổ" column with a code that never changes.`,
      term,
    ),
  );
}
