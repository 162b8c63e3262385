/**
 * Load stage: the words Vietnamese calls a residential group by ("tổ dân phố", "thôn", "buôn"…),
 * the one list that the groups file's headers (groups/columns.ts: "Tên thôn", "Trưởng buôn"),
 * the near-miss cues (groups/near-miss.ts), the group names' unit words and the ward's word
 * (model/group-term.ts) and a unit word said twice (template/repeated-term.ts) all read, so that a
 * unit added here ("phum", qa36 F6) is known everywhere at once.
 */

/** The law's two kinds of unit (Thông tư 04/2012/TT-BNV art. 2): a commune's and a ward's. */
export type UnitKind = 'thôn' | 'tổ dân phố';

export interface UnitWord {
  /** The word as a sentence says it, lower case with its marks. */
  word: string;
  /** How hand-typed headers and names shorten it ("TDP số 3", "Trưởng KP"). */
  short?: string;
  /**
   * The law's kind: the thôn of a commune ("thôn, làng, ấp, bản, buôn, bon, phum, sóc…") or the
   * tổ dân phố of a ward or town ("khu phố, khối phố, khóm, tiểu khu…"). None for "khu dân cư",
   * the law's word for both.
   */
  kind?: UnitKind;
  /**
   * A village of one level, each the whole of its community, never one inside another (a thôn, a
   * buôn, an ấp, a khóm…): a name of one after another's word is said with its own. A khu phố
   * or a khu holds tổ, a thôn may hold xóm: those are not.
   */
  village?: true;
  /**
   * Not a header's unit: "Tên tổ", "Tổ trưởng" are listed in the headers on their own, and a
   * column "Tổ" is no name.
   */
  noHeader?: true;
}

/**
 * Every unit word, in the order a header's forms are listed and offered in a hint (the most used
 * first: "Tên tổ dân phố", "Tên TDP", "Tên khu phố", …).
 */
export const UNITS: readonly UnitWord[] = [
  { word: 'tổ dân phố', short: 'TDP', kind: 'tổ dân phố' },
  { word: 'khu phố', short: 'KP', kind: 'tổ dân phố' },
  { word: 'tổ dân cư', kind: 'tổ dân phố' },
  { word: 'thôn', kind: 'thôn', village: true },
  { word: 'ấp', kind: 'thôn', village: true },
  { word: 'bản', kind: 'thôn', village: true },
  { word: 'xóm', kind: 'thôn' },
  // Khóm: the Mekong delta's quarter of a town, as its communes have ấp.
  { word: 'khóm', kind: 'tổ dân phố', village: true },
  { word: 'buôn', kind: 'thôn', village: true },
  // Plei (Jrai, Bahnar: Gia Lai, Kon Tum) and bon (M'Nông: Đắk Nông) are the Highlands'
  // villages as buôn is the Ê Đê's: "Plei Ơi", "Bon Đắk R'Moan", headed by a "trưởng plei",
  // "trưởng bon" (h-q10 item 7).
  { word: 'plei', kind: 'thôn', village: true },
  { word: 'bon', kind: 'thôn', village: true },
  { word: 'làng', kind: 'thôn', village: true },
  { word: 'sóc', kind: 'thôn', village: true },
  // Phum: the Khmer village as sóc is ("Phum Sóc Mới", qa36 F6).
  { word: 'phum', kind: 'thôn', village: true },
  { word: 'khu dân cư', short: 'KDC' },
  { word: 'khu', kind: 'tổ dân phố' },
  { word: 'tổ', kind: 'tổ dân phố', noHeader: true },
];
