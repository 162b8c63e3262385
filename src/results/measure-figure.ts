/**
 * Results: a figure as a person writes it in a measure's box or a results file's cell, the one
 * reader of both (qa43 minor 13: "15 hộ" was taken on the leader's form, "200 người" refused in
 * a results file). A sum of money as people write it ("12.500.000đ", "12,5 triệu"); a count or a
 * quantity with what it counts after it ("50 hộ", "120 người", "95,5 kg"), the number alone.
 */
import {
  baseUnit,
  CHILD_NOUNS,
  COUNT_WORDS,
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
 * head of the words, less the label's "Số"; never one a word of the other kind leads ("người" and
 * "người cao tuổi" for a count of households stay refused, rev55) nor a head of such a word
 * ("lượt" of "Số lượt người" for households), nor one a number leads or with
 * no letter ("5 không 3 sạch" is no unit of "15", "Số 2 mũi" none of "12").
 */
function heads(words: string, kind: string): string[] {
  const parts = words
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\(.*$/u, '')
    .replace(COUNT_WORDS, '')
    .split(/\s+/u)
    .filter(Boolean);
  const other: readonly string[] = [
    ...(kind === 'people' ? [] : PERSON_NOUNS),
    ...(kind === 'households' ? [] : HOUSEHOLD_NOUNS),
  ];
  const all = parts.map((_, i) => parts.slice(0, i + 1).join(' '));
  // The other kind's noun the words begin with ("lượt người" of "Số lượt người"): no head of it
  // is taken either ("120 lượt" for a count of households is no figure of it).
  const named = other.filter((o) => all.some((w) => w === o || w.startsWith(`${o} `)));
  return all
    .filter((w) => /\p{L}/u.test(w) && !/^\d/u.test(w))
    .filter((w) => !named.some((o) => w === o || w.startsWith(`${o} `) || o.startsWith(`${w} `)));
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
  const units = [baseUnit(m), noun, ...(quantity ? [quantity] : [])];
  const own = [...units];
  // The heads of what the form shows: "45 suất" for "suất quà", "10 đơn vị" for "Số đơn vị máu".
  const said = [...heads(noun, kind), ...heads(m.label ?? '', kind)];
  own.push(...said);
  // Children are said "trẻ", "trẻ em", "cháu" or "thiếu nhi" alike: "38 cháu" for "Chỉ tiêu
  // (trẻ)" (qa54 p5), "45 cháu" for "Số thiếu nhi" (qa55 M2).
  const children = own.some((w) => CHILD_WORDS.includes(w));
  if (children) own.push(...CHILD_WORDS);
  // Grown people are said in any person noun: "7 thanh niên" for "Số công dân đã khám" (qa56 M2).
  else if (kind === 'people') own.push(...PERSON_NOUNS.filter((w) => !CHILD_WORDS.includes(w)));
  const sure =
    kind === 'households'
      ? ['hộ gia đình', 'hộ dân', 'hộ']
      : kind === 'people'
        ? ['người dân', 'nhân khẩu', 'khẩu', 'người']
        : [];
  const words = kind === 'things' ? [...own, ...own.map((w) => `con ${w}`)] : [...sure, ...own];
  // A head of the label is taken only after a space ("45 suất"), never glued to the number: "15"
  // for "5 không 3 sạch" is 15 (rev55). The sure units may be glued ("95,5kg", "50hộ").
  const glues = (w: string) => !said.includes(w) || [...sure, ...units, ...CHILD_WORDS].includes(w);
  const lower = text.toLocaleLowerCase('vi').replace(/\s+/g, ' ').replace(/\.$/, '');
  // The longest first: "12 con chó" less "con chó", not "chó".
  const unit = [...words]
    .sort((a, b) => b.length - a.length)
    .find((w) => lower.endsWith(` ${w}`) || (lower.endsWith(w) && glues(w)));
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
