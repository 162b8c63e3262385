/**
 * Output stage: the error for a `--group` id the groups file does not have, with the id the user
 * most likely meant. In: the id as typed and the loaded groups. Out: a UserError at `--group`.
 *
 * Likely meant, in this order: a group's name typed for its id ("Khu phố 45", qa7 L1); the
 * number without (or with) the zeros the file writes ("1" for "01", qa17); a sheet's own number
 * in a ward kept one sheet per old ward, each numbered from 1, whose ids carry the sheet's short
 * name ("1" for "HBac-1" and "HBo-1": every one of them is said, qa20).
 */
import { UserError } from '../errors.js';
import { idKey } from '../load/groups/same-names.js';
import type { Group } from '../load/types.js';
import { joined, msg, withTerm } from '../messages/message.js';
import type { GroupTerm } from '../model/group-term.js';

const nameKey = (s: string) =>
  s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

export function unknownGroupError(
  id: string,
  groups: readonly Group[],
  term: GroupTerm | undefined,
  file: string,
): UserError {
  const named = groups.filter((g) => nameKey(g.name) === nameKey(id));
  const numbered = /^\d+$/.test(id)
    ? groups.filter((g) => /^\d+$/.test(g.id) && Number(g.id) === Number(id))
    : [];
  const onSheets = groups.filter(
    (g) => g.source.part?.id !== undefined && idKey(g.source.part.id) === idKey(id),
  );
  const first = (gs: readonly Group[]) => gs[0]?.id ?? '';
  const hint =
    named.length === 1
      ? msg`"${id}" is a name; that group's id is ${first(named)}: --group ${first(named)}.`
      : numbered.length === 1
        ? msg`The groups file writes that id "${first(numbered)}": --group ${first(numbered)}.`
        : onSheets.length > 0
          ? msg`Each sheet of the groups file numbers its groups from 1, and each id is given its sheet's short name: "${id}" is ${joined(
              onSheets.map((g) => msg`"${g.name}" (id ${g.id})`),
              ', ',
            )}: --group ${first(onSheets)}.`
          : msg`Use an id from the STT / Mã tổ column.`;
  // Said in the ward's word wherever it is read ("không có thôn mã …").
  return new UserError(
    withTerm(msg`no group with id "${id}"`, term),
    { file, field: '--group' },
    withTerm(hint, term),
  );
}
