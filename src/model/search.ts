/**
 * Model stage: what a search the office or a leader types finds among groups (serve's office
 * page and results, the studio's leaders tab and preview picker). Each word typed must begin a
 * word of the text: "hang" is not found inside "Thắng" (qa37 m3). A word typed without marks
 * matches with or without them ("dong hai" finds "Đông Hải"); a word typed with marks needs those
 * marks ("Hằng" finds "Hằng", not "Hàng" or "Hăng"; "Hăng" finds "Hằng", a mark left out). Case, Unicode forms (NFD from a Mac
 * or Unikey's "tổ hợp"), the Icelandic Ð some converters write for Đ, and the apostrophes of
 * Ê Đê / Jrai names ("M'Hăng", "mhang") never matter.
 */

import { APOSTROPHES, withoutMarks } from './format.js';

/**
 * A letter and the marks on it, as NFD writes them ("ằ": a, breve, grave); đ is d with a stroke.
 * A letter typed matches a letter with at least the marks typed: "hang" finds "Hằng", "hăng" and
 * "hàng" find it too (a mark left out), "Hằng" finds neither "Hàng" nor "Hăng".
 */
interface Letter {
  base: string;
  marks: string;
}

/** A search, ready to match many texts: its words, each as letters. */
export interface Search {
  words: readonly (readonly Letter[])[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

/**
 * Lower case, NFC, Đ for Ð, marks kept; an apostrophe dropped ("mhăng") or, with `apart`, a space
 * ("m hăng"): "MʼHăng" is found by "mhang" and by "m hang".
 */
function lowered(s: string, apart = false): string {
  return s
    .normalize('NFC')
    .replace(/Ð/g, 'Đ')
    .replace(/ð/g, 'đ')
    .replace(APOSTROPHES, apart ? ' ' : '')
    .toLocaleLowerCase('vi');
}

/** "Tổ Dân Phố" → "to dan pho". */
export const folded = (s: string): string => withoutMarks(lowered(s)).trim();

/** The letters of a text (lower case), each with its marks. */
function lettersOf(s: string, apart = false): Letter[] {
  const letters: Letter[] = [];
  for (const ch of lowered(s, apart).normalize('NFD')) {
    const last = letters.at(-1);
    if (MARK.test(ch) && last) last.marks += ch;
    else letters.push(ch === 'đ' ? { base: 'd', marks: 'đ' } : { base: ch, marks: '' });
  }
  return letters;
}

/** The words of what was typed; no words (an empty search) finds everything. */
export function searchOf(query: string): Search {
  return {
    words: query
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => lettersOf(w)),
  };
}

/** Whether the typed letter is the text's letter, or it with marks left out. */
const sameLetter = (typed: Letter, text: Letter) =>
  typed.base === text.base && [...typed.marks].every((m) => text.marks.includes(m));

/** Whether `word` is in `text` where a word of the text begins. */
function atWordStart(text: readonly Letter[], word: readonly Letter[]): boolean {
  for (let i = 0; i + word.length <= text.length; i++) {
    if (i > 0 && WORD_CHAR.test(text[i - 1]?.base ?? '')) continue;
    if (word.every((l, j) => sameLetter(l, text[i + j] as Letter))) return true;
  }
  return false;
}

/** Whether every word of the search begins a word of `text`. */
export function matches(search: Search, text: string): boolean {
  if (search.words.length === 0) return true;
  const joined = lettersOf(text);
  const apart = text.search(APOSTROPHES) >= 0 ? lettersOf(text, true) : joined;
  return search.words.every(
    (w) => w.length === 0 || atWordStart(joined, w) || atWordStart(apart, w),
  );
}
