/**
 * Load stage, groups: columns hidden in Excel (qa24 F6). An office hides a column that must not
 * be shown or printed (the leaders' citizen ID numbers) as it hides a dissolved group's row, and
 * Excel neither prints nor copies it: a hidden column no field takes is not read — its cells are
 * emptied, so it is no extra column a text may print, no column the studio shows — and one note
 * names it. A hidden column a required field takes (the groups' ids or names hidden) is read,
 * since the list cannot be read without it, with a note saying so; a hidden column an optional
 * field would take (the leaders' phones) is not read, like any other. In: the table as read, with
 * its hidden columns (XLSX only), and the columns the required fields took in it. Out: the table without the others, and the notes.
 */
import { UserError } from '../../errors.js';
import { msg } from '../../messages/message.js';
import { columnLetters } from './duplicate-headers.js';
import type { RawRow, RawTable } from './table.js';

const SHOW_TO_PRINT = msg`If the column is to be read and printed, show it in Excel (select the columns on both sides › Unhide) and save the file.`;

/** The hidden columns of `raw` that no required field took, emptied (`unreadColumns`), and the notes. */
export function withoutHiddenColumns(
  raw: RawTable,
  header: RawRow,
  taken: ReadonlySet<number>,
  file: string,
): { table: RawTable; warnings: UserError[] } {
  const hidden = raw.hiddenColumns ?? [];
  // The header and the rows under it: a title merged across the table above it is no content.
  const rows = [raw.header, ...raw.rows].filter((r) => r.row >= header.row);
  const holds = (i: number) => rows.some((r) => (r.cells[i] ?? '') !== '' && !r.merged?.[i]);
  const warnings: UserError[] = [];
  const dropped: number[] = [];
  for (const i of hidden) {
    if (!holds(i)) continue;
    const letter = columnLetters(i);
    const name = header.cells[i] ?? '';
    if (taken.has(i)) {
      warnings.push(
        new UserError(
          msg`column ${letter} "${name}" is hidden in Excel, but the tool needs it: it is read`,
          { file },
          msg`Show it in Excel (select the columns on both sides › Unhide) to see what is printed from it.`,
        ),
      );
      continue;
    }
    dropped.push(i);
    warnings.push(
      new UserError(
        name
          ? msg`column ${letter} "${name}" is hidden in Excel: the tool does not read or keep it`
          : msg`column ${letter} is hidden in Excel: the tool does not read or keep it`,
        { file },
        SHOW_TO_PRINT,
      ),
    );
  }
  if (dropped.length === 0) return { table: raw, warnings };
  const empty = (r: RawRow): RawRow => ({
    ...r,
    cells: r.cells.map((c, i) => (dropped.includes(i) ? '' : c)),
  });
  return {
    table: {
      ...raw,
      header: empty(raw.header),
      rows: raw.rows.map(empty),
      unreadColumns: dropped,
    },
    warnings,
  };
}
