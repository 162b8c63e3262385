/**
 * Load stage: a measure's `of` as the office writes it. "people" and "households" (and their
 * Vietnamese words, as the studio's form shows them: "người", "hộ"…) are the list's population
 * and households; the groups file's own headers for those ("Số nhân khẩu", "Tổng số hộ") are the
 * same two; anything else names a column of the groups file the rate is taken against ("Số cử
 * tri"), read by model/measure-base.ts and checked against the file when both are loaded.
 */
import { textKey, upperFirst } from '../model/format.js';
import {
  AMOUNT,
  childrenCountedOf,
  countsIn,
  isEveryone,
  isMoney,
  isOwnUnit,
  isPersonNoun,
  quantityUnitOf,
} from '../model/measure-base.js';
import type { Campaign } from './campaign-schema.js';
import { HEADERS, normaliseHeader } from './groups/columns.js';
import { peopleColumnOf } from './people-column.js';
import { remarkWords } from './remark.js';

/** A plain count's other ways of writing: "người, không tính tỷ lệ", "người (chỉ đếm)". */
function plainWords(noun: string): string[] {
  const plain = ['không tính tỉ lệ', 'không tính tỷ lệ', 'chỉ đếm'];
  return [
    ...plain.flatMap((p) => [`${noun} (${p})`, `${noun}, ${p}`, `${noun} - ${p}`]),
    `${noun === 'người' ? 'people' : 'households'}-count`,
  ];
}

/**
 * The words for people, households and a plain amount (model/measure-base.ts AMOUNT): the first
 * is what the studio's form shows after the "|", the others are read too.
 */
export const MEASURE_BASES = [
  { of: 'people', word: 'người', also: ['người dân', 'nhân khẩu', 'khẩu', 'people'] },
  { of: 'households', word: 'hộ', also: ['hộ gia đình', 'hộ dân', 'households'] },
  { of: AMOUNT, word: 'đồng', also: ['tiền', 'số tiền', 'vnđ', 'vnd', 'amount'] },
  // A plain count, rated against nothing (qa56 p7: absentees, cases found): PLAIN_COUNTS.
  { of: 'people-count', word: 'người (không tính tỉ lệ)', also: plainWords('người') },
  { of: 'households-count', word: 'hộ (không tính tỉ lệ)', also: plainWords('hộ') },
] as const;

type KnownBase = (typeof MEASURE_BASES)[number]['of'];

/** The text reads as a plain count meant ("người … không tính", "hộ … chỉ đếm") yet is none of its ways of writing. */
export const meantPlain = (text: string): boolean =>
  /^(?:người|hộ)(?![\p{L}])/u.test(textKey(text)) && /không\s+tính|chỉ\s+đếm/u.test(textKey(text));

/** "people", "households" or "amount" when the text says one of them; undefined when it names a column. */
function knownBaseOf(text: string): KnownBase | undefined {
  // "người(không tính tỉ lệ)", "người ,chỉ đếm": spaced as the words are (review57a #9).
  const w = textKey(text)
    .replace(/\s*\(\s*/gu, ' (')
    .replace(/\s*\)/gu, ')')
    .replace(/\s*,\s*/gu, ', ')
    .replace(/\s+-\s*|\s*-\s+/gu, ' - ');
  const word = MEASURE_BASES.find(
    (b) => b.word === w || (b.also as readonly string[]).includes(w),
  )?.of;
  if (word) return word;
  const header = normaliseHeader(text);
  if (HEADERS.population.some((h) => normaliseHeader(h) === header)) return 'people';
  if (HEADERS.households.some((h) => normaliseHeader(h) === header)) return 'households';
  return undefined;
}

/** `of` as stored in the campaign: "people", "households", "amount", or the column's header as typed. */
export const measureOf = (text: string): string =>
  knownBaseOf(text) ?? unitNotRated(text) ?? text.trim();

/**
 * A unit of its own said not to be rated ("ý kiến (không tính tỉ lệ)", qa58 M5): a unit is
 * rated against nothing anyway, so the unit; undefined for any other text.
 */
function unitNotRated(text: string): string | undefined {
  const said =
    /^(.+?)\s*(?:\(\s*(?:không tính t[ỉỷ] lệ|chỉ đếm)\s*\)|[,-]\s*(?:không tính t[ỉỷ] lệ|chỉ đếm))$/u.exec(
      text.normalize('NFC').trim(),
    );
  const unit = said?.[1];
  return unit !== undefined && isOwnUnit(unit) ? unit : undefined;
}

/**
 * `of` when the office leaves it out: a plain amount under a label in đồng ("Số tiền đã thu
 * (đồng)"; qa40 M4) or in a unit of weight, volume… ("Khối lượng rác (kg)" → "kg"); undefined
 * under any other label, which needs its `of`. The one rule the
 * schema and the studio's form both read.
 */
export const defaultOf = (label: string): string | undefined => {
  if (isMoney({ label, of: 'people' })) return AMOUNT;
  // "Khối lượng rác thu gom (kg)": a quantity in the unit its bracket gives (qa51 m1).
  const quantity = quantityUnitOf({ label, of: 'people' });
  if (quantity !== undefined) return quantity;
  // "Số bao rác thu gom (bao)": a unit of its own in the bracket, as `of: bao` writes it (qa54
  // p1: "(kg)" was taken and "(bao)" refused). A person or household noun ("(người)", "(hộ)")
  // or a classifier ("(con)") is a count's, which needs its base.
  const unit = remarkWords(label.normalize('NFC'))?.toLocaleLowerCase('vi').replace(/\s+/gu, ' ');
  return unit !== undefined && isOwnUnit(unit) && !countsIn(unit) ? unit : undefined;
};

/**
 * The campaign's measures as the groups file they are read with names its columns: an `of`
 * written as a unit of its own ("| nữ", "| kg": one lower-case word, isOwnUnit) that is the
 * header of one of the list's columns ("Nữ", "nữ") is that column, its rate taken against it,
 * as the office meant: a list's column wins over a unit of the same name. Stored as the header
 * as written (with a capital when written in lower case, the form every reader takes for a
 * column: model/measure-base.ts), so that the tracking sheet, the leader's form and the report
 * read it alike. A people noun ("| trẻ", "| cử tri": model/measure-base.ts PERSON_NOUNS) that
 * is no column of the list is taken against the list's column counting it ("Số cử tri",
 * load/people-column.ts), else is its people, as "| người" is, when it names everyone ("| cư
 * dân"), or a count rated against nothing when it names some ("| phụ nữ"). The campaign itself
 * when no `of` changes.
 */
export function measuresOnList<C extends Pick<Campaign, 'measures'>>(
  campaign: C,
  headers: readonly string[],
): C {
  const key = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase('vi');
  let changed = false;
  const measures = campaign.measures.map((m) => {
    const person = isPersonNoun(m.of);
    if (!isOwnUnit(m.of) && !person) return m;
    const header = headers.find((h) => key(h) === key(m.of));
    if (header === undefined) {
      // A people noun ("| trẻ", "| cử tri") is the list's people, not a unit like "kg" (qa57 M3:
      // "| trẻ" made a sheet of households "ghi số trẻ của từng hộ"), unless the list counts them
      // in a column of their own, "Số <noun> …" (load/people-column.ts): that column is the
      // base, one rule for every noun (h-left15a: "Số trẻ" was taken for "| trẻ" and "Số cử tri"
      // refused for "| cử tri"). The list's own population column ("Số dân") is its people.
      if (!person) return m;
      // A noun for some of the people ("phụ nữ", "cử tri") with no column counting it is rated
      // against nothing, not against everyone (output/people-base-notes.ts warns). Children
      // a label names stay people: their sheet lists them, with no base (childrenCountedOf).
      const counted = peopleColumnOf(m.of, headers).taken;
      changed = true;
      const everyone =
        isEveryone(m.of) || childrenCountedOf({ of: 'people', label: m.label }) !== undefined;
      const none = everyone ? 'people' : 'people-count';
      return { ...m, of: counted === undefined ? none : measureOf(counted.normalize('NFC')) };
    }
    changed = true;
    const column = header.normalize('NFC').trim();
    return { ...m, of: isOwnUnit(column) ? upperFirst(column) : column };
  });
  return changed ? { ...campaign, measures } : campaign;
}
