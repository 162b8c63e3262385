/**
 * Load stage, rosters: a group's residents file (CSV or XLSX) → Resident[] in file order (a
 * folder of them is read by roster-folder.ts). In: a path, or bytes plus the name to use in errors. Out: residents with NFC, trimmed text and their source row; or a
 * UserError with file, row and column.
 *
 * Rosters are personal data (Decree 13/2023/NĐ-CP): nothing here logs, and error messages name
 * the file, row and column but never quote a resident's value.
 * Reading and header matching are the groups loader's own building blocks.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { throwProblems, UserError } from '../errors.js';
import { count, type Message, msg } from '../messages/message.js';
import { readMoneyText } from '../results/figure-text.js';
import { type Column, type ColumnsOf, isNotesColumn, normaliseHeader } from './groups/columns.js';
import { parseCsvTable } from './groups/csv.js';
import { decodeCsvReport, TEXT_TABLE_EXTENSIONS } from './groups/decode.js';
import { pickSheet, prepareTable } from './groups/prepare.js';
import type { RawRow, RawTable } from './groups/table.js';
import { isFormulaError, isNumericPhoneOk, restorePhone } from './groups/values.js';
import { readXlsxTables } from './groups/xlsx.js';
import { checkTableFileSize, checkTableSize, checkTextRows } from './limits.js';
import { ROSTER_COLUMNS, type RosterField } from './roster-columns.js';
import { countCells, countColumnsOf } from './roster-count-columns.js';
import { textDigest } from './text-digest.js';
import type { Resident } from './types.js';

export { ROSTER_COLUMNS };
/** A roster's columns; a ward-wide list's have the group's columns besides (roster-ward.ts). */
export type RosterColumns = ColumnsOf<RosterField, 'name'>;

function cell(row: RawRow, col: Column | undefined): string {
  return col ? (row.cells[col.index] ?? '') : '';
}

// "1958"; a date cell ("1958-03-02" from a workbook) or "02/03/1958", "02.03.1958", "02-03-1958"
// gives its year (review56a #1).
const YEAR = /^(?:(\d{4})|(\d{4})-\d{1,2}-\d{1,2}|\d{1,2}([/.-])\d{1,2}\3(\d{4}))$/;

function year(text: string): number | undefined | null {
  if (text === '') return undefined;
  const m = YEAR.exec(text);
  const y = Number(m?.[1] ?? m?.[2] ?? m?.[4]);
  return y >= 1900 && y <= 2100 ? y : null;
}

/** A workbook's date cell ("1958-03-02") as the office writes a date; other cells as written. */
function birthText(text: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  return m ? `${m[3]?.padStart(2, '0')}/${m[2]?.padStart(2, '0')}/${m[1]}` : text;
}

/** A sum in đồng as the leader's form reads it ("500.000", "500000", "500.000 đ"); null: none. */
function amountOf(text: string): number | undefined | null {
  if (text === '') return undefined;
  const read = readMoneyText(text, 1, false);
  return 'value' in read ? read.value : null;
}

/**
 * One data row → a resident; `undefined` for a row that only carries its number (a blank line
 * of a pre-numbered sheet; `numbering`: the other columns that only number or place a row, a
 * ward-wide list's group), or that has problems: each is added to `problems`.
 */
export function toResident(
  row: RawRow,
  columns: RosterColumns,
  file: string,
  problems: UserError[],
  notes: UserError[],
  households: boolean,
  numbering: readonly number[] = [],
): Resident | undefined {
  const before = problems.length;
  // Each problem named by file, row and column, and collected: one run reports them all.
  const fail = (message: Message, col: Column, hint: Message) => {
    problems.push(new UserError(message, { file, row: row.row, field: col.header }, hint));
  };
  // A column printed nowhere (the phone, the year of birth) fails nothing (qa46 F10): a value of
  // it that does not read is said with the row, and the hint is to delete the column.
  const unprinted = [columns.phone, columns.born].filter((c): c is Column => c !== undefined);
  const unread = (col: Column) => {
    // A person's birth is printed on the sheet (model/roster-extras.ts): its cell is left empty.
    if (col === columns.born && !households) {
      notes.push(
        new UserError(
          msg`the date of birth does not read: the row is printed with an empty birth cell`,
          { file, row: row.row, field: col.header },
          msg`Write the year ("1957") or the date ("12/03/1957").`,
        ),
      );
      return;
    }
    notes.push(
      new UserError(
        msg`the cell's value does not read, but the column is printed nowhere: the row is printed`,
        { file, row: row.row, field: col.header },
        msg`Delete the column "${col.header}" from the file: the tracking sheet does not print it.`,
      ),
    );
  };
  for (const col of Object.values(columns)) {
    // An amount that does not read is said below, its row printed.
    if (!col || col === columns.amount || !isFormulaError(cell(row, col))) continue;
    if (unprinted.includes(col)) unread(col);
    else fail(msg`the cell shows a formula error`, col, msg`Fix the formula or type the value.`);
  }
  const numberIndex = columns.no?.index;
  if (row.cells.every((c, i) => c === '' || i === numberIndex || numbering.includes(i)))
    return undefined;
  const name = cell(row, columns.name);
  const address = cell(row, columns.address);
  if (name === '' && address !== '') {
    // A house whose people are not known yet (or nobody lives in it) is still a line of the
    // leader's round: printed with an empty name cell to fill in by pen, and said, rather than
    // the whole ward's tracking sheets refused for one cell (qa10 Q13).
    notes.push(
      new UserError(
        msg`the name is empty: the row is printed with an empty name cell`,
        { file, row: row.row, field: columns.name.header },
        msg`Write the name in the file (or the leader writes it on the sheet); delete the row if it is not a household or resident of the group.`,
      ),
    );
  } else if (name === '') {
    fail(
      msg`the name is empty`,
      columns.name,
      msg`Write the resident's (or head of household's) full name, or delete the row.`,
    );
  }
  const resident: Resident = { name, source: { file, row: row.row } };
  if (households) resident.household = true;
  const no = cell(row, columns.no);
  if (no) resident.no = no;
  if (address) resident.address = address;
  const exempt = cell(row, columns.exempt);
  if (exempt) {
    resident.exempt = exempt;
    if (columns.exempt) resident.exemptHeader = columns.exempt.header;
  }
  const phone = cell(row, columns.phone);
  if (phone && columns.phone && !isFormulaError(phone)) {
    const numeric = row.numeric?.[columns.phone.index] ?? false;
    const restored = restorePhone(phone, numeric);
    if (numeric && !isNumericPhoneOk(restored)) unread(columns.phone);
    else resident.phone = restored;
  }
  const bornCell = cell(row, columns.born);
  const born = year(bornCell);
  if (born === null && columns.born && !isFormulaError(bornCell)) unread(columns.born);
  if (born) {
    resident.born = born;
    resident.birth = birthText(bornCell);
  }
  // A children's list prints only the residents its years say are children: one without a year
  // is not printed there, and said (model/roster-checks.ts birthWarnings; review56a #1).
  else if (columns.born && !households)
    resident.noBorn = { header: columns.born.header, unread: bornCell !== '' };
  const amount = amountOf(cell(row, columns.amount));
  if (amount === null && columns.amount !== undefined) {
    notes.push(
      new UserError(
        msg`the amount does not read as a sum of money: the row is printed with an empty amount cell`,
        { file, row: row.row, field: columns.amount.header },
        msg`Write the sum in đồng, as "500.000" or "500.000 đồng".`,
      ),
    );
  } else if (typeof amount === 'number') resident.amount = amount;
  else if (columns.amount !== undefined) resident.noAmount = columns.amount.header;
  return problems.length > before ? undefined : resident;
}

function toRoster(raw: RawTable, file: string): RosterReport {
  // Names are personal data: a legacy-font error names row and column, never the text.
  const { table, columns, extras, warnings } = prepareTable(
    raw,
    file,
    ROSTER_COLUMNS,
    TEXT,
    false,
    true,
  );
  // Every bad row of a roster of 300 residents at once, not one per run.
  const problems: UserError[] = [];
  // What is printed otherwise than the file has it (a row without a name).
  const notes: UserError[] = [];
  // "Họ và tên chủ hộ", "Chủ hộ": each row is a household (the tracking sheet counts households).
  const { households, warning } = listsHouseholds(columns, extras, table.rows, file);
  if (warning) notes.push(warning);
  // Its counts ("Số chó", "Số mèo"): the campaign decides whether the sheet prints them.
  const counts = countColumnsOf(extras, table.rows);
  const residents = table.rows.flatMap((row) => {
    const resident = toResident(row, columns, file, problems, notes, households);
    const cells = resident && countCells(row, counts);
    if (resident && cells) resident.counts = cells;
    return resident ?? [];
  });
  throwProblems(problems);
  if (residents.length === 0) {
    throw new UserError(
      msg`the roster has a header but no residents`,
      { file },
      msg`Add one row per resident or household, or remove the file to print blank numbered rows.`,
    );
  }
  // A column the tracking sheet never prints ("Số CCCD", "Dân tộc", and the phone and year of
  // birth it reads but has no column for) is personal data carried for nothing in a file that
  // goes round on Zalo: said, so that the office can delete it (qa7 C2).
  // A person's birth is printed; a household's is not. The amount is printed by a campaign that
  // hands it out, which the build knows (model/roster-extras.ts unprintedAmounts).
  const unused = unprintedColumns(
    [
      ...extras.filter((c) => !counts.includes(c)),
      columns.phone,
      households ? columns.born : undefined,
    ],
    file,
  );
  return {
    residents,
    warnings: [...warnings, ...notes, ...unused],
    notesColumns: notesOf(extras),
    ...(columns.amount ? { amountColumn: columns.amount.header } : {}),
    ...(columns.born && !households ? { bornColumn: columns.born.header } : {}),
    ...(columns.exempt ? { exemptColumn: columns.exempt.header } : {}),
    ...(columns.no ? { noColumn: columns.no.header } : {}),
    ...(counts.length > 0 ? { countColumns: counts.map((c) => c.header) } : {}),
  };
}

/**
 * The roster's columns the tracking sheet never prints, each a warning: personal data carried
 * for nothing in a file that goes round on Zalo.
 */
export function unprintedColumns(columns: readonly (Column | undefined)[], file: string) {
  return columns
    .filter((col): col is Column => col !== undefined && !isNotesColumn(col.header))
    .sort((a, b) => a.index - b.index)
    .map(
      (col) =>
        new UserError(
          msg`the column "${col.header}" of the roster is not printed anywhere`,
          { file, field: col.header },
          msg`The tracking sheet prints each row's number, name and address (and a person's date of birth, the amount a hand-out gives, the amount a fee asks and its exemption); a column it does not print still goes round with the file: if nobody needs it (an ID card number, a phone), delete it from the file.`,
        ),
    );
}

/**
 * The roster's notes columns ("Ghi chú": "Có người già, cần hỗ trợ"), as the groups file's are:
 * the office's own notes, kept in the file and printed nowhere, said once where the office looks
 * at its inputs (`check`, the studio's residents list), not warned by every build (review).
 */
export const notesOf = (columns: readonly Column[]): string[] =>
  columns.filter((c) => isNotesColumn(c.header)).map((c) => c.header);

export const TEXT: RosterField[] = ['name', 'address', 'exempt'];

/** A name column that names the head of each household ("Chủ hộ", "Họ tên chủ hộ", "Chu ho"). */
const HOUSEHOLD_HEAD = /\bchu ho\b/;
/**
 * A column of each row's household size ("Số nhân khẩu", "Số khẩu", "Số người trong hộ", "Số
 * thành viên"): a row that has people is a household, whatever its name column's header says.
 */
const HOUSEHOLD_SIZE =
  /^(?:so )?nhan khau$|^so khau$|^so (?:nguoi|thanh vien) trong ho$|^so thanh vien$/;

/**
 * Whether a roster lists households (their heads), not residents: its name column says so, or
 * another column (`extras`: the columns no field took) gives a household's size on (almost)
 * every row and none gives a birth, which is said (`warning`). A children's list then says to
 * give a list of residents, not to add a "Năm sinh" column.
 */
export function listsHouseholds(
  columns: Pick<RosterColumns, 'name' | 'born'>,
  extras: readonly Column[],
  rows: readonly RawRow[],
  file: string,
): { households: boolean; warning?: UserError } {
  if (HOUSEHOLD_HEAD.test(normaliseHeader(columns.name.header))) return { households: true };
  // A list of persons may give the size on its heads' rows only (review57a #1: tổ 2's elders
  // became a household sheet of 345 rows): households only when no row gives a birth and the
  // size is filled on (almost) every named row, and then said.
  const size = extras.find((c) => HOUSEHOLD_SIZE.test(normaliseHeader(c.header)));
  if (!size || columns.born) return { households: false };
  const named = rows.filter((r) => cell(r, columns.name) !== '');
  const filled = named.filter((r) => cell(r, size) !== '').length;
  if (named.length === 0 || filled < named.length * 0.9) return { households: false };
  return {
    households: true,
    warning: new UserError(
      msg`the list is read as a list of households, each row a household: its column "${size.header}" gives a household's size on ${count(filled)} of its ${count(named.length)} rows`,
      { file, field: size.header },
      msg`If each row is a person, delete the column "${size.header}" or add a column "Năm sinh"; if each row is a household, head the name column "Họ và tên chủ hộ".`,
    ),
  };
}

export interface RosterReport {
  residents: Resident[];
  /** E.g. the file was converted from Windows-1258 or from a TCVN3 font. */
  warnings: UserError[];
  /** Its notes columns ("Ghi chú"), printed nowhere and nothing to fix (notesOf). */
  notesColumns?: string[];
  /** Its amount column's header ("Mức quà"), printed by a hand-out's receipt list only. */
  amountColumn?: string;
  /** A roster of persons' birth column's header, printed when the sheet has room for it. */
  bornColumn?: string;
  /** Its exemptions' column's header ("Diện miễn"): a fee's collection list prints it. */
  exemptColumn?: string;
  /** Its own numbers' column's header ("STT"): printed beside the sheet's 1..n when they differ. */
  noColumn?: string;
  /** Its count columns' headers ("Số chó"): printed when they count what the campaign measures. */
  countColumns?: string[];
  /**
   * A text table's digest as decoded here (text-digest.ts; none for a workbook): the build's
   * inputs hash takes it, not the bytes decoded again (output/inputs-hash.ts).
   */
  textDigest?: string;
}

export const sized = (table: RawTable, file: string) => {
  checkTableSize(table, file);
  return table;
};

/** A roster from bytes: an .xlsx name is read as a workbook, anything else as CSV. */
export async function parseRosterReport(bytes: Uint8Array, file: string): Promise<RosterReport> {
  if (extname(file).toLowerCase() !== '.xlsx') {
    const { text, warnings } = decodeCsvReport(bytes, file);
    checkTextRows(text, file);
    const report = toRoster(sized(parseCsvTable(text, file), file), file);
    return { ...report, warnings: [...warnings, ...report.warnings], textDigest: textDigest(text) };
  }
  // The first sheet with a name column: workbooks often start with a cover or notes sheet.
  const { table, warnings } = pickSheet(await readXlsxTables(bytes, file), ROSTER_COLUMNS, file);
  const report = toRoster(sized(table, file), file);
  return { ...report, warnings: [...warnings, ...report.warnings] };
}

export async function parseRoster(bytes: Uint8Array, file: string): Promise<Resident[]> {
  return (await parseRosterReport(bytes, file)).residents;
}

export async function readBytes(file: string, hint: Message): Promise<Uint8Array> {
  await checkTableFileSize(file);
  try {
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? msg`the file does not exist`
        : msg`cannot read the file (${code ?? String(e)})`,
      { file },
      hint,
    );
  }
}

export const EXTENSIONS = [...TEXT_TABLE_EXTENSIONS, '.xlsx'];

export async function loadRoster(file: string): Promise<Resident[]> {
  if (!EXTENSIONS.includes(extname(file).toLowerCase())) {
    throw new UserError(
      msg`a roster must be a .csv, .txt (Excel "Unicode Text") or .xlsx file`,
      { file },
      msg`Save the roster as CSV UTF-8 (.csv), as Unicode Text (.txt) or as an Excel workbook (.xlsx).`,
    );
  }
  return parseRoster(await readBytes(file, msg`Check the path of the roster.`), file);
}
