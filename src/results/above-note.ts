/**
 * What the "*" beside a rate over 100 % means, under every table that marks it (the office's
 * figures page in serve and the studio; report.hbs says the same in its own words, and
 * report.xlsx per row). "Đã được xác nhận khi báo cáo" only when every marked figure was
 * confirmed as it was stored: a figure becomes above its base unconfirmed when the list's
 * population or households is lowered (or first given) after the group reported, and the note
 * must then ask for the figure to be checked too.
 */
import { baseName } from '../model/measure-base.js';
import type { Measure } from './figures.js';
import { ABOVE_MARK, type Cell } from './standings.js';

/**
 * The bases of the measures with a figure above its base, named as the results name them ("số
 * nhân khẩu", "số tiền phải thu": not "số đồng phải thu", qa57 p2), in the campaign's order, once each.
 */
export function aboveBases(measures: readonly Measure[], rows: readonly (readonly Cell[])[]) {
  const names = measures
    .filter((_, i) => rows.some((cells) => cells[i]?.above))
    .map((m) => baseName(m));
  return [...new Set(names)];
}

/** Whether every figure above its base was confirmed when stored. */
export const aboveAllConfirmed = (rows: readonly (readonly Cell[])[]) =>
  rows.every((cells) => cells.every((c) => !c.above || !c.unconfirmed));

/**
 * "(*) Số liệu vượt số nhân khẩu của tổ trong danh sách, …", or '' when nothing is above; when a
 * figure of the ranking's measure is, that its group is not ranked until checked.
 */
export function aboveNote(
  measures: readonly Measure[],
  rows: readonly (readonly Cell[])[],
  termShort: string,
): string {
  const bases = aboveBases(measures, rows);
  if (!bases.length) return '';
  const of = `(${ABOVE_MARK}) Số liệu vượt ${bases.join(', ')} của ${termShort} trong danh sách`;
  // A figure of the ranking's measure above its base is not ranked (standings.ts `above`).
  const unranked = rows.some((cells) => cells[0]?.above)
    ? ` (${termShort} có số liệu này chưa được xếp hạng cho đến khi kiểm tra xong)`
    : '';
  return aboveAllConfirmed(rows)
    ? `${of}, đã được xác nhận khi báo cáo; đề nghị kiểm tra lại danh sách${unranked}.`
    : `${of}; đề nghị kiểm tra lại danh sách và số liệu${unranked}.`;
}
