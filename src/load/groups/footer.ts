/**
 * Load stage, groups: the lines a ward's list ends with under its table — the place and date
 * ("Ngọc Hà, ngày 01 tháng 12 năm 2026"), "NGƯỜI LẬP BIỂU", the signers' names. In: the data rows
 * and the table's columns. Out: where the footer starts, and the one note that says it was
 * skipped.
 *
 * The footer is the last rows of the sheet that have no name: all of them when a totals row
 * ends the table above them, else those whose first cell is no group's id (a sentence, a name
 * in several words) and that hold no figure. A row with an id and no name is a group whose
 * name is missing, which stays an error.
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

function isFooterLike(row: RawRow, columns: Columns): boolean {
  if (cell(row, columns.name.index) !== '') return false;
  const id = cell(row, columns.id.index);
  if (id !== '' && looksLikeId(id)) return false;
  const figures = [columns.phone, columns.households, columns.population];
  return figures.every((col) => !/\d/.test(cell(row, col?.index)));
}

/** The index in `rows` where the sheet's footer starts (`rows.length` when it has none). */
export function footerStart(rows: readonly RawRow[], columns: Columns): number {
  let start = rows.length;
  const unnamed = (row: RawRow) =>
    cell(row, columns.name.index) === '' && !isTotalsRow(row, columns);
  while (start > 0 && unnamed(rows[start - 1] as RawRow)) start--;
  const previous = rows[start - 1];
  if (previous && isTotalsRow(previous, columns)) return start;
  let footer = rows.length;
  while (footer > start && isFooterLike(rows[footer - 1] as RawRow, columns)) footer--;
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
