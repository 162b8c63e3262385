/**
 * Model: telephone numbers in running text, as Vietnamese offices type them. Shared by the
 * layout (kept-tokens.ts: a number is never broken across lines) and the campaign's numbers to
 * call (load/hotlines.ts: a line must give one).
 */

/** Neither a letter nor a digit may touch a number: "A0225…" is no phone. */
const EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const EDGE_AFTER = String.raw`(?![\p{L}\p{N}])`;

/**
 * A telephone number as offices type it: a trunk "0" or "+84" (an area code maybe in brackets),
 * or a "1800"/"1900" hotline, then groups of digits apart by one space, dot or hyphen. Told from
 * a date ("02.12.2026") or a count by its digits: isPhone. Global: use with matchAll/replace.
 */
export const PHONE = new RegExp(
  String.raw`${EDGE_BEFORE}(?:\(\+?84\)|\+84|\(0\d{1,4}\)|0\d{0,4}|1[89]00)(?:[ . -]?\d{1,4}){1,6}${EDGE_AFTER}`,
  'gu',
);

/** Digits of a Vietnamese number: 8 for a hotline ("1900 9095"), 9 to 12 for the others. */
export function isPhone(m: string): boolean {
  const digits = m.replace(/\D/g, '').length;
  return /^1[89]00/.test(m) ? digits >= 8 && digits <= 10 : digits >= 9 && digits <= 12;
}

/**
 * A short number called by its digits alone: the emergency lines 111–115 (113 police, 114 fire,
 * 115 ambulance) and a city's four-digit line ("1022", Đà Nẵng's).
 */
const SHORT = new RegExp(String.raw`${EDGE_BEFORE}(?:11[1-9]|10\d{2})${EDGE_AFTER}`, 'gu');

/**
 * The telephone number of `text`: where it starts and as typed; undefined when none. A full
 * number wherever it is, else a short one: a short number's digits also name rooms and groups
 * ("Tổ 113 khu 2: 0905 111 222", "Phòng 1012 UBND: …"), which must not be the number dialled.
 */
export function firstPhone(text: string): { at: number; typed: string } | undefined {
  const [full] = phonesIn(text);
  if (full) return full;
  for (const m of text.matchAll(SHORT)) return { at: m.index, typed: m[0] };
  return undefined;
}

/**
 * Every full telephone number of `text` (isPhone), where each starts and as typed, in order:
 * "0912 005 484/0983 100 004" is two; "1900 1234, nhánh 2" and "0225.3846.555 (máy lẻ 12)"
 * one each, the extension no number. Short numbers (113, 1022) are left to firstPhone.
 */
export function phonesIn(text: string): { at: number; typed: string }[] {
  return [...text.matchAll(PHONE)]
    .filter((m) => isPhone(m[0]))
    .map((m) => ({ at: m.index, typed: m[0] }));
}

/**
 * Whether a phone's digits (its spaces, dots, dashes and brackets left out) are a number one can
 * call in Viet Nam: a mobile, 0 (or 84, +84) and 9 digits after 3, 5, 7, 8 or 9 ("0912 345 678");
 * a landline, 0 and 10 digits after its area code's 2 ("024 3864 5113", "0225 3842 111"); a
 * 1800/1900 line ("1800 1090", "1900 123 456"); an emergency or city line (111–115, "1022").
 * "024 3864 511", a landline a digit short, is none: 0 and 9 digits after a 2 (review).
 */
export function isCallable(digits: string): boolean {
  return (
    /^(?:\+?84|0)(?:[35789]\d{8}|2\d{9})$/.test(digits) ||
    /^1[89]00(?:\d{4}|\d{6})$/.test(digits) ||
    /^(?:11[1-5]|10\d{2})$/.test(digits)
  );
}

/** A landline a digit short: 0 (or 84, +84), its area code's 2 and 8 digits ("024 3864 511"). */
export function isLandlineShort(digits: string): boolean {
  return /^(?:\+?84|0)2\d{8}$/.test(digits);
}

/**
 * A number's digits as dialled in Viet Nam: "+84 236 3 888 999", "(84) 236…" and "0236.3.888.999"
 * are "02363888999", so that the same number in two spellings is one.
 */
export function dialledDigits(s: string): string {
  const digits = s.replace(/\D/g, '');
  return /^84\d{9,10}$/.test(digits) ? `0${digits.slice(2)}` : digits;
}
