/**
 * Load stage: the campaign's numbers to call ("Số điện thoại cần biết": a storm's command post,
 * the ward's police, 115), one "who: number" line each. In: a line as the office typed it (or as
 * YAML read an unquoted "- Công an phường: 0236 3 888 999", a one-key map). Out: the line as text,
 * and its parts — who to call and the number — for the flyer, the Zalo message and the leader's
 * page; a line without a number is the campaign check's to refuse (campaign-checks.ts).
 */
import { firstPhone, isPhone, PHONE } from '../model/phone-numbers.js';
import { normalisePhone } from './groups/values.js';

export interface Hotline {
  /** The line as typed: "Ban Chỉ huy PCTT phường: 0236 3 111 222". */
  text: string;
  /** Whom it calls, without the ":" before the number ("Ban Chỉ huy PCTT phường"); '' when none. */
  who: string;
  /**
   * The number and what follows it ("0236 3 111 222", "115", "0905 111 222 (24/24)"), each number
   * printed as the groups' phones and the office's are ("024.3864.5113" → "024 3864 5113", qa23
   * #7: the box printed the dots while the flyer's footer spaced the office's number).
   */
  number: string;
  /** The first number's digits, for a `tel:` link ("02363111222"); '' when the line has none. */
  dial: string;
}

/**
 * A number YAML read as an integer, as it was typed: a mobile's 9 digits or a landline's 10
 * without their 0 get it back, grouped as the groups file prints a phone ("- Tổ trưởng:
 * 0905111222" is read 905111222, printed "0905 111 222"); a short line (115, 1022) is as it is.
 */
function typedNumber(n: number): string {
  const digits = String(n);
  return /^(?:[35789]\d{8}|2\d{9})$/.test(digits) ? normalisePhone(digits).phone : digits;
}

/**
 * A hotline entry as text: a text as it is; a one-key map ("Công an phường: 0236 3 888 999"
 * unquoted, read by YAML as `{ "Công an phường": "0236 3 888 999" }`, or with a number it read
 * as an integer) as the office typed it; a bare number as its digits. Anything else is left to
 * the schema to refuse.
 */
export function hotlineText(v: unknown): unknown {
  if (typeof v === 'number' && Number.isInteger(v) && v > 0) return typedNumber(v);
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
  const entries = Object.entries(v);
  const [only] = entries;
  if (entries.length !== 1 || !only) return v;
  const [key, value] = only;
  const said =
    typeof value === 'number' && Number.isInteger(value) && value > 0
      ? typedNumber(value)
      : typeof value === 'string'
        ? value.trim()
        : '';
  return key.trim() !== '' && said !== '' ? `${key}: ${said}` : v;
}

/**
 * Words a line may put between the name and the number that only say "phone": "ĐT", "SĐT",
 * "Điện thoại", "Số điện thoại", "số", "Tel" ("Trạm Y tế - ĐT 0912 345 678", "Tổ trưởng, số
 * 0912…"): left out of whom it calls, whose ":" stands for them.
 */
const PHONE_WORD = String.raw`(?:s[ốo]\s+đi[ệe]n\s+tho[ạa]i|đi[ệe]n\s+tho[ạa]i|s[ốo]\s+đt|s?đt(?:dđ)?|dđ|s[ốo]|tel|phone)\.?`;
/** Signs between a name and its number ("Tên: ", "Tên – ", "Tên, ", "Tên / "). */
const SIGNS_END = /[\s:,;/–—-]+$/u;
/** A phone word at a name's end, after a sign or a space (PHONE_WORD). */
const PHONE_WORD_END = new RegExp(String.raw`(?<=^|[\s:,;–—(-])${PHONE_WORD}$`, 'iu');
/** An opening bracket the number is in, maybe after a phone word: "Tên (", "Tên (ĐT: ". */
const OPEN_BEFORE = new RegExp(String.raw`\(\s*(?:${PHONE_WORD}\s*:?\s*)?$`, 'iu');

/** Whom a line calls: what is before its number, without the signs and phone word before it. */
function nameOf(before: string): string {
  const bare = before.replace(SIGNS_END, '').trim();
  const named = bare.replace(PHONE_WORD_END, '').replace(SIGNS_END, '').trim();
  // A line that is only a phone word and its number ("Điện thoại: 0236 3 888 999") keeps it.
  return named !== '' ? named : bare;
}

/** A line's parts: whom it calls and its number (hotlineText's line). */
export function readHotline(line: string): Hotline {
  const text = line.trim();
  // "who: number": the number is the one right after a colon ("Tổ 113 khu 2: 0905 111 222"),
  // whatever digits the name holds; else the line's number (firstPhone).
  const first = afterColon(text) ?? firstPhone(text);
  if (!first) return { text, who: text, number: '', dial: '' };
  let who = text.slice(0, first.at);
  let number = text.slice(first.at).trim();
  // A number in brackets after the name ("Đường dây nóng Sở Y tế (1900 9095)", "Tên (ĐT: 0912
  // 345 678)"): the bracket is the separator (qa24 F11 printed "Sở Y tế (: 1900 9095)"). A
  // bracket that says more than "phone" ("Tên (trực 24/24: 0905…)") is closed after the name.
  const open = OPEN_BEFORE.exec(who);
  const unclosed = count(who, '(') > count(who, ')');
  if (open || unclosed) {
    const close = closingBracket(number);
    if (close >= 0) {
      number = `${number.slice(0, close).trimEnd()}${number.slice(close + 1)}`.trim();
      who = open ? who.slice(0, open.index) : `${who.replace(SIGNS_END, '')})`;
    }
  }
  return {
    text,
    who: nameOf(who),
    number: printedPhones(number.replace(/\s+,/g, ',')),
    dial: first.typed.replace(/[^\d+]/g, ''),
  };
}

/** How many times `c` is in `s`. */
const count = (s: string, c: string): number => s.split(c).length - 1;

/** Where the first ")" that closes no "(" of `text` is; -1 when none. */
function closingBracket(text: string): number {
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') open++;
    else if (text[i] === ')' && open-- === 0) return i;
  }
  return -1;
}

/**
 * Whether a line's name and number, as read, may print wrong: a name left with an unclosed bracket or ending in a sign ("Tên (" "Tên /"), a number
 * with a bracket that closes nothing, or no name before the number while words follow it
 * ("0905 111 222 Công an phường": the name printed bold as part of the number). The campaign's
 * check warns of it at its line (campaign-checks.ts).
 */
export function unsplitHotline(h: Hotline): boolean {
  if (h.number === '') return false;
  if (count(h.who, '(') !== count(h.who, ')')) return true;
  if (h.who !== '' && /[^\p{L}\p{N}).'"”’]$/u.test(h.who)) return true;
  if (closingBracket(h.number) >= 0) return true;
  const outside = h.number.replace(/\([^()]*\)/g, '');
  return h.who === '' && /\p{L}{2,}/u.test(outside.replace(PHONE, ''));
}

/**
 * A text's full numbers each as the groups file prints a phone (normalisePhone: dots and brackets
 * to spaces, a number spaced by the office as typed), the rest as typed ("0905111222 (24/24)" →
 * "0905 111 222 (24/24)"); a number that is no callable one ("0988.456.12", a digit missing:
 * unknownPhones) and a short one (115) as typed. The hotlines' numbers and the office's.
 */
export function printedPhones(text: string): string {
  return text.replace(PHONE, (m) => {
    if (!isPhone(m)) return m;
    const read = normalisePhone(m);
    return read.known ? read.phone : m;
  });
}

/**
 * A text's full numbers (the short 111–115 and 1022 aside) that are no callable number in Viet
 * Nam, as typed: "0988.456.12", a digit missing (qa23 #7: printed and made a tel: link without a
 * word, while the groups file's "0912 345 67" is warned). The groups' check (normalisePhone's
 * `known`), number by number: a note after a number ("(24/24)") is no slip.
 */
export function unknownPhones(text: string): string[] {
  return [...text.matchAll(PHONE)]
    .map((m) => m[0])
    .filter((m) => isPhone(m) && !normalisePhone(m).known);
}

/** The number that starts right after one of the line's colons, where it is in `text`. */
function afterColon(text: string): { at: number; typed: string } | undefined {
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    const rest = text.slice(colon + 1);
    const found = firstPhone(rest);
    const lead = rest.length - rest.trimStart().length;
    if (found && found.at === lead) return { at: colon + 1 + found.at, typed: found.typed };
  }
  return undefined;
}
