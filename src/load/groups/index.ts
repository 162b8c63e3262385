/**
 * Load stage, groups: the groups file (CSV, Excel's "Unicode Text" .txt, TSV or XLSX) → validated
 * Group[] in file order.
 * In: a path, or bytes plus the name to use in errors. Out: groups whose text is NFC and trimmed,
 * each with its source row; or a UserError naming file, row and column, with a hint.
 *
 * Reading the file is the only I/O here; the parse functions take bytes so the server and the
 * tests can use them without a disk.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { UserError } from '../../errors.js';
import { count as fmt, msg } from '../../messages/message.js';
import { type GroupTerm, groupTermOf } from '../../model/group-term.js';
import { checkTableFileSize, checkTableSize, checkTextRows } from '../limits.js';
import { holdsWardRoster } from '../roster-columns.js';
import type { Group } from '../types.js';
import { type Field, GROUP_COLUMNS } from './columns.js';
import { parseCsvTable } from './csv.js';
import { decodeCsvReport, TEXT_TABLE_EXTENSIONS } from './decode.js';
import { duplicateHeaderWarnings } from './duplicate-headers.js';
import {
  documentNotTable,
  isBinary,
  OLE,
  officeFileKind,
  startsWith,
  xlsContentKind,
  ZIP,
} from './file-kind.js';
import { withoutHiddenColumns } from './hidden-columns.js';
import { nearMissWarnings } from './near-miss.js';
import { type GroupsTable, partsTable } from './parts-table.js';
import { prepareTable } from './prepare.js';
import { areaColumnOf, checkGroups, checkParts, type RowFailure, type SkippedRow } from './rows.js';
import { type SameNames, sameNamesOf } from './same-names.js';
import { partsNote, sheetsToRead } from './sheet-parts.js';
import type { RawTable } from './table.js';
import { unnamedColumnWarnings } from './unnamed-columns.js';
import { readXlsxTables } from './xlsx.js';

export type { RowFailure, SkippedRow } from './rows.js';
export { isRosterSheetNote } from './sheet-parts.js';

/** The groups file read: the good rows, and each bad row with its reason. */
export interface GroupsReport {
  groups: Group[];
  failures: RowFailure[];
  /** The rows left out on purpose (a totals row, a hidden row…), each with why. */
  skipped: SkippedRow[];
  /** The file's bytes, for content hashes. */
  bytes: Uint8Array;
  /**
   * A text table's text as decoded (CSV, Excel's "Unicode Text"; none for a workbook or a Word
   * table): the build hashes what was read (output/inputs-hash.ts), not the bytes decoded again.
   */
  text?: string;
  /** What the user should know though nothing failed (a file converted from a legacy encoding). */
  warnings: UserError[];
  /** Headers (as written) of the columns no field took: each group has them in `columns`. */
  extraColumns: string[];
  /** Those of them already named in a warning as looking like a field (near-miss.ts). */
  lookAlikeColumns: string[];
  /** Those warnings (also in `warnings`): a build drops one whose column a text prints. */
  lookAlikeWarnings: UserError[];
  /**
   * The extra column naming each group's former ward or area ("Phường cũ", "Khu vực"), which
   * tells same-named groups apart (rows.ts `areaColumnOf`): read, so never said to be unused.
   */
  areaColumn?: string;
  /**
   * Names several groups share with nothing telling them apart, each printed with its id
   * (same-names.ts sameNamesWarning): plain data, so that a reading in a thread keeps them.
   */
  sameNames?: SameNames[];
  /** The header (as written) of each field's column, for messages that name a group's cell. */
  headers: Partial<Record<Field, string>>;
  /** The table as read (header and every data row, good or bad), for a page that shows it. */
  table: RawTable;
  /**
   * A list kept one sheet per part of the ward: each sheet as read, under its own header (its
   * columns in its own order, a column only it has), for a page that shows the file sheet by
   * sheet. `table` has every sheet's rows under the first sheet's header.
   */
  sheets?: SheetTable[];
}

/** One sheet of a list kept in parts, as its own table. */
export interface SheetTable {
  /** The sheet's name (its rows' `RawRow.sheet` in `GroupsReport.table`). */
  name: string;
  table: RawTable;
  /** The header (as written on this sheet) of each field's column. */
  headers: Partial<Record<Field, string>>;
}

/** The header as written of each field's column. */
const headersOf = (columns: GroupsTable['columns']): Partial<Record<Field, string>> =>
  Object.fromEntries(Object.entries(columns).map(([f, c]) => [f, c?.header]));

function prepared(raw: RawTable, file: string, warnings: UserError[]): GroupsTable {
  const prepare = (t: RawTable) =>
    prepareTable(t, file, GROUP_COLUMNS, ['name', 'leader', 'venue'], true, true);
  let p = prepare(raw);
  // Columns hidden in Excel: read again without those no required field takes (hidden-columns.ts).
  // Only the groups' ids and names are needed to read the list; a hidden optional column (the
  // leaders' phones, their names) is left out like any hidden column, not printed.
  const needed = GROUP_COLUMNS.required.flatMap((f) => {
    const c = p.columns[f];
    return c ? [c.index] : [];
  });
  const hidden = raw.hiddenColumns?.length
    ? withoutHiddenColumns(raw, p.table.header, new Set(needed), file)
    : undefined;
  if (hidden?.table.unreadColumns) {
    const again = prepare(hidden.table);
    p = { ...again, table: { ...again.table, unreadColumns: hidden.table.unreadColumns } };
  }
  if (hidden) warnings = [...warnings, ...hidden.warnings];
  const lookAlike = nearMissWarnings(p.columns, p.extras, file, p.table.header.row);
  return {
    table: p.table,
    columns: p.columns,
    extras: p.extras,
    warnings: [
      ...warnings,
      ...p.warnings,
      ...duplicateHeaderWarnings(p.table.header, file),
      ...unnamedColumnWarnings(p.table, file),
      ...lookAlike,
    ],
    lookAlikes: lookAlike,
  };
}

function csvTable(bytes: Uint8Array, file: string): GroupsTable {
  const { text, warnings } = decodeCsvReport(bytes, file);
  checkTextRows(text, file);
  const raw = parseCsvTable(text, file);
  checkTableSize(raw, file);
  return { ...prepared(raw, file, warnings), text };
}

async function docxTable(bytes: Uint8Array, file: string): Promise<GroupsTable> {
  // The Word reader (mammoth, an HTML parser) loads only for a .docx list.
  const { readDocxTable } = await import('./docx.js');
  const { table: raw, warnings } = await readDocxTable(bytes, file, GROUP_COLUMNS);
  checkTableSize(raw, file);
  return prepared(raw, file, warnings);
}

async function xlsxTable(bytes: Uint8Array, file: string): Promise<GroupsTable> {
  // Workbooks often start with a notes or cover sheet, keep last year's list, or since the
  // 2025 mergers keep one sheet per old ward: sheetsToRead takes the sheet with the columns, or
  // every part's sheet, and says which when several have them.
  const tables = await readXlsxTables(bytes, file);
  const read = sheetsToRead(tables, file);
  if (!read.parts) {
    checkTableSize(read.table, file);
    return prepared(read.table, file, read.warnings);
  }
  for (const p of read.parts) checkTableSize(p.table, file);
  const t = partsTable(read.parts, (raw) => prepared(raw, file, []));
  checkTableSize(t.table, file);
  return { ...t, warnings: [...read.warnings, ...t.warnings] };
}

/**
 * The table's rows checked, part by part when the list is kept in parts; then `note` says which
 * sheets were read, with their groups (said first, before the sheets' own notes).
 */
function check(
  t: GroupsTable,
  file: string,
): ReturnType<typeof checkGroups> & { notes?: UserError[] } {
  if (!t.parts) return checkGroups(t.table, t.columns, file, t.extras);
  const { idsNote, ...checked } = checkParts(t.parts, t.columns, file);
  const sheets = t.parts.map((p) => p.sheet ?? '');
  // Every group row of the sheet, those with a problem too (qa20: "(1 tổ)" for a sheet of 4).
  const groupsOn = (sheet: string) =>
    checked.groups.filter((g) => g.source.sheet === sheet).length +
    checked.failures.filter((f) => f.sheet === sheet).length;
  return { ...checked, notes: [partsNote(sheets, groupsOn, file), ...(idsNote ? [idsNote] : [])] };
}

/**
 * More groups than any ward has. A Vietnamese ward (phường, xã) has tens to a few hundred tổ dân
 * phố or thôn — even the merged wards of 2025 stay well under a thousand — so a list of more
 * than 2,000 rows is most likely the households or residents list given as the groups file
 * (qa25b F4: 20,000 "tổ" were accepted without a word, and the studio slowed to a crawl).
 */
export const MAX_WARD_GROUPS = 2000;

/** The warning for a list of `count` groups, more than MAX_WARD_GROUPS: still usable. */
function tooManyGroupsWarning(count: number, file: string): UserError[] {
  if (count <= MAX_WARD_GROUPS) return [];
  return [
    new UserError(
      msg`the list has ${fmt(count)} groups, far more than a ward has (tens to a few hundred): it looks like a list of households or residents, not a list of groups`,
      { file },
      msg`If this is the households or residents list, give the list of groups instead (one row per group); the households list goes in as the residents list. If the ward really has this many groups, the list can be used as it is.`,
    ),
  ];
}

/** Every row must be good: the first problem is thrown. */
function groupsOf(t: GroupsTable, file: string): Group[] {
  const { groups, failures } = check(t, file);
  if (failures[0]) throw failures[0].error;
  return groups;
}

export function parseGroupsCsv(bytes: Uint8Array, file: string): Group[] {
  return groupsOf(csvTable(bytes, file), file);
}

export async function parseGroupsXlsx(bytes: Uint8Array, file: string): Promise<Group[]> {
  return groupsOf(await xlsxTable(bytes, file), file);
}

/** The groups file's table, by what the file is. */
function tableOf(
  bytes: Uint8Array,
  file: string,
  kind: TableKind,
): Promise<GroupsTable> | GroupsTable {
  if (kind === 'xlsx') return xlsxTable(bytes, file);
  if (kind === 'docx') return docxTable(bytes, file);
  return csvTable(bytes, file);
}

const GIVE_TABLE = msg`Give the groups as a .csv (CSV UTF-8), .txt (Excel "Unicode Text"), .xlsx (Excel workbook) or .docx (a table in Word) file.`;

/**
 * A path that is no table the loader reads, said as what it is, with how to make one (qa10 Q9:
 * a folder was "a “no extension” file", .xls and .ods had no how-to, Excel's lock file beside an
 * open workbook read as a broken workbook).
 */
async function notATable(file: string, ext: string): Promise<UserError | undefined> {
  const name = basename(file);
  if (await isFolder(file))
    return new UserError(msg`this is a folder, not a file`, { file }, GIVE_TABLE);
  if (name.startsWith('~$'))
    return new UserError(
      msg`this is the temporary file Excel keeps beside an open workbook, not the list`,
      { file },
      msg`Choose the workbook itself, "${name.slice(2)}".`,
    );
  // A ".xls" is judged by its content once read (xlsContent): programs save CSV under that name.
  if (ext === '.xls') return undefined;
  if (ext === '.ods')
    return new UserError(
      msg`this is a LibreOffice file (.ods), which the tool does not read`,
      { file },
      msg`Open it, choose File › Save As › file type "Excel 2007-365 (.xlsx)", and give the .xlsx file.`,
    );
  if (ext === '.doc')
    return new UserError(
      msg`this is an old Word file (.doc), which the tool does not read`,
      { file },
      OLD_WORD,
    );
  if (ext !== '.xlsx' && ext !== '.docx' && !TEXT_TABLE_EXTENSIONS.includes(ext))
    return new UserError(
      ext
        ? msg`cannot read groups from a "${ext}" file`
        : msg`cannot read groups from a file without an extension (.csv, .xlsx…)`,
      { file },
      GIVE_TABLE,
    );
  return undefined;
}

async function isFolder(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}

/** What a groups file is read as: text (CSV, Excel's Unicode Text), a workbook, a Word table. */
type TableKind = 'text' | 'xlsx' | 'docx';

async function readGroupsFile(file: string): Promise<{ bytes: Uint8Array; kind: TableKind }> {
  const ext = extname(file).toLowerCase();
  const wrong = await notATable(file, ext);
  if (wrong) throw wrong;
  await checkTableFileSize(file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? msg`the file does not exist`
        : msg`cannot read the file (${code ?? String(e)})`,
      { file },
      msg`Check the path given for the groups file.`,
    );
  }
  // A Word document or a workbook under another's name (.docx, .xlsx, .csv: a file renamed, or
  // saved with the wrong type picked) is read as what it is (qa16: a list typed in Word and named
  // .xlsx was refused with "copy it into Excel", which this tool no longer needs).
  const content = officeFileKind(bytes);
  if (content === 'docx' || content === 'xlsx') return { bytes, kind: content };
  if (content === 'doc')
    throw new UserError(
      msg`this is an old Word file (.doc) under a "${ext}" name, which the tool does not read`,
      { file },
      OLD_WORD,
    );
  if (ext === '.xls') {
    const { workbook } = xlsContent(bytes, file);
    return { bytes, kind: workbook ? 'xlsx' : 'text' };
  }
  if (ext === '.docx') {
    // A PDF or a picture named .docx: said as what it is; text read as the table it may be.
    const document = documentNotTable(bytes, file);
    if (document) throw document;
    if (startsWith(bytes, OLE))
      throw new UserError(
        msg`this ".docx" file is an old Excel file (.xls), which the tool does not read`,
        { file },
        OLD_EXCEL,
      );
    if (bytes.length === 0 || startsWith(bytes, ZIP) || isBinary(bytes))
      throw new UserError(msg`this ".docx" file is not a Word document`, { file }, GIVE_TABLE);
    return { bytes, kind: 'text' };
  }
  return { bytes, kind: ext === '.xlsx' ? 'xlsx' : 'text' };
}

const OLD_WORD = msg`Open it in Word, choose File › Save As › "Word Document (*.docx)", and give the .docx file; the list must be a table in it.`;

const OLD_EXCEL = msg`Open it in Excel, choose File › Save As › "Excel Workbook (*.xlsx)", and give the .xlsx file.`;

/**
 * A ".xls" file as what its bytes are: an old Excel workbook (refused, with how to save it as
 * .xlsx), a .xlsx workbook under the old name, a web page Excel opens (refused likewise), or a
 * text table some programs export under that name (read as CSV is: qa13, it was called an old
 * workbook).
 */
function xlsContent(bytes: Uint8Array, file: string): { bytes: Uint8Array; workbook: boolean } {
  const kind = xlsContentKind(bytes);
  if (kind === 'old-workbook')
    throw new UserError(
      msg`this is an old Excel file (.xls), which the tool does not read`,
      { file },
      OLD_EXCEL,
    );
  if (kind === 'markup')
    throw new UserError(
      msg`this ".xls" file is a web page or XML that Excel opens, not a workbook`,
      { file },
      OLD_EXCEL,
    );
  return { bytes, workbook: kind === 'workbook' };
}

/**
 * The header (as written) of every column a text may name, {{group.[Địa điểm]}}: the extra
 * columns and the known fields' own (qa6 H2: "Địa điểm" is read as the venue, and the office
 * who sees that column in the studio's table names it by its header).
 */
/**
 * The headers that may name the groups' unit ("Tên thôn", "Trưởng thôn", "Mã thôn"), in the
 * order the ward's word is read from them (model/group-term.ts).
 */
export function unitHeaders(headers: GroupsReport['headers']): (string | undefined)[] {
  return [headers.name, headers.leader, headers.id];
}

/**
 * The ward's word for the groups of a list as read (model/group-term.ts groupTermOf): the
 * campaign's `issuer.group_term`, else read from the groups' names, else their unit headers.
 */
export function listTermOf(
  explicit: string | undefined,
  list: Pick<GroupsReport, 'groups' | 'headers'>,
): GroupTerm {
  return groupTermOf(
    explicit,
    list.groups.map((g) => g.name),
    unitHeaders(list.headers),
  );
}

export function namedColumns(report: Pick<GroupsReport, 'headers' | 'extraColumns'>): string[] {
  const known = Object.values(report.headers).filter((h): h is string => h !== undefined);
  return [...known, ...report.extraColumns];
}

/** Every row must be good: the first bad row is thrown as a UserError. */
export async function loadGroups(file: string): Promise<Group[]> {
  const { bytes, kind } = await readGroupsFile(file);
  return groupsOf(await tableOf(bytes, file, kind), file);
}

/**
 * Bad rows are reported, not thrown, so that one mistyped row does not stop a whole ward's build.
 * Problems with the file as a whole (encoding, missing columns) are still thrown.
 */
export async function loadGroupsReport(file: string): Promise<GroupsReport> {
  const { bytes, kind } = await readGroupsFile(file);
  const read = await tableOf(bytes, file, kind);
  const { table, columns, extras, warnings, lookAlikes } = read;
  const area = areaColumnOf(extras);
  const extraColumns = extras.map((c) => c.header);
  const checked = check(read, file);
  const tooMany = tooManyGroupsWarning(checked.groups.length, file);
  const sameNames = checked.warnings.flatMap((w) => sameNamesOf(w) ?? []);
  return {
    groups: checked.groups,
    failures: checked.failures,
    skipped: checked.skipped,
    bytes,
    ...(read.text !== undefined && { text: read.text }),
    warnings: [...tooMany, ...(checked.notes ?? []), ...warnings, ...checked.warnings],
    extraColumns,
    lookAlikeColumns: lookAlikes.flatMap((w) => w.where.field ?? []),
    lookAlikeWarnings: lookAlikes,
    ...(area && { areaColumn: area.header }),
    ...(sameNames.length > 0 && { sameNames }),
    headers: headersOf(columns),
    table,
    ...(read.parts && {
      sheets: read.parts.map((p) => ({
        name: p.sheet ?? '',
        table: p.table,
        headers: headersOf(p.columns),
      })),
    }),
  };
}

/** A sheet of a groups workbook that the loader does not read (workbookSheets). */
export interface SheetLeft {
  name: string;
  /** Whether it lists residents or households by group (a name column and a group column). */
  residents: boolean;
}

/**
 * The sheets of a groups workbook: the ones the loader reads (the list's sheet, or every part's),
 * and every other sheet that holds anything, said whether it lists residents. Undefined for a
 * groups file that is no workbook (CSV, a Word table). What is not read need not be kept: a
 * household sheet beside the groups is personal data the tool has no use for (studio's
 * groups-sheets.ts keeps the read sheets only).
 */
export async function workbookSheets(
  file: string,
): Promise<{ read: string[]; left: SheetLeft[] } | undefined> {
  const { bytes, kind } = await readGroupsFile(file);
  if (kind !== 'xlsx') return undefined;
  const tables = await readXlsxTables(bytes, file);
  const chosen = sheetsToRead(tables, file);
  const read = (chosen.parts ? chosen.parts.map((p) => p.table) : [chosen.table]).map(
    (t) => t.sheet?.name ?? '',
  );
  const left = tables
    .filter((t) => !read.includes(t.sheet?.name ?? ''))
    .map((t) => ({ name: t.sheet?.name ?? '', residents: holdsWardRoster(t) }));
  return { read, left };
}
