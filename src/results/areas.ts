/**
 * Results → model: the measures' totals per area, when the campaign names a column of the
 * groups file that groups several groups (`totals_by: Khu vực bỏ phiếu`, "Khu phố", "Cụm"): on
 * election day the ward reports upward per polling area, not per tổ. In: the groups in ward
 * order, the measures, the current figures, the column's header. Out: one entry per area, in
 * the order the areas first appear in the list (groups whose cell is empty last), each with
 * how many of its groups reported and its totals, worked out as the ward's are (standings.ts),
 * so an area's rate leaves out what the ward's leaves out and has its own `reporting` rate
 * while some of its groups have not reported.
 */
import type { Group } from '../load/types.js';
import { columnCell } from '../model/measure-base.js';
import type { Measure } from './figures.js';
import type { LatestFigures } from './results-store.js';
import { standingsOf, type Total } from './standings.js';

export interface AreaTotals {
  /** The area's cell as written ("Số 1"); '' for the groups whose cell is empty. */
  name: string;
  /** How many groups the area has, and how many reported any figure. */
  groups: number;
  reported: number;
  /** One per measure, as the ward's (standings.ts Total). */
  totals: Total[];
}

export function areaTotalsOf(
  groups: readonly Group[],
  measures: readonly Measure[],
  latest: LatestFigures,
  column: string,
): AreaTotals[] {
  const byArea = new Map<string, Group[]>();
  for (const g of groups) {
    const name = (columnCell(g, column) ?? '').replace(/\s+/g, ' ').trim();
    const list = byArea.get(name) ?? [];
    list.push(g);
    byArea.set(name, list);
  }
  const names = [...byArea.keys()].sort((a, b) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0));
  return names.map((name) => {
    const own = byArea.get(name) ?? [];
    const s = standingsOf(own, measures, latest);
    return { name, groups: own.length, reported: own.length - s.missing.length, totals: s.totals };
  });
}

/** Whether the groups have the column at all (a header the file lacks gives no areas). */
export const hasColumn = (groups: readonly Group[], column: string): boolean =>
  groups.some((g) => columnCell(g, column) !== undefined);
