/**
 * Output stage, checks: the ward's word typed in the campaign (`issuer.group_term`, the studio's
 * "Tên gọi các tổ trong đơn vị") over a list whose names say other units too. Each group's own
 * papers keep its own word (model/group-term.ts groupOwnTerm), but where the tool speaks of all
 * of them the typed word calls every head by it: "Kính gửi: Trưởng các thôn" reached the head of
 * a khu dân cư with no word to the office (qa59 M4). The office is told whom, and what an empty
 * box would say instead.
 */
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import {
  innermostUnitWordOf,
  isVillageUnit,
  readGroupTerm,
  termForms,
} from '../model/group-term.js';
import { CAMPAIGN_VALUE } from '../template/handlebars.js';

/** How many names to quote before "…": enough to find them in the list. */
const NAMES_SHOWN = 3;

/**
 * One note when the names say several units and the typed word is only some of them: the
 * others' names and count, and the words the tool would use with the box left empty.
 */
export function typedTermNotes(
  typed: string | undefined,
  names: readonly string[],
  headers: readonly (string | undefined)[],
): UserError[] {
  if (!typed?.trim()) return [];
  const word = termForms(typed).group;
  // "Tổ 3" beside a typed "tổ dân phố" is one kind typed short, and a làng or a bản beside a
  // typed "thôn" is a thôn in law (review59a #4); only another unit is left out.
  const sameKind = (said: string) =>
    said === word ||
    termForms(said).short === termForms(word).short ||
    (isVillageUnit(said) && isVillageUnit(word));
  const said = names.map((n) => ({ name: n, word: innermostUnitWordOf(n) }));
  // Names of one unit under another typed word: the office renamed them (its khu phố are now
  // thôn), and every paper says the typed word, their own included.
  if (new Set(said.flatMap((s) => s.word ?? [])).size <= 1) return [];
  const others = said.flatMap((s) => (s.word !== undefined && !sameKind(s.word) ? [s.name] : []));
  if (others.length === 0) return [];
  const shown =
    others.slice(0, NAMES_SHOWN).join(', ') + (others.length > NAMES_SHOWN ? ', …' : '');
  const untyped = readGroupTerm(undefined, names, headers).term.groups;
  // The law's word typed ("khu dân cư" over thôn and tổ dân phố) is what an empty box says too.
  if (untyped === termForms(word).groups) return [];
  return [
    new UserError(
      msg`the groups are called "${word}" where the tool speaks of all of them ("Trưởng các ${word}", "các ${word}"), but ${String(others.length)} of them are no ${word} (${shown}): their heads are addressed by another unit's name`,
      { file: CAMPAIGN_VALUE, field: 'issuer.group_term', line: 1 },
      msg`Leave issuer.group_term empty to say "${untyped}" there (each group keeps its own word on its own papers), or write the recipients in full.`,
    ),
  ];
}
