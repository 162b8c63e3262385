/**
 * Load stage, groups: the totals row ward lists end with ("Tổng", "Tổng cộng", "Cộng": the sum
 * of households and residents under the groups). In: a data row and the table's columns. Out:
 * whether the row is a totals row, and the warnings to show for it: it is skipped (never
 * silently), and where its figures are not the sum of the groups above, that is said too — a
 * group left out of the list, or a figure mistyped.
 */
import { UserError } from '../../errors.js';
import { count, msg } from '../../messages/message.js';
import { type Column, type Columns, normaliseHeader } from './columns.js';
import type { RawRow } from './table.js';
import { parseCount } from './values.js';

// Normalised (no marks, lower case): "Tổng", "Tổng cộng", "Tổng số", "Cộng", "Toàn phường"…
const TOTALS =
  /^(?:tong cong|tong so|tong|cong|cong toan (?:phuong|xa|thi tran|dac khu)|toan (?:phuong|xa|thi tran|dac khu))$/;

const cell = (row: RawRow, col: Column | undefined) => (col ? (row.cells[col.index] ?? '') : '');
const isTotalsWord = (text: string) => TOTALS.test(normaliseHeader(text));

/** The id and name cells say "Tổng…" (one of them may be empty: the word spans both). */
export function isTotalsRow(row: RawRow, columns: Columns): boolean {
  const id = cell(row, columns.id);
  const name = cell(row, columns.name);
  return (
    (isTotalsWord(id) || isTotalsWord(name)) &&
    (id === '' || isTotalsWord(id)) &&
    (name === '' || isTotalsWord(name))
  );
}

const FIGURES = ['households', 'population'] as const;

/**
 * The note for a skipped totals row, and one per figure that is neither the sum of the rows since
 * the previous totals row (a subtotal) nor the sum of all the rows above.
 */
export function totalsWarnings(
  row: RawRow,
  columns: Columns,
  file: string,
  above: readonly RawRow[],
  sinceLast: readonly RawRow[],
): UserError[] {
  const word = cell(row, columns.id) || cell(row, columns.name);
  const notes = [
    new UserError(msg`a totals row ("${word}"), not a group: it is skipped`, {
      file,
      row: row.row,
    }),
  ];
  for (const field of FIGURES) {
    const col = columns[field];
    const given = parseCount(cell(row, col));
    if (!col || typeof given !== 'number') continue;
    // The rows' own cells, good rows or not: a row with another problem still counts here.
    const sum = (rows: readonly RawRow[]) =>
      rows.reduce((s, r) => s + (Number(parseCount(cell(r, col))) || 0), 0);
    const sums = [sum(sinceLast), sum(above)];
    if (sums.includes(given)) continue;
    notes.push(
      new UserError(
        msg`the totals row says ${count(given)} but the groups above add up to ${count(sums[1] ?? 0)}`,
        { file, row: row.row, field: col.header },
        msg`Check for a group left out of the list or a figure typed wrong; the documents use each group's own figure.`,
      ),
    );
  }
  return notes;
}
