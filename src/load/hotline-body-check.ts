/**
 * Load stage: a number to call typed twice, in the notice's body and in "Số điện thoại cần biết"
 * (hotlines), and corrected in one place only (qa49 m3: a storm's hotline fixed in the list read
 * 0225 3857 888 on every flyer and the leader's page, while every notice still said
 * 0225.3.857.999). In: the campaign's hotlines and the texts the notice prints (its body and its
 * appendices). Out: which line of the hotlines disagrees with which number of the body, for a
 * warning at that line (campaign-checks.ts).
 *
 * Two ways the same number shows: the body names whom the line calls ("Đường dây nóng phường")
 * and gives another number after it; or the body has a number of the same length that differs
 * from the line's in a digit or three (a slip or an old number), whatever words stand around it.
 * A number of the body that is another place's entirely (other digits from its start) is no sign.
 */
import { isPhone, PHONE } from '../model/phone-numbers.js';
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

/** How far after a name its number may be in the body: the rest of the phrase, not the page. */
const NAME_REACH = 80;
/** A name shorter than this ("Tổ", "CA") names too much to be looked for. */
const NAME_MIN = 6;

const digitsOf = (s: string) => s.replace(/\D/g, '');
const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi');

/** The body's full numbers, where each starts, as typed. */
function phonesIn(text: string): { at: number; typed: string }[] {
  return [...text.matchAll(PHONE)]
    .filter((m) => isPhone(m[0]))
    .map((m) => ({ at: m.index, typed: m[0] }));
}

/** Whether two numbers' digits are one number mistyped or changed in a few digits. */
function nearly(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  // The same start (trunk and area code): another office's number differs from its start.
  if (a.slice(0, 4) !== b.slice(0, 4)) return false;
  let differ = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differ++;
  return differ <= 3;
}

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
  // A body number that is one of the lines' own numbers is that line's, not another's slip.
  const listed = new Set(hotlines.map((line) => digitsOf(readHotline(line).dial)));
  // A number near a line's that is the office's own phone or the contest's support line is
  // that, not the line's slip (a police office's desk and its duty line differ in a digit).
  const theirs = new Set(others.flatMap((text) => phonesIn(text).map((p) => digitsOf(p.typed))));
  hotlines.forEach((line, index) => {
    const read = readHotline(line);
    const own = digitsOf(read.dial);
    if (own.length < 8) return;
    const seen = new Set<string>();
    const add = (typed: string) => {
      const digits = digitsOf(typed);
      if (digits === own || listed.has(digits) || seen.has(digits)) return;
      seen.add(digits);
      found.push({ index, who: read.who, number: read.number, inBody: typed });
    };
    // Named in the body, with another number after the name (in the same line of text).
    const who = fold(read.who);
    if (who.length >= NAME_MIN) {
      const folded = fold(body);
      for (let at = folded.indexOf(who); at >= 0; at = folded.indexOf(who, at + who.length)) {
        const after = at + who.length;
        const lineEnd = body.indexOf('\n', after);
        const reach = Math.min(after + NAME_REACH, lineEnd < 0 ? body.length : lineEnd);
        const next = phones.find((p) => p.at >= after && p.at < reach);
        if (next) add(next.typed);
      }
    }
    // The same number with a digit or three changed, wherever it is.
    for (const p of phones) {
      const digits = digitsOf(p.typed);
      if (nearly(digits, own) && !theirs.has(digits)) add(p.typed);
    }
  });
  return found;
}
