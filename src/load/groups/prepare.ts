/**
 * Load stage, groups and rosters: a table as read → the table to validate. In: the raw table (or
 * a workbook's sheets), the table's column spec, and which columns hold free text. Out: the
 * table with its real header (header-row.ts), text typed with a TCVN3 font converted and other
 * legacy-font text refused (legacy-cells.ts), its columns, and the warnings to show.
 */
import { UserError } from '../../errors.js';
import { msg } from '../../messages/message.js';
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
import { detectLegacyFont } from './legacy-fonts.js';
import type { RawTable } from './table.js';

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

/** The first sheet whose header (within the first rows) has the required columns, else the first. */
export function pickSheet<F extends string, R extends F>(
  tables: readonly RawTable[],
  spec: ColumnSpec<F, R>,
  file: string,
): RawTable {
  const hs = headerSpec(spec);
  const found = tables.map((t) => findHeaderRow(t, hs));
  const table = found.find((t) => hs.isHeader(t.header.cells)) ?? found[0];
  if (!table) throw new UserError(msg`the workbook has no data`, { file });
  return table;
}

export function prepareTable<F extends string, R extends F>(
  raw: RawTable,
  file: string,
  spec: ColumnSpec<F, R>,
  textFields: readonly F[],
  quote: boolean,
  withExtras = false,
): PreparedTable<F, R> {
  const found = findHeaderRow(raw, headerSpec(spec));
  const named = fixLegacyCells(found, [], file, quote);
  const columns = findColumnsOf(named.table.header, file, spec);
  const extras = withExtras ? extraColumns(named.table.header.cells, columns) : [];
  // Extra columns are free text as well: typed with a legacy font, they are converted too.
  const text = [...textFields.flatMap((f) => columns[f] ?? []), ...extras];
  const fixed = fixLegacyCells(named.table, text, file, quote, named.warnings.length > 0);
  const warnings = [...named.warnings, ...fixed.warnings];
  return { table: fixed.table, columns, extras, warnings };
}
