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
  isQuantity,
  moneyScaleOf,
  quantityUnitOf,
} from '../model/measure-base.js';
import { type FigureText, readFigureText, readMoneyText } from './figure-text.js';
import type { Measure } from './figures.js';

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
  // Children are said "trẻ", "trẻ em" or "cháu" alike: "38 cháu" for "Chỉ tiêu (trẻ)" (qa54 p5).
  if (own.some((w) => CHILD_NOUNS.includes(w))) own.push(...CHILD_NOUNS);
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
