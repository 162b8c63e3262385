/**
 * Layout stage: pieces of running text a line must not break inside, in every kind.
 * - An amount with its unit ("3.000.000 đồng", "1,5 triệu đ", "500.000 VNĐ"): the figure and its
 *   unit read as one; a line ending "3.000.000" with "đồng" at the head of the next misreads.
 * - A document's number and symbol ("1656/NQ-UBTVQH15", "30/2020/NĐ-CP"): UAX #14 allows a break
 *   after "/" and after "-", and "1656/NQ-" | "UBTVQH15" reads as two symbols.
 * - A time of day with its words ("7 giờ 30", "14 giờ 00 phút").
 * - A range of times or dates ("13h30 – 15h30", "7h30-11h00", "02/12 - 05/12/2026", "7 giờ đến
 *   9 giờ"): "13h30 -" at a line's end and "15h30" at the next line's head reads as two times.
 * - A figure with its unit of measure ("0,5 ml", "10 kg", "85 %", "30 phút").
 * - A telephone number ("0225 3842 123", "0912.345.678", "(0225) 3 842 123", "+84 912 345 678",
 *   "1900 9095"): "0225" at a line's end reads as a number of its own, and the rest as another
 *   (qa Q2).
 * - A bank account number ("tài khoản số 1234 5678 9012 3456", "STK: 1234 5678 9012"), and a run
 *   of three or more four-digit groups standing alone ("1234 5678 9012 3456 7890", not years nor
 *   "1 000 000"): a resident copying it from paper must not have to join two lines (qa40 M1).
 *   Telephone and account numbers move to the next line whole, however long, unless wider than a
 *   line (firmSpans); phones typed one after another stay apart, each whole (review42 #4).
 * - "số" and its number ("Xí nghiệp số 1", "Nghị quyết số 1656/NQ-UBTVQH15").
 * - A short name in quotation marks (“Bình dân học vụ số”).
 * - A date or time with the word that names it ("tháng 12/2026", "ngày 10/12/2024", "lúc 07h30",
 *   "năm 2026"): "tháng" at a line's end and "12/2026" at the next line's head (qa40 m5).
 * - A phone number in brackets with the word before it, a leader's name ("Trịnh Thị Ngọc
 *   (0912 111 222)"): the number alone at a line's head reads as no one's (qa40 m5).
 * - A short aside in brackets ("(45 Lạch Tray)", "(cô Trang)": qa57 p7).
 * - A weekday's name ("Chủ nhật", "thứ Bảy"), and the templates' two-word terms "mã QR" and
 *   "đường dẫn" (qa53 p3: "quét mã ⏎ QR").
 * The text is not changed in length: spaces become no-break spaces (line-break.ts keeps words so
 * joined on one line while they fit one, and draws and copies them as ordinary spaces), and the
 * symbols are spans the line breaker does not break inside unless a span is wider than a line.
 */

import { isPhone, PHONE } from '../model/phone-numbers.js';

const NBSP = '\u00a0';

/** Neither a letter nor a digit may touch a kept piece: "5 đội" is no amount, "A1656/NQ" no symbol. */
const EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const EDGE_AFTER = String.raw`(?![\p{L}\p{N}])`;

/**
 * A figure ("3.000.000", "1,5", "250"), a scale word maybe, then the currency: "đồng", "đ", "₫",
 * "VNĐ", "VND". The space between (one, or none before "đ"/"₫") is what is kept.
 */
const AMOUNT = new RegExp(
  String.raw`${EDGE_BEFORE}\d+(?:[.,]\d+)*(?: (?:nghìn|ngàn|triệu|tỷ|tỉ))? ?(?:đồng|đ|₫|VNĐ|VND)${EDGE_AFTER}`,
  'gu',
);

/** A space as typed, or one already made no-break by an earlier pattern. */
const SP = '[ \u00a0]';

/** "7 giờ 30", "07 giờ 30 phút", "14 giờ": the time's words. */
const TIME = new RegExp(
  String.raw`${EDGE_BEFORE}\d{1,2}${SP}giờ(?:${SP}\d{2}(?:${SP}phút)?)?${EDGE_AFTER}`,
  'gu',
);

/**
 * A figure and its unit of measure: "0,5 ml", "10 kg", "2,5 ha", "85 %", "30 phút". Only units
 * that read as nothing else after a figure (not "40 trẻ", "5 đội").
 */
const MEASURE = new RegExp(
  String.raw`${EDGE_BEFORE}\d+(?:[.,]\d+)* ?(?:kg|g|mg|ml|lít|km|m|cm|mm|m²|m³|ha|tấn|tạ|°C|%|phút|giây)${EDGE_AFTER}`,
  'gu',
);

/**
 * One end of a range: a time ("13h30", "7h", "7g30", "13:30", "7 giờ 30") or a day ("02/12",
 * "05/12/2026", "02.12.2026").
 */
const MOMENT = String.raw`(?:\d{1,2}(?:[hg]\d{2}|h|:\d{2}|${SP}giờ(?:${SP}\d{2}(?:${SP}phút)?)?)|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)`;

/** Two moments joined by a dash (spaced or not) or "đến": "13h30 – 15h30", "02/12-05/12/2026". */
const RANGE = new RegExp(
  String.raw`${EDGE_BEFORE}${MOMENT}(?:${SP}?[-\u2010-\u2015\u2212]${SP}?|${SP}đến${SP})${MOMENT}${EDGE_AFTER}`,
  'gu',
);

/**
 * Two numbers joined by a dash, spaced or not: a range of years or figures ("2026 - 2031", "7 -
 * 9 giờ", "2–3 người"). "2026 -" at a line's end and "2031" alone at the next line's head read as
 * two numbers (review52 #13). Not a piece of a longer run of digit groups (phones typed one
 * after another, "0912 111 222 - 0987 333 444", stay apart) nor of a date or a decimal.
 */
const NUMBER_RANGE = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.,:]|\d${SP})\d+${SP}?[-\u2010-\u2015\u2212]${SP}?\d+(?![\p{L}\p{N}]|[/.,:]\d|${SP}\d)`,
  'gu',
);

/**
 * A number, maybe its year, "/", then upper-case letter groups joined by hyphens, as Decree 30
 * writes a document's number and symbol: "05/UBND-VHXH", "1656/NQ-UBTVQH15", "30/2020/NĐ-CP".
 */
const SYMBOL = new RegExp(
  // Not inside a URL's path ("…/2026/KH-UBND" of an address breaks as the address does).
  String.raw`(?<![\p{L}\p{N}/.])\d+(?:/\d{4})?/\p{Lu}[\p{Lu}\p{N}]*(?:-[\p{Lu}\p{N}]+)*${EDGE_AFTER}`,
  'gu',
);

/**
 * A bank account's digit groups after the words that name it ("tài khoản", "số tài khoản",
 * "STK", "TK", maybe "số" and a colon), apart by spaces, dots or hyphens; or three or more groups
 * of four digits apart by single spaces standing alone ("1234 5678 9012", the last group maybe
 * shorter). A lone "1234" needs no keeping; "tài khoản 1234-5678" keeps its hyphen, where UAX #14
 * breaks. Not "0912 345 678 0987 654 321" (phones, apart: phoneSpans), "1 000 000", "15 10 2025",
 * nor a lower-case "tk"; years ("2025 2026 2027") are left out by isAccount.
 */
// The first digit is matched before the look back for the words that name an account (tried at
// every index of a paragraph, ~0.4 % of a drawing thread's CPU, h-perf14): the same matches.
const ACCOUNT = new RegExp(
  String.raw`(?:\d(?<=(?<![\p{L}\p{N}])(?:[Tt]ài${SP}khoản|TÀI${SP}KHOẢN|STK|TK)(?:${SP}(?:số|Số|SỐ))?${SP}?:?${SP}?\d)\d*(?:${SP}?[.-]${SP}?\d+|${SP}\d+)+|(?<![\p{L}\p{N}]|\d${SP})\d{4}(?:${SP}\d{4})+${SP}\d{1,4}(?!${SP}\d))${EDGE_AFTER}`,
  'gu',
);

/**
 * A figure written with spaces between its thousands, standing alone: "1 000 000", "12 500 000",
 * or "50 000" before its currency ("50 000 đồng"). "1 000" | "000 đồng" reads as two sums; the
 * bare run of digit groups no longer keeps it (years and lists are not glued, review42 #4).
 */
const THOUSANDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}]|\d${SP})[1-9]\d{0,2}(?:(?: \d{3}){2,}(?!${SP}\d)|(?= \d{3} ?(?:đồng|đ|₫|VNĐ|VND)${EDGE_AFTER}) \d{3})${EDGE_AFTER}`,
  'gu',
);

/** Not a list of years ("2025 2026 2027"), which the bare run of four-digit groups also matches. */
const isAccount = (m: string) => !/^(?:(?:19|20)\d\d(?:[ \u00a0]|$))+$/u.test(m);

/** A phone number's first group: "0912", "(0225)", "+84", "1900". */
const PHONE_HEAD = /^(?:0|\(|\+|1[89]00)/u;

/**
 * A telephone number, or numbers typed one after another: PHONE with no limit on its groups
 * (PHONE stops at seven, and "0912 345 678 0987 654 321 0225 3842 123" left "3842 123" out).
 */
const PHONE_RUN = new RegExp(PHONE.source.replace('{1,6}', '+'), 'gu');

/**
 * [start, end) of each telephone number in a PHONE match at `at`: the match itself, or, for
 * numbers typed one after another ("0912 345 678 0987 654 321" matches as one run of 20 digits),
 * each number of the list, the longest that ends where another starts.
 */
function phoneSpans(m: string, at: number): [number, number][] {
  if (isPhone(m)) return [[at, at + m.length]];
  const groups = [...m.matchAll(/[^ .\-\u00a0]+/gu)].map((g) => [g.index, g.index + g[0].length]);
  const out: [number, number][] = [];
  for (let i = 0; i < groups.length; ) {
    // The longest number that another follows, else the longest number ("0912 345 678 2025").
    let taken = 0;
    for (const beforeAnother of [true, false])
      for (let k = Math.min(7, groups.length - i); k > 0 && taken === 0; k--) {
        const from = groups[i]?.[0] ?? 0;
        const to = groups[i + k - 1]?.[1] ?? 0;
        const next = groups[i + k];
        const another = !next || PHONE_HEAD.test(m.slice(next[0], next[1]));
        if ((another || !beforeAnother) && isPhone(m.slice(from, to))) {
          out.push([at + from, at + to]);
          taken = k;
        }
      }
    i += Math.max(1, taken);
  }
  return out;
}

/**
 * [start, end) of every telephone and account number in the text: a line moves such a number
 * whole to the next line, however long, unless it is wider than a whole line (line-break.ts).
 */
export function firmSpans(text: string): [number, number][] {
  if (!/\d/.test(text)) return [];
  const spans: [number, number][] = [];
  // PHONE reads ordinary spaces: the text's no-break ones (keepUnits) read as such, same length.
  for (const m of text.replaceAll(NBSP, ' ').matchAll(PHONE_RUN))
    spans.push(...phoneSpans(m[0], m.index));
  for (const m of text.matchAll(ACCOUNT))
    if (isAccount(m[0])) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * "số" and the number it gives: "Xí nghiệp số ⏎ 1." left the number alone at a line's head
 * (qa20), "Nghị quyết số ⏎ 1656/NQ-…" its symbol.
 */
const NUMBERED = new RegExp(String.raw`${EDGE_BEFORE}(số|Số|SỐ) (?=\d)`, 'gu');

/**
 * A word naming a date or a time and the date or time it gives: "tháng 12/2026", "ngày 10/12",
 * "năm 2026", "lúc 07h30", "hồi 7 giờ". The space after the word is what is kept.
 */
const DATED = new RegExp(
  String.raw`${EDGE_BEFORE}(ngày|tháng|năm|lúc|hồi) (?=\d{1,2}(?:[hg:]\d{2}|h|[/.]\d{1,2}|${SP}giờ)|\d{1,4}${EDGE_AFTER})`,
  'giu',
);

/** A phone number in brackets after a word (a name): the space before the bracket is kept. */
// " (" is matched before the look back at the letter before it: that look back first, which
// succeeds after every letter, was tried at every index of every paragraph with a digit, ~18
// times the time of this order on a notice's paragraph (h-perf15); the same matches.
const BRACKETED = / \((?<=[\p{L}\p{N}] \()([^()\n]{3,24})\)/gu;
const WHOLE_PHONE = new RegExp(`^(?:${PHONE.source})$`, 'u');

/**
 * A weekday's name: "Chủ nhật", "thứ Bảy", "Thứ 7". "Chủ ⏎ nhật" reads as two words (qa51 p6:
 * "Thời gian: 6:00, Chủ ⏎ nhật 13/12/2026" on the leader page at 360 px).
 */
const WEEKDAY = new RegExp(
  `${EDGE_BEFORE}(?:[Cc]hủ${SP}nhật|[Tt]hứ${SP}(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7]))${EDGE_AFTER}`,
  'gu',
);

/**
 * Two-word terms the templates' fixed texts use ("mã QR", "đường dẫn"): "quét mã ⏎ QR", "bấm vào
 * đường ⏎ dẫn" read as two words (qa53 p3).
 */
const TERM = new RegExp(`${EDGE_BEFORE}(?:[Mm]ã${SP}QR|[Đđ]ường${SP}dẫn)${EDGE_AFTER}`, 'gu');

/**
 * A short name in quotation marks, the title of a programme or a contest (“Bình dân học vụ số”,
 * up to 40 characters): read as one name, "“Bình dân học vụ ⏎ số”" as a name and a word (qa20).
 */
const SHORT_QUOTE = /“[^”\n]{1,40}”/gu;

/**
 * A short aside in brackets, up to three words and 16 characters: an address's "(45 Lạch Tray)",
 * a person's "(cô Trang)". "(45 ⏎ Lạch Tray)" and "(cô ⏎ Trang)" broke a name in two on the
 * poster (qa57 p7); a longer one is a clause, left to break.
 */
const SHORT_ASIDE = /\((?=[^()\n]{1,16}\))[^()\s]+(?:[ \u00a0][^()\s]+){1,2}\)/gu;

/**
 * The text with the spaces inside every amount, measure, time, range and weekday's name no-break;
 * the same length.
 */
export function keepUnits(text: string): string {
  const glue = (m: string) => m.replaceAll(' ', NBSP);
  const named = text.includes('“') ? text.replace(SHORT_QUOTE, glue) : text;
  // A phone in brackets is kept with the name before it (BRACKETED), below.
  const aside = named.includes('(')
    ? named.replace(SHORT_ASIDE, (m) => (WHOLE_PHONE.test(m.slice(1, -1)) ? m : glue(m)))
    : named;
  const slashed = aside.includes('/') ? aside.replace(BRACKETED_SLASHED, glue) : aside;
  const weekdays =
    slashed.includes('hủ') || slashed.includes('hứ') ? slashed.replace(WEEKDAY, glue) : slashed;
  const quoted =
    weekdays.includes('QR') || weekdays.includes('ường') ? weekdays.replace(TERM, glue) : weekdays;
  if (!/\d/.test(quoted)) return quoted;
  return quoted
    .replace(NUMBERED, `$1${NBSP}`)
    .replace(DATED, `$1${NBSP}`)
    .replace(BRACKETED, (m, inner: string) =>
      WHOLE_PHONE.test(inner) && isPhone(inner) ? `${NBSP}(${inner})` : m,
    )
    .replace(PHONE_RUN, gluePhones)
    .replace(ACCOUNT, (m) => (isAccount(m) ? glue(m) : m))
    .replace(THOUSANDS, glue)
    .replace(AMOUNT, glue)
    .replace(MEASURE, glue)
    .replace(TIME, glue)
    .replace(RANGE, glue)
    .replace(NUMBER_RANGE, glue);
}

/**
 * [start, end) of every short slashed abbreviation (SHORT_SLASHED), document symbol, range,
 * telephone and account number in the text (after keepUnits): no line breaks inside, not even
 * after a slash or a dash, where UAX #14 breaks with or without spaces around it. `firm` is the
 * text's firmSpans, worked out once by the caller.
 */
export function keptSpans(text: string, firm: readonly [number, number][]): [number, number][] {
  const slashed = text.includes('/');
  const spans: [number, number][] = [];
  if (slashed) shortSlashedSpans(text, spans);
  if (!/\d/.test(text)) return spans;
  if (slashed) for (const m of text.matchAll(SYMBOL)) spans.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(RANGE)) spans.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(NUMBER_RANGE)) spans.push([m.index, m.index + m[0].length]);
  spans.push(...firm);
  return spans;
}

/**
 * A paragraph's last words when they are a short proper name, two or three capitalised syllables
 * ("Nghĩa Xá", "Đông Hưng.", "Trường Tiểu học Nghĩa Xá"'s last two): "… Trường Tiểu học Nghĩa ⏎
 * Xá" left half a name alone (review52 #13). A longer run of capitals ("UBND Phường Hải Châu Cũ")
 * or a word in capitals (a heading) is left to break.
 */
// Its name's first capital is matched before the look back over the word before it: that look
// back (a run of letters) tried at every index of every paragraph was ~0.4 % of a drawing
// thread's CPU (h-perf14); the same matches.
const END_NAME =
  /(?<![\p{L}\p{N}])\p{Lu}(?<!\p{Lu}\p{L}*[ \u00a0]\p{Lu})\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+){1,2}[.,;:!?)”"]*\s*$/u;

/** The text with the spaces inside its closing short name (END_NAME) no-break; the same length. */
export function keepEndName(text: string): string {
  const m = END_NAME.exec(text);
  if (!m) return text;
  return text.slice(0, m.index) + m[0].replace(/ (?=\S)/gu, NBSP);
}

/**
 * A short abbreviation with a slash, "b/c", "t/h", "P/h" ("(để b/c);" closing most entries of a
 * "Nơi nhận"): 1–4 letters each side, standing alone (not a piece of an address's path, nor of a
 * symbol). UAX #14 breaks after "/", and "(để b/" | "c);" read as two broken words (qa53 M2):
 * keptSpans keeps it whole, as it keeps a symbol, a range or a telephone number.
 */
const SHORT_SLASHED =
  /(?<![\p{L}\p{N}/.:_-])\p{L}{1,4}\/\p{L}{1,4}(?![\p{L}\p{N}/]|\.[\p{L}\p{N}])/gu;

/** SHORT_SLASHED tried at one index (sticky): shortSlashedSpans. */
const SHORT_SLASHED_AT = new RegExp(SHORT_SLASHED.source, 'uy');

/**
 * SHORT_SLASHED's matches, as `text.matchAll(SHORT_SLASHED)` finds them, added to `spans`: tried
 * only at the indexes a match can start at, the 8 UTF-16 units (4 letters, each maybe a surrogate
 * pair) before each slash, from left to right and not inside an earlier match (an index inside a
 * pair starts none: a lone low surrogate is no letter). The whole text's scan tried its look back
 * (two classes of Unicode letters) at every index of every paragraph with a slash (a date, a
 * symbol): `keptSpans` was 1.6 % of each drawing thread's samples in a 1,000-group build of every
 * PDF kind, 0.8–1.0 % with this and BRACKETED's order (h-perf15; docs/architecture.md, the tricks
 * table).
 */
function shortSlashedSpans(text: string, spans: [number, number][]): void {
  let end = 0;
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
    for (let at = Math.max(end, slash - 8); at < slash; at++) {
      SHORT_SLASHED_AT.lastIndex = at;
      const m = SHORT_SLASHED_AT.exec(text);
      if (m) {
        end = at + m[0].length;
        spans.push([at, end]);
        break;
      }
    }
  }
}

/** A word and a SHORT_SLASHED one in brackets, "(để b/c)": read as one, kept on one line. */
const BRACKETED_SLASHED = /\(\p{L}{1,5} \p{L}{1,4}\/\p{L}{1,4}\)/gu;

/** A PHONE match with the spaces inside each of its telephone numbers no-break (phoneSpans). */
function gluePhones(m: string): string {
  let out = m;
  for (const [from, to] of phoneSpans(m, 0))
    out = out.slice(0, from) + out.slice(from, to).replaceAll(' ', NBSP) + out.slice(to);
  return out;
}
