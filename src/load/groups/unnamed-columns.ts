/**
 * Load stage, groups: columns with values under no header. In: the table with its real header
 * (a two-row header folded). Out: a warning per column whose header is empty but whose cells
 * below hold values, naming it by its letter and number, with how many and the first ones.
 *
 * Fields and extra columns are found by their header (columns.ts), so such a column is read by
 * nothing: the leaders' phones under a merged "Tổ trưởng" whose second header row was deleted
 * from Excel's CSV were left off every flyer while `check` said "ổn" (qa50 M2).
 */
import { UserError } from '../../errors.js';
import { count, msg } from '../../messages/message.js';
import { columnLetters } from './duplicate-headers.js';
import type { RawTable } from './table.js';
import { normalisePhone } from './values.js';

/** How many of a column's values the warning quotes. */
const SHOWN = 2;

/** Most of the values are phone numbers (the leaders' column left without its header). */
const phones = (values: readonly string[]) =>
  values.filter((v) => !/\p{L}/u.test(v) && normalisePhone(v).known).length * 2 > values.length;

export function unnamedColumnWarnings(table: RawTable, file: string): UserError[] {
  const width = Math.max(table.header.cells.length, ...table.rows.map((r) => r.cells.length));
  const warnings: UserError[] = [];
  for (let i = 0; i < width; i++) {
    if ((table.header.cells[i] ?? '') !== '') continue;
    const values = table.rows.map((r) => r.cells[i] ?? '').filter((c) => c !== '');
    if (values.length === 0) continue;
    const shown = values
      .slice(0, SHOWN)
      .map((v) => `“${v}”`)
      .join(', ');
    warnings.push(
      new UserError(
        values.length > SHOWN
          ? msg`column ${columnLetters(i)} (column ${i + 1}) has no header, but ${count(values.length)} of its cells hold values (${shown}…): the column is not read`
          : msg`column ${columnLetters(i)} (column ${i + 1}) has no header, but ${count(values.length)} of its cells hold values (${shown}): the column is not read`,
        { file, row: table.header.row },
        phones(values)
          ? msg`Give this column a header, e.g. "Số điện thoại", if it is to be printed.`
          : msg`Give this column a header if it is to be printed; a text prints a column by its header, {{group.[header]}}.`,
      ),
    );
  }
  return warnings;
}
