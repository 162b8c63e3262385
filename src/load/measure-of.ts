/**
 * Load stage: a measure's `of` as the office writes it. "people" and "households" (and their
 * Vietnamese words, as the studio's form shows them: "người", "hộ"…) are the list's population
 * and households; the groups file's own headers for those ("Số nhân khẩu", "Tổng số hộ") are the
 * same two; anything else names a column of the groups file the rate is taken against ("Số cử
 * tri"), read by model/measure-base.ts and checked against the file when both are loaded.
 */
import { HEADERS, normaliseHeader } from './groups/columns.js';

/**
 * The words for people and households: the first is what the studio's form shows after the "|",
 * the others are read too.
 */
export const MEASURE_BASES = [
  { of: 'people', word: 'người', also: ['người dân', 'nhân khẩu', 'khẩu', 'people'] },
  { of: 'households', word: 'hộ', also: ['hộ gia đình', 'hộ dân', 'households'] },
] as const;

type KnownBase = (typeof MEASURE_BASES)[number]['of'];

/** "people" or "households" when the text says one of them; undefined when it names a column. */
function knownBaseOf(text: string): KnownBase | undefined {
  const w = text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  const word = MEASURE_BASES.find(
    (b) => b.word === w || (b.also as readonly string[]).includes(w),
  )?.of;
  if (word) return word;
  const header = normaliseHeader(text);
  if (HEADERS.population.some((h) => normaliseHeader(h) === header)) return 'people';
  if (HEADERS.households.some((h) => normaliseHeader(h) === header)) return 'households';
  return undefined;
}

/**
 * `of` for a plain amount, no rate: a sum of money collected (qa40 M4: "Số tiền đã thu (đồng)"
 * taken against the households refused a tổ's 12.000.000 as "more than its 228 households").
 * Written so, or left out of a measure whose label is in đồng (campaign-schema.ts).
 */
export const AMOUNT = 'amount';

/** The words `of` may say a plain amount with: "đồng", "tiền", "số tiền", "amount". */
const AMOUNT_WORDS = new Set(
  ['amount', 'đồng', 'tiền', 'số tiền', 'vnđ', 'vnd'].map((w) => w.normalize('NFC')),
);

/** `of` as stored in the campaign: "people", "households", "amount", or the column's header as typed. */
export const measureOf = (text: string): string => {
  const w = text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  if (AMOUNT_WORDS.has(w)) return AMOUNT;
  return knownBaseOf(text) ?? text.trim();
};
