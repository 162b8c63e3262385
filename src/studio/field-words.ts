/**
 * Studio: a field's help in the campaign's own words (qa59 p2). The help is written for a ward
 * of tổ dân phố ("tin nhắn Zalo của tổ trưởng", "Công an phường"); a commune of thôn read those
 * examples under tabs that already said "Danh sách thôn", "Trang trưởng thôn". The groups' word
 * is the campaign's (group-term.ts, as the tabs get it), the unit's the issuer's (xã, phường,
 * đặc khu: model/unit-term.ts). A ward of tổ dân phố reads the help as written.
 */
import type { GroupTerm } from '../model/group-term.js';
import { DEFAULT_UNIT_TERM } from '../model/unit-term.js';

export interface HelpWords {
  /** The campaign's word for its groups. */
  term: GroupTerm;
  /** The issuer's unit, lower case: "xã", "phường", "đặc khu". */
  unit: string;
  /** The issuer's name in running text ("xã An Lão"), if given. */
  ward?: string;
}

/** "tổ" as one group, not "tổ chức", "tổ dân phố" (an example), "tổ trưởng" or "tổ, thôn". */
const GROUP =
  /(của|danh sách|mỗi|từng|mọi|các|không|số) tổ(?!\p{L}|\s+(?:chức|dân phố|trưởng|công nghệ)|,\s*thôn)/gu;
/** The tổ's head. */
const LEADER = /tổ trưởng/gu;
/** The leaders' tab as a ward and a commune name it: the campaign's own name of it alone. */
const LEADERS_TAB = '“Trang tổ trưởng”, “Trang trưởng thôn”…';
/** The ward's own bodies in the examples: its command, police, Party committee. */
const UNIT_BODY = /(PCTT|Công an|Đảng ủy) phường(?!\p{L})/gu;
const UNIT_NAME = 'Ủy ban nhân dân phường Lê Chân';

/** `help` with its groups', leaders' and unit's words the campaign's. */
export function spokenHelp(help: string, words: HelpWords): string {
  const { term, unit } = words;
  const tab = term.leader === 'tổ trưởng' ? LEADERS_TAB : `“Trang ${term.leader}”`;
  const said = help
    .replace(LEADERS_TAB, tab)
    .replace(LEADER, term.leader)
    .replace(GROUP, (_, before: string) => `${before} ${term.short}`);
  if (unit === DEFAULT_UNIT_TERM) return said;
  const name = words.ward?.trim() || `${unit} …`;
  return said
    .replace(UNIT_BODY, (_, body: string) => `${body} ${unit}`)
    .replace(UNIT_NAME, `Ủy ban nhân dân ${name}`);
}
