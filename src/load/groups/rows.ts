/**
 * Load stage, groups: RawTable → validated Group[] in file order. In: the cleaned table and its
 * matched columns. Out: one Group per data row, optional fields omitted when empty, or the row's
 * problems (all of them) as a UserError with file, row and the column's header as written in the
 * file. A totals row ("Tổng cộng", "Cộng Hàng Bạc": totals.ts), a section heading ("I | PHƯỜNG
 * HÀNG BẠC (CŨ)": sections.ts) and a row hidden in Excel are skipped with a note.
 */

import { throwProblems, UserError, UserErrors } from '../../errors.js';
import { joined, type Message, msg } from '../../messages/message.js';
import { isLandlineShort } from '../../model/phone-numbers.js';
import { beginsWithSurnamePho, cellPhones, leaderContacts, leaderNames } from '../leaders.js';
import type { Group } from '../types.js';
import {
  type Column,
  type Columns,
  type Field,
  isPhoneHeader,
  normaliseHeader,
} from './columns.js';
import { copiedRow, copyKey } from './copied-rows.js';
import { footerNote, footerStart } from './footer.js';
import { smallLetterNameWarnings } from './name-case.js';
import { markSlipNameWarnings } from './name-marks.js';
import { idsShown, sameNameWarnings } from './same-names.js';
import {
  areaSection,
  isAreaHeader,
  isOldHeader,
  sectionHeading,
  sectionLabel,
  sectionNote,
} from './sections.js';
import { sheetId, sheetPrefixes } from './sheet-ids.js';
import type { RawRow, RawTable } from './table.js';
import { isTotalsRow, totalsWarnings } from './totals.js';
import {
  DECIMAL,
  isFormulaError,
  isNumericPhoneOk,
  normalisePhone,
  PHONE_AS_TEXT_HINT,
  PHONE_FORM_HINT,
  parseCount,
  restorePhone,
} from './values.js';

/** A number as Excel shows a long one in a narrow column or saves it to CSV: "9.87654E+08". */
const SCIENTIFIC = /^\d(?:[.,]\d+)?E\+?\d+$/i;

function cell(row: RawRow, col: Column | undefined): string {
  return col ? (row.cells[col.index] ?? '') : '';
}

/** A row's id: a number cell's stored digits, not its display ("001", "1.002"): see RawRow.stored. */
function rowId(row: RawRow, columns: Columns): string {
  return row.stored?.[columns.id.index] || cell(row, columns.id);
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
    if (col && row.unsaved?.[col.index]) {
      problems.add(
        msg`the cell has a formula but the file holds no result for it`,
        col,
        msg`Open the file in Excel (or LibreOffice) and save it again: the results are saved with it.`,
      );
    } else if (col && isFormulaError(text)) {
      problems.add(
        msg`the cell shows the formula error ${text}`,
        col,
        msg`Fix the formula or type the value.`,
      );
    }
  }
}

const COUNT_HINT = msg`Write digits only, e.g. 245 or 1.234 (a thousands dot or space is fine); leave it empty if unknown.`;
const DECIMAL_HINT = msg`Households and residents are counted in whole numbers: write the figure without a decimal part, e.g. 245 or 1.234.`;

function count(row: RawRow, col: Column | undefined, problems: RowProblems): number | undefined {
  const text = cell(row, col);
  const n = parseCount(text);
  if (n === null && col) {
    if (/^-\s*\d[\d. ]*$/.test(text)) {
      problems.add(msg`"${text}" must not be negative`, col, COUNT_HINT);
    } else if (DECIMAL.test(text)) {
      problems.add(msg`"${text}" has a decimal part: a count is a whole number`, col, DECIMAL_HINT);
    } else if (!isFormulaError(text)) {
      problems.add(msg`"${text}" is not a whole number`, col, COUNT_HINT);
    }
  }
  return n ?? undefined;
}

/**
 * A count of 0 gives no rate and no "above the population" question to a leader (none can be
 * taken against 0): the field stays unset, the cell kept in Group.zeroCells, and it is said once
 * per cell as the 0 it is ("0 hộ"), as the papers (model/context.ts), the results and the report
 * say it, apart from an empty cell's "chưa có số".
 */
function known(
  field: 'households' | 'population',
  n: number | undefined,
  row: RawRow,
  col: Column | undefined,
  file: string,
  notes: UserError[],
): number | undefined {
  if (n !== 0 || !col) return n;
  // Said as the list gives it, 0 households (people), not as a figure not known yet (an empty
  // cell): the results and the report say it so too (model/measure-base.ts zeroBase).
  const unit = field === 'households' ? 'hộ' : 'nhân khẩu';
  notes.push(
    new UserError(
      msg`0 ${unit}: no rate is counted for this group, and a figure reported for it is asked about before it counts; the results and the report say it apart`,
      { file, row: row.row, field: col.header },
      msg`Leave the cell empty while the figure is not known; keep 0 only if the group has no ${unit}.`,
    ),
  );
  return undefined;
}

/**
 * A second person or a phone after the leader's name (a role followed by a name or a number:
 * "Lê Văn Trưởng" is a name), in the leader's cell ("Trần Thị Thu" and,
 * on the cell's next line, "Tổ phó: Lê Văn Cường"): the lines read as one, so every page would
 * print "Tổ trưởng: Trần Thị Thu Tổ phó: Lê Văn Cường" (qa16).
 */
const MORE_THAN_A_NAME =
  /(?<=[\s(,;/-])(?:(?:(?:tổ|thôn|khu phố|khu|ấp|bản|xóm|buôn)\s+)?(?:phó|trưởng)|bí thư|s?đt|điện thoại)(?!\p{L})(?=\s*:?\s*[\p{L}\d])|\d[\d .]{5,}/giu;

function leaderExtras(leader: string, row: RawRow, columns: Columns, file: string): UserError[] {
  // "Phó" before a name is a surname ("Nguyễn Thị Hường, Phó Đức Phương": two leaders), not a
  // deputy's title.
  const found = [...leader.matchAll(MORE_THAN_A_NAME)].find(
    (m) => !beginsWithSurnamePho(leader.slice(m.index)),
  )?.index;
  if (!found || !columns.leader) return [];
  // From the bracket or the mark that sets it off: "(Tổ phó: Võ Văn Ba)", not "phó: Võ Văn Ba)".
  const at = /[(,;/-]\s*$/.test(leader.slice(0, found))
    ? leader.slice(0, found).search(/[(,;/-]\s*$/)
    : found;
  return [
    new UserError(
      msg`the leader's cell holds more than a name: "${leader.slice(at).trim()}" prints with it, as "${leader}"`,
      { file, row: row.row, field: columns.leader.header },
      msg`Keep the leader's name alone in the column; give a deputy or a phone a column of its own.`,
    ),
  ];
}

function toGroup(
  row: RawRow,
  columns: Columns,
  file: string,
  extras: readonly Column[],
  notes: UserError[] = [],
): Group {
  const problems = new RowProblems(file, row);
  checkFormulaErrors(row, columns, problems);
  checkFormulaErrors(row, extras, problems);
  // A formula without its result is said once, above, not as an empty cell too.
  const unsaved = (col: Column) => row.unsaved?.[col.index] === true;
  const id = rowId(row, columns);
  if (id === '' && !unsaved(columns.id)) {
    problems.add(
      msg`the id is empty`,
      columns.id,
      msg`Every row needs an id (e.g. "5"), different on every row.`,
    );
  }
  const name = cell(row, columns.name);
  if (name === '' && !unsaved(columns.name)) {
    problems.add(
      msg`the name is empty`,
      columns.name,
      msg`Write the group's name, e.g. "Tổ dân phố số 5".`,
    );
  }
  const group: Group = { id, name, source: { file, row: row.row } };
  const text = (field: Field) => cell(row, columns[field]);
  if (text('leader')) {
    group.leader = text('leader');
    notes.push(...leaderExtras(group.leader, row, columns, file));
  }
  if (text('venue')) group.venue = text('venue');
  const phoneCol = columns.phone;
  if (phoneCol && text('phone')) {
    const numeric = row.numeric?.[phoneCol.index] ?? false;
    const typed = numeric ? undefined : normalisePhone(text('phone'));
    const restored = restorePhone(text('phone'), numeric);
    // A number cell's phone with its 0 back is grouped as a typed one is.
    group.phone =
      typed?.phone ?? (isNumericPhoneOk(restored) ? normalisePhone(restored).phone : restored);
    // A number cell drops the leading 0; restorePhone puts it back when the length says how.
    // Excel's scientific form ("9.87654E+08", a number cell saved to CSV as it is shown) has
    // lost the number's last digits too: no reading gets them back (qa18).
    if (SCIENTIFIC.test(text('phone'))) {
      problems.add(
        msg`the phone "${text('phone')}" is a number Excel shortened: its digits are lost`,
        phoneCol,
        PHONE_AS_TEXT_HINT,
      );
    } else if (numeric && !isNumericPhoneOk(restored)) {
      problems.add(
        msg`the phone "${text('phone')}" is a number cell and has lost digits (its leading 0)`,
        phoneCol,
        PHONE_AS_TEXT_HINT,
      );
    } else if (typed && !typed.known) {
      // A landline a digit short ("024 3864 511") looks like a mobile's 10 digits: said as such.
      const landline = isLandlineShort(text('phone').replace(/[\s.\-()']/g, ''));
      notes.push(
        new UserError(
          landline
            ? msg`the phone "${text('phone')}" begins with a landline's area code (02…) but has 10 digits; a landline has 11 (0 and 10 digits): it is printed as typed`
            : msg`the phone "${text('phone')}" is not a phone number in Viet Nam (0 and 9 or 10 digits): it is printed as typed`,
          { file, row: row.row, field: phoneCol.header },
          PHONE_FORM_HINT,
        ),
      );
    }
  }
  notes.push(...twoLeadersNote(group, row, columns, file));
  if (columns.leader && !text('leader') && !text('phone') && name !== '') {
    group.noLeader = true;
    notes.push(noLeaderNote(name, row, columns.leader, file));
  }
  for (const field of ['households', 'population'] as const) {
    const typed = count(row, columns[field], problems);
    const n = known(field, typed, row, columns[field], file, notes);
    if (n !== undefined) group[field] = n;
    else if (typed === 0) group.zeroCells = [...(group.zeroCells ?? []), field];
  }
  problems.throwAny();
  // Only when there are any: a file without extra columns keeps the row (and its key) as before.
  if (extras.length > 0)
    group.columns = Object.fromEntries(extras.map((col) => [col.header, extraCell(row, col)]));
  return group;
}

/**
 * A group with two or more leaders in one cell ("Trịnh Thị Ngọc, Lương Văn Khải", qa40 m3): the
 * papers print each name on its own line where the leader signs, and each with their phone when
 * the phone cell gives as many numbers, in the same order; said, so that the office checks the
 * pairing (or why it is not made).
 */
function twoLeadersNote(group: Group, row: RawRow, columns: Columns, file: string): UserError[] {
  const pairs = leaderContacts(group.leader, group.phone);
  const names = pairs?.map((p) => p.name) ?? leaderNames(group.leader);
  if (!names || !columns.leader) return [];
  const phones = pairs?.map((p) => p.phone) ?? cellPhones(group.phone);
  return [
    new UserError(
      pairs
        ? msg`${names.length} leaders in one cell ("${group.leader ?? ''}") and ${phones.length} phones: printed each with the phone in the same place, "${pairs.map((p) => `${p.name} (${p.phone})`).join(', ')}"`
        : msg`${names.length} leaders in one cell ("${group.leader ?? ''}") but ${phones.length} phones: the phones are printed together after the names`,
      { file, row: row.row, field: columns.leader.header },
      pairs
        ? msg`If the numbers are the other way round, swap them in the phone cell.`
        : msg`Write one phone for each leader, in the same order, apart by " - " (e.g. "0912 111 222 - 0987 333 444").`,
    ),
  ];
}

/**
 * A group the list gives no leader (name and phone empty, qa58 p1): no one to send its leader
 * page's link to, and its flyer sends residents to the office instead (model/no-leader.ts).
 */
function noLeaderNote(name: string, row: RawRow, column: Column, file: string): UserError {
  return new UserError(
    msg`"${name}" has no leader (the name and the phone are empty): there is no one to send its leader page's link to, and its flyer and poster send residents to the office instead of the leader`,
    { file, row: row.row, field: column.header },
    msg`Write the name and phone of whoever stands in (a deputy, or the ward's officer for this group), or leave them empty until one is chosen: the group's papers are still printed.`,
  );
}

/**
 * An extra column's cell; in a phone column ("SĐT cán bộ"), a phone is grouped as the leader's
 * is ("0987654321" prints "0987 654 321" beside "0912 345 601", qa29 m3), its 0 back when a
 * number cell lost it. Anything else, a phone column's note included, as typed.
 */
function extraCell(row: RawRow, col: Column): string {
  const value = cell(row, col);
  if (!value || !isPhoneHeader(col.header)) return value;
  const { phone, known } = normalisePhone(restorePhone(value, row.numeric?.[col.index] ?? false));
  return known ? phone : value;
}

/** A row that could not become a group, and why; the other rows still build. */
export interface RowFailure {
  row: number;
  /** The row's sheet, when the list was read from several (their row numbers repeat). */
  sheet?: string;
  /** The row's id and name when they could be read. */
  id?: string;
  name?: string;
  error: UserError;
}

/**
 * The header's words again under it, in the id and name columns: the header's second row when it
 * was not told apart, or a printed list's header repeated on each page. Never a group.
 */
function isHeaderAgain(row: RawRow, columns: Columns): boolean {
  const same = (col: Column) =>
    normaliseHeader(cell(row, col)) === normaliseHeader(col.header) && col.header !== '';
  return same(columns.id) && same(columns.name);
}

/**
 * A row that numbers the columns under the header ("1 | 2 | 3 | 4", or "(1) | (2) | (3)"), as
 * official forms have so that a column can be named by its number: part of the header, never a
 * group (qa16: its "2" was read as a group's name).
 */
function isColumnNumbers(row: RawRow): boolean {
  const filled = row.cells.filter((c) => c !== '');
  return (
    filled.length >= 3 &&
    filled.every((c, i) => {
      const n = /^\(?(\d{1,2})\)?\.?$/.exec(c)?.[1];
      return n !== undefined && Number(n) === i + 1;
    })
  );
}

/**
 * Rows hidden in Excel (filtered out, or hidden by hand) are not read: offices hide a dissolved
 * group's row rather than delete it, and Excel itself neither prints nor copies a hidden row.
 * One note names them, so that a filter left on by mistake is seen.
 */
function hiddenNote(hidden: readonly RawRow[], file: string): UserError[] {
  if (hidden.length === 0) return [];
  const rows = joined(
    hidden.map((r) => r.row),
    ', ',
  );
  return [
    new UserError(
      hidden.length === 1
        ? msg`row ${rows} is hidden in Excel (filtered out or hidden): it is not read`
        : msg`rows ${rows} are hidden in Excel (filtered out or hidden): they are not read`,
      { file },
      msg`If a hidden row is a group to print, show it in Excel (clear the filter, or select the rows around it › Unhide) and save the file.`,
    ),
  ];
}

/**
 * A row of the table that is not a group and is left out on purpose (each kind has its note in
 * the warnings): the header written again, a totals row, a section heading, a row hidden in
 * Excel, a line under the table. A page that shows the table marks them as not read.
 */
export interface SkippedRow {
  row: number;
  /** The row's sheet, when the list was read from several. */
  sheet?: string;
  why: 'header' | 'column-numbers' | 'totals' | 'section' | 'hidden' | 'footer';
  /** A hidden row's id and name cells, as typed: a results file may still name its group. */
  id?: string;
  name?: string;
}

/**
 * One table of a list kept in several: a workbook's sheet per old ward of a merged ward
 * (sheet-parts.ts), each with its own header, totals and footer.
 */
export interface TablePart {
  table: RawTable;
  columns: Columns;
  extras: readonly Column[];
  /** The sheet's name, said with every problem and note of its rows (their numbers repeat). */
  sheet?: string;
  /** The heading its groups come under until a heading row of its own (sections.ts). */
  section?: string;
}

/** The list as a whole, across its parts: what a later part's rows are checked against. */
interface ListSoFar {
  groups: Group[];
  failures: RowFailure[];
  warnings: UserError[];
  skipped: SkippedRow[];
  /** Ids name output files and links; "TDP5" and "tdp5" would collide on Windows and macOS disks. */
  firstRow: Map<string, { row: number; sheet?: string }>;
  /** The section heading each group came under: it tells same-named groups apart. */
  sectionOf: Map<Group, string>;
  /**
   * The header of the column a group's section was read from ("Phường cũ"), if not a heading:
   * its part's area column (parts may name it differently).
   */
  sectionColumn: Map<Group, string>;
  /** The first part's column naming each group's former ward or area, found once per part. */
  area?: Column;
  /**
   * A group's cell in a column naming an area, not an old ward ("Khu vực", "Địa bàn"), with the
   * header: it adds to the heading or sheet a group comes under, never replaces it (same-names.ts).
   */
  areaOf: Map<Group, { header: string; section: string }>;
  /** The ids given to a one-sheet list's groups by their old ward (sectionPrefixes), in order. */
  wardIds: { ward: string; id: string }[];
}

/** A part's column naming each group's former ward or area ("Phường cũ", "Khu vực"), if any. */
export const areaColumnOf = (extras: readonly Column[]): Column | undefined =>
  extras.find((c) => isAreaHeader(c.header));

/** The problem with its sheet named, and each of a UserErrors' problems likewise. */
function inSheet(e: UserError, sheet: string | undefined): UserError {
  if (sheet === undefined || e.where.sheet !== undefined) return e;
  const where = { ...e.where, sheet };
  return e instanceof UserErrors
    ? new UserErrors(e.all.map((p) => inSheet(p, sheet)) as [UserError, ...UserError[]])
    : new UserError(e.text, where, e.hintText);
}

/**
 * The id is already another row's: on the same sheet (or a file of one table) the row number
 * says which; on another sheet, the sheet too, and the hint says how a list kept by old ward
 * gets ids of its own (the same rule as one table's sections: one id, one group).
 */
function idTaken(
  id: string,
  first: { row: number; sheet?: string },
  sheet: string | undefined,
  where: { file: string; row: number; field: string },
): UserError {
  if (first.sheet === sheet)
    return new UserError(
      msg`the id "${id}" is already used by row ${first.row}`,
      where,
      msg`Every group needs its own id; renumber one of the two rows.`,
    );
  return new UserError(
    msg`the id "${id}" is already used by row ${first.row} of sheet "${first.sheet ?? ''}"`,
    where,
    msg`Every group needs its own id, across the sheets too: number each sheet's groups from 1 (each id is then given its sheet's name) or on from the last of the sheet before, or add a column "Mã tổ" with a code of its own for every group.`,
  );
}

/**
 * The ids of a part's rows that would be groups (not a header again, a totals row, a heading, a
 * hidden row or a line under the table), as typed: whether the sheets number from 1 each.
 */
function idsOfPart(part: TablePart): string[] {
  return rowsOfPart(part).flatMap((r) => (r.id === '' ? [] : [r.id]));
}

/**
 * The rows of a part that would be groups, each with its id as typed and the old ward it comes
 * under: its cell in a column saying "cũ" ("Phường cũ"), else the heading row above it, else the
 * part's own (its sheet).
 */
function rowsOfPart(part: TablePart): { id: string; section: string | undefined }[] {
  const { table, columns } = part;
  const width = table.header.cells.filter((c) => c !== '').length;
  const area = areaColumnOf(part.extras);
  let section = part.section;
  const out: { id: string; section: string | undefined }[] = [];
  for (const row of table.rows.slice(0, footerStart(table.rows, columns))) {
    const kind = rowKind(row, columns, width);
    if (typeof kind === 'object') section = kind.heading;
    else if (kind === 'group') {
      out.push({ id: rowId(row, columns), section: rowSection(row, area, section) });
    }
  }
  return out;
}

/**
 * What a row of a table is, in the order it is asked: the header again, the columns' numbers, a
 * totals row, a heading (the old ward the rows under it come under), a hidden row, or a group.
 * One answer for `checkPart` and `rowsOfPart`, so a row's ward and its id's prefix agree.
 */
type RowKind = 'header' | 'column-numbers' | 'totals' | { heading: string } | 'hidden' | 'group';

function rowKind(row: RawRow, columns: Columns, width: number): RowKind {
  if (isHeaderAgain(row, columns)) return 'header';
  if (isColumnNumbers(row)) return 'column-numbers';
  if (isTotalsRow(row, columns)) return 'totals';
  const heading = sectionHeading(row, columns, width);
  if (heading !== undefined) return { heading };
  return row.hidden ? 'hidden' : 'group';
}

/** The old ward a row comes under: its "Phường cũ" cell when it has one, else the heading's. */
function rowSection(row: RawRow, area: Column | undefined, heading: string | undefined) {
  const areaCell = area ? cell(row, area) : '';
  return area && areaCell !== '' && isOldHeader(area.header)
    ? areaSection(area.header, areaCell)
    : heading;
}

/**
 * The short name each old ward's ids are given in a table of one sheet whose old wards — told by
 * a "Phường cũ" column or heading rows — each number their groups from 1 (qa44 M1: 158 of 220
 * tổ failed as duplicate ids): the same rule, and the same ids, as one sheet per old ward
 * (sheet-ids.ts). Keyed by the old ward as `rowSection` gives it; undefined when the ids are to
 * be taken as typed (a running STT, a row under no old ward, no clash).
 */
function sectionPrefixes(part: TablePart): Map<string, string> | undefined {
  const rows = rowsOfPart(part);
  if (rows.some((r) => r.section === undefined)) return undefined;
  const order: string[] = [];
  const ids = new Map<string, string[]>();
  for (const r of rows) {
    const key = r.section ?? '';
    if (!ids.has(key)) {
      order.push(key);
      ids.set(key, []);
    }
    if (r.id !== '') ids.get(key)?.push(r.id);
  }
  const prefixes = sheetPrefixes(
    order.map((section) => ({ section, ids: ids.get(section) ?? [] })),
  );
  if (!prefixes) return undefined;
  return new Map(order.map((section, i) => [section, prefixes[i] ?? '']));
}

/**
 * One part's rows checked into the list so far. `prefix`: the sheet's short name its ids are
 * given, when the sheets number their groups from 1 each (sheet-ids.ts).
 */
function checkPart(
  part: TablePart,
  file: string,
  list: ListSoFar,
  prefix?: string,
  sectionPrefix?: ReadonlyMap<string, string>,
): void {
  const { table, columns, extras, sheet } = part;
  const { firstRow, groups, failures, warnings, skipped, sectionOf } = list;
  // A column naming each group's old ward tells same names apart as a heading row does.
  const area = areaColumnOf(extras);
  list.area ??= area;
  // The rows a totals row sums (groups, good or bad, hidden or not), and where its part began.
  const above: RawRow[] = [];
  let partStart = 0;
  const hidden: RawRow[] = [];
  // Rows refused because their id is another row's: the same group twice is summed once.
  const refused = new Set<RawRow>();
  // Each group row's cells but its id and notes (copied-rows.ts), to its row: a later row the same is refused.
  const copies = new Map<string, number>();
  let section = part.section;
  const width = table.header.cells.filter((c) => c !== '').length;
  const footer = footerStart(table.rows, columns);
  for (const row of table.rows.slice(0, footer)) {
    const kind = rowKind(row, columns, width);
    if (kind === 'header') {
      warnings.push(
        new UserError(msg`the row repeats the header, not a group: it is skipped`, {
          file,
          row: row.row,
        }),
      );
      skipped.push({ row: row.row, why: 'header' });
      continue;
    }
    if (kind === 'column-numbers') {
      warnings.push(
        new UserError(msg`the row numbers the columns (1, 2, 3…), not a group: it is skipped`, {
          file,
          row: row.row,
        }),
      );
      skipped.push({ row: row.row, why: 'column-numbers' });
      continue;
    }
    if (kind === 'totals') {
      const sums = { above, sinceLast: above.slice(partStart), refused };
      warnings.push(...totalsWarnings(row, columns, file, sums));
      skipped.push({ row: row.row, why: 'totals' });
      partStart = above.length;
      continue;
    }
    if (typeof kind === 'object') {
      warnings.push(sectionNote(row, kind.heading, file));
      skipped.push({ row: row.row, why: 'section' });
      section = kind.heading;
      partStart = above.length;
      continue;
    }
    above.push(row);
    if (kind === 'hidden') {
      hidden.push(row);
      const id = cell(row, columns.id);
      const name = cell(row, columns.name);
      skipped.push({
        row: row.row,
        why: 'hidden',
        ...(id ? { id } : {}),
        ...(name ? { name } : {}),
      });
      continue;
    }
    // The old ward's short name before the row's id, when each old ward numbers from 1.
    const ward = sectionPrefix ? rowSection(row, area, section) : undefined;
    const rowPrefix = ward !== undefined ? sectionPrefix?.get(ward) : prefix;
    try {
      const notes: UserError[] = [];
      const group = toGroup(row, columns, file, extras, notes);
      if (sheet !== undefined) group.source.sheet = sheet;
      const typed = group.id;
      if (rowPrefix !== undefined) {
        // The id as the file has it kept: a results file may name the group by it and its sheet.
        group.source.part = { label: sectionLabel(ward ?? part.section ?? sheet ?? ''), id: typed };
        group.id = sheetId(rowPrefix, typed);
        if (ward !== undefined) list.wardIds.push({ ward: sectionLabel(ward), id: group.id });
      }
      warnings.push(...notes);
      const key = group.id.toLocaleLowerCase('vi');
      const first = firstRow.get(key);
      if (first !== undefined) {
        refused.add(row);
        throw idTaken(typed, first, sheet, { file, row: row.row, field: columns.id.header });
      }
      const copy = copyKey(row, table, columns, section);
      const copied = copy === undefined ? undefined : copies.get(copy);
      if (copied !== undefined) {
        refused.add(row);
        throw copiedRow(copied, { file, row: row.row, field: columns.name.header }, columns.id);
      }
      if (copy !== undefined) copies.set(copy, row.row);
      firstRow.set(key, { row: row.row, sheet });
      groups.push(group);
      const areaCell = area ? cell(row, area) : '';
      // A column saying "cũ" names the old ward outright, over a heading or sheet; a "Khu vực"
      // column is a part inside it, kept beside the heading (areas repeat across old wards).
      if (area && areaCell !== '' && isOldHeader(area.header)) {
        sectionOf.set(group, areaSection(area.header, areaCell));
        list.sectionColumn.set(group, area.header);
      } else {
        if (section !== undefined) sectionOf.set(group, section);
        if (area && areaCell !== '') {
          list.areaOf.set(group, {
            header: area.header,
            section: areaSection(area.header, areaCell),
          });
        }
      }
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      // A bad row's id is taken all the same: a later row with that id is not the group either
      // (it was built as the group, and its files and ZIP listed beside the group's earlier ones).
      const raw = rowId(row, columns);
      const taken = (
        rowPrefix !== undefined && raw !== '' ? sheetId(rowPrefix, raw) : raw
      ).toLocaleLowerCase('vi');
      if (taken !== '' && !firstRow.has(taken)) firstRow.set(taken, { row: row.row, sheet });
      const typedId = cell(row, columns.id);
      const id =
        (rowPrefix !== undefined && typedId !== '' ? sheetId(rowPrefix, typedId) : typedId) ||
        undefined;
      const name = cell(row, columns.name) || undefined;
      failures.push({ row: row.row, id, name, error: e });
    }
  }
  warnings.push(...hiddenNote(hidden, file));
  warnings.push(...footerNote(table.rows.slice(footer), columns, file));
  for (const row of table.rows.slice(footer)) skipped.push({ row: row.row, why: 'footer' });
}

/**
 * Every row checked: the good ones as groups, the bad ones as failures, the rows left out on
 * purpose as skipped, in file order.
 */
export function checkGroups(
  table: RawTable,
  columns: Columns,
  file: string,
  extras: readonly Column[] = [],
): { groups: Group[]; failures: RowFailure[]; warnings: UserError[]; skipped: SkippedRow[] } {
  const { idsNote, ...checked } = checkParts([{ table, columns, extras }], columns, file);
  // The ids a list of old wards numbered from 1 each was given (wardIdsNote), said first.
  return idsNote ? { ...checked, warnings: [idsNote, ...checked.warnings] } : checked;
}

/**
 * The note saying the ids a list numbered from 1 on each sheet was given: each sheet with its
 * groups' ids, as the leaders' links, a results file and the report name them.
 */
function sheetIdsNote(
  parts: readonly TablePart[],
  groups: readonly Group[],
  file: string,
): UserError {
  const each = parts.flatMap((p) => {
    const ids = groups.filter((g) => g.source.sheet === p.sheet).map((g) => g.id);
    if (ids.length === 0) return [];
    return [msg`sheet "${p.sheet ?? ''}": ${idsShown(ids)}`];
  });
  return new UserError(
    msg`each sheet numbers its groups from 1: a group's id is its number after its sheet's short name, ${joined(each, '; ')}`,
    { file },
    msg`A results file names a group by this id, or by its name as printed. For other ids, number each sheet's groups on from the sheet before, or add a column "Mã tổ" with a code of its own for every group.`,
  );
}

/**
 * The note saying the ids a one-sheet list numbered from 1 in each old ward was given: each old
 * ward with its groups' ids, as sheetIdsNote says a workbook's.
 */
function wardIdsNote(wardIds: readonly { ward: string; id: string }[], file: string): UserError {
  const byWard = new Map<string, string[]>();
  for (const { ward, id } of wardIds) {
    const ids = byWard.get(ward);
    if (ids) ids.push(id);
    else byWard.set(ward, [id]);
  }
  const each = [...byWard].map(([ward, ids]) => msg`${ward}: ${idsShown(ids)}`);
  return new UserError(
    msg`each old ward numbers its groups from 1: a group's id is its number after its old ward's short name, ${joined(each, '; ')}`,
    { file },
    msg`A results file names a group by this id, or by its name as printed. For other ids, give every group of the list an id of its own (numbered on across the old wards).`,
  );
}

/**
 * A list kept in parts (a workbook's sheet per old ward), checked as one: each part's rows as a
 * table's are, its notes and problems naming its sheet; ids and names across all of them, as
 * one table's sections are (an id used twice fails the later row; same names under two parts
 * are told apart by the part's heading). Sheets each numbered from 1 give their ids the sheet's
 * short name ("HBac-1": sheet-ids.ts), said in `idsNote`; a clash inside one sheet still fails.
 * `columns`: the list's, for the notes about all of it.
 */
export function checkParts(
  parts: readonly TablePart[],
  columns: Columns,
  file: string,
): {
  groups: Group[];
  failures: RowFailure[];
  warnings: UserError[];
  skipped: SkippedRow[];
  /** The ids given to a list numbered from 1 on each sheet, said once. */
  idsNote?: UserError;
} {
  if (parts.every((p) => p.table.rows.length === 0)) {
    throw new UserError(
      msg`the file has a header but no groups`,
      { file },
      msg`Add one row per residential group under the header.`,
    );
  }
  const list: ListSoFar = {
    groups: [],
    failures: [],
    warnings: [],
    skipped: [],
    firstRow: new Map(),
    sectionOf: new Map(),
    sectionColumn: new Map(),
    areaOf: new Map(),
    wardIds: [],
  };
  // Sheets each numbered from 1: their ids given their sheet's short name (sheet-ids.ts).
  const prefixes = parts.every((p) => p.sheet !== undefined)
    ? sheetPrefixes(parts.map((p) => ({ section: p.section ?? p.sheet ?? '', ids: idsOfPart(p) })))
    : undefined;
  for (const [i, part] of parts.entries()) {
    const [warned, failed, left] = [
      list.warnings.length,
      list.failures.length,
      list.skipped.length,
    ];
    // One sheet whose old wards (a "Phường cũ" column, heading rows) each number from 1.
    const byWard = part.sheet === undefined ? sectionPrefixes(part) : undefined;
    checkPart(part, file, list, prefixes?.[i], byWard);
    if (part.sheet === undefined) continue;
    const sheet = part.sheet;
    list.warnings.splice(
      warned,
      Infinity,
      ...list.warnings.slice(warned).map((w) => inSheet(w, sheet)),
    );
    for (const f of list.failures.slice(failed)) {
      f.error = inSheet(f.error, sheet);
      f.sheet = sheet;
    }
    for (const k of list.skipped.slice(left)) k.sheet = sheet;
  }
  const { groups, failures, warnings, skipped, sectionOf, area } = list;
  warnings.push(
    ...sameNameWarnings(groups, sectionOf, columns, file, {
      sectionColumn: list.sectionColumn,
      areaOf: list.areaOf,
      // The hint may tell the office to write old wards only into a column that says "cũ".
      areaHeader: area && isOldHeader(area.header) ? area.header : undefined,
    }),
  );
  warnings.push(...smallLetterNameWarnings(groups, columns.name, file));
  warnings.push(...markSlipNameWarnings(groups, columns.name, file));
  return {
    groups,
    failures,
    warnings,
    skipped,
    ...(prefixes
      ? { idsNote: sheetIdsNote(parts, groups, file) }
      : list.wardIds.length > 0
        ? { idsNote: wardIdsNote(list.wardIds, file) }
        : {}),
  };
}
