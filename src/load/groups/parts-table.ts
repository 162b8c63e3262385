/**
 * Load stage, groups: a list kept one sheet per part of the ward (sheet-parts.ts) as the one
 * table the loader hands on. In: each sheet prepared as a table of its own (its header found,
 * legacy fonts converted, its columns). Out: the parts to check (rows.ts `checkParts`), the
 * columns and extra columns of the list as a whole, a table of every sheet's rows for a page
 * that shows the file, and the sheets' notes, each naming its sheet.
 */
import type { UserError } from '../../errors.js';
import { type Column, type Columns, normaliseHeader } from './columns.js';
import type { TablePart } from './rows.js';
import type { SheetPart } from './sheet-parts.js';
import type { RawRow, RawTable } from './table.js';

/** A groups file read into one table, or one table per part (a workbook's sheets). */
export interface GroupsTable {
  table: RawTable;
  columns: Columns;
  extras: Column[];
  warnings: UserError[];
  lookAlikes: UserError[];
  /** The parts, when the list is kept one sheet per part of the ward. */
  parts?: TablePart[];
  /** A text table's text as decoded (not a workbook's or a Word table's), for its hash. */
  text?: string;
}

/**
 * The warning as said of one sheet: its place given the sheet, in place, so that a look-alike
 * column's warning stays the one `lookAlikes` holds (a build drops it by identity).
 */
function inSheet(w: UserError, sheet: string): UserError {
  Object.assign(w.where, { sheet });
  return w;
}

/**
 * A row of a sheet under the first sheet's columns: for the page that shows the file, whose
 * header is the first sheet's (a sheet with its columns in another order still lines up).
 */
function underHeader(row: RawRow, from: readonly string[], to: readonly string[]): RawRow {
  const at = new Map(from.map((h, i) => [normaliseHeader(h), i]));
  const pick = <T>(cells: readonly T[] | undefined) =>
    cells &&
    to.map(
      (h, i) => cells[at.get(normaliseHeader(h)) ?? (from.length === to.length ? i : -1)] as T,
    );
  return {
    ...row,
    cells: pick(row.cells)?.map((c) => c ?? '') ?? [],
    merged: pick(row.merged),
    across: pick(row.across),
  };
}

export function partsTable(
  sheets: readonly SheetPart[],
  prepare: (raw: RawTable) => GroupsTable,
): GroupsTable {
  const read = sheets.map((s) => ({ sheet: s, t: prepare(s.table) }));
  const [first] = read;
  if (!first) throw new Error('partsTable: no sheets');
  const header = first.t.table.header;
  const sameHeader = (t: RawTable) =>
    t.header.cells.map(normaliseHeader).join('\u0000') ===
    header.cells.map(normaliseHeader).join('\u0000');
  const warnings: UserError[] = [];
  const lookAlikes: UserError[] = [];
  const extras: Column[] = [];
  const rows: RawRow[] = [];
  for (const [i, { sheet, t }] of read.entries()) {
    // A header like the first sheet's has said its notes (a look-alike column, two columns
    // under one name) already: said once, not once a sheet.
    const again = i > 0 && sameHeader(t.table);
    const said = again
      ? t.warnings.filter((w) => (w.where.row ?? Infinity) > t.table.header.row)
      : t.warnings;
    warnings.push(...said.map((w) => inSheet(w, sheet.sheet)));
    if (!again) lookAlikes.push(...t.lookAlikes.filter((w) => said.includes(w)));
    for (const c of t.extras) if (!extras.some((e) => e.header === c.header)) extras.push(c);
    const mapped = sameHeader(t.table)
      ? t.table.rows
      : t.table.rows.map((r) => underHeader(r, t.table.header.cells, header.cells));
    rows.push(...mapped.map((r) => ({ ...r, sheet: sheet.sheet })));
  }
  return {
    table: { header, rows, sheet: first.t.table.sheet },
    columns: first.t.columns,
    extras,
    warnings,
    lookAlikes,
    parts: read.map(({ sheet, t }) => ({
      table: t.table,
      columns: t.columns,
      extras: t.extras,
      sheet: sheet.sheet,
      section: sheet.section,
    })),
  };
}
