/**
 * Results, while groups are still reporting: the words that label a ward's total taken over every
 * group, the ones yet to report counted as 0 ("tính 3 tổ chưa báo cáo là 0"), as the headline
 * says it after the ward's rate. In: the ward's totals (standings.ts `Total`, their `reporting`)
 * and the ward's short word for a group. Out: the label, '' once every group with a base has
 * reported (or before any has).
 *
 * The table's "Toàn phường" row (studio Kết quả tab, serve's /admin/ket-qua, the report PDF and
 * report.xlsx) and the "Toàn phường theo thời gian" chart print the ward's rate: unlabelled,
 * "641 (24,0%)" with 3 of 7 tổ in reads as the turnout (qa22 #8).
 */
import type { Total } from './standings.js';

export function pendingSaid(totals: readonly (Total | undefined)[], short: string): string {
  const pending = [...new Set(totals.flatMap((t) => (t?.reporting ? [t.reporting.pending] : [])))];
  if (pending.length === 0) return '';
  // Measures some groups reported one of and not another: how many is each measure's own.
  const how = pending.length === 1 ? String(pending[0]) : 'các';
  return `tính ${how} ${short} chưa báo cáo là 0`;
}

/** The table's totals row label: "Toàn phường", with `pending` after it in brackets if any. */
export const wardRowLabel = (unit: string, pending: string) =>
  pending ? `Toàn ${unit} (${pending})` : `Toàn ${unit}`;
