/**
 * Load stage: a number to call typed twice, in the notice's body and in "Số điện thoại cần biết"
 * (hotlines), and corrected in one place only (qa49 m3: a storm's hotline fixed in the list read
 * 0225 3857 888 on every flyer and the leader's page, while every notice still said
 * 0225.3.857.999). In: the campaign's hotlines and the texts the notice prints (its body and its
 * appendices). Out: which line of the hotlines disagrees with which number of the body, for a
 * warning at that line (campaign-checks.ts).
 *
 * Two ways the same number shows: the body names whom the line calls ("Đường dây nóng phường")
 * and gives another number right after the name; or the body has a number that is the line's
 * with a digit mistyped or two neighbours swapped, and not the line's own anywhere. A number of
 * the body that is another place's (other digits, a service's 1900 line, a fax beside the line's
 * own number) is no sign; nor is one that any line, the office or the contest gives.
 */
import { dialledDigits, isPhone, PHONE } from '../model/phone-numbers.js';
import { readHotline } from './hotlines.js';

export interface HotlineDisagreement {
  /** The hotline's index in `hotlines`. */
  index: number;
  /** Whom the line calls, as read ('' when it names no one). */
  who: string;
  /** The line's number, as the papers print it. */
  number: string;
  /** The body's number, as typed there. */
  inBody: string;
}

/** A name shorter than this ("Tổ", "CA") names too much to be looked for. */
const NAME_MIN = 6;

/**
 * What may stand between a place's name and its number in the body when the number is that
 * place's: signs and call words ("Đường dây nóng phường: …", "Trạm Y tế (ĐT 0236…)", "Công an
 * phường, số điện thoại …"). Anything else ("Công an phường phối hợp Ban quản lý chợ (0236…)")
 * makes the number another's.
 */
const BETWEEN_NAME_AND_NUMBER =
  /^(?:[\s:,(–—-]|số|điện\s+thoại|s?đt|qua|theo|gọi|là|hotline|đường\s+dây\s+nóng|trực\s+24\/24)*$/iu;

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi');

/** The body's full numbers, where each starts, as typed. */
function phonesIn(text: string): { at: number; typed: string }[] {
  return [...text.matchAll(PHONE)]
    .filter((m) => isPhone(m[0]))
    .map((m) => ({ at: m.index, typed: m[0] }));
}

/**
 * Whether two numbers' digits are one number with a digit mistyped or two neighbours swapped.
 * A 1800/1900 line is a service's: two services' lines differ in a digit (1900 9068, 1900 9095).
 */
function nearly(a: string, b: string): boolean {
  if (a.length !== b.length || a === b || /^1[89]00/.test(a)) return false;
  const differ = [...a].flatMap((d, i) => (d === b[i] ? [] : [i]));
  if (differ.length === 1) return true;
  const [i, j] = differ;
  return differ.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}

/** Whether a letter or digit goes on right after `at` (the name found is part of a longer one). */
const goesOn = (text: string, at: number) => /^[\p{L}\p{M}\p{N}]/u.test(text.slice(at, at + 1));

/**
 * The hotlines whose number the notice's texts give otherwise: one finding per line and body
 * number (a number said twice in the body is one finding). `others`: texts with the campaign's
 * other numbers, which the body may give beside a hotline's name without a slip.
 */
export function hotlineDisagreements(
  hotlines: readonly string[],
  texts: readonly string[],
  others: readonly string[] = [],
): HotlineDisagreement[] {
  const found: HotlineDisagreement[] = [];
  const body = texts.join('\n');
  const phones = phonesIn(body);
  const bodyDigits = new Set(phones.map((p) => dialledDigits(p.typed)));
  // Every number of every line ("0236 3 888 999 - 0905 123 456"): a body number that is one of
  // them is that line's, not another's slip.
  const numbersOf = (line: string) => phonesIn(line).map((p) => dialledDigits(p.typed));
  const listed = new Set(hotlines.flatMap(numbersOf));
  // A number near a line's that is the office's own phone or the contest's support line is
  // that, not the line's slip (a police office's desk and its duty line differ in a digit).
  const theirs = new Set(others.flatMap(numbersOf));
  hotlines.forEach((line, index) => {
    const read = readHotline(line);
    const own = numbersOf(line);
    if (own.length === 0) return;
    const seen = new Set<string>();
    const add = (typed: string) => {
      const digits = dialledDigits(typed);
      if (listed.has(digits) || seen.has(digits)) return;
      seen.add(digits);
      found.push({ index, who: read.who, number: read.number, inBody: typed });
    };
    // Named in the body, its number right after the name (only signs and call words between).
    const who = fold(read.who);
    if (who.length >= NAME_MIN) {
      const folded = fold(body);
      for (let at = folded.indexOf(who); at >= 0; at = folded.indexOf(who, at + who.length)) {
        const after = at + who.length;
        if (goesOn(folded, after)) continue;
        const next = phones.find((p) => p.at >= after);
        if (next && BETWEEN_NAME_AND_NUMBER.test(body.slice(after, next.at))) add(next.typed);
      }
    }
    // The same number with a digit mistyped or two swapped, wherever it is, when the body does not
    // also give the line's number as it is (then the near one is another's: a fax, a neighbour).
    if (own.some((n) => bodyDigits.has(n))) return;
    for (const p of phones) {
      const digits = dialledDigits(p.typed);
      if (own.some((n) => nearly(digits, n)) && !theirs.has(digits)) add(p.typed);
    }
  });
  return found;
}
