/**
 * Output stage: the error for a `--group` id the groups file does not have, with the id the user
 * most likely meant. In: the id as typed and the loaded groups. Out: a UserError at `--group`.
 *
 * What was typed is read by the namer the results import and the residents list read a row's
 * group with (results-names.ts `groupNamer`), so the three say the same guess. Likely meant, in
 * this order: a group's name typed for its id ("Khu phố 45", qa7 L1; also without its bracketed
 * remark, or with an en dash); the number without (or with) the zeros the file writes ("1" for
 * "01", qa17); a sheet's own number in a ward kept one sheet per old ward, each numbered from 1,
 * whose ids carry the sheet's short name ("1" for "HBac-1" and "HBo-1": every one of them is
 * said, qa20); a looser name ("TDP 9" for "Tổ dân phố 9", a typo) or, where the groups' names
 * carry no number, a unit word and a number ("Thôn 1" for the thôn whose id is 1, qa22 #3).
 */
import { UserError } from '../errors.js';
import { idKey } from '../load/groups/same-names.js';
import { groupNamer } from '../load/results-names.js';
import type { Group } from '../load/types.js';
import { joined, msg, withTerm } from '../messages/message.js';
import type { GroupTerm } from '../model/group-term.js';

export function unknownGroupError(
  id: string,
  groups: readonly Group[],
  term: GroupTerm | undefined,
  file: string,
): UserError {
  const namer = groupNamer(groups);
  const asName = namer.find('', id);
  const named = 'group' in asName ? asName.group : undefined;
  const asId = /^\d+$/.test(id) ? namer.find(id, '') : {};
  const numbered =
    'group' in asId
      ? asId.group
      : 'likely' in asId && asId.by === 'id' && /^\d+$/.test(asId.likely?.id ?? '')
        ? asId.likely
        : undefined;
  const onSheets = groups.filter(
    (g) => g.source.part?.id !== undefined && idKey(g.source.part.id) === idKey(id),
  );
  const likely = 'likely' in asName ? asName.likely : undefined;
  const hint = named
    ? msg`"${id}" is a name; that group's id is ${named.id}: --group ${named.id}.`
    : numbered
      ? msg`The groups file writes that id "${numbered.id}": --group ${numbered.id}.`
      : onSheets.length > 0
        ? msg`Each sheet of the groups file numbers its groups from 1, and each id is given its sheet's short name: "${id}" is ${joined(
            onSheets.map((g) => msg`"${g.name}" (id ${g.id})`),
            ', ',
          )}: --group ${onSheets[0]?.id ?? ''}.`
        : likely
          ? msg`No group has the id or the name "${id}": is it "${likely.name}" (id ${likely.id})? If so: --group ${likely.id}.`
          : msg`Use an id from the STT / Mã tổ column.`;
  // Said in the ward's word wherever it is read ("không có thôn mã …").
  return new UserError(
    withTerm(msg`no group with id "${id}"`, term),
    { file, field: '--group' },
    withTerm(hint, term),
  );
}
