/**
 * Messages: the forms Vietnamese gives a ward's word for its groups ("khu phố": "Khu phố", "các
 * khu phố", "trưởng khu phố"; "tổ dân phố": "tổ", "tổ trưởng"). Beside the catalogue, which fills
 * `{term.*}` with them; the model (model/group-term.ts) finds which word a ward uses.
 */
import { upperFirst } from '../model/format.js';

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
  /**
   * The leader as one column's header (links.csv, the results template): Leader, but over a
   * list of several kinds of unit one noun, "Trưởng khu phố/ấp", where Leader says the titles as
   * a sentence lists them ("Trưởng khu phố, trưởng ấp", read in Excel as two columns' worth).
   */
  LeaderColumn: string;
  /**
   * The ward's word for a group whose name says none ("Đoàn Kết" in a list headed "Tên thôn"):
   * the header's word, when it says one, beside names that begin with another ("Buôn Ea
   * Knốp"); absent when the ward's word is the campaign's or no header says one.
   */
  unnamed?: string;
  /**
   * The campaign's word over groups whose names begin with different unit words (a commune of
   * thôn and tổ dân phố): it names the groups whose names say no unit, and all of them together,
   * while a group whose name begins with another unit is that unit (groupOwnTerm). Absent when
   * the names say one word or none: then the campaign's word is every group's.
   */
  mixed?: true;
}

/** What a ward says when it says nothing else: the word the tool has always printed. */
export const DEFAULT_GROUP_TERM = 'tổ dân phố';

const lower = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi');

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
    LeaderColumn: upperFirst(leader),
  };
}
