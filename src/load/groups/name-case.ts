/**
 * Load stage, groups: a name typed all in small letters ("tổ dân phố số 11") in a list whose
 * other names begin with a capital. In: the groups read. Out: a warning per such name, naming
 * its row; the name itself is left as typed (it may be meant so), it prints on the notice's
 * "Bản gửi", the ZIPs and the tabs.
 */
import { UserError } from '../../errors.js';
import { msg } from '../../messages/message.js';
import type { Group } from '../types.js';
import type { Column } from './columns.js';

const firstLetter = (name: string) => /\p{L}/u.exec(name)?.[0] ?? '';
const isSmall = (letter: string) => letter !== letter.toLocaleUpperCase('vi');
const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

export function smallLetterNameWarnings(
  groups: readonly Group[],
  name: Column,
  file: string,
): UserError[] {
  const small = groups.filter((g) => isSmall(firstLetter(g.name)));
  // Only against a list that writes its names with a capital: most of them, at least two.
  const capitals = groups.length - small.length;
  if (capitals < 2 || small.length * 2 >= groups.length) return [];
  return small.map(
    (g) =>
      new UserError(
        msg`the name "${g.name}" begins with a small letter where the other names begin with a capital: it is printed as typed`,
        { file, row: g.source.row, field: name.header },
        msg`If it should begin with a capital ("${upperFirst(g.name)}"), correct it in the file.`,
      ),
  );
}
