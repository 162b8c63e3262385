/**
 * A group the list gives nothing to do (every measure's base 0: "0 cụ mừng thọ", a budget of 0)
 * is not late (qa56 p4): the report and Kết quả (the office's and the studio's) neither list it
 * under "Chưa báo cáo" nor count it in "đã báo cáo: x/y" while it sent nothing.
 */

import type { Group } from '../load/types.js';
import { zeroBase } from '../model/measure-base.js';
import type { Measure } from './figures.js';

/** Whether the list gives the group a base of 0 for every measure (zeroBase): nothing to report. */
export function hasNothingToDo(group: Group, measures: readonly Measure[]): boolean {
  return measures.length > 0 && measures.every((m) => zeroBase(group, m));
}

/**
 * Of the standings' groups: those yet to report (`missing`), the silent ones with nothing to do
 * (`idle`, left out of both counts) and "đã báo cáo: reported/total".
 */
export function dueOf<G extends Group>(
  s: { rows: readonly unknown[]; missing: readonly G[] },
  measures: readonly Measure[],
): { missing: G[]; idle: G[]; reported: number; total: number } {
  const idle = s.missing.filter((g) => hasNothingToDo(g, measures));
  const missing = s.missing.filter((g) => !hasNothingToDo(g, measures));
  return {
    missing,
    idle,
    reported: s.rows.length - s.missing.length,
    total: s.rows.length - idle.length,
  };
}
