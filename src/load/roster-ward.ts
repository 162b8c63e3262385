/**
 * Load stage, rosters: one list for the whole ward (CSV, Excel "Unicode Text" or XLSX, read as a
 * group's roster is) with a column naming each row's group → each group's residents. Offices keep
 * the households to evacuate, or the residents to visit, as one sheet with a "Tổ" column ("DS hộ
 * sơ tán": Tổ, Họ tên chủ hộ, Địa chỉ, Số người, Ghi chú), not one file a group.
 *
 * In: the file's bytes and name, the ward's groups (and the groups file's rows hidden in Excel).
 * Out: per group, its residents in file order; the groups whose rows cannot be read (a phone that
 * lost its digits, a name missing: that group fails, as a bad file of a roster folder fails its
 * own); the rows naming no group of the list, refused one by one with why (kept out of every
 * roster, said as warnings); the file's own warnings.
 *
 * The group column is read as the results import reads its rows (results-names.ts `groupNamer`,
 * its messages results-file.ts `noGroup`, `disagreement`): a "Mã tổ" column by id, a "Tổ"/"Tên tổ
 * dân phố" column by id ("1") or name ("Tổ dân phố 1"; a looser "Tổ 1" is only a guess, said, not
 * taken), both columns when the list has both. A row with nothing but its number and group (a
 * blank line of a sheet pre-filled with the groups) is skipped, said when it names a group.
 *
 * Residents' text is personal data (Decree 13/2023/NĐ-CP): nothing here logs, and messages name
 * the file, row and column, never a resident's value (the group's cell is the ward's data).
 */
import { extname } from 'node:path';
import { problemsOf, throwProblems, UserError } from '../errors.js';
import { joined, msg } from '../messages/message.js';
import type { Column, Columns } from './groups/columns.js';
import { parseCsvTable } from './groups/csv.js';
import { decodeCsvReport } from './groups/decode.js';
import { pickSheet, prepareTable } from './groups/prepare.js';
import type { RawRow, RawTable } from './groups/table.js';
import { isTotalsRow, totalsLineWord } from './groups/totals.js';
import { readXlsxTables } from './groups/xlsx.js';
import { checkTextRows } from './limits.js';
import { disagreement, noGroup, type RowsSaid, takenByIdNote } from './results-file.js';
import { type ByName, groupNamer, type HiddenGroups, type Named } from './results-names.js';
import { listsHouseholds, notesOf, sized, TEXT, toResident, unprintedColumns } from './roster.js';
import { holdsWardRoster, WARD_ROSTER_COLUMNS, type WardRosterField } from './roster-columns.js';
import { countCells, countColumnsOf } from './roster-count-columns.js';
import type { Group, Resident } from './types.js';

/** A refused row of the list, said on its own: "dòng này" of the residents list. */
const ONE_ROW: RowsSaid = { rows: 1, file: 'residents' };

/** A row of the list that gives no group's residents, and why (each problem names its row). */
export interface RefusedRosterRow {
  row: number;
  problems: UserError[];
  /** The row's group cell as written ("Thôn 1"; "" when empty): what refusals are grouped by. */
  written: string;
  /**
   * The row names a group the groups file has not (not hidden, not several, no likely one): a
   * group since removed from the list, or a cell written wrong ("5A"); the studio offers to
   * remove such rows, saying the cell may be fixed in the file instead.
   */
  gone?: true;
}

export interface WardRosterReport {
  /** Each group's residents, by group id, in file order; a group the list names no row of is absent. */
  rosters: Map<string, Resident[]>;
  /** The groups whose rows cannot be read, by group id, with every problem of those rows. */
  failed: Map<string, UserError>;
  /** Rows naming no group of the list (or several, or one hidden in Excel), and empty ones. */
  refused: RefusedRosterRow[];
  /**
   * The refusals as said: one for the rows of the same group cell refused for the same reason
   * ("“Thôn 1” — rows 10, 11, 12: …"), each row's number in it; a row refused alone is said as
   * it was (qa22 #5: 20 near-identical paragraphs, a 5,800 px page on a phone).
   */
  refusals: UserError[];
  /** The file's own warnings (encoding, columns not printed, rows printed otherwise); `refusals` too. */
  warnings: UserError[];
  /** The name column names heads of households ("Họ tên chủ hộ"): the sheets tick households. */
  households: boolean;
  /** Its amount column's header (roster.ts RosterReport.amountColumn). */
  amountColumn?: string;
  /** A list of persons' birth column's header (roster.ts RosterReport.bornColumn). */
  bornColumn?: string;
  /** Its exemptions' column's header (roster.ts RosterReport.exemptColumn). */
  exemptColumn?: string;
  /** Its count columns' headers (roster.ts RosterReport.countColumns). */
  countColumns?: string[];
  /** Its notes columns ("Ghi chú"), printed nowhere and nothing to fix (roster.ts notesOf). */
  notesColumns: string[];
  /**
   * What the tool reads of the list (the studio stores only this, Decree 13's minimisation):
   * the header and data rows as read, and the columns read (every column but those said printed
   * nowhere: group, number, name, address, birth, amount owed, exemption, counts), by index;
   * `dropped`, the headers of the unprinted columns (an ID card number, a phone…).
   */
  kept: { header: RawRow; rows: readonly RawRow[]; columns: number[]; dropped: string[] };
  /**
   * The list as read (its header row found, legacy text converted), and its name column: what
   * the studio finds one person's rows in, exports and erases them from (studio/roster-person.ts).
   */
  table: RawTable;
  nameColumn: number;
  /** The columns naming each row's group (0-based). */
  placing: number[];
  /** Each row given to a group (its group's rows failing or not), by the row: the group's id. */
  groupOf: Map<RawRow, string>;
}

const cellOf = (row: RawRow, col: Column | undefined) => (col ? (row.cells[col.index] ?? '') : '');

/**
 * What one group cell names: by id first ("1", "01"), then by name; a guess or nothing said by
 * the reading that came nearer (a code like no id's is said as an id, a name as a name).
 */
function findByOneCell(
  namer: ReturnType<typeof groupNamer>,
  text: string,
  others: readonly string[],
): { found: Named | ByName; id: string; name: string } {
  const byId = namer.find(text, '', others);
  if ('group' in byId) return { found: byId, id: text, name: '' };
  const byName = namer.find('', text, others);
  const says = (n: Named | ByName) =>
    'group' in n || 'several' in n || 'hidden' in n || ('likely' in n && n.likely !== undefined);
  if (says(byName) || !says(byId)) return { found: byName, id: '', name: text };
  return { found: byId, id: text, name: '' };
}

function toWardRosters(
  raw: RawTable,
  file: string,
  groups: readonly Group[],
  hidden?: HiddenGroups,
): WardRosterReport {
  const { table, columns, extras, warnings } = prepareTable<WardRosterField, 'name'>(
    raw,
    file,
    WARD_ROSTER_COLUMNS,
    TEXT,
    false,
    true,
  );
  const groupCol = columns.group;
  const idCol = columns.groupId;
  if (!groupCol && !idCol) {
    throw new UserError(
      msg`the list has no column naming each row's group`,
      { file, row: table.header.row },
      msg`Add a column "Tổ" (or "Mã tổ", "Tên tổ dân phố") giving each row's group as the groups file writes it (its id or its name), or give each group a file of its own.`,
    );
  }
  const namer = groupNamer(groups, hidden);
  const notes: UserError[] = [];
  const { households, warning } = listsHouseholds(columns, extras, table.rows, file);
  if (warning) notes.push(warning);
  const placing = [groupCol?.index, idCol?.index].filter((i): i is number => i !== undefined);
  // Its counts ("Số chó"): the campaign decides whether the sheet prints them.
  const counts = countColumnsOf(
    extras.filter((c) => !placing.includes(c.index)),
    table.rows,
  );
  const rosters = new Map<string, Resident[]>();
  const groupOf = new Map<RawRow, string>();
  const bad = new Map<string, UserError[]>();
  const refused: RefusedRosterRow[] = [];
  // A real id whose row's name is like no group's ("Mã thôn" 1, "Thôn Đồng Xuân"): the row is
  // the id's group, said once with each row and both cells, as the results import says it.
  const unnamed: { row: number; id: string; name: string; group: Group }[] = [];
  // `said`: the refusal worded for the rows of its group cell, when it names "this row".
  const refuse = (
    row: RawRow,
    problem: UserError,
    said?: (of: RowsSaid) => UserError,
    gone = false,
  ) => {
    const r: RefusedRosterRow = {
      row: row.row,
      problems: [problem],
      written: [cellOf(row, idCol), cellOf(row, groupCol)].filter((c) => c !== '').join(' / '),
      ...(gone ? { gone: true as const } : {}),
    };
    refused.push(r);
    if (said) sayingRows.set(r, said);
  };
  const sayingRows = new WeakMap<RefusedRosterRow, (of: RowsSaid) => UserError>();
  for (const row of table.rows) {
    const id = cellOf(row, idCol);
    const name = cellOf(row, groupCol);
    const at = { file, row: row.row, field: (id ? idCol : groupCol)?.header ?? idCol?.header };
    // The sheet's own "Tổng cộng: 18 hộ" row, as the results import skips it; its word may be in
    // the group's column or, the group's cells empty, where the names are, as Excel users write
    // it under them ("Cộng", qa22 #4), or in the row counter's.
    const placed = { id: idCol ?? groupCol, name: groupCol ?? idCol } as Columns;
    const word = totalsLineWord(row, placed, [columns.name, columns.no]);
    const totals = !namer.knows(id, name) && (isTotalsRow(row, placed) || word !== undefined);
    if (totals) {
      notes.push(
        new UserError(
          msg`a totals row ("${id || name || word || ''}"), not a group: it is skipped`,
          at,
        ),
      );
      continue;
    }
    const own = row.cells.filter(
      (c, i) => c !== '' && !placing.includes(i) && i !== columns.no?.index,
    );
    if (own.length === 0) {
      // A line of a sheet pre-filled with each group's rows, left blank: nobody to print.
      if (id || name)
        notes.push(
          new UserError(
            msg`the row gives its group and nothing else: it is skipped`,
            at,
            msg`Write the name (and address) of the household or resident, or delete the row.`,
          ),
        );
      continue;
    }
    if (!id && !name) {
      refuse(
        row,
        new UserError(
          msg`the row names no group: its household or resident is on no group's sheet`,
          at,
          msg`Write the row's group in the column "${(groupCol ?? idCol)?.header ?? ''}", as the groups file writes it (its id or its name).`,
        ),
      );
      continue;
    }
    const others = row.cells.filter((_, i) => !placing.includes(i));
    const read =
      idCol && groupCol && id && name
        ? { found: namer.find(id, name, others), id, name }
        : findByOneCell(namer, id || name, others);
    const found = read.found;
    if ('disagree' in found) {
      const said = (of: RowsSaid) =>
        disagreement(found.disagree, id, name, { id: idCol, name: groupCol }, at, of);
      refuse(row, said(ONE_ROW), said);
      continue;
    }
    if (!('group' in found)) {
      const said = (of: RowsSaid) => noGroup(found, read.id, read.name, at, hidden?.file, of);
      const gone = !(
        'several' in found ||
        'hidden' in found ||
        ('likely' in found && found.likely)
      );
      refuse(row, said(ONE_ROW), said, gone);
      continue;
    }
    const group = found.group;
    groupOf.set(row, group.id);
    const problems: UserError[] = [];
    const resident = toResident(row, columns, file, problems, notes, households, placing);
    const cells = resident && countCells(row, counts);
    if (resident && cells) resident.counts = cells;
    if (problems.length > 0) {
      bad.set(group.id, [...(bad.get(group.id) ?? []), ...problems]);
      continue;
    }
    if (!resident) continue;
    // The list's STT counts the ward's rows: each group's sheet numbers its own from 1.
    delete resident.no;
    if ('unnamed' in found) unnamed.push({ row: row.row, id, name, group });
    rosters.set(group.id, [...(rosters.get(group.id) ?? []), resident]);
  }
  const failed = new Map<string, UserError>();
  for (const [id, problems] of bad) {
    try {
      throwProblems(problems);
    } catch (e) {
      failed.set(id, e as UserError);
    }
    rosters.delete(id);
  }
  if (rosters.size === 0 && failed.size === 0 && refused.length === 0) {
    throw new UserError(
      msg`the roster has a header but no residents`,
      { file },
      msg`Add one row per resident or household, or remove the file to print blank numbered rows.`,
    );
  }
  // Only the rows on a sheet: a failed group's rows print nowhere, their problems said.
  const byIdOnly = unnamed.filter((u) => rosters.has(u.group.id));
  if (byIdOnly.length > 0) notes.push(takenByIdNote(byIdOnly, file, groupCol?.header));
  // One rule for what is said unprinted and what the studio does not keep (qa59 M1): every other
  // column is read — the group, number, name, address, a person's birth, the amount a fee asks,
  // its exemption, the counts — and the tracking sheet prints it.
  const unprinted = [
    ...extras.filter((c) => !placing.includes(c.index) && !counts.includes(c)),
    columns.phone,
    households ? columns.born : undefined,
  ].filter((c): c is Column => c !== undefined);
  const unused = unprintedColumns(unprinted, file);
  const refusals = groupedRefusals(refused, file, sayingRows);
  return {
    rosters,
    failed,
    refused,
    refusals,
    households,
    ...(columns.amount ? { amountColumn: columns.amount.header } : {}),
    ...(columns.born && !households ? { bornColumn: columns.born.header } : {}),
    ...(columns.exempt ? { exemptColumn: columns.exempt.header } : {}),
    ...(counts.length > 0 ? { countColumns: counts.map((c) => c.header) } : {}),
    warnings: [...warnings, ...notes, ...unused, ...refusals],
    notesColumns: notesOf(extras.filter((c) => !placing.includes(c.index))),
    kept: keptOf(
      table,
      unprinted.map((c) => c.index),
    ),
    table,
    nameColumn: columns.name.index,
    placing,
    groupOf,
  };
}

/**
 * The table's columns but those `unprinted` (indexes) and those empty, and the unprinted ones'
 * headers (a column without a header named by its place).
 */
function keptOf(table: RawTable, unprinted: readonly number[]): WardRosterReport['kept'] {
  const width = Math.max(table.header.cells.length, ...table.rows.map((r) => r.cells.length));
  const columns: number[] = [];
  const dropped: string[] = [];
  for (let i = 0; i < width; i++) {
    const header = table.header.cells[i] ?? '';
    const filled = table.rows.some((r) => (r.cells[i] ?? '') !== '');
    if (header === '' && !filled) continue;
    if (unprinted.includes(i)) dropped.push(header || `cột ${i + 1}`);
    else columns.push(i);
  }
  return { header: table.header, rows: table.rows, columns, dropped };
}

/**
 * The refused rows said by what was written and why: rows whose group cell and problem are the
 * same (the message and hint but for the row) are one problem naming their rows, in file order.
 */
function groupedRefusals(
  refused: readonly RefusedRosterRow[],
  file: string,
  sayingRows: WeakMap<RefusedRosterRow, (of: RowsSaid) => UserError>,
): UserError[] {
  const byKey = new Map<
    string,
    { rows: number[]; problem: UserError; written: string; first: RefusedRosterRow }
  >();
  for (const r of refused) {
    for (const problem of r.problems) {
      const { row: _row, ...where } = problem.where;
      const key = JSON.stringify([r.written, problem.message, problem.hint ?? '', where]);
      const known = byKey.get(key);
      if (known) known.rows.push(r.row);
      else byKey.set(key, { rows: [r.row], problem, written: r.written, first: r });
    }
  }
  return [...byKey.values()].map(({ rows, problem: one, written, first }) => {
    if (rows.length === 1) return one;
    // The same refusal worded for its rows by the code that worded it ("các dòng này").
    const problem = sayingRows.get(first)?.({ rows: rows.length, file: 'residents' }) ?? one;
    const at = joined(rows, ', ');
    const field = problem.where.field ?? '';
    const text = written
      ? msg`"${written}" — rows ${at}, column "${field}": ${problem.text}`
      : msg`rows ${at}, column "${field}": ${problem.text}`;
    return new UserError(
      text,
      { file, ...(problem.where.sheet ? { sheet: problem.where.sheet } : {}) },
      problem.hintText,
    );
  });
}

/**
 * A ward-wide list from bytes: an .xlsx name is read as a workbook (its sheet with a name column:
 * the groups' workbook itself, its "DS hộ sơ tán" sheet beside the groups' sheet), anything else
 * as CSV or text.
 */
export async function parseWardRoster(
  bytes: Uint8Array,
  file: string,
  groups: readonly Group[],
  hidden?: HiddenGroups,
): Promise<WardRosterReport> {
  let table: RawTable;
  let read: UserError[];
  if (extname(file).toLowerCase() !== '.xlsx') {
    const { text, warnings } = decodeCsvReport(bytes, file);
    checkTextRows(text, file);
    table = parseCsvTable(text, file);
    read = warnings;
  } else {
    const tables = await readXlsxTables(bytes, file);
    // The sheet with a name and a group column (the groups' own sheet beside it is no news: the
    // office gave the workbook it keeps); else the first with a name column, whose missing
    // group column is then said.
    const lists = tables.filter(holdsWardRoster);
    ({ table, warnings: read } = pickSheet(
      lists.length > 0 ? lists : tables,
      WARD_ROSTER_COLUMNS,
      file,
    ));
  }
  const report = toWardRosters(sized(table, file), file, groups, hidden);
  return { ...report, warnings: [...read, ...report.warnings] };
}

/** Every problem of the report's failed groups and refused rows, for a caller that says them all. */
export const wardRosterProblems = (r: WardRosterReport): UserError[] => [
  ...[...r.failed.values()].flatMap(problemsOf),
  ...r.refusals,
];
