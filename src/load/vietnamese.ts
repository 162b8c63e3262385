/**
 * Load stage: "does this read as Vietnamese?" In: any text. Out: a verdict per word and per text.
 *
 * Used to tell real Vietnamese from the same letters seen through the wrong glasses (a
 * Windows-1258 file, text typed with a TCVN3 or VNI font): a guessed decoding is accepted only
 * when every word that has a letter beyond ASCII becomes a well-formed Vietnamese syllable.
 * The syllable check is deliberately structural (initial consonant, vowel cluster, final
 * consonant, at most one tone mark, on a vowel), not a dictionary: names are not in dictionaries.
 */

// Tone marks (huyền, sắc, ngã, hỏi, nặng) and the marks that make ă â ê ô ơ ư.
const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const SHAPES = new Set(['\u0302', '\u0306', '\u031B']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

const INITIAL = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?';
const NUCLEUS = [
  'uyê|uya|uyu|iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu',
  'ai|ao|au|ay|âu|ây|eo|êu|ia|iu|iê|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê',
  'a|ă|â|e|ê|i|o|ô|ơ|u|ư|y',
].join('|');
const FINAL = '(?:ch|ng|nh|[cmnpt])?';
const SYLLABLE = new RegExp(`^${INITIAL}(?:${NUCLEUS})${FINAL}$`);

/** True when `word` (letters only, any case, NFC or NFD) is a well-formed Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const chars = [...word.toLocaleLowerCase('vi').normalize('NFD')];
  let toneless = '';
  let tones = 0;
  let lastBase = '';
  for (const ch of chars) {
    if (TONES.has(ch)) {
      // One tone per syllable, and only on a vowel.
      if (++tones > 1 || !VOWELS.has(lastBase)) return false;
    } else if (SHAPES.has(ch)) {
      toneless += ch;
    } else if (/\p{M}/u.test(ch)) {
      return false;
    } else {
      toneless += ch;
      lastBase = ch;
    }
  }
  return SYLLABLE.test(toneless.normalize('NFC'));
}

/**
 * The words of a text for this check. Latin-1 symbols (¨ © ª « ¬ soft hyphen …) stay inside
 * words: in TCVN3 text they are letters ("V¨n" is "Văn"), so they must make a word fail.
 */
export function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{M}\u00A1-\u00BF\u00D7\u00F7]+/u).filter((w) => w !== '');
}

// Words hold no control characters: printable ASCII is all of ASCII here.
const ASCII = /^[ -~]*$/;

export type Verdict = 'ascii' | 'vietnamese' | 'other';

/**
 * 'ascii' when no word has a letter beyond ASCII; 'vietnamese' when every such word is a
 * Vietnamese syllable; 'other' otherwise (a foreign word, or Vietnamese gone wrong).
 */
export function verdictOf(text: string): Verdict {
  let verdict: Verdict = 'ascii';
  for (const word of wordsOf(text)) {
    if (ASCII.test(word)) continue;
    if (!isVietnameseSyllable(word)) return 'other';
    verdict = 'vietnamese';
  }
  return verdict;
}
