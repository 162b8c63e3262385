/**
 * Model stage: the ward's own word for its residential groups. Since the 2025 reorganisation a
 * ward may call them "tổ dân phố" (Hải Phòng), "khu phố" (Hồ Chí Minh City) or "khu", a commune
 * "thôn", "ấp", "bản", "xóm"; every page the tool prints for the ward says the ward's word. In:
 * the campaign's `issuer.group_term`, when given, and the groups' names. Out: the word in each
 * form a sentence needs.
 */

import { DEFAULT_GROUP_TERM, type GroupTerm, termForms } from '../messages/group-term-forms.js';

// The word's forms are how Vietnamese says it, which the messages need without the model:
// they live beside the catalogue (messages/group-term-forms.ts).
export { DEFAULT_GROUP_TERM, type GroupTerm, termForms } from '../messages/group-term-forms.js';

/**
 * The unit words a group's name may begin with, longest first so "Khu phố 3" is a khu phố, not
 * a "khu", and "Tổ dân phố số 1" not a "tổ". The same units as the groups file's headers know
 * (load/groups/columns.ts UNITS: "Tên làng", "Trưởng buôn"), so that a ward of làng, buôn or sóc
 * (the Central Highlands, the Mekong delta) is said in its own word, not "tổ".
 */
export const UNIT_WORDS: readonly string[] = [
  'tổ dân phố',
  'tổ dân cư',
  'khu dân cư',
  'khu phố',
  'thôn',
  'khóm',
  'khu',
  'tổ',
  'ấp',
  'bản',
  'xóm',
  'buôn',
  'làng',
  'sóc',
];

const lower = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi');

/** The unit word a name begins with ("Khu phố Tân Định 2" → "khu phố"), if any. */
export function unitWordOf(name: string): string | undefined {
  const text = lower(name).trim();
  // The word must end there: "Tổng kho" is no "tổ", "Khu phố" no "khu" (the longer comes first).
  return UNIT_WORDS.find((w) => text === w || new RegExp(`^${w}[\\s\\d.,:;-]`, 'u').test(text));
}

/**
 * The ward's word: the campaign's `group_term` when given; else the unit word every group's name
 * begins with ("Khu phố 1", "Khu phố 2"… → "khu phố"); else, when the names differ or begin with
 * none, "tổ dân phố".
 */
export function groupTermOf(explicit: string | undefined, names: readonly string[]): GroupTerm {
  if (explicit?.trim()) return termForms(explicit);
  const words = new Set(names.map(unitWordOf));
  const [only] = words;
  return termForms(words.size === 1 && only ? only : DEFAULT_GROUP_TERM);
}

/**
 * One group's own word, for the documents about that group (its tracking sheet's "Trưởng thôn",
 * its leader's signature): in a commune that mixes thôn and tổ dân phố (common since the 2025
 * mergers) the ward's word is "tổ dân phố" for lack of one, but a thôn's head is still its
 * "trưởng thôn". The group's name's unit word when the campaign gives no word and the name begins
 * with one; else the ward's.
 */
export function groupOwnTerm(
  explicit: string | undefined,
  name: string,
  ward: GroupTerm,
): GroupTerm {
  if (explicit?.trim()) return ward;
  const own = unitWordOf(name);
  return own && own !== ward.group ? termForms(own) : ward;
}
