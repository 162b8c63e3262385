/**
 * Model: the tracking sheet's lines under its table for the measures after the first (qa25 F9).
 * The first measure's line is the sheet's own, chosen with its rows (context.ts `Tally`); every
 * other measure the leader reports gets a line of its own, in its own words: "Số tiền đã trao:
 * ……… đồng / 9.000.000 đồng = ……… %" for a sum handed out against the thôn's budget, "Số hộ
 * đã ký cam kết: ……… hộ / 215 hộ = ……… %" for a count. A group the list gives no base for has
 * the figure alone ("……… đồng"), as the first line has. A sum taken against the group's
 * households or people (a fee, `of: households`, which `check` warns of) is no share of them: the
 * line says what a treasurer writes, the sum and how many of them paid, "Số tiền đã thu: ………
 * đồng (……… hộ đã nộp / 228 hộ)" (review44 #8, closing43).
 */
import type { Campaign } from '../load/campaign.js';
import { finalRemark } from '../load/remark.js';
import type { Group } from '../load/types.js';
import { formatFigure, textKey } from './format.js';
import {
  baseColumnOf,
  baseOf,
  baseUnit,
  countedOf,
  type MeasureOf,
  moneyScaleOf,
  quantityUnitOf,
  targetWord,
} from './measure-base.js';

export interface RateLine {
  /** The measure's label, less a unit bracket the line says after the figure ("(đồng)"). */
  label: string;
  /** The word after the figure to write in: "đồng", "hộ", "kg". */
  noun: string;
  /** The group's base as printed ("9.000.000", "120,5"), when the list gives one above 0; else
   * null (no "/ … = … %"). */
  base: string | null;
  /** The word after the base: "đồng", "hộ nghèo", "nhân khẩu". */
  unit: string;
  /** "chỉ tiêu", "dự kiến", "kế hoạch" before a target's base; '' for a count. */
  targetWord: string;
  /**
   * A sum over a count of households or people: who paid it, written in before the base ("hộ đã
   * nộp", "người đã nhận") instead of a rate; '' for any other line.
   */
  paid: string;
}

/**
 * A sum people pay in: a fee, a contribution, a fund's collection. These words win over a handed-out
 * verb anywhere else in the label, which is often part of a fund's or a body's name ("Số tiền ủng hộ
 * Quỹ hỗ trợ nông dân", "đóng quỹ Chi hội Phụ nữ"): review46 #1. "thu nhập" (income) is not "thu".
 */
const COLLECTED =
  /(?<![\p{L}\p{M}])(?:thu(?! nhập)|nộp|đóng|đóng góp|ủng hộ|quyên góp)(?![\p{L}\p{M}])/iu;

/**
 * A sum handed out (a grant, a gift) is received, but only when the hand-out verb is the measure's
 * own, right after "Số tiền (đã)": "Số tiền đã trao", "Số tiền hỗ trợ đã trao", "Kinh phí hỗ trợ".
 * Any other sum (a fee, a fund) is paid in.
 */
const HANDED_OUT =
  /^(?:số tiền|tiền|kinh phí)(?: đã)?(?: được)? (?:trao|chi trả|chi|hỗ trợ|cấp|phát|tặng)(?![\p{L}\p{M}])/iu;

/** Whether a sum's label says it was handed out (received) rather than paid in. */
function handedOut(label: string): boolean {
  const text = label.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return !COLLECTED.test(text) && HANDED_OUT.test(text);
}

/** What was done with a sum, as a line says it: "đã nhận" for a grant, "đã nộp" for a fee (qa56 M3). */
export function moneyVerb(label: string): 'đã nhận' | 'đã nộp' {
  return handedOut(label) ? 'đã nhận' : 'đã nộp';
}

/** "hộ đã nộp" for a sum over households, "người đã nhận" for a grant over people; '' otherwise. */
function paidOf(m: MeasureOf, noun: string): string {
  if (m.of !== 'households' && m.of !== 'people') return '';
  if (![...DONG_WORDS.values()].includes(noun)) return '';
  const who = m.of === 'households' ? 'hộ' : 'người';
  return `${who} ${moneyVerb(m.label ?? '')}`;
}

/** A sum's words by how many đồng its unit is (moneyScaleOf): "(VNĐ)" is written "đồng". */
const DONG_WORDS: ReadonlyMap<number, string> = new Map([
  [1, 'đồng'],
  [1e3, 'nghìn đồng'],
  [1e6, 'triệu đồng'],
  [1e9, 'tỷ đồng'],
]);

/** The money a text's final bracket names ("Kinh phí (đồng)" → "đồng"); undefined when none. */
function moneyIn(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const scale = moneyScaleOf({ label: text, of: 'people' });
  return scale === undefined ? undefined : DONG_WORDS.get(scale);
}

/** What a figure of the measure and its base are written in, after them. */
function wordsOf(m: MeasureOf): { noun: string; unit: string } {
  const column = baseColumnOf(m);
  const money = moneyIn(m.label) ?? moneyIn(column);
  // The base in its own unit: a sum taken (by a slip the check warns of) against the households
  // reads "……… đồng / 228 hộ", not "/ 228 đồng" (review44 #8).
  if (money !== undefined) return { noun: money, unit: moneyIn(column) ?? baseUnit(m) };
  const quantity = quantityUnitOf(m);
  return { noun: quantity ?? countedOf(m).noun, unit: baseUnit(m) };
}

/** The label without a bracketed unit the line says anyway: "Số tiền đã trao (đồng)" → "Số tiền đã trao". */
function labelOf(label: string, noun: string): string {
  const remark = finalRemark(label);
  if (!remark?.before) return label.trim();
  const unit = { label: `x (${remark.inside})`, of: 'people' };
  // The measure's own unit ("Số bao rác thu gom (bao)", `of: bao`) is said after the figure too:
  // "Số bao rác thu gom: ……… bao", as the kg line is (qa54 p2).
  const own = textKey(remark.inside) === textKey(noun);
  return own || moneyIn(unit.label) !== undefined || quantityUnitOf(unit) !== undefined
    ? remark.before
    : label.trim();
}

/** A measure's line for one group. */
function rateLineOf(m: Campaign['measures'][number], group: Group): RateLine {
  const figure = baseOf(group, m);
  const words = wordsOf(m);
  return {
    label: labelOf(m.label, words.noun),
    ...words,
    base: figure !== undefined && figure > 0 ? formatFigure(figure) : null,
    targetWord: targetWord(m) ?? '',
    paid: paidOf(m, words.noun),
  };
}

/** The lines of the campaign's measures after the first, for one group. */
export function rateLinesOf(campaign: Pick<Campaign, 'measures'>, group: Group): RateLine[] {
  return (campaign.measures ?? []).slice(1).map((m) => rateLineOf(m, group));
}

/**
 * The first measure's line when it is a sum over the group's households or people (`paid`):
 * the sheet's own rate line (context.ts `Tally`) would count it in "hộ" ("Số tiền đã thu (đồng):
 * ……… hộ / 228 hộ = ……… %"); null for any other first measure.
 */
export function sumLineOf(campaign: Pick<Campaign, 'measures'>, group: Group): RateLine | null {
  const [first] = campaign.measures ?? [];
  const line = first && rateLineOf(first, group);
  return line?.paid ? line : null;
}
