/**
 * Results: a figure as typed (the leader's form, the office's form, a results file's cell) → its
 * number, or why it is none. In: the text, and whether the measure is a quantity (a weight, a
 * volume, a sum of money: model/measure-base.ts isQuantity) or a count. Out: the number, with a
 * note when it was read one of two ways; or the problem.
 *
 * A count is a whole number ≥ 0, thousands grouped by dots or spaces ("1.234", "1 234"; an
 * English-locale Excel's "1,120" too, load/groups/values.ts parseCount). A quantity may have a
 * decimal part, written the Vietnamese way: a decimal comma and thousands dots ("95,5", "1.234,5");
 * two decimals at most (a figure is printed to two: more would print other than was typed). A
 * quantity typed the English way ("95.5", "0.75") is read so when it cannot be thousands — its
 * dot is not followed by exactly three digits — and `dotDecimal` says so for the caller to tell;
 * "1.234" is one thousand two hundred and thirty-four, as Vietnamese writes it. Anything else
 * mixing both marks ("1,234.5") is refused rather than guessed at. A stop or comma that ends the
 * figure, as a sentence ends ("380."), is no mark of it.
 */
import { DECIMAL, parseCount } from '../load/groups/values.js';
import { FIGURE_DECIMALS } from '../model/format.js';

export type FigureTextProblem =
  /** Words, "%", anything that is no number. */
  | 'not-a-number'
  | 'negative'
  /** A count with a decimal part ("2,5" people). */
  | 'fraction'
  /** A quantity with more than two decimals ("95,555"), or "1,234" (thousands or decimals?). */
  | 'decimals'
  /** Digits only, more than a figure can be (a slip of the finger). */
  | 'too-large';

export type FigureText = { value: number; dotDecimal?: true } | { problem: FigureTextProblem };

/** The largest figure taken: beyond it a number no longer holds its hundredths exactly. */
const MOST = 1e13;

/** Thousands by dots or spaces, then perhaps a decimal comma: "1.234,5", "1 234", "95,5", "95". */
const VIETNAMESE = /^(\d{1,3}(?:([. ])\d{3})(?:\2\d{3})*|\d+)(?:,(\d+))?$/;
/** A decimal dot not followed by three digits, and no other mark: "95.5", "0.75", "12.25". */
const ENGLISH_DECIMAL = /^(\d+)\.(\d{1,2}|\d{4,})$/;
/** A whole 0 and a decimal dot, whatever follows: "0.500" (its zeros after two decimals dropped). */
const ZERO_DECIMAL = /^(0)\.(\d{1,2})0*$/;

export function readFigureText(text: string, quantity: boolean): FigureText {
  // Excel's copied text groups thousands by a no-break space ("1 234,5"): a space as any other.
  // A figure ended like a sentence ("380.", "1.250,") is the figure (qa25 F8: a leader's "380."
  // was refused as no number): one stop or comma after its last digit, nothing after it.
  const t = text
    .replace(/[\u00a0\u202f]/g, ' ')
    .trim()
    .replace(/(\d)\s*[.,]$/u, '$1');
  if (/^[-−–]\s*\d/u.test(t)) return { problem: 'negative' };
  if (!quantity) {
    const n = parseCount(t);
    if (n !== null && n !== undefined) return { value: n };
    if (/^[\d. ]+$/.test(t) && /\d{16}/.test(t.replace(/[. ]/g, '')))
      return { problem: 'too-large' };
    return { problem: fractionOf(t) ? 'fraction' : 'not-a-number' };
  }
  // "0.500" is no thousands (a group of thousands never follows a whole 0): half a kg typed
  // the English way, not 500 (review).
  const vi = /^0[. ]/.test(t) ? null : VIETNAMESE.exec(t);
  const en = vi ? undefined : (ENGLISH_DECIMAL.exec(t) ?? ZERO_DECIMAL.exec(t));
  const whole = vi?.[1] ?? en?.[1];
  if (whole === undefined) {
    // "1,234.5" (English) or "1.234.5": marks whose meaning cannot be told.
    return { problem: /^[\d., ]+$/.test(t) && /\d/.test(t) ? 'decimals' : 'not-a-number' };
  }
  const decimals = vi?.[3] ?? en?.[2] ?? '';
  if (decimals.length > FIGURE_DECIMALS) return { problem: 'decimals' };
  const value = Number(`${whole.replace(/[. ]/g, '')}.${decimals || '0'}`);
  if (!Number.isFinite(value) || value >= MOST) return { problem: 'too-large' };
  return en ? { value, dotDecimal: true } : { value };
}

/** A number with a decimal part, either mark, thousands grouped or not: "2,5", "1.234,5", "2.5". */
const fractionOf = (t: string) => DECIMAL.test(t) || /^\d{1,3}(?:\.\d{3})+,\d+$/.test(t);

/**
 * A number an Excel cell holds (a number cell, not text): taken as it is, a quantity's to its
 * hundredths (a formula's 0,1 + 0,2 is 0,3), a count's only when whole.
 */
export function readFigureNumber(n: number, quantity: boolean): FigureText {
  if (!Number.isFinite(n)) return { problem: 'not-a-number' };
  if (n < 0) return { problem: 'negative' };
  if (n >= MOST) return { problem: 'too-large' };
  const hundredths = Math.round(n * 100);
  const close = Math.abs(n * 100 - hundredths) < 1e-6 * Math.max(1, Math.abs(n));
  // A count a formula worked out ("=0,1*30" holds 3.0000000000000004, shown "3") is whole.
  const whole = Math.round(n);
  if (!quantity)
    return Math.abs(n - whole) < 1e-9 * Math.max(1, Math.abs(n))
      ? { value: whole }
      : { problem: 'fraction' };
  return close ? { value: hundredths / 100 } : { problem: 'decimals' };
}

/** Whether a figure is one a measure takes: whole for a count, to hundredths for a quantity. */
export function isFigure(value: number, quantity: boolean): boolean {
  if (!Number.isFinite(value) || value < 0 || value >= MOST) return false;
  if (!quantity) return Number.isSafeInteger(value);
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-6 * Math.max(1, value);
}

/** A currency written after a sum: "12.500.000đ", "12.500.000 đồng", "500.000 VNĐ", "₫". */
const CURRENCY = /\s*(?:đồng|đ|₫|vnđ|vnd)\.?$/u;
/** A scale word after a sum, as people say money: "12,5 triệu", "1,2 tỷ", "500 nghìn", "500k". */
const MONEY_SCALE = /^(.*\d)\s*(nghìn|ngàn|k|triệu|tr|tỷ|tỉ)$/u;
const SCALE_DONG: Readonly<Record<string, number>> = {
  nghìn: 1e3,
  ngàn: 1e3,
  k: 1e3,
  triệu: 1e6,
  tr: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
};

/**
 * A sum of money as people write it (qa24 F10): "12.500.000đ", "12.500.000 đ", "12500000 đồng",
 * "12,5 triệu" or "12.5 triệu" (12.500.000 đồng), "1,2 tỷ", "9.500 nghìn". `unitDong`: how many
 * đồng one unit of the measure is (1 for a measure in đồng, 1.000.000 for one in triệu đồng);
 * `quantity`: whether the measure takes decimals (model/measure-base.ts isQuantity). The currency
 * word is dropped; a scale word multiplies the number before it (read as a quantity, either
 * decimal mark, as "12.5 triệu" cannot be thousands), and the result must be a figure the measure
 * takes ("12,5" đồng is not). Without a scale word, the number is read as any figure is.
 */
export function readMoneyText(text: string, unitDong: number, quantity: boolean): FigureText {
  const t = text
    .normalize('NFC')
    .replace(/[\u00a0\u202f]/g, ' ')
    .toLocaleLowerCase('vi')
    .trim()
    // "12,5 triệu." ended like a sentence, as readFigureText reads "380.".
    .replace(/[.,]$/u, '')
    .replace(CURRENCY, '')
    .trim();
  const scaled = MONEY_SCALE.exec(t);
  if (!scaled) return readFigureText(t, quantity);
  const number = readFigureText((scaled[1] ?? '').trim(), true);
  if ('problem' in number) return number;
  const dong = number.value * (SCALE_DONG[scaled[2] ?? ''] ?? 1);
  // In hundredths of the measure's unit: 12.5 × 1e6 is exactly 12.500.000, not 12499999,99….
  const value = Math.round((dong / unitDong) * 100) / 100;
  if (value >= MOST) return { problem: 'too-large' };
  if (!quantity && !Number.isInteger(value)) return { problem: 'fraction' };
  return { value };
}
