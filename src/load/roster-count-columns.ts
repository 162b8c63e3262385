/**
 * Load stage, rosters: the columns that count something of each row ("Số chó", "Số mèo", "Số
 * chó, mèo (con)"): a header "Số …" over whole numbers. Kept on each resident as written
 * (Resident.counts), not warned as printed nowhere here: the campaign decides whether its sheet
 * prints them (model/roster-extras.ts countColumnsOf; qa58 M2: a rabies roster's dogs and cats).
 */
import type { Column } from './groups/columns.js';
import { isNotesColumn, normaliseHeader } from './groups/columns.js';
import type { RawRow } from './groups/table.js';

/** "Số chó", "So meo", "Số lượng chó": a count's header. */
const COUNT_HEADER = /^so (?:luong )?\p{L}/u;
/** A count a row gives: a whole number of up to four digits ("0", "3"). */
const COUNT_CELL = /^\d{1,4}$/;

/** The columns of `extras` (no field took them) that count something on every row they fill. */
export function countColumnsOf(extras: readonly Column[], rows: readonly RawRow[]): Column[] {
  return extras.filter((c) => {
    if (isNotesColumn(c.header) || !COUNT_HEADER.test(normaliseHeader(c.header))) return false;
    const cells = rows.map((r) => (r.cells[c.index] ?? '').trim()).filter((t) => t !== '');
    return cells.length > 0 && cells.every((t) => COUNT_CELL.test(t));
  });
}

/** A row's counts by their columns' headers as written; undefined when it gives none. */
export function countCells(
  row: RawRow,
  columns: readonly Column[],
): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const c of columns) {
    const text = (row.cells[c.index] ?? '').trim();
    if (text !== '') out[c.header] = text;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
