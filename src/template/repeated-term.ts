/**
 * Template stage: a unit word said twice. "Trưởng khu phố {{group.name}}" (or "{{term.Leader}}
 * {{group.name}}") for a group named "Khu phố 7" read "Kính gửi: Trưởng khu phố Khu phố 7". When
 * a value a {{…}} printed begins with a unit word (model/group-term.ts UNIT_WORDS: tổ dân phố,
 * khu phố, thôn, buôn, ấp, bản…) and the text just before it ends with the same word, typed or
 * printed by another {{…}}, the word before goes: "Trưởng Khu phố 7", the name as the file has
 * it; before a proper name, the name's word lower case, as Decree 30 writes it ("Trưởng thôn Đoàn
 * Kết" for "Thôn Đoàn Kết"). Capitals and accents aside ("thôn Thon 1" too). A name after any
 * other word of a sentence is lower case the same way ("Trưởng ấp Rạch Bà"). Works on the marked
 * output (value-marks.ts), which says where each value starts.
 */

import { UNITS } from '../load/unit-words.js';
import { withoutMarks } from '../model/format.js';
import { isNumberedRest, UNIT_ABBREVIATIONS, UNIT_WORDS, unitWordOf } from '../model/group-term.js';

const OPEN = '\uFDD0';
const CLOSE = '\uFDD1';
const MARK = /[\uFDD0-\uFDD4]/u;
const MARKS = /[\uFDD0-\uFDD4]/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

const fold = (s: string) => withoutMarks(s).toLowerCase();

/**
 * A text's characters by index: the text itself when every character is one UTF-16 unit (no
 * surrogate: all Vietnamese, the value marks), else `Array.from`'s array. A template's output is
 * several KB a document and most print a group's name that begins with a unit word; splitting each
 * into an array of one-character strings was ~1.5 % of a build's CPU and 4 % of what it allocated
 * (bench/results.md "## h-b3k"), for the same characters at the same indexes.
 */
type Chars = string | readonly string[];

// Without the u flag: one code unit at a time, so a pair (an emoji) is found as well as a lone one.
const SURROGATE = /[\uD800-\uDFFF]/;

function charsOf(text: string): Chars {
  return SURROGATE.test(text) ? Array.from(text) : text;
}

/** The index of the next value's start from `from`, or -1. */
function openAt(chars: Chars, from: number): number {
  return typeof chars === 'string' ? chars.indexOf(OPEN, from) : chars.indexOf(OPEN, from);
}

/** The characters from `start` up to (not including) `end`, as one string. */
function charsBetween(chars: Chars, start: number, end: number): string {
  if (typeof chars === 'string') return chars.slice(start, end);
  return chars.slice(start, end).join('');
}

/** The unit words without accents, longest first ("to dan pho" before "to"). */
const FOLDED = [...new Set(UNIT_WORDS.map(fold))].sort((a, b) => b.length - a.length);

/**
 * Words after which a village word is not the group's unit: "già làng" is a title (the village
 * elder, also in "Hội đồng già làng"), whichever unit the group is (qa36 F1).
 */
const TITLE_WORDS = new Set(['già']);
/** Words that join an enumeration of units: "thôn và bản", "thôn hoặc bản". */
const LIST_WORDS = new Set(['và', 'hoặc', 'hay']);
/** Signs that do: "thôn, bản", "thôn/bản". */
const LIST_SIGNS = /[,/&]/u;

/**
 * Whether the unit word whose first letter is just after `q` is part of a title ("già làng") or
 * follows a sign or word that joins it to others ("…, bản", "… và bản"): it then names no unit
 * the group is, and stays as typed (qa36 F1), unless it is the name's own (unitWordBefore).
 */
function titleOrList(chars: Chars, q: number): 'title' | 'list' | undefined {
  let i = q;
  while (i >= 0 && (MARK.test(chars[i] ?? '') || chars[i] === ' ')) i--;
  if (i >= 0 && LIST_SIGNS.test(chars[i] ?? '')) return 'list';
  let word = '';
  for (; i >= 0 && (WORD_CHAR.test(chars[i] ?? '') || MARK.test(chars[i] ?? '')); i--)
    if (!MARK.test(chars[i] ?? '')) word = chars[i] + word;
  const lower = word.toLocaleLowerCase('vi');
  if (TITLE_WORDS.has(lower)) return 'title';
  return LIST_WORDS.has(lower) ? 'list' : undefined;
}

/**
 * Nouns that begin with a unit word but are a word of their own: "khu vực" (an area: "Khu vực bỏ
 * phiếu số 2", an election's polling area, qa40 m6) is no "khu" before a name "vực …". A value
 * beginning with one is printed as written, never lowered as a unit's common noun.
 */
const OTHER_NOUNS = ['khu vuc'];
const beginsWithOtherNoun = (value: string) => {
  const text = fold(value.replace(MARKS, '')).trimStart();
  return OTHER_NOUNS.some((w) => text.startsWith(w) && !WORD_CHAR.test(text[w.length] ?? ''));
};

/** Each unit word's syllables with their marks, by its folded form ("ban" → ["bản"]). */
const SYLLABLES = new Map(UNIT_WORDS.map((w) => [fold(w), w.split(' ')]));

/**
 * Words of their own that a unit word spells without its marks: "ban" is a committee ("Trưởng
 * ban", "Phó ban"), no "bản" typed in a hurry.
 */
const OTHER_WORDS = new Set(['ban']);

/**
 * Whether `typed` is the unit word whose folded form is `unit`: the same letters, capitals aside
 * ("Làng", "làng"), each syllable with the unit's marks or with none ("thon", "tổ dân pho": the
 * unit typed in a hurry). A syllable with other marks is another word ("bàn", "bán" are no
 * "bản"), and so is a word of its own the unit spells without marks ("ban": OTHER_WORDS).
 */
function isUnitTyped(typed: string, unit: string): boolean {
  // The same few words stand before a build's values (its templates' "Trưởng thôn ", "tại "):
  // each judged once (its NFC form and Vietnamese lower case, a call into ICU, were most of it).
  const key = `${unit}\n${typed}`;
  let known = unitTyped.get(key);
  if (known === undefined) {
    known = judgedUnitTyped(typed, unit);
    if (unitTyped.size >= 4096) unitTyped.clear();
    unitTyped.set(key, known);
  }
  return known;
}
const unitTyped = new Map<string, boolean>();

function judgedUnitTyped(typed: string, unit: string): boolean {
  const syllables = SYLLABLES.get(unit);
  if (!syllables) return false;
  const words = typed.normalize('NFC').toLocaleLowerCase('vi').split(' ');
  if (words.length !== syllables.length) return false;
  if (words.join(' ') === syllables.join(' ')) return true;
  if (OTHER_WORDS.has(words.join(' '))) return false;
  return words.every((w, i) => {
    const own = syllables[i] ?? '';
    return w === own || (withoutMarks(w) === w && w === fold(own));
  });
}

/**
 * The indexes of the `n` letters ending at `end` (marks skipped; fewer at the text's start) and
 * the index before them; undefined when a letter comes just before, as the word must start
 * there: "Tổng" holds no "tổ".
 */
function lettersEndingAt(
  chars: Chars,
  end: number,
  n: number,
): { typed: number[]; before: number } | undefined {
  const typed: number[] = [];
  let q = end;
  for (; q >= 0 && typed.length < n; q--) if (!MARK.test(chars[q] ?? '')) typed.unshift(q);
  while (q >= 0 && MARK.test(chars[q] ?? '')) q--;
  return q >= 0 && WORD_CHAR.test(chars[q] ?? '') ? undefined : { typed, before: q };
}

/** A unit word typed whose last letter is at `end` (marks skipped): its letters and folded word. */
function unitTypedAt(
  chars: Chars,
  end: number,
): { typed: number[]; word: string; before: number } | undefined {
  for (const w of FOLDED) {
    const at = lettersEndingAt(chars, end, w.length);
    if (!at || at.typed.length < w.length) continue;
    if (isUnitTyped(at.typed.map((i) => chars[i]).join(''), w)) return { ...at, word: w };
  }
  return undefined;
}

/**
 * The enumeration of unit words whose last letter is at `end` ("thôn, bản", "thôn và bản",
 * "thôn/bản"): its words (folded) and the indexes of its letters, signs and spaces; undefined
 * when fewer than two units are joined there.
 */
function enumerationBefore(
  chars: Chars,
  end: number,
): { words: string[]; letters: number[] } | undefined {
  const words: string[] = [];
  let first = end;
  let at = end;
  for (;;) {
    const unit = unitTypedAt(chars, at);
    if (!unit) break;
    words.push(unit.word);
    first = unit.typed[0] ?? first;
    let i = unit.before;
    while (i >= 0 && chars[i] === ' ') i--;
    if (i >= 0 && LIST_SIGNS.test(chars[i] ?? '')) {
      for (i--; i >= 0 && chars[i] === ' '; i--);
      at = i;
      continue;
    }
    let joining = '';
    for (; i >= 0 && WORD_CHAR.test(chars[i] ?? ''); i--) joining = chars[i] + joining;
    if (!LIST_WORDS.has(joining.toLocaleLowerCase('vi')) || chars[i] !== ' ') break;
    for (; i >= 0 && chars[i] === ' '; i--);
    at = i;
  }
  if (words.length < 2) return undefined;
  const letters: number[] = [];
  for (let i = first; i <= end; i++) if (!MARK.test(chars[i] ?? '')) letters.push(i);
  return { words, letters };
}

/** Whether the text ends with a unit word and a space ("Trưởng thôn ", "Chi bộ TDP "). */
export function endsWithUnitWord(text: string): boolean {
  // A title's word ("Già làng ") is no unit: the name after it is said with its own word.
  const last = Array.from(text.trimEnd());
  let start = last.length - 1;
  while (start >= 0 && WORD_CHAR.test(last[start] ?? '')) start--;
  const before =
    last
      .slice(0, start + 1)
      .join('')
      .trimEnd()
      .split(/\s/u)
      .at(-1) ?? '';
  if (TITLE_WORDS.has(before.toLocaleLowerCase('vi'))) return false;
  const words = fold(text).trimEnd();
  return [...FOLDED, ...Object.keys(UNIT_ABBREVIATIONS)].some(
    (w) => words === w || words.endsWith(` ${w}`),
  );
}

/** The folded unit word `value` begins with, ending there ("Khu phố 7", not "Khu phố7x"). */
function unitWordAtStart(value: string): string | undefined {
  // The same few values (a group's name, the ward's terms) start most texts of a build: each
  // folded once (its NFD form and mark removal were ~0.7 % of a build's CPU, h-cpu).
  const known = startWords.get(value);
  if (known !== undefined) return known || undefined;
  const text = fold(value.replace(MARKS, '')).trimStart();
  let found = '';
  for (const w of FOLDED)
    if (text.startsWith(w) && (text.length === w.length || !WORD_CHAR.test(text[w.length] ?? ''))) {
      found = w;
      break;
    }
  if (startWords.size >= 4096) startWords.clear();
  // Kept as a string of its own: a value is sliced from its whole rendered text (valueAt,
  // valueFrom), which a slice's key would keep alive, several KB for each of 4,096 keys.
  startWords.set(Array.from(value).join(''), found);
  return found || undefined;
}
const startWords = new Map<string, string>();

/**
 * The first characters of the value that starts at `i` (just after its OPEN mark), as the loop
 * of `withoutRepeatedTerms` reads them: whole characters up to its CLOSE mark or 24 UTF-16 units.
 */
function valueAt(text: string, i: number): string {
  // The usual value, no surrogate among its first 24 units: those units up to its CLOSE, one
  // slice (a string built a character at a time was hashed as such by the start words' map).
  const close = text.indexOf(CLOSE, i);
  const head = text.slice(i, Math.min(close < 0 ? text.length : close, i + 24));
  if (!SURROGATE.test(head)) return head;
  let value = '';
  for (let j = i; j < text.length && value.length < 24; ) {
    const ch = String.fromCodePoint(text.codePointAt(j) as number);
    if (ch === CLOSE) break;
    value += ch;
    j += ch.length;
  }
  return value;
}

/**
 * Villages of one level, each the whole of its community, never one inside another
 * (load/unit-words.ts `village`): a name of one with another's word before it is a ward-wide word
 * that does not fit this group ("Trưởng thôn {{group.name}}" for "Buôn Ea Knốp", qa17). Urban
 * units nest (a khu phố holds tổ dân phố, a thôn may hold xóm), so "Chi bộ tổ dân phố Khu phố 7"
 * may mean what it says and stays.
 */
const VILLAGES = UNITS.filter((u) => u.village).map((u) => u.word);
const PEERS = new Set(VILLAGES.map(fold));
const ACCENTED = new Set(VILLAGES);

/**
 * The unit word the text ends with just before `end` (marks skipped: the indexes of its letters),
 * when it is `word` (the value's own, folded) or a village word where `word` is another's. A
 * title's word ("già làng") or an enumeration ("thôn, bản") names no unit the group is and stays,
 * unless the name begins with that word or one of the enumeration's: "Già làng {{group.name}}"
 * for "Làng Mới" is "Già làng Mới", "thôn, bản {{group.name}}" for "Bản Sà Phìn" "bản Sà Phìn"
 * and for "Thôn 10" "Thôn 10" (the enumeration said by the one unit the group is); a làng's name
 * after "thôn, bản" keeps both (qa36).
 */
function unitWordBefore(chars: Chars, end: number, word: string): number[] | undefined {
  const list = enumerationBefore(chars, end);
  if (list) return list.words.includes(word) ? list.letters : undefined;
  for (const w of FOLDED) {
    if (w !== word && !(PEERS.has(w) && PEERS.has(word))) continue;
    const at = lettersEndingAt(chars, end, w.length);
    if (!at) continue;
    const { typed, before: q } = at;
    const text = typed.map((i) => chars[i]).join('');
    // The name's own word, capitals aside and marks only where that is safe ("thon", not "ban"
    // or "bàn": isUnitTyped), or another village's word with its accents ("thôn"): "Trưởng ban
    // {{group.name}}" is a committee's head, not a bản's.
    const own = isUnitTyped(text, word);
    if (!own && !(w !== word && ACCENTED.has(text.toLocaleLowerCase('vi')))) continue;
    const around = titleOrList(chars, q);
    if (around === 'list' || (around === 'title' && !own)) return undefined;
    return typed;
  }
  return undefined;
}

/**
 * The letters of the value printed just before `start` ending at `end`, when that value is a unit
 * word alone: "{{term.Group}} {{group.name}}" is the ward's (or the group's) word before a name,
 * which a name that begins with its own unit says already, whichever it is. "Kính gửi: Xóm Thôn
 * Đông - Xóm 1", "Tổ Khu phố 3 - Tổ 2", "Thôn Tổ dân phố số 1" (a commune's `group_term` before a
 * tổ dân phố's name, qa23 #1) name a unit the group is not: the name is said as written. A word
 * typed there stays, as "Chi bộ tổ dân phố Khu phố 7" may mean what it says.
 */
function printedUnitWordBefore(chars: Chars, end: number, start: number): number[] | undefined {
  if (!charsBetween(chars, end + 1, start).includes(CLOSE)) return undefined;
  const letters: number[] = [];
  let i = end;
  for (; i >= 0 && chars[i] !== OPEN; i--) {
    if (chars[i] === CLOSE) return undefined;
    if (!MARK.test(chars[i] ?? '')) letters.unshift(i);
  }
  if (i < 0) return undefined;
  const value = fold(letters.map((l) => chars[l]).join('')).trim();
  return FOLDED.includes(value) ? letters : undefined;
}

/**
 * The value starting at `i`: its characters up to its CLOSE mark, 24 UTF-16 units at most (a
 * character outside the BMP, one element of an array `Chars`, may end it at 25).
 */
function valueFrom(chars: Chars, i: number): string {
  if (typeof chars === 'string') {
    const close = chars.indexOf(CLOSE, i);
    return chars.slice(i, Math.min(close < 0 ? chars.length : close, i + 24));
  }
  let value = '';
  for (let q = i; q < chars.length && chars[q] !== CLOSE && value.length < 24; q++)
    value += chars[q];
  return value;
}

/** The text with every unit word said twice across a value's start said once. */
export function withoutRepeatedTerms(text: string): string {
  // Most texts print no value that begins with a unit word: nothing to drop or lower, and no
  // need to split the text into characters.
  let starts = false;
  for (let i = text.indexOf(OPEN); i >= 0 && !starts; i = text.indexOf(OPEN, i + 1))
    starts = unitWordAtStart(valueAt(text, i + 1)) !== undefined;
  if (!starts) return text;
  const chars = charsOf(text);
  const drop = new Set<number>();
  const lowered = new Set<number>();
  // From one value's start to the next: reading a two-byte text's every character made a string
  // of each.
  for (let p = openAt(chars, 0); p >= 0; p = openAt(chars, p + 1)) {
    const value = valueFrom(chars, p + 1);
    const word = unitWordAtStart(value);
    if (!word) continue;
    // Back over the spaces (and marks) between the word and the value.
    const gap: number[] = [];
    let q = p - 1;
    for (; q >= 0 && (MARK.test(chars[q] ?? '') || chars[q] === ' '); q--)
      if (chars[q] === ' ') gap.push(q);
    if (gap.length === 0) continue;
    // A word just before it: the value is inside a sentence ("Trưởng {{group.name}}", "Nhiệm vụ
    // của {{group.name}}"), not at a line's start or after a dash or a colon.
    const inSentence = LETTER.test(chars[q] ?? '');
    // A unit word just before: the value's own ("Trưởng thôn {{group.name}}" for "Thôn Đoàn
    // Kết"), or another village's, which the value's own contradicts ("Trưởng thôn" for "Buôn
    // Ea Knốp" is the buôn's "Trưởng buôn"; qa17): either way the value's word is the one said.
    const typed = unitWordBefore(chars, q, word) ?? printedUnitWordBefore(chars, q, p);
    if (typed) {
      q = (typed[0] ?? 0) - 1;
      while (q >= 0 && MARK.test(chars[q] ?? '')) q--;
      for (const i of [...typed, ...gap]) drop.add(i);
      // The word dropped began a line (or followed a dash or a colon): the value's own word
      // takes its place as written ("{{term.Group}} {{group.name}}" for "Buôn Ea Knốp" is
      // "Buôn Ea Knốp", not "buôn Ea Knốp"; qa17).
      let b = q;
      while (b >= 0 && (MARK.test(chars[b] ?? '') || chars[b] === ' ')) b--;
      if (!LETTER.test(chars[b] ?? '')) continue;
    } else if (!inSentence) continue;
    // The value's own word, lower case before a proper name ("Trưởng thôn Đoàn Kết", qa8 K3;
    // "Trưởng ấp Rạch Bà" for "Trưởng {{group.name}}", qa10 Q7), as Decree 30 writes a common
    // noun inside a sentence; a numbered name keeps it as written ("Trưởng Khu phố 7"), and so
    // does a value in capitals ("{{upper group.name}}").
    const own: number[] = [];
    let r = p + 1;
    for (; r < chars.length && chars[r] !== CLOSE && own.length < word.length; r++) {
      const ch = chars[r] ?? '';
      if (!MARK.test(ch) && (own.length > 0 || ch !== ' ')) own.push(r);
    }
    const rest = (charsBetween(chars, r, r + 24).split(CLOSE)[0] ?? '').replace(MARKS, '');
    const capitals = !/\p{Ll}/u.test(withoutMarks(value.replace(MARKS, '')));
    // Lowered only when it is the unit word with its accents: "Ban chỉ đạo …" (a body, printed
    // by {{issuerInText}}) folds to "bản"'s letters but is none.
    const unit = unitWordOf(value.replace(MARKS, '')) !== undefined && !beginsWithOtherNoun(value);
    if (!isNumberedRest(rest) && !capitals && unit) for (const i of own) lowered.add(i);
  }
  if (drop.size === 0 && lowered.size === 0) return text;
  // A loop, not an arrow made per call: V8 dropped such an arrow's optimised code at nearly every
  // full collection (npm run bench:compiled).
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    if (drop.has(i)) continue;
    const ch = chars[i] as string;
    out += lowered.has(i) ? ch.toLocaleLowerCase('vi') : ch;
  }
  return out;
}
