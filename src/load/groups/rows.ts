/**
 * Load stage, groups: RawTable → validated Group[] in file order. In: the cleaned table and its
 * matched columns. Out: one Group per data row, optional fields omitted when empty, or the row's
 * problems (all of them) as a UserError with file, row and the column's header as written in the
 * file. A totals row ("Tổng cộng") is skipped with a note (totals.ts).
 */
import { throwProblems, UserError } from '../../errors.js';
import { type Message, msg } from '../../messages/message.js';
import type { Group } from '../types.js';
import type { Column, Columns, Field } from './columns.js';
import type { RawRow, RawTable } from './table.js';
import { isTotalsRow, totalsWarnings } from './totals.js';
import {
  isFormulaError,
  isNumericPhoneOk,
  PHONE_AS_TEXT_HINT,
  parseCount,
  restorePhone,
} from './values.js';

function cell(row: RawRow, col: Column | undefined): string {
  return col ? (row.cells[col.index] ?? '') : '';
}

/** A row's problems, each at its column: all of them are reported, not only the first. */
class RowProblems {
  readonly found: UserError[] = [];
  constructor(
    private readonly file: string,
    private readonly row: RawRow,
  ) {}

  add(message: Message, col: Column, hint: Message): void {
    this.found.push(
      new UserError(message, { file: this.file, row: this.row.row, field: col.header }, hint),
    );
  }

  /** Throws the problems found: one as itself, several as UserErrors (check lists each). */
  throwAny(): void {
    throwProblems(this.found);
  }
}

function checkFormulaErrors(
  row: RawRow,
  columns: Columns | readonly Column[],
  problems: RowProblems,
): void {
  for (const col of Object.values(columns)) {
    const text = cell(row, col);
    if (col && isFormulaError(text)) {
      problems.add(
        msg`the cell shows the formula error ${text}`,
        col,
        msg`Fix the formula or type the value.`,
      );
    }
  }
}

const COUNT_HINT = msg`Write digits only, e.g. 245 or 1.234 (a thousands dot or space is fine); leave it empty if unknown.`;

function count(row: RawRow, col: Column | undefined, problems: RowProblems): number | undefined {
  const text = cell(row, col);
  const n = parseCount(text);
  if (n === null && col) {
    if (/^-\s*\d[\d. ]*$/.test(text)) {
      problems.add(msg`"${text}" must not be negative`, col, COUNT_HINT);
    } else if (!isFormulaError(text)) {
      problems.add(msg`"${text}" is not a whole number`, col, COUNT_HINT);
    }
  }
  return n ?? undefined;
}

function toGroup(row: RawRow, columns: Columns, file: string, extras: readonly Column[]): Group {
  const problems = new RowProblems(file, row);
  checkFormulaErrors(row, columns, problems);
  checkFormulaErrors(row, extras, problems);
  const id = cell(row, columns.id);
  if (id === '') {
    problems.add(
      msg`the id is empty`,
      columns.id,
      msg`Every row needs an id (e.g. "5"), different on every row.`,
    );
  }
  const name = cell(row, columns.name);
  if (name === '') {
    problems.add(
      msg`the name is empty`,
      columns.name,
      msg`Write the group's name, e.g. "Tổ dân phố số 5".`,
    );
  }
  const group: Group = { id, name, source: { file, row: row.row } };
  const text = (field: Field) => cell(row, columns[field]);
  if (text('leader')) group.leader = text('leader');
  if (text('venue')) group.venue = text('venue');
  const phoneCol = columns.phone;
  if (phoneCol && text('phone')) {
    const numeric = row.numeric?.[phoneCol.index] ?? false;
    group.phone = restorePhone(text('phone'), numeric);
    // A number cell drops the leading 0; restorePhone puts it back when the length says how.
    if (numeric && !isNumericPhoneOk(group.phone)) {
      problems.add(
        msg`the phone "${text('phone')}" is a number cell and has lost digits (its leading 0)`,
        phoneCol,
        PHONE_AS_TEXT_HINT,
      );
    }
  }
  const households = count(row, columns.households, problems);
  if (households !== undefined) group.households = households;
  const population = count(row, columns.population, problems);
  if (population !== undefined) group.population = population;
  problems.throwAny();
  // Only when there are any: a file without extra columns keeps the row (and its key) as before.
  if (extras.length > 0)
    group.columns = Object.fromEntries(extras.map((col) => [col.header, cell(row, col)]));
  return group;
}

/** A row that could not become a group, and why; the other rows still build. */
export interface RowFailure {
  row: number;
  /** The row's id and name when they could be read. */
  id?: string;
  name?: string;
  error: UserError;
}

/** Every row checked: the good ones as groups, the bad ones as failures, in file order. */
export function checkGroups(
  table: RawTable,
  columns: Columns,
  file: string,
  extras: readonly Column[] = [],
): { groups: Group[]; failures: RowFailure[]; warnings: UserError[] } {
  if (table.rows.length === 0) {
    throw new UserError(
      msg`the file has a header but no groups`,
      { file },
      msg`Add one row per residential group under the header.`,
    );
  }
  // Ids name output files and links; "TDP5" and "tdp5" would collide on Windows and macOS disks.
  const firstRow = new Map<string, number>();
  const groups: Group[] = [];
  const failures: RowFailure[] = [];
  const warnings: UserError[] = [];
  const above: RawRow[] = [];
  let sinceTotals = 0;
  for (const row of table.rows) {
    if (isTotalsRow(row, columns)) {
      warnings.push(...totalsWarnings(row, columns, file, above, above.slice(sinceTotals)));
      sinceTotals = above.length;
      continue;
    }
    above.push(row);
    try {
      const group = toGroup(row, columns, file, extras);
      const key = group.id.toLocaleLowerCase('vi');
      const first = firstRow.get(key);
      if (first !== undefined) {
        throw new UserError(
          msg`the id "${group.id}" is already used by row ${first}`,
          { file, row: row.row, field: columns.id.header },
          msg`Every group needs its own id; renumber one of the two rows.`,
        );
      }
      firstRow.set(key, row.row);
      groups.push(group);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      const id = cell(row, columns.id) || undefined;
      const name = cell(row, columns.name) || undefined;
      failures.push({ row: row.row, id, name, error: e });
    }
  }
  return { groups, failures, warnings };
}

/** Every row must be good: the first problem is thrown. */
export function toGroups(
  table: RawTable,
  columns: Columns,
  file: string,
  extras: readonly Column[] = [],
): Group[] {
  const { groups, failures } = checkGroups(table, columns, file, extras);
  if (failures[0]) throw failures[0].error;
  return groups;
}
