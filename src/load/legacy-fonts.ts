/**
 * Load stage: Vietnamese typed with a pre-Unicode font (TCVN3 "ABC" .VnTime, or VNI-Times) and
 * saved into a Unicode file. In: one cell's text. Out: what it is — and for TCVN3, the Unicode
 * text — or nothing for ordinary text.
 *
 * Such fonts draw Vietnamese letters in place of Latin-1 ones, so the file holds "NguyÔn V¨n
 * Hïng" (TCVN3) or "Nguyeãn Vaên Huøng" (VNI) while the screen showed "Nguyễn Văn Hùng". A cell
 * is taken for one of them only when it does not read as Vietnamese as it is and does once
 * decoded (vietnamese.ts): a foreign name ("Müller") is left alone.
 *
 * TCVN3 is converted only through the code points of TCVN 5712:1993 VN3 (lowercase letters and
 * the seven toneless capitals), where the table is the standard's and iconv-lite's alike; capitals
 * with tones live in separate ".VnTimeH" fonts with no fixed code points, so text using them — or
 * anything else uncertain — is refused, as is VNI, with how to convert it.
 */
import { msg } from '../messages/message.js';
import { decodeLegacy } from './legacy-decode.js';
import { withVietnameseD } from './normalize.js';
import { isVietnameseSyllable, verdictOf, wordsOf } from './vietnamese.js';

/** VN3 code points with one meaning whatever the font: Ă…đ, and the lowercase letters with tones. */
const TCVN3_CERTAIN =
  /^[\t\n\r -~\u00A1-\u00AE\u00B5-\u00B9\u00BB-\u00BE\u00C6-\u00CC\u00CE-\u00D8\u00DC-\u00DF\u00E1-\u00EF\u00F1-\u00FE]*$/;

/** VNI: a vowel, then one character for its shape and tone; đ/Đ alone. Uppercase pairs too. */
const VNI_VOWELS: [string, string[]][] = [
  ['a', ['a', 'á', 'à', 'ả', 'ã', 'ạ']],
  ['aâ', ['â', 'ấ', 'ầ', 'ẩ', 'ẫ', 'ậ']],
  ['aê', ['ă', 'ắ', 'ằ', 'ẳ', 'ẵ', 'ặ']],
  ['e', ['e', 'é', 'è', 'ẻ', 'ẽ', 'ẹ']],
  ['eâ', ['ê', 'ế', 'ề', 'ể', 'ễ', 'ệ']],
  ['o', ['o', 'ó', 'ò', 'ỏ', 'õ', 'ọ']],
  ['oâ', ['ô', 'ố', 'ồ', 'ổ', 'ỗ', 'ộ']],
  ['ô', ['ơ', 'ớ', 'ờ', 'ở', 'ỡ', 'ợ']],
  ['u', ['u', 'ú', 'ù', 'ủ', 'ũ', 'ụ']],
  ['ö', ['ư', 'ứ', 'ừ', 'ử', 'ữ', 'ự']],
  ['y', ['y', 'ý', 'ỳ', 'ỷ', 'ỹ', 'ỵ']],
];
// Tone suffixes in the order of the rows above: none, sắc, huyền, hỏi, ngã, nặng.
const VNI_TONES = ['', 'ù', 'ø', 'û', 'õ', 'ï'];
// Shape suffixes that also carry a tone (â: circumflex, ê: breve), in the same order.
const VNI_SHAPED: Record<string, string[]> = {
  aâ: ['aâ', 'aá', 'aà', 'aå', 'aã', 'aä'],
  aê: ['aê', 'aé', 'aè', 'aú', 'aü', 'aë'],
  eâ: ['eâ', 'eá', 'eà', 'eå', 'eã', 'eä'],
  oâ: ['oâ', 'oá', 'oà', 'oå', 'oã', 'oä'],
};

function vniTable(): Map<string, string> {
  const table = new Map<string, string>();
  const add = (from: string, to: string) => {
    table.set(from, to);
    table.set(from.toLocaleUpperCase('vi'), to.toLocaleUpperCase('vi'));
  };
  for (const [key, letters] of VNI_VOWELS) {
    const spellings = VNI_SHAPED[key] ?? VNI_TONES.map((t) => key + t);
    spellings.forEach((s, i) => {
      if (s.length > 1) add(s, letters[i] as string);
    });
  }
  // i has one-character spellings of its own.
  for (const [from, to] of [
    ['í', 'í'],
    ['ì', 'ì'],
    ['æ', 'ỉ'],
    ['ó', 'ĩ'],
    ['ò', 'ị'],
    ['î', 'ỵ'],
    ['ñ', 'đ'],
    ['ô', 'ơ'],
    ['ö', 'ư'],
  ] as const)
    add(from, to);
  return table;
}

let vni: { table: Map<string, string>; pattern: RegExp } | undefined;

function decodeVni(text: string): string {
  if (!vni) {
    const table = vniTable();
    const keys = [...table.keys()].sort((a, b) => b.length - a.length);
    vni = { table, pattern: new RegExp(keys.join('|'), 'g') };
  }
  const { table, pattern } = vni;
  return text.replace(pattern, (m) => table.get(m) ?? m);
}

export function decodeTcvn3(text: string): string {
  return decodeLegacy(Buffer.from(text, 'latin1'), 'tcvn');
}

// Legacy fonts put their letters on Latin-1 code points and nowhere else.
const LATIN1_ONLY = /^[\p{Cc} -\u00FF]*$/u;
const HAS_HIGH = /[\u00A0-\u00FF]/;
/**
 * What Unicode Vietnamese never has: a Latin-1 character that is not one of its letters
 * ("¨", "©", "ï", "ø"…), or a capital with a mark right after a small letter ("NguyÔn"). Without
 * one, a cell is never taken for legacy text, however odd it reads.
 */
const TELLTALE =
  /[\u00A1-\u00BF\u00C4-\u00C7\u00CB\u00CE-\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE-\u00DF\u00E4-\u00E7\u00EB\u00EE-\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF]|\p{Ll}[\u00C0-\u00D6\u00D8-\u00DE]/u;

export type LegacyText =
  | { font: 'TCVN3'; unicode: string; certain: boolean }
  | {
      font: 'VNI';
      unicode: string;
      /**
       * Its only sign of VNI is "Ñ"/"ñ" (VNI's Đ/đ), and with N in its place the text reads as
       * Vietnamese as it is ("Y Ñuôn Niê", "H'Ñiê", "Buôn Ñing"): Ê Đê, M'Nông and K'Ho write
       * the letter Ñ, so such a cell is as likely a name in one of them typed in Unicode.
       */
      enyeOnly: boolean;
    };

/** Capitals typed in a .VnTimeH font come out as lowercase VN3 letters in an upper-case word. */
function mixesCase(unicode: string): boolean {
  return unicode
    .split(/\s+/)
    .some((w) => /[A-Z]{2}/.test(w) && !/[a-z]/.test(w) && /\p{Ll}/u.test(w));
}

/**
 * A capital right after a lowercase letter inside a word ("ôNgay", "GiỔng"): no Vietnamese text
 * reads so, so a decoding that makes one is no reading. (asTcvn3 also refuses "Hà" → "HỔ", a
 * capital after a capital, by comparing with the word as typed: capitalMadeInside.)
 * `typed`: the word as typed, when `text` is its decoding. A word typed in capitals alone ("V¨N",
 * a heading partly in a .VnTimeH font, whose capitals are TCVN3's lowercase codes) decodes to
 * "VăN" and is not refused here: mixesCase tells it apart later.
 */
function hasCapitalInside(text: string, typed?: string): boolean {
  if (!/\p{Ll}\p{Lu}/u.test(text)) return false;
  return typed === undefined || !(/[A-Z].*[A-Z]/.test(typed) && !/[a-z]/.test(typed));
}

/**
 * A word that says `text` was typed with a legacy font: it has a telltale, and decoded it is a
 * different Vietnamese syllable of two letters or more ("V¨n" → "Văn", "®µ" → "đà"). A symbol
 * standing alone ("© 2024", "Hotline · 1022", "2 × 3"), a one-letter word, and Ð/ð — the Đ/đ of
 * text converted elsewhere ("CÐ-UBND") — never are; nor a decoding with a capital inside the
 * word ("«Ngay" → "ôNgay", "°C" → "ắC") or ending in a bare ă/â, which no syllable does ("Nº" → "NẲ").
 */
function isLegacyWord(word: string, decode: (w: string) => string): boolean {
  const plain = withVietnameseD(word);
  if (!TELLTALE.test(plain)) return false;
  const decoded = decode(word).normalize('NFC');
  if (decoded === word || [...decoded].length < 2) return false;
  if (hasCapitalInside(decoded, word)) return false;
  const toneless = decoded
    .toLocaleLowerCase('vi')
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
    .normalize('NFC');
  return isVietnameseSyllable(decoded) && !/[ăâ]$/.test(toneless);
}

/** Some word of `text` is legacy-font text by isLegacyWord. */
const hasLegacyWord = (text: string, decode: (w: string) => string) =>
  wordsOf(text).some((w) => isLegacyWord(w, decode));

/** What legacy font `text` was typed with, if it clearly was; undefined for ordinary text. */
export function detectLegacyFont(text: string): LegacyText | undefined {
  if (!TELLTALE.test(text) || !LATIN1_ONLY.test(text) || verdictOf(text) !== 'other') {
    return undefined;
  }
  const tcvn3 = hasLegacyWord(text, decodeTcvn3) ? asTcvn3(text) : undefined;
  if (tcvn3) return tcvn3;
  const fromVni = decodeVni(text).normalize('NFC');
  if (fromVni !== text && verdictOf(fromVni) === 'vietnamese' && hasLegacyWord(text, decodeVni))
    return { font: 'VNI', unicode: fromVni, enyeOnly: readsWithN(text) };
  return undefined;
}

/**
 * `text` read as TCVN3, when it reads as Vietnamese so: for a cell that is TCVN3 by what is
 * around it (a list whose header was typed so), whatever it reads as as it is.
 */
export function asTcvn3(text: string): LegacyText | undefined {
  if (!LATIN1_ONLY.test(text)) return undefined;
  const unicode = decodeTcvn3(text);
  if (verdictOf(unicode) !== 'vietnamese' || capitalMadeInside(text, unicode)) return undefined;
  return { font: 'TCVN3', unicode, certain: TCVN3_CERTAIN.test(text) && !mixesCase(unicode) };
}

/**
 * Decoding made a capital inside a word typed in lowercase after its first letter: "Hà" → "HỔ",
 * "Giàng" → "GiỔng". No TCVN3 typist's word reads so (a .VnTime font draws lowercase there), so
 * the text is not TCVN3. A word typed with capitals after its first letter ("V¨N", "PH¦êNG": a
 * heading, partly in a .VnTimeH font) is left to mixesCase. Unlike hasCapitalInside, any capital
 * after the first letter counts, even after a capital ("HỔ"): the typed word says it was lowercase.
 */
function capitalMadeInside(text: string, unicode: string): boolean {
  const typed = text.split(/\s+/);
  const rest = (word: string) => [...word].slice(1).join('');
  return unicode.split(/\s+/).some((word, i) => {
    const was = rest(typed[i] ?? '');
    return /\p{Ll}/u.test(was) && !/\p{Lu}/u.test(was) && /\p{Lu}/u.test(rest(word));
  });
}

/** The text reads as Vietnamese (or plain ASCII) once each Ñ/ñ is an N/n: Ñ is its only oddity. */
function readsWithN(text: string): boolean {
  const withN = text.replace(/[Ññ]/g, (c) => (c === 'Ñ' ? 'N' : 'n'));
  return !TELLTALE.test(withN) && verdictOf(withN) !== 'other';
}

/**
 * Reads as Vietnamese both as it is and as TCVN3 ("Sè 5" is also "Số 5"): in a file known to be
 * typed with a TCVN3 font, such a cell cannot be told either way.
 */
export function isAmbiguousTcvn3(text: string): boolean {
  if (!HAS_HIGH.test(text) || !LATIN1_ONLY.test(text)) return false;
  const decoded = decodeTcvn3(text);
  // A capital inside a word is no reading ("Lê Hà" is not "Lờ HỔ").
  return (
    decoded !== text &&
    verdictOf(text) !== 'other' &&
    verdictOf(decoded) === 'vietnamese' &&
    !hasCapitalInside(decoded)
  );
}

/**
 * VIQR ("To^? da^n pho^' so^' 1"): Vietnamese written in ASCII, each mark a character after its
 * vowel — ^ ( + for â/ê/ô, ă, ơ/ư; ' ` ? ~ . for the tones — and "dd" for đ. Old e-mail and forum
 * text. Told only from words that become a Vietnamese syllable once read so and that use a mark
 * no ordinary punctuation would: a shape mark, "dd", "`" or "~", or a tone inside the word
 * ("ho'a"). An apostrophe at a word's end ("A'") counts only beside such a word; "." and "?"
 * there never do: "Ông A' Lăng", "H'Mông", "I'm" and "Bạn đã cài chưa?" are ordinary text.
 */
const VIQR_WORD = /^[A-Za-z^(+'`?~.]+$/;
const VIQR_SHAPES: Record<string, string> = { '^': '\u0302', '(': '\u0306', '+': '\u031B' };
const VIQR_TONES: Record<string, string> = {
  "'": '\u0301',
  '`': '\u0300',
  '?': '\u0309',
  '~': '\u0303',
  '.': '\u0323',
};
// A vowel, then its shape mark and its tone in either order ("ho^.i" as VIQR writes, "ho.^i").
const VIQR_MARKS = /([aeiouyAEIOUY])(?:([\^(+])(['`?~.])?|(['`?~.])([\^(+])?)?/g;

type ViqrWord = 'strong' | 'weak' | undefined;

/**
 * One word read as VIQR: what it becomes (a Vietnamese syllable with its marks, or the word as
 * it is), and how surely it is VIQR.
 */
function viqrWord(word: string): { unicode: string; kind: ViqrWord } {
  let strong = false;
  let weak = false;
  let marked = false;
  let body = word.replace(/^(d)d/i, (_, d: string) => {
    strong = true;
    return d === 'D' ? 'Đ' : 'đ';
  });
  body = body.replace(
    VIQR_MARKS,
    (m, vowel: string, s1?: string, t1?: string, t2?: string, s2?: string, at = 0) => {
      const shape = s1 ?? s2 ?? '';
      const tone = t1 ?? t2 ?? '';
      const inside = /[A-Za-z]/.test(body[at + m.length] ?? '');
      if (shape || tone) marked = true;
      // A shape mark, or a tone no punctuation writes; an apostrophe inside a word ("ho'a"), not
      // after its first letter ("I'm", "A'Lang"); "." and "?" at a word's end end a sentence.
      if (shape || tone === '`' || tone === '~') strong = true;
      else if (tone && inside && at > 0) strong = true;
      else if (tone === "'" && !inside) weak = true;
      return (vowel + (VIQR_SHAPES[shape] ?? '') + (VIQR_TONES[tone] ?? '')).normalize('NFC');
    },
  );
  const unicode = body.normalize('NFC');
  if (!(marked || strong) || !isVietnameseSyllable(unicode))
    return { unicode: word, kind: undefined };
  return { unicode, kind: strong ? 'strong' : weak ? 'weak' : undefined };
}

/** A word of `text` as VIQR: as it is, or without a sentence's mark after it ("so^'."). */
function readViqr(word: string): { unicode: string; kind: ViqrWord } {
  const bare = word.replace(/^[("“'«]+|[)"”»,;:!]+$/g, '');
  if (!VIQR_WORD.test(bare)) return { unicode: word, kind: undefined };
  const whole = viqrWord(bare);
  if (whole.unicode !== bare)
    return { unicode: word.replace(bare, whole.unicode), kind: whole.kind };
  const trimmed = bare.replace(/[.?]$/, '');
  if (trimmed === bare) return { unicode: word, kind: undefined };
  const less = viqrWord(trimmed);
  return { unicode: word.replace(trimmed, less.unicode), kind: less.kind };
}

/** What a sure word has: a shape mark, "`" or "~", a tone before a letter, or "dd" first. */
const VIQR_SURE_MARK = /[aeiouy](?:[\^(+`~]|['?.][\^(+a-z])|(?:^|[^a-z])dd/i;

/** `text` read as VIQR when it surely is ("To^? da^n pho^' so^' 1" → "Tổ dân phố số 1"). */
export function detectViqr(text: string): { unicode: string } | undefined {
  // Every reading as VIQR needs one sure word: none of its marks, none of the work per word.
  if (!VIQR_SURE_MARK.test(text)) return undefined;
  let strong = 0;
  let weak = 0;
  const unicode = text.replace(/\S+/g, (word) => {
    const read = readViqr(word);
    if (read.kind === 'strong') strong++;
    if (read.kind === 'weak') weak++;
    return read.unicode;
  });
  return strong >= 2 || (strong >= 1 && strong + weak >= 2) ? { unicode } : undefined;
}

/** How to convert text typed so (`source`: Unikey's name for its encoding) in Unikey. */
export const unikeyHint = (source: 'TCVN3 (ABC)' | 'VNI Windows' | 'VIQR') =>
  msg`Convert it to precomposed Unicode with Unikey: copy the text, open Unikey › "Công cụ…" (Ctrl+Shift+F6), choose Nguồn "${source}", Đích "Unicode", click "Chuyển mã" and paste it back.`;

/** The refusal of a text written in VIQR (`from`), with what it probably reads (`to`). */
export const viqrRefused = (from: string, to: string) =>
  msg`the text is written in VIQR (tone marks typed as ^ ( + ' ? ~ . after the letters), not in Unicode: "${from}" probably reads "${to}"`;

export const CONVERT_HINT = msg`Convert the file with Unikey: copy the cells, open Unikey › "Công cụ…" (Ctrl+Shift+F6), choose Nguồn "TCVN3 (ABC)" or "VNI Windows" as the text looks, Đích "Unicode", click "Chuyển mã", paste back and save as CSV UTF-8 or Excel workbook.`;

/** Windows-1252's characters for bytes 0x80–0x9F: Word keeps an old font's bytes there so. */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** The bytes `text` stands for in an 8-bit font (Latin-1, or Windows-1252 for 0x80–0x9F). */
function fontBytes(text: string): Buffer | undefined {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const high = CP1252_HIGH.indexOf(ch);
    if (high >= 0) bytes.push(0x80 + high);
    else if (code <= 0xff) bytes.push(code);
    else return undefined;
  }
  return Buffer.from(bytes);
}

/** A TCVN3 (ABC) font by its name: ".VnTime", ".VnArial", ".VnTimeH" (capitals)… */
export function tcvn3Font(name: string | null | undefined): 'lower' | 'capitals' | undefined {
  if (!name || !/^\.Vn/i.test(name.trim())) return undefined;
  return /H$/.test(name.trim()) ? 'capitals' : 'lower';
}

/**
 * Word's AutoCorrect punctuation — curly quotes “ ” ‘ ’, dashes – —, ellipsis … — is Unicode even
 * in a .VnTime run: kept as it is, not read as the bytes 0x85, 0x91–0x97, which TCVN 5712's full
 * table makes "Ặ Ị Ò Ỏ Õ Ọ Ộ" (qa37 M2). Split on, the pattern's group keeps each mark as a part.
 */
const WORD_PUNCTUATION = /([\u2018\u2019\u201C\u201D\u2013\u2014\u2026])/;

/**
 * Text of a Word run set in a TCVN3 font (by its name, which settles what detectLegacyFont must
 * guess from the text alone), in Unicode; undefined when it holds characters no 8-bit font has
 * (Unicode typed in a document whose font is still named so: printed as it is). An "H" font draws
 * capitals on the lowercase code points. `certain` as for a cell: every letter on a VN3 code point
 * (or on a capital's code point of TCVN 5712's full table) and the paragraph reads as Vietnamese
 * once converted — the caller checks that on the whole paragraph. Word's punctuation stays as it is.
 */
export function fromTcvn3Font(
  text: string,
  font: 'lower' | 'capitals',
): { unicode: string; changed: boolean } | undefined {
  const parts: string[] = [];
  for (const part of text.split(WORD_PUNCTUATION)) {
    if (WORD_PUNCTUATION.test(part)) {
      parts.push(part);
      continue;
    }
    const bytes = fontBytes(part);
    if (!bytes) return undefined;
    const decoded = decodeLegacy(bytes, 'tcvn');
    parts.push(font === 'capitals' ? decoded.toLocaleUpperCase('vi') : decoded);
  }
  const unicode = parts.join('');
  return { unicode, changed: unicode !== text };
}

/** Vietnamese letters (ă, đ, ơ, ư, ạ…ỹ) no 8-bit legacy font writes: text that has one is Unicode. */
export const UNICODE_VIETNAMESE = /[\u0100-\u01B0\u1EA0-\u1EF9]/;

/**
 * Whether `unicode` (converted text) reads as Vietnamese, or plain ASCII, with no capital inside
 * a word ("SỔ", "GiỔng", "cỔ"): conversion is sure.
 */
export function readsConverted(unicode: string): boolean {
  return verdictOf(unicode) !== 'other' && !hasCapitalInside(unicode);
}
