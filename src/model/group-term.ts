/**
 * Model stage: the ward's own word for its residential groups. Since the 2025 reorganisation a
 * ward may call them "tổ dân phố" (Hải Phòng), "khu phố" (Hồ Chí Minh City) or "khu", a commune
 * "thôn", "ấp", "bản", "xóm"; every page the tool prints for the ward says the ward's word. In:
 * the campaign's `issuer.group_term`, when given, the groups' names, and the headers of their
 * name, leader and id columns (when the names say no word). Out: the word in each form a
 * sentence needs.
 */

import { withoutRemarks } from '../load/remark.js';
import { UNITS } from '../load/unit-words.js';
import { DEFAULT_GROUP_TERM, type GroupTerm, termForms } from '../messages/group-term-forms.js';
import { upperFirst } from './format.js';

// The word's forms are how Vietnamese says it, which the messages need without the model:
// they live beside the catalogue (messages/group-term-forms.ts).
export { DEFAULT_GROUP_TERM, type GroupTerm, termForms } from '../messages/group-term-forms.js';

/**
 * The unit words a group's name may begin with (load/unit-words.ts, the one list the groups
 * file's headers also read: "Tên làng", "Trưởng buôn"), so that a ward of làng, buôn, plei, bon
 * or sóc (the Central Highlands, the Mekong delta) is said in its own word, not "tổ". Words of
 * more words first, so "Khu phố 3" is a khu phố, not a "khu", and "Tổ dân phố số 1" not a "tổ";
 * else in the list's order, which also breaks a tie between two words as many names say.
 */
export const UNIT_WORDS: readonly string[] = UNITS.map((u) => u.word).sort(
  (a, b) => b.split(' ').length - a.split(' ').length,
);

const lower = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi');

/**
 * A place named "Khu …" that is no unit of the ward: an estate, a housing block ("Khu tập thể
 * Z179", "Khu đô thị mới Linh Đàm"): its leader is the groups file's, not a "Trưởng khu" (qa56 p3).
 */
const PLACE_KHU =
  /^khu\s+(?:tập\s+thể|đô\s+thị|tái\s+định\s+cư|chung\s+cư|công\s+nghiệp|nhà\s+ở|biệt\s+thự)(?![\p{L}\p{M}])/u;

/** The unit word a name begins with ("Khu phố Tân Định 2" → "khu phố"), if any. */
export function unitWordOf(name: string): string | undefined {
  const text = lower(name).trim();
  if (PLACE_KHU.test(text)) return undefined;
  // The word must end there: "Tổng kho" is no "tổ", "Khu phố" no "khu" (the longer comes first).
  return UNIT_WORDS.find((w) => text === w || new RegExp(`^${w}[\\s\\d.,:;-]`, 'u').test(text));
}

/**
 * The unit a name begins with as an abbreviation ("TDP số 3", "KP2 - Tổ 5", "KDC Bắc Sơn"), as
 * lists typed by hand name their groups (qa17: "TDP số 3" was printed "tổ TDP số 3").
 */
function abbreviatedUnitOf(name: string): string | undefined {
  const abbreviation = LEADING_ABBREVIATION.exec(lower(name).trim())?.[1];
  return abbreviation ? UNIT_ABBREVIATIONS[abbreviation] : undefined;
}

/** Abbreviations a hand-typed header or name uses for a unit ("Trưởng KP", "TDP số 3"). */
export const UNIT_ABBREVIATIONS: Readonly<Record<string, string>> = Object.fromEntries(
  UNITS.flatMap((u) => (u.short ? [[u.short.toLowerCase(), u.word]] : [])),
);

/** A name's leading abbreviation, any of load/unit-words.ts's short forms ("tdp", "kp", "kdc"). */
const LEADING_ABBREVIATION = new RegExp(
  `^(${Object.keys(UNIT_ABBREVIATIONS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?=[\\s\\d.,:;-]|$)`,
  'u',
);

/**
 * Every unit word and its short form ("tổ dân phố", "khu dân cư", "bản", "tdp", "kdc"), longest
 * first, as a pattern's alternatives: the one list a pattern of unit words is made of (the words
 * are letters and spaces only, nothing to escape).
 */
export const UNIT_ALTERNATIVES: string = [...UNIT_WORDS, ...Object.keys(UNIT_ABBREVIATIONS)]
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A name's leading unit word, its dot and "số", to take off: "Khu dân cư số 3" → "3". */
const LEADING_UNIT = new RegExp(`^(?:(?:${UNIT_ALTERNATIVES})\\.?\\s+)?(?:số\\s+)?`, 'u');

/**
 * A name without its unit word and "số", lower case: "Tổ dân phố số 5" → "5", "Khu dân cư số 3"
 * → "3", "Bản Na Hiêng" → "na hiêng" (a table naming the groups bare, or each its own way).
 */
export const withoutUnitWord = (name: string): string =>
  lower(name).trim().replace(LEADING_UNIT, '');

/**
 * A table's header cell naming its groups: a unit word alone, or after "Tên" ("Tổ", "Khu dân
 * cư", "TDP", "Bản", "Tên thôn"), a bracket or slash after it at most ("Tổ (khu phố)"). Not a
 * header that begins with one of the words: "Tổng số trẻ", "Tổ chức thực hiện", "Khu vực".
 */
const UNIT_HEADER = new RegExp(`^(?:tên\\s+)?(?:${UNIT_ALTERNATIVES})\\.?(?:\\s*[/(].*)?$`, 'u');

export const isUnitHeader = (cell: string): boolean => UNIT_HEADER.test(lower(cell).trim());

/**
 * Where a name that names two units splits: "Khu phố 3 - Tổ 2", "Khu phố 3 – Tổ 2", "KP2 - Tổ 5",
 * "Khu phố 3, tổ 2", "Thôn Đông / Xóm 1" (a dash of any kind, a comma, a semicolon, a slash).
 */
const UNIT_PARTS = /\s*[-‐‑‒–—―,;/]\s*/u;

/**
 * How deep each unit word lies, for a name of two units (innermostUnitWordOf): a tổ lies in a
 * khu phố, a thôn, an ấp, a khu or a xóm, and a xóm in a thôn; nothing lies in a tổ. "Khu dân
 * cư" is the law's word for every kind of unit (MIXED_GROUP_TERM), so none lies above it. Every
 * other word (khu phố, thôn, ấp, khóm, khu, bản, buôn, plei, bon, làng, sóc) is a village's or a
 * quarter's, depth 1. Only the order matters: a deeper unit lies inside a shallower one.
 */
const UNIT_DEPTH: ReadonlyMap<string, number> = new Map([
  ['khu dân cư', 0],
  ['xóm', 2],
  ['tổ dân phố', 3],
  ['tổ dân cư', 3],
  ['tổ', 3],
]);

/** The depth of the units that only ever lie inside another (a tổ, a xóm). */
const INNER_DEPTH = 2;

const depthOf = (word: string) => UNIT_DEPTH.get(word) ?? 1;

/**
 * The unit the group IS. Since the 2025 mergers many wards name a tổ by the khu phố it lies in
 * ("Khu phố 3 - Tổ 2", "KP2 - Tổ 5", "Thôn Đông - Xóm 1"): the first word is the outer unit, and
 * the group is the innermost one, a tổ with a "Tổ trưởng", not a khu phố (qa12 Q3). But a part
 * after a dash is as often a place: "Tổ dân phố Khu tái định cư Đồng Tàu - Khu đô thị mới Linh
 * Đàm", "Khu phố Chánh Nghĩa Mới - Khu dân cư Hiệp Thành 3", whose "khu" and "khu dân cư" are an
 * estate's name, no unit the tổ dân phố or the khu phố is divided into (qa15: the ward's tổ
 * were all called "khu"). So a later part's word names the group only when that unit lies
 * inside the one named before it (UNIT_DEPTH); after a first part that names no unit ("KP2", an
 * old ward's name), only when it is a unit that lies inside others (a tổ, a xóm). A name of one
 * part is its leading word's. A bracket's words are never read (load/remark.ts `withoutRemarks`:
 * its words, commas and dashes describe the group, qa23 #1).
 */
export function innermostUnitWordOf(name: string): string | undefined {
  const [first = '', ...rest] = withoutRemarks(name).split(UNIT_PARTS);
  let word = unitWordOf(first) ?? abbreviatedUnitOf(first);
  for (const part of rest) {
    const inner = unitWordOf(part) ?? abbreviatedUnitOf(part);
    if (inner && depthOf(inner) > (word === undefined ? INNER_DEPTH - 1 : depthOf(word))) {
      word = inner;
    }
  }
  return word;
}

/** The unit word of each of a name's parts, remarks aside ("Khu phố 3 - Tổ 2" → khu phố, tổ). */
function unitWordsOf(name: string): string[] {
  return withoutRemarks(name)
    .split(UNIT_PARTS)
    .flatMap((part) => unitWordOf(part) ?? abbreviatedUnitOf(part) ?? []);
}

/**
 * What follows a unit word when the name is a number ("Khu phố 7", "Tổ dân phố số 5", "Ấp
 * II", "Tổ 12A"), not a proper name ("Thôn Đoàn Kết", "Buôn Ea Kmăt", "Ấp Long Hòa").
 */
const NUMBERED = /^(?:số\s*)?(?:\d|[IVXLC]+(?![\p{L}\p{N}]))/u;

/** Whether the words after a name's unit word are a number, not a proper name. */
export const isNumberedRest = (rest: string): boolean => NUMBERED.test(rest.trim());

/**
 * The group's name as running text says it: Decree 30 writes the unit's common noun lower case
 * before a proper name ("Bản gửi: thôn Đoàn Kết, xã Hòa Phú", as "xã Hòa Phú" beside it), and
 * keeps a numbered name as written ("Khu phố 7", "Tổ 5": the number is no name). A name without
 * a unit word is as written (qa8 K3).
 */
export function nameInText(name: string, term?: GroupTerm): string {
  const word = unitWordOf(name);
  // A name without its unit word ("Đoàn Kết" in a list headed "Tên thôn"): the ward's word is
  // said before it, as the names that have it ("Bản gửi: thôn Đoàn Kết", qa16).
  if (!word)
    return term && name.trim() !== '' && !abbreviatedUnitOf(name)
      ? `${unitBefore(name, term)} ${name}`
      : name;
  const start = name.length - name.trimStart().length;
  const end = start + word.length;
  if (isNumberedRest(name.slice(end))) return name;
  return name.slice(0, start) + name.slice(start, end).toLocaleLowerCase('vi') + name.slice(end);
}

/** The unit word before a name that lacks it: capital before a number ("Tổ 5"), else lower case. */
function unitBefore(name: string, term: GroupTerm): string {
  const word = term.group.toLocaleLowerCase('vi');
  return isNumberedRest(name) ? upperFirst(word) : word;
}

/** The ward's word when its groups' names begin with words of several kinds (readGroupTerm). */
export const MIXED_GROUP_TERM = 'khu dân cư';

/**
 * How the ward's word was read from its groups' names: the word, and, when the names begin with
 * several unit words (a commune of thôn and buôn), each word with how many names begin with it,
 * the most first: the build says which it chose (output/inputs.ts).
 */
export interface GroupTermReading {
  term: GroupTerm;
  mixed: { word: string; names: number }[];
}

/**
 * The ward's word: the campaign's `group_term` when given; else the unit word the groups' names
 * begin with, or of a name of two units its innermost (innermostUnitWordOf: "Khu phố 1", "Khu
 * phố 2"… → "khu phố"; "Khu phố 3 - Tổ 2"… → "tổ"; a name with none, "Ea Knuếc" among the
 * thôn, says nothing); when they begin with several, "khu dân cư" (unless one kind has nine in
 * ten of them: isDominant, qa28 m2), the law's word for every kind
 * of them: any one of the names' words would call the others by it ("Danh sách thôn" over 3 thôn
 * and 2 tổ dân phố, review; as many khu phố as ấp, qa11 Q8), while each group's own papers keep
 * its own word (groupOwnTerm); when no name begins with one, "tổ dân phố".
 */
export function readGroupTerm(
  explicit: string | undefined,
  names: readonly string[],
  headers: readonly (string | undefined)[] = [],
): GroupTermReading {
  if (explicit?.trim()) {
    // Names of several units under the campaign's word: each keeps its own (groupOwnTerm).
    const said = names.map(innermostUnitWordOf).filter((w) => w !== undefined);
    const words = new Set(said);
    const term = termForms(explicit);
    // "Khu dân cư" is no unit anyone heads: its heads are called by their units' titles.
    const titled = (t: GroupTerm) => (t.group === MIXED_GROUP_TERM ? withLeaders(t, said) : t);
    if (words.size <= 1) return { term: titled(term), mixed: [] };
    return { term: titled({ ...term, mixed: true }), mixed: [] };
  }
  // A name that says no word is what the column's header says ("Đoàn Kết" under "Tên thôn"),
  // counted with the names that say theirs (qa17: beside one "Buôn Ea Knốp", two such thôn
  // made the whole commune "buôn"). A header no name's word agrees with is a form's header left
  // as it was ("Tên khu phố" over "Thôn 1", "Thôn 2", "Ea Knuếc"): believed only when most names
  // say no word.
  const said = names.map(innermostUnitWordOf);
  const silent = said.filter((w) => w === undefined).length;
  const header = headers
    .map((h) => (h === undefined ? undefined : unitWordOfHeader(h)))
    .find(Boolean);
  const unnamed =
    header && (said.includes(header) || silent > names.length - silent) ? header : undefined;
  const withUnnamed = (term: GroupTerm): GroupTerm => (unnamed ? { ...term, unnamed } : term);
  const counts = new Map<string, number>();
  for (const word of said.map((w) => w ?? unnamed)) {
    if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  if (counts.size === 0) return { term: termForms(DEFAULT_GROUP_TERM), mixed: [] };
  const words = [...counts]
    .map(([word, n]) => ({ word, names: n }))
    .sort((a, b) => b.names - a.names || UNIT_WORDS.indexOf(a.word) - UNIT_WORDS.indexOf(b.word));
  const [first] = words;
  // One kind of unit: most names' word ("Tổ 3 - Khu 1" among "Tổ dân phố số N" is a tổ dân phố
  // typed short); names of several kinds, the word that covers them all: most names' word named
  // the others by it ("Danh sách thôn" over 3 thôn and 2 tổ dân phố, review).
  const kinds = new Set(words.map((w) => unitKindOf(w.word)));
  // One kind for nearly all (79 "Tổ dân phố" and one "Khu dân cư số 5" renamed, qa28 m2): the
  // ward is still of that kind, and the few others keep their own word on their own papers.
  const dominant = first !== undefined && kinds.size > 1 && isDominant(first.word, words);
  const word = first && (kinds.size === 1 || dominant) ? first.word : MIXED_GROUP_TERM;
  const term =
    kinds.size > 1 && !dominant
      ? withKindsNamed(
          withLeaders(
            termForms(word),
            said.map((w) => w ?? unnamed),
          ),
          words,
        )
      : termForms(word);
  return { term: withUnnamed(term), mixed: words.length > 1 ? words : [] };
}

/**
 * All the groups of a list of several kinds, when some of them are called "Khu dân cư …": the
 * law's word for every kind then reads as those few ("Kính gửi: Trưởng các khu dân cư" to a
 * commune of 6 thôn and 2 khu dân cư, qa59 M4), so the kinds are said as an office writes them,
 * the kind of most groups first: "các thôn, khu dân cư".
 */
function withKindsNamed(term: GroupTerm, words: readonly { word: string }[]): GroupTerm {
  if (term.group !== MIXED_GROUP_TERM || !words.some((w) => w.word === MIXED_GROUP_TERM))
    return term;
  const kinds = [...new Set(words.map((w) => unitKindOf(w.word)))];
  const groups = `các ${kinds.join(', ')}`;
  return { ...term, groups, Groups: upperFirst(groups) };
}

/**
 * The share of the names saying a unit word that one kind must have to be the ward's word though
 * other kinds are named: nine in ten. Fewer, and the most names' word would call a sizeable
 * part of the ward by another's word ("Danh sách thôn" over 3 thôn and 2 tổ dân phố, review).
 */
const DOMINANT_SHARE = 0.9;

/** Whether the kind of `word` covers DOMINANT_SHARE of the names that say a word. */
function isDominant(word: string, words: readonly { word: string; names: number }[]): boolean {
  const kind = unitKindOf(word);
  const total = words.reduce((n, w) => n + w.names, 0);
  const own = words.filter((w) => unitKindOf(w.word) === kind).reduce((n, w) => n + w.names, 0);
  return total > 0 && own >= total * DOMINANT_SHARE;
}

/**
 * The law's two kinds of residential unit (load/unit-words.ts `kind`): the thôn of a commune
 * ("thôn, làng, ấp, bản, buôn, bon, phum, sóc…") and the tổ dân phố of a ward or town ("khu phố,
 * khối phố, khóm, tiểu khu…"). A list of more than two kinds names its heads by these two
 * titles, not by four in a row (qa28 m2). The commune's units here.
 */
const VILLAGE_UNITS = new Set(UNITS.filter((u) => u.kind === 'thôn').map((u) => u.word));

/** Whether a unit word is a thôn in law ("làng", "bản", "ấp"…). */
export const isVillageUnit = (word: string): boolean => VILLAGE_UNITS.has(word);

/**
 * The heads of all the groups of a list of several kinds, by their real titles: "khu dân cư" is
 * the law's word for every kind of unit, but no one is a "trưởng khu dân cư" (the studio's tab
 * read "Trang trưởng khu dân cư", the report "Đề nghị các trưởng khu dân cư…"). The titles of
 * the kinds the names say, the most names first: "trưởng khu phố, trưởng ấp", "trưởng thôn, tổ
 * trưởng tổ dân phố". A group's own papers say its own title (groupOwnTerm).
 */
function withLeaders(term: GroupTerm, words: readonly (string | undefined)[]): GroupTerm {
  const titles = leaderTitlesOf(words);
  if (!titles) return term;
  const leader = titles.join(', ');
  return { ...term, leader, Leader: upperFirst(leader), LeaderColumn: leaderColumnOf(titles) };
}

/**
 * The titles as one column's header: one noun, the shared "Trưởng" said once as offices write
 * it ("Trưởng khu phố/ấp", "Trưởng thôn/bản"), else each title whole ("Trưởng thôn/Tổ trưởng
 * tổ dân phố"). A comma there read as two headers to an office worker in Excel, and "Trưởng
 * khu phố, trưởng ấp" over one column of names looked like two columns run together.
 */
function leaderColumnOf(titles: readonly string[]): string {
  const after = titles.map((t) => /^trưởng (.+)$/u.exec(t)?.[1]);
  if (after.every((a) => a !== undefined)) return upperFirst(`trưởng ${after.join('/')}`);
  return titles.map(upperFirst).join('/');
}

/**
 * The titles of the heads of groups whose unit words are `words` (one a group; undefined for a
 * name that says none, left out), one a kind of unit (SAME_KIND: "Tổ 3" beside "Tổ dân phố số
 * 1" is one kind), the kind of most groups first, joined as Vietnamese lists them: "trưởng khu
 * phố, trưởng ấp". One kind: its title as a group's own papers say it ("tổ trưởng", "trưởng
 * thôn"). Beside another kind, a tổ dân phố's (tổ dân cư's) head is named in full, as the law
 * does ("trưởng thôn, tổ trưởng tổ dân phố"), while a bare "tổ" (a tổ inside a khu phố: "Khu
 * phố 3 - Tổ 2") keeps "tổ trưởng": its khu phố's name is no tổ dân phố. Undefined when no
 * word is said.
 */
export function leadersOf(words: readonly (string | undefined)[]): string | undefined {
  return leaderTitlesOf(words)?.join(', ');
}

/** The titles leadersOf joins, one a kind of unit, the kind of most groups first. */
function leaderTitlesOf(words: readonly (string | undefined)[]): string[] | undefined {
  const said = words.filter((w) => w !== undefined);
  const named = (word: string) => said.filter((w) => w === word).length;
  const kinds = new Map<string, { word: string; groups: number }>();
  for (const word of said) {
    const kind = unitKindOf(word);
    const seen = kinds.get(kind);
    // The kind is named by the word most of its groups' names say.
    if (!seen) kinds.set(kind, { word, groups: 1 });
    else {
      seen.groups += 1;
      if (named(word) > named(seen.word)) seen.word = word;
    }
  }
  const order = [...kinds.values()].sort((a, b) => b.groups - a.groups);
  const [only] = order;
  if (!only) return undefined;
  if (order.length === 1) return [termForms(only.word).leader];
  if (order.length > 2) return lawTitlesOf(order);
  return order.map(({ word }) =>
    word === 'tổ dân phố' || word === 'tổ dân cư' ? `tổ trưởng ${word}` : termForms(word).leader,
  );
}

/**
 * The heads of more than two kinds of unit by the law's two titles, the one of more groups first:
 * "tổ trưởng tổ dân phố, trưởng thôn". "Khu dân cư", the word for both, counts for neither.
 */
function lawTitlesOf(kinds: readonly { word: string; groups: number }[]): string[] {
  const count = new Map<string, number>();
  for (const { word, groups } of kinds) {
    if (word === MIXED_GROUP_TERM) continue;
    const law = VILLAGE_UNITS.has(word) ? 'thôn' : 'tổ dân phố';
    count.set(law, (count.get(law) ?? 0) + groups);
  }
  const order = [...count].sort((a, b) => b[1] - a[1]).map(([law]) => law);
  if (order.length === 1) return [termForms(order[0] ?? '').leader];
  return order.map((law) =>
    law === 'tổ dân phố' ? 'tổ trưởng tổ dân phố' : termForms(law).leader,
  );
}

/**
 * Unit words that name one kind of unit, a long and a short form: a list writing "Tổ 3" beside
 * "Tổ dân phố số 1" names tổ dân phố throughout. ("Khu 2" beside "Khu phố 1" is not one: a khu
 * is often an area holding tổ.)
 */
const SAME_KIND: Readonly<Record<string, string>> = {
  'tổ dân cư': 'tổ dân phố',
  tổ: 'tổ dân phố',
};

function unitKindOf(word: string): string {
  return SAME_KIND[word] ?? word;
}

/** The ward's word (readGroupTerm), without how it was read. */
export function groupTermOf(
  explicit: string | undefined,
  names: readonly string[],
  headers: readonly (string | undefined)[] = [],
): GroupTerm {
  return readGroupTerm(explicit, names, headers).term;
}

/**
 * The unit word a groups file's header ends with ("Tên thôn", "Trưởng khu phố", "Mã ấp", "Tên
 * KP"): when the groups' names say none ("Đoàn Kết", "Hòa Bình"), the column's header still
 * says what they are (qa15: a commune's thôn were printed "tổ dân phố"). "Tổ trưởng" ends with
 * no unit word; "Tên tổ" is a tổ.
 */
export function unitWordOfHeader(header: string): string | undefined {
  const words = lower(header).trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  const abbreviated = UNIT_ABBREVIATIONS[last];
  if (abbreviated) return abbreviated;
  const text = words.join(' ');
  return UNIT_WORDS.find((w) => text === w || text.endsWith(` ${w}`));
}

/**
 * One group's own word, for the documents about that group (its tracking sheet's "Trưởng thôn",
 * its leader's signature): in a commune that mixes thôn and tổ dân phố (common since the 2025
 * mergers) the ward's word is "khu dân cư" or its most names' word, but a thôn's head is still
 * its "trưởng thôn". The group's name's unit word (its innermost: "Khu phố 3 - Tổ 2" is a tổ)
 * when the name says one (and, when the campaign gives a word, the names are of several units
 * and this one says no unit of that word: ward.mixed); else the ward's. Its plural forms stay
 * the ward's: "các …" names all the ward's groups, not the group, and a notice sent to every
 * group says the same words in every
 * copy ("Đề nghị {{term.groups}} triển khai" printed "các thôn" in a thôn's copy and "các tổ
 * dân phố" in a tổ's; qa11 Q19).
 */
export function groupOwnTerm(
  explicit: string | undefined,
  name: string,
  ward: GroupTerm,
): GroupTerm {
  if (explicit?.trim()) {
    // The campaign's word is every group's when the names say one unit or none (the office
    // knows its thôn are now tổ dân phố). Among names of several units (ward.mixed) it is what
    // a group is called whose name says no unit ("Câu Hạ") or says that one; a name that begins
    // with another is that unit: in a commune of thôn and tổ dân phố, `group_term: thôn` made
    // "Tổ dân phố Đông Hưng Thuận 1" a "Thôn tổ dân phố …" headed by a "Trưởng thôn" (qa23 #1).
    if (!ward.mixed) return ward;
    const said = innermostUnitWordOf(name);
    if (!said || unitWordsOf(name).includes(ward.group)) return oneGroupOf(ward);
    return { ...termForms(said), groups: ward.groups, Groups: ward.Groups };
  }
  const own = innermostUnitWordOf(name) ?? ward.unnamed;
  if (!own || own === ward.group) return oneGroupOf(ward);
  return { ...termForms(own), groups: ward.groups, Groups: ward.Groups };
}

/**
 * The ward's word for one group whose name says no unit: the heads of all of a mixed list's
 * groups are its units' titles together ("trưởng khu phố, trưởng ấp": withLeaders), never one
 * person's; a group of no known unit keeps the word's own title.
 */
function oneGroupOf(ward: GroupTerm): GroupTerm {
  const own = termForms(ward.group);
  return ward.leader === own.leader
    ? ward
    : { ...ward, leader: own.leader, Leader: own.Leader, LeaderColumn: own.LeaderColumn };
}
