/**
 * Load stage, groups: one cell's text → a typed value. In: a cleaned cell. Out: a count, a phone
 * number, or `undefined`/`null` for "not valid" so the caller can name row and column.
 */
import { msg } from '../../messages/message.js';
import { isCallable } from '../../model/phone-numbers.js';

// Vietnamese writes thousands with "." or a space ("1.234", "1 234"); "," is the decimal mark,
// so "1,5" is not a whole number and is refused rather than misread. A list from an English-
// locale Excel groups thousands with "," ("1,120"): a comma before exactly three digits, every
// group of three and no other mark, is that, as no count has a decimal part of three digits.
const PLAIN = /^\d+$/;
const GROUPED = /^\d{1,3}(?:([. ,])\d{3})(?:\1\d{3})*$/;
/** A number with a decimal part, by either mark: "12,5", "1.5", "0,75". */
export const DECIMAL = /^\d+[.,]\d+$/;

/** A whole number ≥ 0; `undefined` for an empty cell, `null` for anything else. */
export function parseCount(text: string): number | undefined | null {
  if (text === '') return undefined;
  if (!PLAIN.test(text) && !GROUPED.test(text)) return null;
  const n = Number(text.replace(/[. ,]/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}

/**
 * Phones stay text ("0912 345 678" prints as written). A number cell has lost the leading 0:
 * mobiles are 0 + 9 digits, landlines 0 + 10 digits starting with the area code's 2.
 */
export function restorePhone(text: string, wasNumber: boolean): string {
  if (!wasNumber) return text;
  if (/^(?:\d{9}|2\d{9})$/.test(text)) return `0${text}`;
  // "+84 935 000 111" typed into a number cell: Excel drops the "+" and keeps 84935000111; the
  // number at home is 0 and what follows the country code.
  const abroad = /^84(\d{9}|2\d{9})$/.exec(text)?.[1];
  return abroad ? `0${abroad}` : text;
}

// A phone's parts: one number as typed, its digits grouped by spaces, dots, dashes or brackets.
const PHONE_CHUNK = /\+?\d[\d .\-()]*\d/g;

/**
 * A phone typed into a text cell → the form it prints in. A mobile number typed another way —
 * with the country code ("84912345684", "+84 912 345 684"), Excel's text apostrophe kept by an
 * export ("'0912345686"), dots or dashes ("0912.345.684") — prints as "0912 345 684", the way
 * the office writes it; a landline typed so is grouped by its area code ("0274.3822.999" is
 * "0274 3822 999", "+84 24 3845 1234" is "024 3845 1234", qa15: a landline kept its dots while
 * a mobile beside it was spaced); a mobile's 9 digits or a landline's 10 without their 0 (a
 * number cell saved to CSV) get it back; anything else prints as typed. `known`: the text holds a callable number,
 * else it is worth a warning (digits missing, a note instead of a number).
 */
export function normalisePhone(text: string): { phone: string; known: boolean } {
  const typed = text.replace(/^'/, '');
  // A mobile's 9 digits or a landline's 10 without the 0: a number cell Excel saved as CSV
  // (qa17: "903111222" printed so), which no other number is.
  const national = nationalNumber(/^(?:[35789]\d{8}|2\d{9})$/.test(typed) ? `0${typed}` : typed);
  if (national) {
    // Spaced by the office ("0912 34 56 78"): as typed. Digits alone or dotted: grouped, so
    // that every phone of a list reads alike (qa16: "0912345678" beside "0912 345 678").
    const spaced =
      typed === text && !/^\+?84/.test(typed) && /^[\d\s]+$/.test(typed) && /\s/.test(typed);
    return { phone: spaced ? text : grouped(national), known: true };
  }
  const several = severalPhones(typed) ?? phonesOnLines(typed);
  if (several) return { phone: several, known: true };
  const chunks = typed.match(PHONE_CHUNK) ?? [];
  const known = chunks.some((c) => isCallable(c.replace(/[\s.\-()]/g, '')));
  return { phone: known ? typed : text, known };
}

/** The number after 0 (or the country code) of a mobile (9 digits) or a landline (2 + 9). */
export function nationalNumber(typed: string): string | undefined {
  const digits = typed.replace(/[\s.\-()]/g, '');
  const national = /^(?:\+84|84|0)(\d{9,10})$/.exec(digits)?.[1];
  return national && /^(?:[35789]\d{8}|2\d{9})$/.test(national) ? national : undefined;
}

/**
 * A phone as two writings of it compare: a mobile's or landline's number after its 0 or country
 * code (nationalNumber: "0912 34 56 78", "+84 912.345.678" alike), else its digits.
 */
export const phoneKey = (phone: string) => {
  const digits = phone.replace(/\D/g, '');
  return nationalNumber(digits) ?? digits;
};

/** "0912 345 684"; a landline "024 3845 1234" (Hà Nội, TP.HCM) or "0225 3842 111". */
function grouped(national: string): string {
  const [a, b] = /^[35789]/.test(national) ? [3, 6] : /^2[48]/.test(national) ? [2, 6] : [3, 7];
  return `0${national.slice(0, a)} ${national.slice(a, b)} ${national.slice(b)}`;
}

/**
 * Where two numbers of one cell meet (a leader's and a deputy's, a mobile and a landline): a dash
 * with spaces round it (a dash without them groups one number's digits), "/", ";" or ",".
 */
const BETWEEN_PHONES = /\s+[-–—]\s+|\s*([/;,])\s*/g;

/**
 * A cell of two or more phones, each in its printed form and the separators as an office writes
 * them ("0912345684 - 02253842111" → "0912 345 684 - 0225 3842 111"); `undefined` unless every
 * part is a phone.
 */
function severalPhones(typed: string): string | undefined {
  const parts = typed.split(BETWEEN_PHONES);
  // split() puts each separator's capture (or undefined, for a dash) between the parts.
  const numbers = parts.filter((_, i) => i % 2 === 0).map(nationalNumber);
  if (numbers.length < 2 || numbers.some((n) => n === undefined)) return undefined;
  return parts
    .map((p, i) =>
      i % 2 === 0
        ? grouped(numbers[i / 2] as string)
        : p === undefined
          ? ' - '
          : p === '/'
            ? ' / '
            : `${p} `,
    )
    .join('');
}

/**
 * A cell of numbers on lines of their own (Alt+Enter in Excel, Enter in a Word table's cell: the
 * line breaks read as spaces), each whole or spaced as typed: "0912345684 0225 3842 111" is two
 * phones, printed "0912 345 684 - 0225 3842 111"; `undefined` unless every part is one. A
 * number's length says where it ends: 0 and 9 digits, a landline (0 2…) 0 and 10.
 */
function phonesOnLines(typed: string): string | undefined {
  const numbers: string[] = [];
  let digits = '';
  for (const part of typed.split(/\s+/)) {
    if (!/^[\d.]+$/.test(part)) return undefined;
    digits += part.replace(/\./g, '');
    const length = digits.startsWith('02') ? 11 : 10;
    if (digits.length < length) continue;
    const national = digits.length === length ? nationalNumber(digits) : undefined;
    if (!national) return undefined;
    numbers.push(grouped(national));
    digits = '';
  }
  return numbers.length >= 2 && digits === '' ? numbers.join(' - ') : undefined;
}

export const PHONE_FORM_HINT = msg`Check the number; write it as 0912 345 678 (a mobile) or 024 3845 1234 (a landline).`;

/**
 * A phone that was a number cell, after restorePhone: still not a phone when digits were lost
 * beyond the leading 0. Kept as they are: callable numbers (isCallable: a mobile, a landline, a
 * 1800/1900 line);
 * 84… (the country code without "+") has become 0… by then. A cell whose number format shows the
 * 0 and groups the digits ("0912.345.678") has lost nothing.
 */
export function isNumericPhoneOk(text: string): boolean {
  return isCallable(text.replace(/[ .]/g, ''));
}

export const PHONE_AS_TEXT_HINT = msg`Format the column as Text (Format Cells › Text) and type the numbers again with their leading 0.`;

/** What Excel shows (and exports to CSV) for a broken formula; never a real value. */
export function isFormulaError(text: string): boolean {
  return /^#(?:N\/A|REF!|NAME\?|DIV\/0!|NULL!|VALUE!|NUM!)$/.test(text);
}
