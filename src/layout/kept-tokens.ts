/**
 * Layout stage: pieces of running text a line must not break inside, in every kind.
 * - An amount with its unit ("3.000.000 đồng", "1,5 triệu đ", "500.000 VNĐ"): the figure and its
 *   unit read as one; a line ending "3.000.000" with "đồng" at the head of the next misreads.
 * - A document's number and symbol ("1656/NQ-UBTVQH15", "30/2020/NĐ-CP"): UAX #14 allows a break
 *   after "/" and after "-", and "1656/NQ-" | "UBTVQH15" reads as two symbols.
 * - A time of day with its words ("7 giờ 30", "14 giờ 00 phút").
 * The text is not changed in length: spaces become no-break spaces (line-break.ts keeps words so
 * joined on one line while they fit one, and draws and copies them as ordinary spaces), and the
 * symbols are spans the line breaker does not break inside unless a span is wider than a line.
 */

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

/** "7 giờ 30", "07 giờ 30 phút", "14 giờ": the time's words. */
const TIME = new RegExp(
  String.raw`${EDGE_BEFORE}\d{1,2} giờ(?: \d{2}(?: phút)?)?${EDGE_AFTER}`,
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

/** The text with the spaces inside every amount and time no-break; the same length. */
export function keepUnits(text: string): string {
  if (!/\d/.test(text)) return text;
  const glue = (m: string) => m.replaceAll(' ', NBSP);
  return text.replace(AMOUNT, glue).replace(TIME, glue);
}

/** [start, end) of every document symbol in the text: no line breaks inside. */
export function symbolSpans(text: string): [number, number][] {
  if (!text.includes('/')) return [];
  return [...text.matchAll(SYMBOL)].map((m) => [m.index, m.index + m[0].length]);
}
