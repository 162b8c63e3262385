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
import { firstNamed } from '../../messages/first-named.js';
import type { GroupTerm } from '../../messages/group-term-forms.js';
import { type Message, msg, withTerm } from '../../messages/message.js';
import { withoutLeadingZeros } from './leading-zeros.js';
import { leaderKey, nameKey, sameLeader } from './same-names.js';

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
  const list = firstNamed(
    shifts.map((s) => msg`id ${s.id} was "${s.was}", now "${s.now}"`),
    NAMED,
    'ids',
    '; ',
  );
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

/** A group of a list as far as its leader's link goes: its id, name and leader. */
export interface LinkedGroup extends GroupName {
  leader?: string;
  phone?: string;
}

/**
 * What a new list does to the ids of the list in use beyond shifts (idShifts): the ids it no
 * longer has (their links open nothing), and, when it looks like another list (last year's,
 * another commune's, a wrong file), every id whose name changed.
 */
export interface ListChange {
  /** Ids of the list in use that the new list lacks. */
  gone: GroupName[];
  /** Every id both lists have whose name changed, when the list looks like another; else none. */
  renamed: IdShift[];
  /** How many ids both lists have. */
  common: number;
  /** Of `renamed`, those whose leader changed as well. */
  newLeaders: number;
}

/**
 * Renamed ids that make a list another list rather than a few edited names: at least this
 * many, and at least half of the ids both lists have.
 */
const MANY_RENAMED = 3;

/**
 * How `after` changes the ids of `before`. A rename or two of a group whose leader stays is a
 * rename (not reported); most ids renamed, or an id whose name and leader both changed, is a
 * list of other groups under the same ids.
 */
export function listChange(
  before: readonly LinkedGroup[],
  after: readonly LinkedGroup[],
): ListChange {
  const afterById = new Map(after.map((g) => [g.id, g]));
  const gone = before.filter((g) => !afterById.has(g.id)).map(({ id, name }) => ({ id, name }));
  let common = 0;
  let newLeaders = 0;
  const renamed: IdShift[] = [];
  for (const g of before) {
    const now = afterById.get(g.id);
    if (!now) continue;
    common++;
    if (nameKey(now.name) === nameKey(g.name)) continue;
    renamed.push({ id: g.id, was: g.name, now: now.name });
    if (g.leader && now.leader && nameKey(g.leader) !== nameKey(now.leader)) newLeaders++;
  }
  const another =
    newLeaders > 0 || (renamed.length >= MANY_RENAMED && renamed.length * 2 >= common);
  return { gone, renamed: another ? renamed : [], common, newLeaders: another ? newLeaders : 0 };
}

/** A title written before a leader's name in some lists ("Ông", "Bà", "Ô.", "B."). */
const TITLE = /^\s*(?:ông|bà|anh|chị|cô|chú|ô\.|b\.)\s+/iu;

/**
 * Whether two groups' leaders are one person: the same name (sameLeader's personKey: capitals,
 * spaces and where a tone mark sits aside, and a title "Ông"/"Bà" before it), or the same phone.
 */
function oneLeader(a: LinkedGroup, b: LinkedGroup): boolean {
  const name = (g: LinkedGroup) => leaderKey({ leader: (g.leader ?? '').replace(TITLE, '') });
  if (sameLeader(name(a), name(b))) return true;
  return (
    a.phone !== undefined &&
    a.phone.trim() !== '' &&
    sameLeader(leaderKey({ phone: a.phone }), leaderKey({ phone: b.phone }))
  );
}

/**
 * Of the groups both lists have (at least FOREIGN_LEAST), the share led by other people (another
 * name and another phone) above which the new file is another list under the same ids and names
 * (an old ward's list uploaded over another's, qa28 m1: every leader and phone other), not the
 * same list after the tổ elections (4 of 5 leaders new is still the same list).
 */
const FOREIGN_SHARE = 0.8;
const FOREIGN_LEAST = 5;

/**
 * The groups of `before` that `after` does not have. A group is still there when the new list
 * has it under the same id and name, then under its name (renumbered: a group inserted above it
 * shifts the ids), then under its id (renamed, "Tổ dân phố 1" → "Tổ dân phố số 1"). A group
 * found by its id alone, under another name and led by another person (another name and phone),
 * is another group: dropped. When the groups both lists have are nearly all led by other people
 * (more than FOREIGN_SHARE of at least FOREIGN_LEAST; qa28 m1: an old ward's list uploaded over
 * another's, the same ids and names), the new file is another list: each of those groups whose
 * leader is another counts as dropped too.
 */
export function droppedGroups(
  before: readonly LinkedGroup[],
  after: readonly LinkedGroup[],
): GroupName[] {
  const afterByName = new Map(after.map((g) => [nameKey(g.name), g]));
  const afterById = new Map(after.map((g) => [g.id, g]));
  const byName = new Set(before.flatMap((g) => afterByName.get(nameKey(g.name)) ?? []));
  const pairs = before.map((g) => {
    const named = afterByName.get(nameKey(g.name));
    const same = afterById.get(g.id);
    if (same && named === same) return { g, now: same, byIdOnly: false };
    if (named) return { g, now: named, byIdOnly: false };
    // An id whose group another group of the list before is found under by name is taken.
    return { g, now: same && !byName.has(same) ? same : undefined, byIdOnly: true };
  });
  const otherLeader = (g: LinkedGroup, now: LinkedGroup) =>
    !!g.leader && !!now.leader && !oneLeader(g, now);
  const led = pairs.filter(({ g, now }) => now?.leader && g.leader);
  const others = led.filter(({ g, now }) => now && otherLeader(g, now)).length;
  const another = led.length >= FOREIGN_LEAST && others > led.length * FOREIGN_SHARE;
  return pairs
    .filter(({ g, now, byIdOnly }) => {
      if (!now) return true;
      if (byIdOnly && otherLeader(g, now)) return true;
      return another && (!now.leader || !g.leader || !oneLeader(g, now));
    })
    .map(({ g: { id, name } }) => ({ id, name }));
}

/**
 * The ids of the list in use that a new list lacks, as one warning: their leaders' links open
 * nothing now, and their figures are out of Kết quả (qa10 Q1: `serve` reloaded such a list
 * saying only "4 groups"). An id the new list has without its leading zeros ("01" → "1", as
 * Excel saves a list as CSV) is said to be that.
 */
export function goneIdsWarning(
  gone: readonly GroupName[],
  after: readonly GroupName[],
  file: string,
  term: GroupTerm | undefined,
): UserError {
  const unpadded = new Map(after.map((g) => [withoutLeadingZeros(g.id), g.id]));
  const zeros = gone.some((g) => unpadded.has(withoutLeadingZeros(g.id)));
  const named: Message[] = gone.map((g) => {
    const now = unpadded.get(withoutLeadingZeros(g.id));
    return now === undefined
      ? msg`id ${g.id} ("${g.name}")`
      : msg`id ${g.id} ("${g.name}"), now "${now}"`;
  });
  const list = firstNamed(named, NAMED, 'ids', '; ');
  return new UserError(
    withTerm(
      msg`${gone.length} ids of the list in use are not in the new list: ${list}; the links already sent to their leaders no longer open, and their figures are not counted`,
      term,
    ),
    { file },
    withTerm(
      zeros
        ? msg`Ids that lost their leading zeros ("01" → "1") were most likely changed by Excel saving the list as CSV: type the ids as they were (as text), or use the original workbook.`
        : msg`Keep each group's id as it was in the list the leaders' links were sent from.`,
      term,
    ),
  );
}
