/**
 * Results: a figure as a person writes it in a measure's box or a results file's cell, the one
 * reader of both (qa43 minor 13: "15 hộ" was taken on the leader's form, "200 người" refused in
 * a results file). A sum of money as people write it ("12.500.000đ", "12,5 triệu"); a count or a
 * quantity with what it counts after it ("50 hộ", "120 người", "95,5 kg"), the number alone.
 */
import {
  baseUnit,
  CHILD_NOUNS,
  countedOf,
  HOUSEHOLD_NOUNS,
  isQuantity,
  moneyScaleOf,
  PERSON_NOUNS,
  quantityUnitOf,
} from '../model/measure-base.js';
import { type FigureText, readFigureText, readMoneyText } from './figure-text.js';
import type { Measure } from './figures.js';

/**
 * The words a leader counts children in, one as good as another: the sheets' child nouns and
 * "thiếu nhi" (qa55 M2: "45 cháu" for "Số thiếu nhi").
 */
const CHILD_WORDS: readonly string[] = [...CHILD_NOUNS, 'thiếu nhi'];

/**
 * The words of a label or a noun a leader may stop at: "Số suất quà đã phát" is said "45 suất",
 * "45 suất quà"; "Số đơn vị máu" "10 đơn vị" (qa55 M2: the form refused the word it shows). Each
 * head of the words, less the label's "Số"; never another kind's word ("người" for a count of
 * households stays refused).
 */
function heads(words: string, kind: string): string[] {
  const parts = words
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\(.*$/u, '')
    .replace(/^(?:tổng\s+)?số(?:\s+lượng)?\s+/u, '')
    .split(/\s+/u)
    .filter(Boolean);
  const other: readonly string[] = [
    ...(kind === 'people' ? [] : PERSON_NOUNS),
    ...(kind === 'households' ? [] : HOUSEHOLD_NOUNS),
  ];
  return parts.map((_, i) => parts.slice(0, i + 1).join(' ')).filter((w) => !other.includes(w));
}

/**
 * A figure typed with what it counts after it, as a leader says it ("50 hộ", "120 người", "498
 * cử tri", "12 con chó"; qa18, qa19): the number alone. Only the measure's own words: "50 người"
 * for a count of households is no figure of it, and stays refused.
 */
export function withoutUnit(text: string, m: Measure): string {
  const { kind, noun } = countedOf(m);
  // A quantity's unit too ("95,5 kg", "2 lít"), whatever its base counts.
  const quantity = quantityUnitOf(m);
  const own = [baseUnit(m), noun, ...(quantity ? [quantity] : [])];
  // The heads of what the form shows: "45 suất" for "suất quà", "10 đơn vị" for "Số đơn vị máu".
  own.push(...heads(noun, kind), ...heads(m.label ?? '', kind));
  // Children are said "trẻ", "trẻ em", "cháu" or "thiếu nhi" alike: "38 cháu" for "Chỉ tiêu
  // (trẻ)" (qa54 p5), "45 cháu" for "Số thiếu nhi" (qa55 M2).
  if (own.some((w) => CHILD_WORDS.includes(w))) own.push(...CHILD_WORDS);
  const words =
    kind === 'households'
      ? ['hộ gia đình', 'hộ dân', 'hộ', ...own]
      : kind === 'people'
        ? ['người dân', 'nhân khẩu', 'khẩu', 'người', ...own]
        : [...own, ...own.map((w) => `con ${w}`)];
  const lower = text.toLocaleLowerCase('vi').replace(/\s+/g, ' ').replace(/\.$/, '');
  // The longest first: "12 con chó" less "con chó", not "chó".
  const unit = [...words]
    .sort((a, b) => b.length - a.length)
    .find((w) => lower.endsWith(` ${w}`) || lower.endsWith(w));
  if (!unit) return text;
  const number = lower.slice(0, lower.length - unit.length).trim();
  return /^\d/.test(number) ? number : text;
}

/**
 * The figure of `text` for measure `m`, and (not for money) the number read once its unit words
 * are taken off.
 */
export function readMeasureFigure(
  text: string,
  m: Measure,
): { figure: FigureText; number?: string } {
  const money = moneyScaleOf(m);
  if (money !== undefined) return { figure: readMoneyText(text, money, isQuantity(m)) };
  const number = withoutUnit(text, m);
  return { figure: readFigureText(number, isQuantity(m)), number };
}
