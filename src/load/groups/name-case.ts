/**
 * Load stage, groups: a name typed all in small letters ("tổ dân phố số 11") in a list whose
 * other names begin with a capital. In: the groups read. Out: a warning per such name, naming
 * its row; the name itself is left as typed (it may be meant so), it prints on the notice's
 * "Bản gửi", the ZIPs and the tabs.
 */

import { UserError } from '../../errors.js';
import { msg } from '../../messages/message.js';
import { upperFirst } from '../../model/format.js';
import { isNumberedRest, unitWordOf } from '../../model/group-term.js';
import type { Group } from '../types.js';
import type { Column } from './columns.js';

const firstLetter = (name: string) => /\p{L}/u.exec(name)?.[0] ?? '';
const isSmall = (letter: string) => letter !== letter.toLocaleUpperCase('vi');

/**
 * The name as a proper name is written: the unit word's first letter a capital ("Tổ dân phố",
 * "Thôn"), every word of the name after it too ("Thôn Tân Lập", not "Thôn tân lập": qa11 Q20),
 * a number's "số" not ("Tổ dân phố số 11"). A name with no unit word: every word.
 */
export function capitalised(name: string): string {
  const text = name.trim();
  const unit = unitWordOf(text);
  const rest = unit ? text.slice(unit.length) : text;
  const words = isNumberedRest(rest) ? rest : rest.replace(/\p{L}+/gu, upperFirst);
  return unit ? upperFirst(text.slice(0, unit.length)) + words : words;
}

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
        { file, row: g.source.row, sheet: g.source.sheet, field: name.header },
        msg`If it should begin with a capital ("${capitalised(g.name)}"), correct it in the file.`,
      ),
  );
}
