/**
 * Results: the marks of the notes under a table of the ward's figures, shared by the report
 * (kinds/report.ts, templates/report.hbs) and the studio's Kết quả tab, so both mark the same
 * figures the same way and say the same under the table.
 *
 * One mark per note (qa20 #12: the ward's rate printed "156,6***" for a "*" and a "**" note, and
 * two measures' notes both "(**)"): the note on figures above their group's base (one note for
 * every measure), then per measure the note on a ward rate taken over the groups with a base
 * only. Marks are "*", "**", "***"… in the order their figures first appear: figures above their
 * base stand in the general results and the group rows, before the totals row that holds the ward
 * rates; so the figures above their base always take "*" (as the chart marks them, standings.ts
 * ABOVE_MARK).
 */

import { formatFigure } from '../model/format.js';
import type { Total } from './standings.js';
import { unratedWho } from './unrated-said.js';

export interface NoteMarks {
  /** The mark of the note on figures above their base; '' when no figure is. */
  above: string;
  /** Per measure, the mark of the note on its ward rate over rated groups; '' when none. */
  rated: string[];
}

/** What the marks are worked out from: per row, per measure, whether the figure is above its base. */
export interface MarkedTable {
  rows: readonly { above: readonly boolean[] }[];
  totals: readonly (Total | undefined)[];
  measures: readonly unknown[];
}

export function noteMarks(data: MarkedTable): NoteMarks {
  let count = 0;
  const next = () => '*'.repeat(++count);
  const above = data.rows.some((r) => r.above.some(Boolean)) ? next() : '';
  const rated = data.measures.map((_, i) => {
    const t = data.totals[i];
    return t && t.groups > 0 && t.unrated ? next() : '';
  });
  return { above, rated };
}

/**
 * A figure's marks as printed after it: one mark as it is ("254,4*"); several each in brackets,
 * as their notes begin ("156,6(*)(**)"), never run together into another note's mark.
 */
export function marksText(marks: readonly string[]): string {
  const given = marks.filter(Boolean);
  return given.length > 1 ? given.map((m) => `(${m})`).join('') : (given[0] ?? '');
}

/** Measure `i`'s figures above their base are marked: the mark, or ''. */
export const aboveMarkOf = (data: MarkedTable, marks: NoteMarks, i: number): string =>
  data.rows.some((r) => r.above[i]) ? marks.above : '';

/** The marks after measure `i`'s ward rate in a table's totals row: "(*)(**)", "**", ''. */
export const totalMarksOf = (data: MarkedTable, marks: NoteMarks, i: number): string =>
  marksText([aboveMarkOf(data, marks, i), marks.rated[i] ?? '']);

/** A measure as its ward-rate note names it. */
export interface NotedMeasure {
  label: string;
  /** What its base counts: "nhân khẩu", "hộ", a target's "người". */
  unit: string;
  /** What the reported figure counts ("trẻ đã được tiêm"); `unit` when not given. */
  valueUnit?: string;
  /** A target's word ("chỉ tiêu", "dự kiến", "kế hoạch"), '' for a count. */
  targetWord: string;
  /** What the groups with a base have (model/measure-base.ts baseName): "số cử tri", "kinh phí". */
  baseName?: string;
}

/**
 * The note under the table on a ward rate taken over the groups with a base only, as the report
 * prints it: "(**) Tỷ lệ “Số người tham gia” của toàn phường tính trên các tổ có số nhân khẩu
 * trong danh sách: 450/1.800 nhân khẩu (không tính 120 nhân khẩu của 1 tổ chưa có số nhân khẩu)."
 */
export function ratedNote(
  mark: string,
  m: NotedMeasure,
  t: Total,
  unitTerm: string,
  termShort: string,
): string {
  if (!mark || !t.unrated || t.base === undefined) return '';
  const baseName = m.baseName ?? (m.targetWord ? m.targetWord : `số ${m.unit}`);
  const rated = formatFigure(t.value - t.unrated.value);
  const base = formatFigure(t.base);
  const over = m.targetWord
    ? `${rated} ${m.unit}/${m.targetWord} ${base} ${m.unit}`
    : `${rated}/${base} ${m.unit}`;
  return `(${mark}) Tỷ lệ “${m.label}” của toàn ${unitTerm} tính trên các ${termShort} có ${baseName} trong danh sách: ${over} (không tính ${formatFigure(t.unrated.value)} ${m.valueUnit ?? m.unit} của ${unratedWho(t.unrated, termShort, baseName)}).`;
}
