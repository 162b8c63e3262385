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
import { fieldOfHeader } from '../load/groups/columns.js';
import type { Group } from '../load/types.js';
import { columnCell } from '../model/measure-base.js';
import type { Measure } from './figures.js';
import { dueOf } from './nothing-to-do.js';
import type { LatestFigures } from './results-store.js';
import { standingsOf, type Total } from './standings.js';

export interface AreaTotals {
  /** The area's cell as written ("Số 1"); '' for the groups whose cell is empty. */
  name: string;
  /**
   * How many groups the area has, less those with nothing to do that sent nothing (dueOf), and
   * how many reported any figure.
   */
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
  const cell = areaCellOf(groups, column);
  for (const g of groups) {
    const name = cell(g);
    const list = byArea.get(name) ?? [];
    list.push(g);
    byArea.set(name, list);
  }
  const names = [...byArea.keys()].sort((a, b) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0));
  return names.map((name) => {
    const own = byArea.get(name) ?? [];
    const s = standingsOf(own, measures, latest);
    // A tổ the list gives nothing to do that sent nothing is counted out, as the ward's
    // "đã báo cáo: x/y" counts it out (nothing-to-do.ts).
    const due = dueOf(s, measures);
    return { name, groups: due.total, reported: due.reported, totals: s.totals };
  });
}

/**
 * Whether the column names the list's meeting place, which the loader reads as each group's
 * `venue` ("Nhà văn hóa", "Địa điểm": load/groups/columns.ts), not as a column of its own: tổ
 * sharing a cultural house are an area to total by (h-areas #5). The list's own column of that
 * header, when it has one besides its venue column, wins.
 */
const byVenue = (groups: readonly Group[], column: string): boolean =>
  fieldOfHeader(column) === 'venue' &&
  !groups.some((g) => columnCell(g, column) !== undefined) &&
  groups.some((g) => g.venue !== undefined);

/**
 * Each group's area as its cell writes it, spaces tidied ('' when empty): the column of the list
 * named `column`, or its venue (byVenue).
 */
export function areaCellOf(groups: readonly Group[], column: string): (g: Group) => string {
  const venue = byVenue(groups, column);
  return (g) => ((venue ? g.venue : columnCell(g, column)) ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether the groups have the column at all (a header the file lacks gives no areas). */
export const hasColumn = (groups: readonly Group[], column: string): boolean =>
  byVenue(groups, column) || groups.some((g) => columnCell(g, column) !== undefined);
