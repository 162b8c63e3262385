/**
 * Model stage: the ward's own word for its residential groups. Since the 2025 reorganisation a
 * ward may call them "tổ dân phố" (Hải Phòng), "khu phố" (Hồ Chí Minh City) or "khu", a commune
 * "thôn", "ấp", "bản", "xóm"; every page the tool prints for the ward says the ward's word. In:
 * the campaign's `issuer.group_term`, when given, and the groups' names. Out: the word in each
 * form a sentence needs.
 */

export interface GroupTerm {
  /** Mid-sentence: "khu phố" ("của khu phố"). */
  group: string;
  /** At the start of a heading or a table header: "Khu phố". */
  Group: string;
  /** All of them, as Vietnamese says it: "các khu phố". */
  groups: string;
  /** All of them at the start of a sentence: "Các khu phố". */
  Groups: string;
  /** After a count or a "mã": "khu phố" ("3/10 khu phố"), but "tổ" for a tổ dân phố. */
  short: string;
  /** The short word at the start of a header: "Khu phố", "Tổ". */
  Short: string;
  /** The group's leader mid-sentence: "trưởng khu phố", "tổ trưởng". */
  leader: string;
  /** The leader at the start of a line or a header: "Trưởng khu phố", "Tổ trưởng". */
  Leader: string;
}

/** What a ward says when it says nothing else: the word the tool has always printed. */
export const DEFAULT_GROUP_TERM = 'tổ dân phố';

/**
 * The unit words a group's name may begin with, longest first so "Khu phố 3" is a khu phố, not
 * a "khu", and "Tổ dân phố số 1" not a "tổ".
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
];

const lower = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi');
const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** The unit word a name begins with ("Khu phố Tân Định 2" → "khu phố"), if any. */
export function unitWordOf(name: string): string | undefined {
  const text = lower(name).trim();
  // The word must end there: "Tổng kho" is no "tổ", "Khu phố" no "khu" (the longer comes first).
  return UNIT_WORDS.find((w) => text === w || new RegExp(`^${w}[\\s\\d.,:;-]`, 'u').test(text));
}

/** The word in every form, from its mid-sentence form ("khu phố"). */
export function termForms(word: string): GroupTerm {
  const group = lower(word).replace(/\s+/g, ' ').trim();
  // A tổ's leader is a "tổ trưởng"; a khu phố's, a thôn's… a "trưởng khu phố", "trưởng thôn".
  const isTo = group === 'tổ' || group.startsWith('tổ ');
  const short = isTo ? 'tổ' : group;
  const leader = isTo ? 'tổ trưởng' : `trưởng ${group}`;
  return {
    group,
    Group: upperFirst(group),
    groups: `các ${group}`,
    Groups: `Các ${group}`,
    short,
    Short: upperFirst(short),
    leader,
    Leader: upperFirst(leader),
  };
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
