/**
 * Model stage: what a search the office or a leader types finds among groups (serve's office
 * page and results, the studio's leaders tab and preview picker). Each word typed must begin a
 * word of the text: "hang" is not found inside "Thắng" (qa37 m3). Marks typed are asked for,
 * marks left out are not: "dong hai" and "đông" find "Đông Hải", "Hằng" finds neither "Hàng" nor
 * "Hẳng". A tone is the word's wherever it is written ("hòa" finds "Hoà", "thuỷ" finds "Thủy");
 * a word written without any mark ("Dong") is found by any spelling of it. A number is a whole
 * number, its leading zeros aside ("7" finds "TDP-07", not "17"); an id's parts may be typed
 * together or apart ("tdp07", "TDP-07", "tdp 7"). Case, Unicode forms (NFD from a Mac or
 * Unikey's "tổ hợp"), the Icelandic Ð some converters write for Đ, an apostrophe in a Ê Đê or
 * Jrai name ("MʼHăng": "mhang", "m hang") and "(mã 3)" copied from the office's list never matter.
 *
 * The studio's campaigns list filters in the browser by this same code: `searchRule` refers to
 * nothing outside itself, so its source is what /assets/search.js sends (studio/assets.ts), and the
 * rule is written once.
 */

/** A letter (lower case) and its shape marks (breve, circumflex, horn; đ's stroke), no tone. */
interface Letter {
  base: string;
  shape: string;
}

/** A word of the text or of the search: its letters, its tone, and whether it has any mark. */
interface Word {
  letters: readonly Letter[];
  tone: string;
  bare: boolean;
  number: boolean;
}

/** A text's words, made once for the many searches it is matched by (`matchesWords`). */
export type SearchedText = readonly Word[];

/** A search, ready to match many texts. */
export interface Search {
  words: readonly Word[];
}

/**
 * The rule, made whole in one function that refers to nothing outside it: the studio sends its
 * source to the browser as it is (`${searchRule}`), so it must stay free of imports and types
 * that compile to code.
 */
export function searchRule() {
  /**
   * The apostrophes of Ê Đê / Jrai / M'Nông names ("H'Drai", "MʼHăng"), typed interchangeably:
   * the keyboard's ', Word's ’ (and ‘), the modifier letter ʼ a phone types, the grave ` and the
   * acute ´ (format.ts re-exports them).
   */
  const APOSTROPHES = /['\u2018\u2019\u02BC`\u00B4]/gu;
  /** "Tổ dân phố" → "To dan pho": the marks stripped, and đ/Đ → d/D (format.ts re-exports it). */
  const withoutMarks = (s: string): string =>
    s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

  /** Vietnamese tones as NFD writes them: grave, acute, tilde, hook above, dot below. */
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;
  const MARK = /\p{M}/u;
  const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;

  /** Lower case, NFC, Đ for Ð. */
  function lowered(s: string): string {
    return s.normalize('NFC').replace(/Ð/g, 'Đ').replace(/ð/g, 'đ').toLocaleLowerCase('vi');
  }

  /** "Tổ Dân Phố" → "to dan pho": marks and case aside. */
  const folded = (s: string): string => withoutMarks(lowered(s)).replace(APOSTROPHES, '').trim();

  /** One word (no separators in it) as letters and tone; a number without its leading zeros. */
  function wordOf(text: string): Word {
    if (/^\p{N}+$/u.test(text)) {
      const digits = text.replace(/^0+(?=.)/u, '');
      return {
        letters: [...digits].map((base) => ({ base, shape: '' })),
        tone: '',
        bare: true,
        number: true,
      };
    }
    const letters: Letter[] = [];
    let tone = '';
    for (const ch of text.normalize('NFD')) {
      const last = letters.at(-1);
      if (TONES.test(ch)) tone = ch;
      else if (MARK.test(ch) && last) last.shape += ch;
      else letters.push(ch === 'đ' ? { base: 'd', shape: 'đ' } : { base: ch, shape: '' });
    }
    return { letters, tone, bare: !tone && letters.every((l) => !l.shape), number: false };
  }

  /** The words of a text, split at spaces and signs; digits and letters apart ("tdp07"). */
  function wordsOf(text: string): Word[] {
    return text
      .split(SEPARATORS)
      .flatMap((w) => w.match(/\p{N}+|[\p{L}\p{M}]+/gu) ?? [])
      .map(wordOf);
  }

  /**
   * A text's words as a search looks for them: split at every sign, a name with an apostrophe also
   * whole ("MʼHăng" is "m", "hăng" and "mhăng").
   */
  function textWords(text: string): Word[] {
    const s = lowered(text);
    const apart = wordsOf(s.replace(APOSTROPHES, ' '));
    if (s.search(APOSTROPHES) < 0) return apart;
    return [...apart, ...wordsOf(s.replace(APOSTROPHES, ''))];
  }

  /** The words of what was typed; no words (an empty search) finds everything. */
  function searchOf(query: string): Search {
    // "Tổ dân phố số 1 (mã 3)", as the office's list tells two groups of one name apart.
    const typed = lowered(query)
      .replace(/\(\s*mã\s+([^)\s]+)\s*\)/gu, ' $1 ')
      .replace(APOSTROPHES, '');
    return { words: wordsOf(typed) };
  }

  /** Whether the typed word begins the text's word: its letters, its shapes and tone if typed. */
  function begins(typed: Word, word: Word): boolean {
    if (typed.number || word.number)
      return typed.number && word.number && sameLetters(typed.letters, word.letters);
    if (typed.letters.length > word.letters.length) return false;
    if (word.bare) return typed.letters.every((l, i) => l.base === word.letters[i]?.base);
    if (typed.tone && typed.tone !== word.tone) return false;
    return typed.letters.every((l, i) => {
      const w = word.letters[i];
      return w !== undefined && l.base === w.base && [...l.shape].every((m) => w.shape.includes(m));
    });
  }

  const sameLetters = (a: readonly Letter[], b: readonly Letter[]) =>
    a.length === b.length && a.every((l, i) => l.base === b[i]?.base);

  /** Whether every word of the search begins a word of `text`. */
  function matches(search: Search, text: string): boolean {
    if (search.words.length === 0) return true;
    return matchesWords(search, textWords(text));
  }

  /** `text` ready to be searched (`matchesWords`): what `matches` makes of it at every call. */
  const searchedText = (text: string): SearchedText => textWords(text);

  /** `matches` for a text made ready once (`searchedText`). */
  function matchesWords(search: Search, words: SearchedText): boolean {
    return search.words.every((typed) => words.some((word) => begins(typed, word)));
  }

  return { APOSTROPHES, withoutMarks, folded, searchOf, matches, searchedText, matchesWords };
}

export const { APOSTROPHES, withoutMarks, folded, searchOf, matches, searchedText, matchesWords } =
  searchRule();
