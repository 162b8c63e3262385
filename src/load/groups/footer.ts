/**
 * Load stage, groups: the lines a ward's list ends with under its table — the place and date
 * ("Ngọc Hà, ngày 01 tháng 12 năm 2026"), "NGƯỜI LẬP BIỂU", the signers' names. In: the data rows
 * and the table's columns. Out: where the footer starts, and the one note that says it was
 * skipped.
 *
 * The footer is the last rows of the sheet: under a totals row that ends the table, those with no
 * name, or with no id and no figure (a signature line may sit under the names); with no totals
 * row, those with no name whose first cell is no group's id (a sentence, a name in several words)
 * and that hold no figure. A row with an id and no name is a group whose name is missing, which
 * stays an error.
 */
import { UserError } from '../../errors.js';
import { msg } from '../../messages/message.js';
import type { Columns } from './columns.js';
import type { RawRow } from './table.js';
import { isTotalsRow } from './totals.js';

const cell = (row: RawRow, index: number | undefined) =>
  index === undefined ? '' : (row.cells[index] ?? '');

/** An id as wards write them: a short code ("5", "TDP05", "Tổ 5"), not a line of text. */
const looksLikeId = (text: string) => text.length <= 12 && (/\d/.test(text) || !/\s/.test(text));

const noFigure = (row: RawRow, columns: Columns) =>
  [columns.phone, columns.households, columns.population].every(
    (col) => !/\d/.test(cell(row, col?.index)),
  );

/** With no totals row above: no name, a first cell that is no id, no figure. */
function isFooterLike(row: RawRow, columns: Columns): boolean {
  if (cell(row, columns.name.index) !== '') return false;
  const id = cell(row, columns.id.index);
  return (id === '' || !looksLikeId(id)) && noFigure(row, columns);
}

/** Under a totals row: no name, or no id and no figure ("NGƯỜI LẬP BIỂU" under the names). */
function isUnderTotals(row: RawRow, columns: Columns): boolean {
  if (isTotalsRow(row, columns)) return false;
  if (cell(row, columns.name.index) === '') return true;
  return cell(row, columns.id.index) === '' && noFigure(row, columns);
}

/** The index in `rows` where the sheet's footer starts (`rows.length` when it has none). */
export function footerStart(rows: readonly RawRow[], columns: Columns): number {
  let start = rows.length;
  while (start > 0 && isUnderTotals(rows[start - 1] as RawRow, columns)) start--;
  const previous = rows[start - 1];
  if (previous && isTotalsRow(previous, columns)) return start;
  let footer = rows.length;
  while (footer > 0 && isFooterLike(rows[footer - 1] as RawRow, columns)) footer--;
  return footer;
}

export function footerNote(footer: readonly RawRow[], columns: Columns, file: string): UserError[] {
  const first = footer[0]?.row;
  const last = footer.at(-1)?.row;
  if (first === undefined || last === undefined) return [];
  return [
    new UserError(
      first === last
        ? msg`row ${first} is below the table (a date, a signature), not a group: it is skipped`
        : msg`rows ${first}–${last} are below the table (a date, signatures), not groups: they are skipped`,
      { file },
      msg`If one of them is a group, write its name in the column "${columns.name.header}".`,
    ),
  ];
}
