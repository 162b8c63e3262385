/**
 * Model: which of a roster's count columns ("Số chó", "Số mèo": load/roster-count-columns.ts)
 * the tracking sheet prints: those counting what a measure counts (qa58 M2). A rabies campaign
 * counts "Số chó, mèo đã tiêm" against the groups' "Số chó, mèo (con)": a household's "Số chó,
 * mèo (con)", "Số chó" or "Số mèo" is how many the leader expects from that household.
 */
import { textKey } from './format.js';
import { isMoney, type MeasureOf } from './measure-base.js';

/** A text's key without its bracketed unit: "Số chó, mèo (con)" → "số chó, mèo". */
const withoutUnit = (text: string): string => textKey(text).replace(/\s*\([^)]*\)\s*$/u, '');

/**
 * Words that say what a number is counted in, not what is counted: a "Số con" (children) column
 * is no count of the "(con)" a measure of dogs and cats is in (review58a #2).
 */
const UNIT_WORDS = new Set(['con', 'người', 'hộ', 'lượt', 'cái', 'chiếc', 'tờ', 'lần']);

/** "Số chó, mèo (con)" → ["chó", "mèo"]; "Số lượng chó" → ["chó"]; [] for a header not "Số …". */
function countedWords(header: string): string[] {
  const m = /^số\s+(?:lượng\s+)?(.+)$/u.exec(withoutUnit(header));
  return m?.[1] ? (m[1].match(/[\p{L}\p{M}]+/gu) ?? []).filter((w) => w !== 'và') : [];
}

/** The words a measure says: its label's and its `of`'s, without their bracketed units. */
const measureWords = (m: MeasureOf): Set<string> =>
  new Set(
    `${withoutUnit(m.label ?? '')} ${withoutUnit(m.of ?? '')}`.match(/[\p{L}\p{M}]+/gu) ?? [],
  );

/**
 * The headers of `columns` a measure (not a sum of money) counts: the column its rate is taken
 * against ("Số chó, mèo (con)"), or one whose counted words its label says ("Số chó" under "Số
 * chó, mèo đã tiêm").
 */
export function measuredCounts(
  measures: readonly MeasureOf[] | undefined,
  columns: readonly string[],
): string[] {
  const counting = (measures ?? []).filter((m) => !isMoney(m));
  return columns.filter((header) => {
    const words = countedWords(header);
    return counting.some(
      (m) =>
        textKey(header) === textKey(m.of ?? '') ||
        (words.some((w) => !UNIT_WORDS.has(w)) && words.every((w) => measureWords(m).has(w))),
    );
  });
}
