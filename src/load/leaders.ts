/**
 * Load stage: a group with more than one leader, as a groups file writes them: "Trịnh Thị Ngọc,
 * Lương Văn Khải" in the leader's cell and "0912 111 222 - 0987 333 444" in the phone's (qa40 m3).
 * Each name is a person's: two words or more, every word capitalised ("H'Hen Niê", "Y Ñuôn Niê"),
 * the first no title or unit word, so "Nguyễn Văn An, Bí thư chi bộ" and "Nguyễn Văn An, Tổ
 * Trưởng" are one leader with their title (review42 #3). Read by the groups file's checks
 * (groups/rows.ts) and by the model (context.ts), which comes after load.
 */

import { firstPhone, isCallable, phonesIn } from '../model/phone-numbers.js';
import { UNITS } from './unit-words.js';

/** Between two phones of a cell as load/groups/values.ts prints them: " - ", " / ", ", ", "; ". */
const BETWEEN_PHONES = /\s+[-–—/]\s+|\s*[;,]\s*/;

/**
 * Words that open a title, not a name: "Tổ Trưởng", "Trưởng Ban", "Phó Bí Thư", "Chi Hội
 * Trưởng", "Kiêm …", "Cán Bộ …", "Công An Khu Vực", and the unit words ("Thôn Trưởng", "Khu
 * Phố …", load/unit-words.ts). Folded to lower case.
 */
const TITLE_WORDS = new Set([
  'trưởng',
  'phó',
  'bí',
  'thư',
  'ban',
  'chi',
  'kiêm',
  'cán',
  'công',
  ...UNITS.map((u) => u.word.split(' ')[0] as string),
]);

/** A word of a name: capitalised, maybe with an apostrophe or a hyphen inside ("H'Hen", "K’Bình"). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*`;
const PERSON = new RegExp(String.raw`^${NAME_WORD}(?:\s+${NAME_WORD}){1,6}$`, 'u');

/**
 * The words a title goes on with after "Phó": "Phó Bí Thư", "Phó Trưởng Ban", "Phó Tổ Trưởng",
 * "Phó Chủ Tịch", "Phó Giám Đốc", "Phó Chánh Văn Phòng", "Phó Thủ Trưởng", "Phó Ban", "Phó Chỉ
 * Huy Trưởng", "Phó Hiệu Trưởng", "Phó Thường Trực", "Phó Tổng Giám Đốc", "Phó Mặt Trận", "Phó
 * Viện Trưởng", "Phó Trực Ban". Folded to lower case.
 */
const AFTER_DEPUTY = new Set([
  ...TITLE_WORDS,
  'chủ',
  'giám',
  'chánh',
  'thủ',
  'hội',
  'đội',
  'chỉ',
  'hiệu',
  'tổng',
  'thường',
  'trực',
  'mặt',
  'viện',
]);

/**
 * Words of a title or an organisation that no given name uses, wherever they stand after "Phó":
 * "Phó Văn Phòng Đội" is not a person (review43 #1). Common given names that are also title words
 * ("Thư", "Huy", "Công", "Chi", "An") stay out: "Phó Anh Thư" and "Phó Đức Huy" are persons.
 */
const DEPUTY_WORDS = new Set([
  ...[...AFTER_DEPUTY].filter((w) => !['thư', 'công', 'chi'].includes(w)),
  'tịch',
  'đốc',
  'trận',
  'phòng',
]);

/**
 * Whether the text begins with Phó the surname ("Phó Đức Phương", "Phó Thị Hằng"), not the title
 * "Phó" (deputy): a capital "Phó" followed by a name — capitalised words, the first no title
 * word and none a word only a title or an organisation uses ("Phó Tổng Giám Đốc"). "Phó Bí Thư",
 * "Phó Tổ Trưởng", "Phó:" and "Phó" alone are the title. Only the words up to a mark count
 * ("Phó Đức Phương, Tổ Trưởng" begins with a person).
 */
export function beginsWithSurnamePho(text: string): boolean {
  const words = text.normalize('NFC').trim().split(/\s+/u);
  const [first, next] = words;
  // The next word, less a mark after it ("Phó Ban:", "Phó Đức Phương)").
  const word = (next ?? '').replace(/[^\p{L}\p{M}]+$/u, '');
  if (first !== 'Phó' || !/^\p{Lu}/u.test(word) || AFTER_DEPUTY.has(word.toLowerCase())) {
    return false;
  }
  const name: string[] = [];
  for (const w of words.slice(1)) {
    const bare = w.replace(/[^\p{L}\p{M}]+$/u, '');
    if (bare) name.push(bare.toLowerCase());
    if (bare !== w || !bare) break;
  }
  return !name.some((w) => DEPUTY_WORDS.has(w));
}

const personName = (s: string) => {
  const first = (s.split(/\s+/u)[0] ?? '').toLowerCase();
  return PERSON.test(s) && (!TITLE_WORDS.has(first) || beginsWithSurnamePho(s));
};

/** The leaders named in the cell, two or more; undefined for one (or a cell that is no list). */
export function leaderNames(leader: string | undefined): string[] | undefined {
  const names = (leader ?? '').split(/\s*[,;]\s*|\s+và\s+/u).map((n) => n.trim());
  return names.length >= 2 && names.every(personName) ? names : undefined;
}

/** One phone of a cell: as printed, its digits for a `tel:` link, and what the cell puts after it. */
export interface CellPhone {
  /** What the cell writes before its first number ("DĐ: "); '' for the others. */
  before: string;
  shown: string;
  /** The digits to dial; '' when the text is no number one can call (printed, never linked). */
  dial: string;
  /**
   * What the cell writes after the number, up to the next one: an extension (" (máy lẻ 12)",
   * ", nhánh 2") and the mark before the next phone ("; ", " - "); never dialled.
   */
  after: string;
}

/** The mark a cell ends a phone's text with before the next number ("/", " - ", "; "). */
const MARK_AT_END = new RegExp(`(?:${BETWEEN_PHONES.source}|/)$`, 'u');

/**
 * The phones of the cell, each with its own digits, found as the model finds a number in text
 * (model/phone-numbers.ts): "0912 005 484; 0983 100 004" and "0912 005 484/0983 100 004" are
 * two numbers to call, not one of 20 digits (qa57 M5, review57b #6); "1900 1234, nhánh 2" and
 * "0225.3846.555 (máy lẻ 12)" one each, the extension printed after the link, never dialled.
 * A number one cannot call (isCallable: "024 3864 511", a digit short) is printed, not linked.
 * The one splitter of the flyer's leaders and of the office's call lists (serve's results
 * page, the studio's Kết quả).
 */
export function cellPhoneLinks(phone: string | undefined): CellPhone[] {
  const text = (phone ?? '').trim();
  const found = phonesIn(text);
  const short = found.length === 0 ? firstPhone(text) : undefined;
  const numbers = short ? [short] : found;
  if (numbers.length === 0) return text ? [{ before: '', shown: text, dial: '', after: '' }] : [];
  return numbers.map((n, i) => {
    const end = n.at + n.typed.length;
    const digits = n.typed.replace(/[^\d+]/g, '');
    return {
      before: i === 0 ? text.slice(0, n.at) : '',
      shown: n.typed,
      dial: isCallable(digits) ? digits : '',
      after: text.slice(end, numbers[i + 1]?.at ?? text.length),
    };
  });
}

/** The phones of the cell, each as printed. */
export const cellPhones = (phone: string | undefined): string[] =>
  cellPhoneLinks(phone).map((p) =>
    `${p.before}${p.shown}${p.after}`.replace(MARK_AT_END, '').trim(),
  );

/**
 * Each leader with their phone, in the cells' order, when the cells name as many leaders as
 * phones (two or more); undefined otherwise.
 */
export function leaderContacts(
  leader: string | undefined,
  phone: string | undefined,
): { name: string; phone: string }[] | undefined {
  const names = leaderNames(leader);
  const phones = cellPhones(phone);
  if (!names || phones.length !== names.length) return undefined;
  return names.map((name, i) => ({ name, phone: phones[i] as string }));
}
