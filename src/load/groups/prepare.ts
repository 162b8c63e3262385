/**
 * Load stage, groups and rosters: a table as read → the table to validate. In: the raw table (or
 * a workbook's sheets), the table's column spec, and which columns hold free text. Out: the
 * table with its real header (header-row.ts), text typed with a TCVN3 font converted and other
 * legacy-font text refused (legacy-cells.ts), its columns, and the warnings to show.
 */
import { UserError } from '../../errors.js';
import { msg } from '../../messages/message.js';
import { detectLegacyFont } from '../legacy-fonts.js';
import {
  type Column,
  type ColumnSpec,
  type ColumnsOf,
  extraColumns,
  findColumnsOf,
  hasRequiredOf,
  matchColumnsOf,
} from './columns.js';
import { findHeaderRow, type HeaderSpec } from './header-row.js';
import { fixLegacyCells } from './legacy-cells.js';
import type { RawRow, RawTable } from './table.js';

export interface PreparedTable<F extends string, R extends F> {
  table: RawTable;
  columns: ColumnsOf<F, R>;
  /** The columns no field took (see extraColumns); empty unless asked for. */
  extras: Column[];
  warnings: UserError[];
}

function headerSpec<F extends string, R extends F>(spec: ColumnSpec<F, R>): HeaderSpec {
  // A header typed with a TCVN3 font is still found, then converted (or refused) with the rest.
  const decoded = (text: string) => detectLegacyFont(text)?.unicode ?? text;
  const hasRequired = (cells: readonly string[]) =>
    hasRequiredOf(matchColumnsOf(cells, spec.headers), spec);
  const known = (text: string) => Object.keys(matchColumnsOf([text], spec.headers)).length > 0;
  return {
    isHeader: (cells) => hasRequired(cells) || hasRequired(cells.map(decoded)),
    isKnown: (text) => known(text) || known(decoded(text)),
  };
}

/** Whether the table has the spec's required columns in its header (within its first rows). */
export function holdsList<F extends string, R extends F>(
  table: RawTable,
  spec: ColumnSpec<F, R>,
): boolean {
  const hs = headerSpec(spec);
  return hs.isHeader(findHeaderRow(table, hs).header.cells);
}

/** The columns a header names, by field. */
export type ColumnsFound = Partial<Record<string, Column>>;

/**
 * The table's header (within its first rows, two rows read as one) with the columns it names,
 * the rows under it, and the title rows above it ("DANH SÁCH TỔ DÂN PHỐ PHƯỜNG HÀNG BẠC (CŨ)");
 * undefined when it lacks the required columns.
 */
export function listHeader<F extends string, R extends F>(
  table: RawTable,
  spec: ColumnSpec<F, R>,
): { columns: ColumnsFound; rows: RawRow[]; titles: RawRow[] } | undefined {
  const hs = headerSpec(spec);
  const found = findHeaderRow(table, hs);
  if (!hs.isHeader(found.header.cells)) return undefined;
  const titles = [table.header, ...table.rows].filter((r) => r.row < found.header.row);
  return { columns: matchColumnsOf(found.header.cells, spec.headers), rows: found.rows, titles };
}

/**
 * The sheet to read of a workbook: the one whose header (within the first rows) has the required
 * columns, else the first (whose missing columns are then reported). Offices keep one sheet per
 * year or round in one workbook: when several sheets have the columns, the one open when the file
 * was saved is read, and a warning names it; when that one is none of them, the workbook is
 * refused with their names (printing last year's list would be worse than stopping).
 */
export function pickSheet<F extends string, R extends F>(
  tables: readonly RawTable[],
  spec: ColumnSpec<F, R>,
  file: string,
  /** Sheets holding another kind of list, said by the caller: not among the sheets not read. */
  saidApart: (table: RawTable) => boolean = () => false,
): { table: RawTable; warnings: UserError[] } {
  const hs = headerSpec(spec);
  const found = tables.map((t) => ({ ...findHeaderRow(t, hs), sheet: t.sheet }));
  const all = found.filter((t) => hs.isHeader(t.header.cells));
  const names = (ts: readonly RawTable[]) => ts.map((t) => `“${t.sheet?.name ?? ''}”`).join(', ');
  // A hidden sheet's list is one the office put away (last year's, a draft): read only when no
  // sheet the office can see holds one, and never without saying so (qa12 Q1).
  const hidden = all.filter((t) => t.sheet?.hidden);
  const shown = all.filter((t) => !t.sheet?.hidden);
  const lists = shown.length > 0 ? shown : all;
  const [only] = lists;
  if (lists.length <= 1) {
    const table = only ?? found[0];
    if (!table) throw new UserError(msg`the workbook has no data`, { file });
    const putAway = shown.length > 0 ? hidden : [];
    const warnings = putAway.length
      ? [
          new UserError(
            msg`read the sheet "${table.sheet?.name ?? ''}"; hidden sheets also holding a list, not read: ${names(putAway)}`,
            { file },
            msg`If a hidden sheet is the one to use, show it in Excel (right-click a sheet tab › Unhide), delete the other lists and save the file.`,
          ),
        ]
      : [];
    // A shown sheet holding a table but no such list (a storm's "DS hộ sơ tán" beside the
    // groups, qa21 finding 4) is said, not dropped unsaid; an empty "Sheet2" or a sheet of notes
    // is not.
    const unread = found.filter(
      (t, i) =>
        t !== table &&
        !all.includes(t) &&
        !t.sheet?.hidden &&
        filled(tables[i]) &&
        !saidApart(tables[i] as RawTable),
    );
    if (table.sheet && unread.length > 0) {
      warnings.push(
        new UserError(
          msg`read the sheet "${table.sheet.name}"; the other sheets have no header row with ${Object.values<string>(
            spec.expected,
          )
            .map((h) => `“${h}”`)
            .join(', ')}, and are not read: ${names(unread)}`,
          { file },
        ),
      );
    }
    return { table, warnings };
  }
  const active = lists.find((t) => t.sheet?.active);
  if (!active) {
    throw new UserError(
      msg`the workbook has ${lists.length} sheets with a list: ${names(lists)}, and none of them was open when it was saved`,
      { file },
      msg`Delete the sheets no longer used, or open the sheet to use in Excel and save the file again.`,
    );
  }
  const others = all.filter((t) => t !== active);
  return {
    table: active,
    warnings: [
      new UserError(
        msg`read the sheet "${active.sheet?.name ?? ''}" (the one open when the file was saved); also holding a list, not read: ${names(others)}`,
        { file },
        msg`If another sheet is the one to use, open it in Excel and save the file; delete the sheets no longer used.`,
      ),
    ],
  };
}

/**
 * Whether a sheet holds a table: two rows or more of two cells or more (a list of households),
 * not a note ("Danh sách cập nhật 11/2026") or an empty "Sheet2".
 */
const filled = (t: RawTable | undefined) =>
  t !== undefined &&
  [t.header, ...t.rows].filter((r) => r.cells.filter((c) => c !== '').length >= 2).length >= 2;

export function prepareTable<F extends string, R extends F>(
  raw: RawTable,
  file: string,
  spec: ColumnSpec<F, R>,
  textFields: readonly F[],
  quote: boolean,
  withExtras = false,
): PreparedTable<F, R> {
  const header = headerSpec(spec);
  const found = findHeaderRow(raw, header);
  const named = fixLegacyCells(found, [], file, quote, { isKnown: header.isKnown });
  const columns = findColumnsOf(named.table.header, file, spec);
  const extras = withExtras ? extraColumns(named.table.header.cells, columns) : [];
  // Extra columns are free text as well: typed with a legacy font, they are converted too.
  const text = [...textFields.flatMap((f) => columns[f] ?? []), ...extras];
  const fixed = fixLegacyCells(named.table, text, file, quote, {
    knownTcvn3: named.warnings.length > 0,
    headerTcvn3: named.headerTcvn3 === true,
  });
  const warnings = [...named.warnings, ...fixed.warnings];
  return { table: fixed.table, columns, extras, warnings };
}
