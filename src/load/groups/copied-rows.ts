/**
 * Load stage, groups: a row that is an earlier row typed again. Same name, same leader, same
 * counts, same figures in every column (the id and the office's own notes aside: "STT" numbers
 * every row, "Ghi chú" may say "nhập trùng") is one group entered twice, not two groups: read as
 * two, its households were printed for twice and its quota counted twice in the report (qa58 M3:
 * a ward's quota 198 instead of 158). The later row is refused, naming the earlier one, as a row
 * whose id is taken is. Only a row naming a leader or a phone: copyKey.
 */
import { UserError } from '../../errors.js';
import { msg } from '../../messages/message.js';
import { type Column, type Columns, isNotesColumn } from './columns.js';
import type { RawRow, RawTable } from './table.js';

/**
 * The row's cells that tell one group from another, as one key: every cell but the id's and a
 * notes column's, and the heading the row is under. Undefined for a row with no name (it fails on its own) or no leader and no
 * phone: in a list of names and a count ("Tổ dân phố số 1;100" in two old wards) two groups may
 * well be alike, while one person leading two groups of one name with the same figures is not.
 */
export function copyKey(
  row: RawRow,
  table: RawTable,
  columns: Columns,
  section: string | undefined,
): string | undefined {
  const at = (col: Column | undefined) => (col ? (row.cells[col.index]?.trim() ?? '') : '');
  if (at(columns.name) === '' || (at(columns.leader) === '' && at(columns.phone) === ''))
    return undefined;
  const kept = row.cells.map((c, i) =>
    i === columns.id.index || isNotesColumn(table.header.cells[i] ?? '') ? '' : c.trim(),
  );
  // Under another heading (an old ward of a merged ward), a namesake is another group.
  return JSON.stringify([section ?? '', ...kept]);
}

/** The refusal of a row that repeats row `first` cell for cell. */
export function copiedRow(
  first: number,
  where: { file: string; row: number; field: string },
  id: Column,
): UserError {
  return new UserError(
    msg`the row repeats row ${first}: the same name, leader and figures (only "${id.header}" and the notes differ), so it is one group entered twice and is not counted again`,
    where,
    msg`Delete one of the two rows (or, if they are two groups, write each one's own name and figures).`,
  );
}
