/**
 * Load stage, results: a file of per-group figures (the contest platform's export, or the
 * office's spreadsheet; CSV or XLSX, read as the groups file is) → figures per group. In: the
 * file, the campaign's measures, the ward's groups. Out: one entry per matched group with its
 * figures; or every problem at once — a row matching no group, a group given twice with
 * different figures (none of its rows read; twice with the same, read once: twiceOver), a figure
 * that is not a number ≥ 0 (whole for a count, with at most two decimals for a quantity: "95,5"
 * kg, results/figure-text.ts; a workbook's number cell is its number), a figure above the
 * group's population or households (unless confirmed) — each naming its file, row and column. A file with any problem gives nothing, so
 * nothing of it is stored (`parseResultsFile`, the CLI); the studio reads the rows and the
 * refused rows apart (`readResultsRows`) to show both before the office stores the rows read.
 *
 * Columns: the group by "Mã tổ"/"STT" (its id) or "Tên tổ dân phố" (its name, matched as the
 * groups loader compares names: accents, case, spacing and the kind of dash do not matter; in a
 * merged ward, the name as the file has it with its old ward in another cell of the row; a
 * name that fits several groups, or none, is said with the groups it fits or the one likely
 * meant, or as a row hidden in the groups file: results-names.ts; an id and a name that name two
 * groups refuse the row, but for an "STT" that counts the rows, where the name is taken and
 * said), and one column per measure headed by its label or its id, or, said, by a header near
 * the label (a few letters off, or its first words) when it is the one such header of the one
 * such measure. The header may sit below title rows, found as the groups file's is. Any
 * other column that is not a groups file's (leader, population…) is a warning: its figures are
 * not read.
 */
import { basename, extname } from 'node:path';
import damerau from 'damerau-levenshtein';
import { rowOf, throwProblems, UserError } from '../errors.js';
import { count, joined, type Message, msg } from '../messages/message.js';
import { formatFigure, textKey } from '../model/format.js';
import { type GroupTerm, groupTermOf, nameInText } from '../model/group-term.js';
import {
  countedOf,
  isOwnUnit,
  isQuantity,
  moneyScaleOf,
  quantityUnitOf,
} from '../model/measure-base.js';
import { type FigureTextProblem, readFigureNumber } from '../results/figure-text.js';
import {
  aboveName,
  type FigureProblem,
  figureProblems,
  MAX_PEOPLE_PER_HOUSEHOLD,
  type Measure,
  offTargetProblems,
  THIN_GROUP_SUM,
  THIN_PER_HOUSEHOLD,
  timesSaid,
  zerosInQuestion,
} from '../results/figures.js';
import { readMeasureFigure } from '../results/measure-figure.js';
import { zeroBaseSaid } from '../results/unrated-said.js';
import { dayOffCalendar, notOnCalendar } from './day-first.js';
import {
  type Column,
  type Columns,
  HEADERS,
  headerNamed,
  isRowCounter,
  matchColumnsOf,
  normaliseHeader,
} from './groups/columns.js';
import { parseCsvTable } from './groups/csv.js';
import { decodeCsvReport, TEXT_TABLE_EXTENSIONS } from './groups/decode.js';
import { findHeaderRow, HEADER_SEARCH_ROWS } from './groups/header-row.js';
import { markSlips } from './groups/name-marks.js';
import type { RawRow, RawTable } from './groups/table.js';
import { isTotalsRow, totalsLineWord } from './groups/totals.js';
import { readXlsxTables } from './groups/xlsx.js';
import { checkTableSize, checkTextRows } from './limits.js';
import { finalRemark } from './remark.js';
import { groupNamer, type HiddenGroups, type Named } from './results-names.js';
import { readBytes } from './roster.js';
import type { Group } from './types.js';

export interface ResultsRow {
  group: Group;
  values: Record<string, number>;
  row: number;
  /** The row's own time (a column "Thời gian cập nhật", "Ngày cập nhật"…), when it has one. */
  at?: Date;
  /**
   * The row's figures under a column read as no measure (a template made before a measure was
   * renamed: qa43 minor 8): not stored, said at the row.
   */
  unread?: { header: string; text: string }[];
}

/** A column giving the time a row's figures speak for (the platform's "updated" column). */
const TIME_HEADERS = [
  'Thời gian cập nhật',
  'Ngày cập nhật',
  'Cập nhật',
  'Thời gian',
  'Ngày giờ',
  'Ngày báo cáo',
];

/**
 * A row's time, Viet Nam's (UTC+7): "12/11/2025", "12/11/2025 09:05", "2025-11-12 09:05". A day
 * alone is its first moment: a figure sent later that day is newer. Null when it is no time.
 */
export function rowTime(text: string): Date | null {
  const t = text.trim();
  const dayFirst =
    /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ ,]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  const parts = dayFirst
    ? [dayFirst[3], dayFirst[2], dayFirst[1], dayFirst[4], dayFirst[5], dayFirst[6]]
    : iso
      ? [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]]
      : undefined;
  if (!parts) return null;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = parts.map((p) =>
    Number(p ?? 0),
  );
  const utc = Date.UTC(year, month - 1, day, hour - 7, minute, second);
  const back = new Date(utc + 7 * 3600_000);
  const same =
    back.getUTCFullYear() === year &&
    back.getUTCMonth() === month - 1 &&
    back.getUTCDate() === day &&
    back.getUTCHours() === hour &&
    back.getUTCMinutes() === minute;
  return same ? new Date(utc) : null;
}

/**
 * The rows a refusal is said of and the file they are in, for the words that name them: "dòng
 * này" or "các dòng này" (the residents list says the rows of one group cell in one refusal,
 * roster-ward.ts), of the results file or of the residents list, whose rows are households and
 * residents, not figures.
 */
export interface RowsSaid {
  readonly rows: number;
  readonly file: 'results' | 'residents';
}

const ONE_RESULTS_ROW: RowsSaid = { rows: 1, file: 'results' };

const theseRows = (r: RowsSaid): Message => (r.rows > 1 ? msg`these rows` : msg`this row`);

const fileOf = (r: RowsSaid): Message =>
  r.file === 'results' ? msg`the results file` : msg`the residents list`;

/** The group a refused row is corrected to: the one that reported, or the household's. */
const rowsGroup = (r: RowsSaid): Message =>
  r.file === 'results' ? msg`the group that reported` : msg`the group of the household or resident`;

/** What came of the refused rows, said after the hint. */
function notTaken(r: RowsSaid): Message {
  if (r.file === 'results')
    return r.rows > 1 ? msg`These rows are not imported.` : msg`This row is not imported.`;
  return r.rows > 1
    ? msg`These rows are on no group's tracking sheet.`
    : msg`This row is on no group's tracking sheet.`;
}

const checkRowsHint = (r: RowsSaid): Message =>
  msg`Check ${theseRows(r)} of ${fileOf(r)} against the groups file: the id ("Mã tổ"/"STT") or the name must be one of its groups.`;

function headersOf(measures: readonly Measure[]): Record<string, readonly string[]> {
  return {
    id: HEADERS.id,
    // A results sheet heads its groups' column with the unit word alone as often ("Tổ", as the
    // studio's roster help asks: qa55 p2), which a groups list does not (a "Tổ" column there
    // may be a part of a khu phố): the last choice, after the groups file's own headers.
    name: [...HEADERS.name, 'Tổ'],
    at: TIME_HEADERS,
    ...Object.fromEntries(measures.map((m) => [`m:${m.id}`, [m.label, m.id]])),
  };
}

/**
 * A header as a long label is compared: the groups loader's way (case, accents, spaces) and its
 * punctuation aside too, so that a 90-character label retyped in Excel with a comma more or less
 * ("đô thị, bảo vệ") is still its measure's (qa20 finding 10).
 */
const looseKey = (text: string) =>
  normaliseHeader(text.normalize('NFC'))
    // Only the marks that join a sentence's parts: "%", a bracket's unit and the like say what
    // the column holds ("Số người tham gia (%)" is no count of people: review).
    .replace(/[,;.:\-–—'"“”‘’!?]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The columns found, with each measure not found headed by its label or id but for punctuation. */
function looseMeasureColumns(
  cells: readonly string[],
  found: Partial<Record<string, Column>>,
  measures: readonly Measure[],
): Partial<Record<string, Column>> {
  const used = new Set(Object.values(found).map((c) => c?.index));
  const columns = { ...found };
  for (const m of measures) {
    if (columns[`m:${m.id}`]) continue;
    const keys = new Set([looseKey(m.label), looseKey(m.id)]);
    const index = cells.findIndex(
      (h, i) => !used.has(i) && h.trim() !== '' && keys.has(looseKey(h)),
    );
    const header = cells[index];
    if (header === undefined) continue;
    columns[`m:${m.id}`] = { index, header };
    used.add(index);
  }
  return columns;
}

/** A header a groups file has (leader, households, population…): no measure's, however alike. */
const isGroupsColumn = (header: string) =>
  Object.keys(matchColumnsOf([header], HEADERS)).length > 0;

/**
 * A header that reads like a measure's label without being it: a few letters off, punctuation
 * aside, or cut short (its first words, three at least and half its words: "Số hộ tham gia" for
 * "Số hộ tham gia tổng vệ sinh", qa21 finding 6; "Số người dân" is no "Số người dân tham gia
 * cuộc thi"). A groups file's column or a percentage is another figure, never a near miss.
 */
function isNearLabel(header: string, measure: Measure): boolean {
  const h = looseKey(header);
  const l = looseKey(measure.label);
  if (h === '' || h === l || header.includes('%') || isGroupsColumn(header)) return false;
  const words = h.split(' ').length;
  if (words >= 3 && words * 2 >= l.split(' ').length && l.startsWith(`${h} `)) return true;
  if (sameUnitPart(header, measure)) return true;
  // A few letters in ten off: a label retyped, not another figure's header.
  return damerau(h, l).steps / Math.max(l.length, 1) <= 0.15;
}

/**
 * A header in the measure's own unit whose words are a run of the label's: "Rác thu gom (kg)" for
 * "Khối lượng rác thu gom (kg)" (qa54 M2: the office's sheet shortened the label, and the report
 * said no group had reported the kg). The unit is the label's bracket or the measure's own
 * (`of: kg`); a header in another unit, or with a word the label has not, is another figure.
 */
function sameUnitPart(header: string, measure: Measure): boolean {
  const bracket = finalRemark(header.normalize('NFC'));
  if (!bracket?.before) return false;
  const label = finalRemark(measure.label.normalize('NFC'));
  const unit = label?.inside ?? (isOwnUnit(measure.of) ? measure.of : undefined);
  if (unit === undefined || textKey(unit) !== textKey(bracket.inside)) return false;
  const part = looseKey(bracket.before);
  const whole = looseKey(label?.before ?? measure.label);
  return part !== '' && ` ${whole} `.includes(` ${part} `);
}

/**
 * The columns found, with each measure not found taken from the one header that nearly reads as
 * its label when that header nearly reads as no other measure's: said (`nearlyHeaded`), not
 * silent. A header near several measures, or a measure near several headers, is not taken.
 */
function nearMeasureColumns(
  cells: readonly string[],
  found: Partial<Record<string, Column>>,
  measures: readonly Measure[],
): Partial<Record<string, Column>> {
  const used = new Set(Object.values(found).map((c) => c?.index));
  const pairs = measures.flatMap((measure) =>
    found[`m:${measure.id}`]
      ? []
      : cells.flatMap((header, index) =>
          !used.has(index) && isNearLabel(header, measure) ? [{ index, header, measure }] : [],
        ),
  );
  const columns = { ...found };
  for (const p of pairs) {
    const alone =
      pairs.filter((q) => q.index === p.index).length === 1 &&
      pairs.filter((q) => q.measure === p.measure).length === 1;
    if (alone) columns[`m:${p.measure.id}`] = { index: p.index, header: p.header };
  }
  return columns;
}

/** The measures whose column is headed nearly as their label (taken, and said). */
function nearlyHeaded(
  columns: Partial<Record<string, Column>>,
  measures: readonly Measure[],
  file: string,
): UserError[] {
  return measures.flatMap((m) => {
    const col = columns[`m:${m.id}`];
    if (!col) return [];
    const h = looseKey(col.header);
    if (h === looseKey(m.label) || h === looseKey(m.id)) return [];
    return [
      new UserError(
        msg`the column "${col.header}" is read as the measure "${m.label}": its header is not the measure's label as written in the campaign`,
        { file, field: col.header },
        msg`If the column holds another figure, rename it; else head it "${m.label}", as the campaign writes it.`,
      ),
    ];
  });
}

/**
 * A header that reads like a measure's label without being it (a few letters off, punctuation
 * aside, or cut short), for saying which measure a file without a figure column likely meant.
 */
function nearMeasure(
  cells: readonly string[],
  measures: readonly Measure[],
): { header: string; measure: Measure } | undefined {
  let best: { header: string; measure: Measure } | undefined;
  let bestShare = Number.POSITIVE_INFINITY;
  for (const header of cells) {
    const h = looseKey(header);
    if (h === '') continue;
    for (const m of measures) {
      if (!isNearLabel(header, m)) continue;
      const l = looseKey(m.label);
      const share = damerau(h, l).steps / Math.max(l.length, 1);
      if (share < bestShare) [best, bestShare] = [{ header, measure: m }, share];
    }
  }
  return best;
}

async function readTable(
  bytes: Uint8Array,
  file: string,
): Promise<{ tables: RawTable[]; warnings: UserError[] }> {
  if (extname(file).toLowerCase() === '.xlsx')
    return { tables: await readXlsxTables(bytes, file), warnings: [] };
  const { text, warnings } = decodeCsvReport(bytes, file);
  checkTextRows(text, file);
  return { tables: [parseCsvTable(text, file)], warnings };
}

export interface ResultsFile {
  rows: ResultsRow[];
  /** A column the file has but the tool does not read; a file converted from a legacy encoding. */
  warnings: UserError[];
}

/** The note of a column that is neither the group's nor a measure's (unreadColumns). */
const NEITHER_COLUMN =
  msg`the column "${''}" is neither the group nor one of the campaign's measures: it is not read`
    .key;

/**
 * Columns that are neither the group's (any column of a groups file: id, name, leader,
 * population…) nor a measure: a figure under a header the tool does not know would be lost.
 */
function unreadColumns(
  cells: readonly string[],
  read: readonly (Column | undefined)[],
  file: string,
  measures: readonly Measure[],
  groups: readonly Group[] = [],
): UserError[] {
  const used = new Set(
    [...read, ...Object.values(matchColumnsOf(cells, HEADERS))].map((c) => c?.index),
  );
  // The groups list's own columns ("Khu vực bỏ phiếu", qa25 F7): the office's sheet copied from
  // its list; the tool has them from the list, and renaming one to a measure's label is wrong.
  const listed = new Set(groups.flatMap((g) => Object.keys(g.columns ?? {})));
  return cells.flatMap((h, i) => {
    if (h.trim() === '' || used.has(i)) return [];
    if (headerNamed(h, listed) !== undefined)
      return [
        new UserError(
          msg`the column "${h}" is a column of the groups list: it need not be imported, and is not read`,
          { file, field: h },
        ),
      ];
    const near = nearMeasure([h], measures)?.measure;
    return [
      new UserError(
        msg`the column "${h}" is neither the group nor one of the campaign's measures: it is not read`,
        { file, field: h },
        near
          ? msg`Is it the measure "${near.label}" (${near.id})? Head the column with its label as campaign.yaml writes it, or with its id.`
          : msg`To report it, head it with a measure's label or id: ${measures.map((m) => `"${m.label}" (${m.id})`).join(', ')}.`,
      ),
    ];
  });
}

/** The file's columns of figures that are no measure's, and the measures with no column. */
export interface UnmatchedColumns {
  /** The headers of the columns holding figures, read as no measure. */
  headers: string[];
  /** The campaign's measures the file has no column for. */
  absent: Measure[];
}

/**
 * A cell of figures: a number, its unit or currency after it at most ("120", "1.250,5",
 * "200 người", "54.000.000đ"); a note with a number in it ("tổ 2 chưa báo cáo") is none.
 */
const FIGURE_CELL = /^\d[\d.,\s]*(?:[\p{L}₫%]+\.?)?$/u;

/**
 * A column of figures read as no measure while a measure has no column (qa54 M2: "Rác thu gom
 * (kg)" beside the label "Khối lượng rác thu gom (kg)" went unread, and the signed report said
 * "chưa có tổ nào báo cáo"): the figures are there, under a header the tool does not know, so
 * the file is refused whole — by the CLI (`parseResultsFile`) and the studio's import alike,
 * each in its own words. A file that leaves a measure out with no stray figures is a file of
 * the others.
 */
function unmatchedColumns(
  rows: readonly RawRow[],
  unreadAt: readonly { index: number; header: string }[],
  columns: Partial<Record<string, Column>>,
  measures: readonly Measure[],
): UnmatchedColumns | undefined {
  const absent = measures.filter((m) => !columns[`m:${m.id}`]);
  if (absent.length === 0) return undefined;
  const headers = unreadAt
    .filter(({ index }) => rows.some((r) => FIGURE_CELL.test((r.cells[index] ?? '').trim())))
    .map(({ header }) => header);
  return headers.length ? { headers, absent } : undefined;
}

/** The CLI's refusal of a file with unmatched columns: one problem a column. */
function unmatchedProblems(unmatched: UnmatchedColumns | undefined, file: string): UserError[] {
  if (!unmatched) return [];
  const expected = unmatched.absent.map((m) => `“${m.label}” (${m.id})`).join(', ');
  return unmatched.headers.map(
    (header) =>
      new UserError(
        msg`the column "${header}" holds figures but is none of the campaign's measures, and no column is headed ${expected}: the report would say no group reported it`,
        { file, field: header },
        msg`Head the column with the measure's label as campaign.yaml writes it, or with its id, and import the file again; nothing of it was imported.`,
      ),
  );
}

/** A row of the file that is not read, and why (its problems name its row and column). */
export interface RefusedRow {
  row: number;
  problems: UserError[];
  /** Its figures above the group's population or households: refused only until confirmed. */
  above: boolean;
  /** What those figures are above (results/figures.ts aboveName): "số cử tri", "kinh phí". */
  aboveOf?: string[];
  /** The group the row names, when it names one: its row is in the file, though not read. */
  group?: string;
}

export async function parseResultsFile(
  bytes: Uint8Array,
  file: string,
  measures: readonly Measure[],
  groups: readonly Group[],
  confirmed = false,
  term?: GroupTerm,
  hidden?: HiddenGroups,
): Promise<ResultsFile> {
  const read = await readResultsRows(bytes, file, measures, groups, confirmed, term, hidden);
  throwProblems([
    ...unmatchedProblems(read.unmatched, file),
    ...read.refused.flatMap((r) => r.problems),
  ]);
  return { rows: read.rows, warnings: read.warnings };
}

/**
 * The file's rows, those with a problem apart (`refused`) instead of the whole file refused:
 * the studio shows both before the office stores the rows read (nothing of a refused row is
 * stored, and each is named). A file that cannot be read as a table at all still throws.
 */
export async function readResultsRows(
  bytes: Uint8Array,
  file: string,
  measures: readonly Measure[],
  groups: readonly Group[],
  confirmed = false,
  /** The ward's word, to name a group without one ("thôn Quyết Thắng"); else read from the names. */
  term?: GroupTerm,
  /** The groups file's rows hidden in Excel: a row naming one is said to be that. */
  hidden?: HiddenGroups,
): Promise<ResultsFile & { refused: RefusedRow[]; unmatched?: UnmatchedColumns }> {
  const headers = headersOf(measures);
  const columnsOf = (cells: readonly string[]) =>
    nearMeasureColumns(
      cells,
      looseMeasureColumns(cells, matchColumnsOf(cells, headers), measures),
      measures,
    );
  const isHeader = (cells: readonly string[]) => {
    const c = columnsOf(cells);
    return (c.id !== undefined || c.name !== undefined) && measures.some((m) => c[`m:${m.id}`]);
  };
  const spec = { isHeader, isKnown: (t: string) => Object.keys(columnsOf([t])).length > 0 };
  const read = await readTable(bytes, file);
  const tables = read.tables.map((t) => findHeaderRow(t, spec));
  const table = tables.find((t) => isHeader(t.header.cells));
  if (!table) {
    // The row that comes nearest a header: one with the group's column or a measure's, below any
    // title; its words each once (a title merged across the columns is one cell).
    const raw = read.tables[0];
    const candidates = raw ? [raw.header, ...raw.rows.slice(0, HEADER_SEARCH_ROWS - 1)] : [];
    const best =
      candidates.find((r) => {
        const c = columnsOf(r.cells);
        return c.id || c.name || measures.some((m) => c[`m:${m.id}`]);
      }) ??
      candidates.find((r) => nearMeasure(r.cells, measures)) ??
      raw?.header;
    const first = [
      ...new Set(best?.cells.filter((t, i) => t.trim() !== '' && !best.merged?.[i]) ?? []),
    ];
    const near = nearMeasure(first, measures);
    const alike = near ? measures.filter((m) => isNearLabel(near.header, m)) : [];
    if (near && alike.length > 1) {
      const labels = alike.map((m) => `“${m.label}”`).join(', ');
      throw new UserError(
        msg`the column "${near.header}" reads like several measures (${labels}), and which one it is cannot be told: the file has no figure column`,
        { file, field: near.header },
        msg`Head the column with its measure's label, as the campaign writes it.`,
      );
    }
    if (near) {
      throw new UserError(
        msg`the column "${near.header}" is not headed as the measure "${near.measure.label}" (${near.measure.id}) is named, though it reads alike: the file has no figure column`,
        { file, field: near.header },
        msg`Head the column with the measure's label as campaign.yaml writes it ("${near.measure.label}") or with its id (${near.measure.id}).`,
      );
    }
    const found = columnsOf(first);
    const group = found.name ?? found.id;
    const figure = measures.map((m) => found[`m:${m.id}`]).find(Boolean);
    const list = first.map((h) => `"${h}"`).join(', ');
    if (group && best)
      throw new UserError(
        msg`the header (row ${best.row}) has the group column "${group.header}" but no figure column (found: ${list})`,
        { file },
        msg`Head one column per figure with its label or id: ${measures.map((m) => `"${m.label}" (${m.id})`).join(', ')}.`,
      );
    if (figure && best)
      throw new UserError(
        msg`the header (row ${best.row}) has the figure column "${figure.header}" but no group column (found: ${list})`,
        { file },
        msg`Head one column with the group's id ("Mã tổ") or its name ("Tên tổ dân phố"), as the groups file has them.`,
      );
    throw new UserError(
      first.length
        ? msg`no header with a group column and a figure column (found: ${list})`
        : msg`no header with a group column and a figure column (found: nothing)`,
      { file },
      msg`Head one column "Mã tổ" or "Tên tổ dân phố", and one column per figure with its label or id: ${measures.map((m) => `"${m.label}" (${m.id})`).join(', ')}.`,
    );
  }
  checkTableSize(table, file);
  const columns = columnsOf(table.header.cells);
  const notes: UserError[] = [];
  const refused: RefusedRow[] = [];
  const unread = unreadColumns(table.header.cells, Object.values(columns), file, measures, groups);
  // The columns read as no measure nor a groups list's: a figure under one is said at its row.
  const unreadAt = table.header.cells.flatMap((h, index) =>
    unread.some((e) => e.where.field === h && e.text.key === NEITHER_COLUMN)
      ? [{ index, header: h }]
      : [],
  );
  const unmatched = unmatchedColumns(table.rows, unreadAt, columns, measures);
  return {
    rows: rowsOf(table.rows, columns, file, measures, groups, confirmed, notes, refused, {
      term,
      hidden,
      unreadAt,
    }),
    refused,
    ...(unmatched ? { unmatched } : {}),
    warnings: [...read.warnings, ...nearlyHeaded(columns, measures, file), ...notes, ...unread],
  };
}

/**
 * A group given on more than one row (qa: "Tổ 7" twice). Rows giving the same figures (a row
 * copied twice) are read once, the first, and the later said to repeat it. Rows that differ are
 * two reports of one group, or two parts of it, and which the office meant cannot be told (the
 * later one is no surer than the earlier: a file is often sorted by anything): none of them is
 * read, each refused naming every row of the group, for the office to keep one and upload again.
 * Rows all refused for their own reasons are left to say them; some refused among rows read make
 * the group's rows unread too, said so (their figures are not known to differ).
 */
function twiceOver(
  seen: ReadonlyMap<string, readonly number[]>,
  out: ResultsRow[],
  refused: RefusedRow[],
  notes: UserError[],
  given: { file: string; term: GroupTerm; groups: readonly Group[] },
): void {
  const { file, term } = given;
  for (const [id, rows] of seen) {
    if (rows.length < 2) continue;
    const group = given.groups.find((g) => g.id === id);
    const name = nameInText(group?.name ?? id, term);
    const read = out.filter((r) => r.group.id === id);
    const [first] = read;
    const same =
      first !== undefined && read.length === rows.length && read.every((r) => sameRow(r, first));
    const listed = joined(rows.map(String), ', ');
    // Every row refused for its own reason (a figure above its base on each): nothing is read
    // whatever their figures, and each row says why; they are not said to differ (review).
    if (read.length === 0) continue;
    if (same) {
      for (const r of read.slice(1)) out.splice(out.indexOf(r), 1);
      notes.push(
        new UserError(
          msg`${name} is given on ${count(rows.length)} rows (${listed}) with the same figures: they are read once, as row ${first.row}`,
          { file, row: rows[1] },
          msg`Delete the repeated rows to keep one row per group.`,
        ),
      );
      continue;
    }
    for (const r of read) {
      out.splice(out.indexOf(r), 1);
      refused.push({ row: r.row, problems: [], above: false, group: id });
    }
    // Some rows refused for their own reasons: their figures are not known to differ.
    const unread = read.length < rows.length;
    for (const r of refused.filter((x) => x.group === id)) {
      r.problems.push(
        new UserError(
          unread
            ? msg`${name} is given on ${count(rows.length)} rows (${listed}), not all of which can be read: none of them is read`
            : msg`${name} is given on ${count(rows.length)} rows (${listed}) with different figures: none of them is read`,
          { file, row: r.row },
          msg`Keep one row per group, then upload the file again: if the rows are two reports, delete the older; if they are two parts of the group, add their figures up on one row.`,
        ),
      );
    }
  }
  refused.sort((a, b) => a.row - b.row);
}

/** Two rows of one group giving the same figures, at the same time (or none). */
const sameRow = (a: ResultsRow, b: ResultsRow) =>
  a.at?.getTime() === b.at?.getTime() &&
  Object.keys(a.values).length === Object.keys(b.values).length &&
  Object.entries(a.values).every(([k, v]) => b.values[k] === v);

function rowsOf(
  rows: readonly RawRow[],
  columns: Partial<Record<string, Column>>,
  file: string,
  measures: readonly Measure[],
  groups: readonly Group[],
  confirmed: boolean,
  notes: UserError[],
  refused: RefusedRow[],
  given: {
    term?: GroupTerm;
    hidden?: HiddenGroups;
    unreadAt?: readonly { index: number; header: string }[];
  },
): ResultsRow[] {
  const namer = groupNamer(groups, given.hidden);
  // The groups whose names the groups file writes with a slip of a mark (its warning names them).
  const slips = markSlips(groups);
  // A name with no unit word is said with the ward's ("của thôn Quyết Thắng", not "của Quyết Thắng").
  const term =
    given.term ??
    groupTermOf(
      undefined,
      groups.map((g) => g.name),
    );
  const cell = (row: RawRow, col: Column | undefined) => (col ? (row.cells[col.index] ?? '') : '');
  const problems: UserError[] = [];
  /** Each group's rows, read or refused, in file order: a group given twice is said (twiceOver). */
  const seen = new Map<string, number[]>();
  const out: ResultsRow[] = [];
  let above = false;
  let aboveOf: string[] = [];
  /** The group the row being read names (set by readRow once found). */
  let rowGroup: string | undefined;
  // One row: its figures, or undefined when it is no group's (its problems are in `problems`).
  const readRow = (row: RawRow): ResultsRow | undefined => {
    const id = cell(row, columns.id);
    const name = cell(row, columns.name);
    // The column the row names its group in: the id's when it has one, else the name's.
    const named = (id && columns.id) || (name && columns.name) || columns.id || columns.name;
    // The sheet's own "Tổng cộng" row, as the groups loader skips it: the report adds up itself.
    // Not a group's own name ("Cộng Hòa" reads like "Cộng Hàng Bạc", a part's subtotal).
    const own = { id: columns.id, name: columns.name } as Columns;
    const totals = !namer.knows(id, name) && isTotalsRow(row, own);
    if (totals) {
      const word = totalsLineWord(row, own) ?? (id || name);
      notes.push(
        new UserError(msg`a totals row ("${word}"), not a group: it is skipped`, {
          file,
          row: row.row,
          field: named?.header,
        }),
      );
      return undefined;
    }
    // The row's other cells: one may name the group's old ward ("Hàng Bồ cũ" beside its name).
    const others = row.cells.filter((_, i) => i !== columns.id?.index && i !== columns.name?.index);
    const found = namer.find(id, name, others, counter);
    if ('disagree' in found) {
      problems.push(disagreement(found.disagree, id, name, columns, { file, row: row.row }));
      return undefined;
    }
    if (!('group' in found)) {
      const at = {
        file,
        row: row.row,
        field: ('by' in found && found.by === 'id' ? columns.id : named)?.header,
      };
      problems.push(noGroup(found, id, name, at, given.hidden?.file));
      return undefined;
    }
    const group = found.group;
    // The name written with other marks than the groups file's ("số 3" for its "sô 3"): the same
    // group, as the groups file's own warning names it (qa55 M4), said so the slip is seen.
    const spaced = (t: string) => t.replace(/\s+/gu, ' ').trim();
    if (slips.get(group)?.name.toLocaleLowerCase('vi') === spaced(name).toLocaleLowerCase('vi'))
      notes.push(
        new UserError(
          msg`"${spaced(name)}" is taken as the group the groups file names "${spaced(group.name)}", written with other marks: check which is right`,
          { file, row: row.row, field: columns.name?.header },
        ),
      );
    if ('zeros' in found) zeros.push({ row: row.row, typed: id, group });
    if ('counted' in found && found.counted) byName.push({ row: row.row, id, name });
    if ('unnamed' in found) unnamed.push({ row: row.row, id, name, group });
    rowGroup = group.id;
    seen.set(group.id, [...(seen.get(group.id) ?? []), row.row]);
    const values: Record<string, number> = {};
    const empty: string[] = [];
    for (const m of measures) {
      const col = columns[`m:${m.id}`];
      const text = cell(row, col);
      if (col && text === '') empty.push(col.header);
      if (!col || text === '') continue;
      const quantity = isQuantity(m);
      // A number cell of a workbook is its number, whatever its format shows ("96" for 95.5).
      const stored = row.numeric?.[col.index] === true;
      // Text read as the leader's form reads it: a sum as people write it ("15.000.000 đ", "12,5
      // triệu": qa24 F10), a count with its unit ("200 người": qa43 minor 13).
      const figure = stored
        ? readFigureNumber(Number(row.stored?.[col.index] ?? text), quantity)
        : readMeasureFigure(text, m).figure;
      const at = { file, row: row.row, field: col.header };
      if ('problem' in figure) {
        problems.push(figureTextError(figure.problem, text, m, at));
        continue;
      }
      values[m.id] = figure.value;
      if (figure.dotDecimal) {
        const unit = quantityUnitOf(m) ?? '';
        notes.push(
          new UserError(
            msg`"${text}" is read as ${formatFigure(figure.value)} ${unit}: its dot is taken as a decimal point`,
            at,
            msg`Vietnamese writes decimals with a comma (${formatFigure(figure.value)}) and groups thousands with a dot (1.234): check the figure, and write it so.`,
          ),
        );
      }
    }
    // A row that gives some figures and leaves one empty: that one is said (a row of none is a
    // group that has not reported, which the caller says).
    if (Object.keys(values).length > 0)
      for (const header of empty)
        blanks.set(header, [...(blanks.get(header) ?? []), `${row.row}: ${group.name}`]);
    const timeText = cell(row, columns.at);
    const at = timeText === '' ? undefined : rowTime(timeText);
    if (at === null || (at && at.getTime() > Date.now())) {
      // "31/11/2025 09:05": a day no calendar has, said as that.
      const offCalendar = at === null ? dayOffCalendar(timeText) : undefined;
      problems.push(
        new UserError(
          at === null
            ? offCalendar !== undefined
              ? notOnCalendar(offCalendar)
              : msg`"${timeText}" is not a time (day/month/year, and hour:minute if given)`
            : msg`the time ${timeText} is after now`,
          { file, row: row.row, field: columns.at?.header },
          msg`Write when the row's figures were counted, as 12/11/2025 09:05 (Viet Nam time), or leave the cell empty: the row is then as of the file's last change.`,
        ),
      );
    }
    for (const p of figureProblems(measures, group, values, confirmed)) {
      if (p.kind !== 'above') continue;
      above = true;
      aboveOf.push(aboveName(p));
      problems.push(
        new UserError(
          aboveMessage({ ...p, group: nameInText(p.group, term) }),
          { file, row: row.row, field: columns[`m:${p.measure}`]?.header },
          msg`Check the figure; if it is right (the groups file is older than the count), run again with --confirm.`,
        ),
      );
    }
    // A figure far out of line with its target (a zero too many, a sum in thousands): read, as
    // the office's own count, but said at its cell, in the words the leader's form asks with.
    for (const p of offTargetProblems(measures, group, values)) {
      if (p.kind !== 'off-target') continue;
      offTarget.push({
        row: row.row,
        note: new UserError(
          offTargetMessage(p),
          { file, row: row.row, field: columns[`m:${p.measure}`]?.header },
          msg`If the figure is right, nothing needs doing; if not, correct it in the file and import it again.`,
        ),
      });
    }
    // A figure under a column read as no measure: not stored, said at the row (qa43 minor 8).
    const unreadHere = (given.unreadAt ?? []).flatMap(({ index, header }) => {
      const text = (row.cells[index] ?? '').trim();
      return /\d/.test(text) ? [{ header, text }] : [];
    });
    return {
      group,
      values,
      row: row.row,
      ...(at ? { at } : {}),
      ...(unreadHere.length ? { unread: unreadHere } : {}),
    };
  };
  // The figures far out of line with their targets, each with its row: said of the rows read.
  const offTarget: { row: number; note: UserError }[] = [];
  // A measure's cell left empty in a row that gives others: the group has no figure of it (said,
  // not counted as 0; qa18: the report's "5/5 tổ đã báo cáo" while one had left a figure blank).
  const blanks = new Map<string, string[]>();
  // Ids typed without their leading zeros, taken: said once, each with its row.
  const zeros: { row: number; typed: string; group: Group }[] = [];
  // An id column that counts the rows ("STT"): where it names another group than the row's
  // name, the name is taken (qa21 finding 1), and said once with each row and both cells.
  const counter = columns.id !== undefined && isRowCounter(columns.id.header);
  const byName: { row: number; id: string; name: string }[] = [];
  // A real id whose row's name is like no group's: taken by the id, said with both cells.
  const unnamed: { row: number; id: string; name: string; group: Group }[] = [];
  for (const row of rows) {
    const before = problems.length;
    above = false;
    aboveOf = [];
    rowGroup = undefined;
    const read = readRow(row);
    if (problems.length > before) {
      refused.push({
        row: row.row,
        problems: problems.slice(before),
        above,
        ...(aboveOf.length ? { aboveOf: [...new Set(aboveOf)] } : {}),
        ...(rowGroup ? { group: rowGroup } : {}),
      });
    } else if (read) out.push(read);
  }
  twiceOver(seen, out, refused, notes, { file, term, groups });
  notes.push(...offTarget.filter((o) => out.some((r) => r.row === o.row)).map((o) => o.note));
  // Only the rows read: a refused row's problems are said, not its id.
  const taken = zeros.filter((z) => out.some((r) => r.row === z.row));
  if (taken.length > 0) {
    const shown =
      taken
        .slice(0, 8)
        .map((z) => `${z.row}: “${z.typed}” → “${z.group.id}” (${nameInText(z.group.name, term)})`)
        .join('; ') + (taken.length > 8 ? '…' : '');
    notes.push(
      new UserError(
        msg`${count(taken.length)} rows give a group's id without its leading zeros, as Excel saves a number column to CSV; each is taken as the one group with that id (row ${shown})`,
        { file, field: columns.id?.header },
        msg`Check that the groups named are the right ones; to keep the zeros, format the id column as Text in Excel before typing.`,
      ),
    );
  }
  const renamed = byName.filter((b) => out.some((r) => r.row === b.row));
  if (renamed.length > 0) {
    const header = columns.id?.header ?? '';
    const shown = joined(
      [
        ...renamed
          .slice(0, 8)
          .map((b) => msg`row ${b.row}: ${header} ${b.id}, the name "${b.name}"`),
        ...(renamed.length > 8 ? ['…'] : []),
      ],
      '; ',
    );
    notes.push(
      new UserError(
        msg`the column "${header}" counts the rows, it is not the groups' ids: in ${count(renamed.length)} rows it names another group than the row's name, and each row is taken as the group its name gives (${shown})`,
        { file, field: header },
        msg`Check the groups named on each of those rows; to name a group by its id, add a column "Mã tổ" with the ids of the groups file.`,
      ),
    );
  }
  const byIdOnly = unnamed.filter((u) => out.some((r) => r.row === u.row));
  if (byIdOnly.length > 0) notes.push(takenByIdNote(byIdOnly, file, columns.name?.header));
  for (const [header, rowsOf] of blanks) {
    const shown = rowsOf.slice(0, 8).join('; ') + (rowsOf.length > 8 ? '…' : '');
    notes.push(
      new UserError(
        msg`this column's cell is empty in ${count(rowsOf.length)} rows (${shown}): those groups have no figure of it, and are not counted as having reported it`,
        { file, field: header },
        msg`Write the figure, or 0 if there is none; leave it empty only when the group has not counted yet.`,
      ),
    );
  }
  return out;
}

/**
 * Why a row names no group, at its cell: the name fits several groups; the group's row is hidden
 * in the groups file; no group has it, and the one likely meant when there is one ("có phải …?").
 */
/**
 * The rows whose id is a group's but whose name is like no group's at all, each taken as its
 * id's group: one warning naming each row and both its cells (the results import's and the
 * residents list's words alike).
 */
export function takenByIdNote(
  rows: readonly { row: number; id: string; name: string; group: Group }[],
  file: string,
  field: string | undefined,
): UserError {
  const shown = joined(
    [
      ...rows
        .slice(0, 8)
        .map((u) => msg`row ${u.row}: id ${u.id} is "${u.group.name}", the name "${u.name}"`),
      ...(rows.length > 8 ? ['…'] : []),
    ],
    '; ',
  );
  return new UserError(
    msg`in ${count(rows.length)} rows the name is like no group's of the groups file: each row is taken as the group its id gives (${shown})`,
    { file, ...(field ? { field } : {}) },
    msg`Check the groups named on each of those rows; write each name as the groups file has it.`,
  );
}

export function noGroup(
  found: Exclude<Named, { group: Group } | { disagree: unknown }>,
  id: string,
  name: string,
  at: { file: string; row: number; field?: string },
  groupsFile = '',
  of: RowsSaid = ONE_RESULTS_ROW,
): UserError {
  const these = theseRows(of);
  if ('several' in found) {
    const which = joined(
      found.several.map((g) => msg`"${g.name}" (id ${g.id})`),
      ', ',
    );
    if (found.by === 'id')
      return new UserError(
        msg`the id "${id}" fits ${found.several.length} groups of the groups file (${which}): each sheet of the groups file numbers its groups from 1`,
        at,
        msg`Write in ${these} the group's id as given above (e.g. "${found.several[0]?.id ?? ''}"), or its name as printed.`,
      );
    // Groups of two old wards, printed with their part: that name is as good as the id.
    const printed = found.several.every((g) => g.source.part?.name !== undefined);
    return new UserError(
      msg`the name "${name}" fits ${found.several.length} groups of the groups file (${which}): which one is meant cannot be told`,
      at,
      printed
        ? msg`Write in ${these} the group's id given above, or its name as printed with its old ward (e.g. "${found.several[0]?.name ?? ''}").`
        : msg`Write the group's id ("Mã tổ"/"STT") in ${these}, as the groups file has it.`,
    );
  }
  if ('hidden' in found) {
    const r = found.hidden;
    const hidden = msg`${rowOf(r)} of ${basename(groupsFile)} ("${r.name ?? r.id ?? ''}")`;
    return of.file === 'results'
      ? new UserError(
          msg`${hidden} is hidden in Excel: the groups file does not read it, so the figures of ${these} belong to no group`,
          at,
          msg`If the group still reports, show its row in the groups file (select the rows around it › Unhide) and save the file; if it was dissolved or merged, delete ${these} of the results file.`,
        )
      : new UserError(
          msg`${hidden} is hidden in Excel: the groups file does not read it, so the households or residents of ${these} are on no group's tracking sheet`,
          at,
          msg`If the group is still there, show its row in the groups file (select the rows around it › Unhide) and save the file; if it was dissolved or merged, write in ${these} of the residents list the group that took its households in.`,
        );
  }
  const g = found.likely;
  if (g) {
    const said =
      found.by === 'id'
        ? msg`no group of the groups file has the id "${id}": is it the id "${g.id}" (${g.name})?`
        : id && name
          ? msg`no group of the groups file has the id "${id}" or the name "${name}": is it "${g.name}" (id ${g.id})?`
          : msg`no group of the groups file has the name "${name}": is it "${g.name}" (id ${g.id})?`;
    return new UserError(
      said,
      at,
      found.by === 'id'
        ? msg`If so, correct the id in ${these} to ${g.id}, as the groups file has it.`
        : msg`If so, write the group's id (${g.id}) or its name as the groups file has it ("${g.name}") in ${these}.`,
    );
  }
  const said =
    id && name
      ? msg`no group of the groups file has the id "${id}" or the name "${name}"`
      : id
        ? msg`no group of the groups file has the id "${id}"`
        : name
          ? msg`no group of the groups file has the name "${name}"`
          : msg`no group of the groups file has the empty id and name`;
  return new UserError(said, at, checkRowsHint(of));
}

/** Why a cell's figure is not read, at its cell, with how to write it. */
function figureTextError(
  problem: FigureTextProblem,
  text: string,
  m: Measure,
  at: { file: string; row: number; field: string },
): UserError {
  const unit = quantityUnitOf(m);
  // A sum in whole đồng is no count of things: its refusals say money's way (qa24 F10).
  if (moneyScaleOf(m) === 1 && unit === undefined) {
    const write = msg`Write the whole sum in đồng, in digits, e.g. 12.500.000 (or 12,5 triệu).`;
    switch (problem) {
      case 'negative':
        return new UserError(msg`a negative sum (${text})`, at, write);
      case 'fraction':
        return new UserError(
          msg`"${text}" has a decimal part, but a sum in đồng is whole`,
          at,
          write,
        );
      case 'too-large':
        return new UserError(msg`"${text}" is too large for a figure`, at, write);
      default:
        return new UserError(msg`"${text}" is not a sum of money`, at, write);
    }
  }
  const hint =
    unit === undefined
      ? msg`A figure is a count of 0 or more, written with digits (thousands may be grouped: 1.234).`
      : msg`A figure in ${unit} is a number of 0 or more with at most two decimals, written with a decimal comma: 95,5 or 1.234,5.`;
  switch (problem) {
    case 'negative':
      return new UserError(msg`a negative count (${text})`, at, hint);
    case 'fraction':
      return new UserError(
        msg`"${text}" has a decimal part, but "${m.label}" counts ${countedOf(m).noun}: a whole number`,
        at,
        msg`Write a whole number, without a decimal part, e.g. 245 or 1.234.`,
      );
    case 'decimals':
      return new UserError(
        msg`"${text}" has more than two decimals, or marks whose meaning cannot be told`,
        at,
        hint,
      );
    case 'too-large':
      return new UserError(msg`"${text}" is too large for a figure`, at, hint);
    case 'not-a-number':
      return new UserError(
        unit === undefined ? msg`"${text}" is not a whole number` : msg`"${text}" is not a number`,
        at,
        hint,
      );
  }
}

/**
 * A row whose id names a group its name does not: nothing of it is taken, both cells said ("mã 8
 * là “Tổ 8”, nhưng tên ghi “Tổ 7”"), and the group the name gives when it gives one.
 */
export function disagreement(
  d: { byId: Group; byName?: Group; likely?: true },
  id: string,
  name: string,
  columns: Partial<Record<string, Column>>,
  at: { file: string; row: number },
  of: RowsSaid = ONE_RESULTS_ROW,
): UserError {
  const these = theseRows(of);
  const whose = rowsGroup(of);
  const left = notTaken(of);
  const header = columns.id?.header ?? '';
  const counter = isRowCounter(header);
  // A row counter names no group (qa43 minor 7: "STT 1 là “Tổ dân phố Đông Hưng”, nhưng …"
  // then "STT is no group's id"): only the name is said.
  const said = counter
    ? msg`the name written, "${name}", is no group's name in the groups file`
    : msg`the id ${id} is "${d.byId.name}", but the name written is "${name}"`;
  const other = d.byName;
  const hint = counter
    ? other
      ? msg`The column "${header}" counts the rows, it is not the group's id: write the group's name as the groups file has it ("${other.name}"), or add a column "Mã tổ" with its id. ${left}`
      : msg`The column "${header}" counts the rows, it is not the group's id: write the group's name as the groups file has it, or add a column "Mã tổ" with its id. ${left}`
    : other && !d.likely
      ? msg`In the groups file "${other.name}" has the id ${other.id}: correct the id or the name in ${these} to ${whose}. ${left}`
      : other
        ? msg`Is it "${other.name}" (id ${other.id})? Correct the id or the name in ${these} to ${whose}. ${left}`
        : msg`Correct the id or the name in ${these} to ${whose}, as the groups file has them. ${left}`;
  return new UserError(said, { ...at, field: columns.name?.header ?? header }, hint);
}

/**
 * A figure far out of line with its group's target (results/figures.ts offTargetOf), naming the
 * group, in the words of the leader's form (serve/results-form.ts offTargetText): "Tổ dân phố 3:
 * 125.000.000 đồng là gấp 10 lần chỉ tiêu 12.500.000 đồng: kiểm tra lại số chữ số 0 trước khi
 * ký báo cáo".
 */
function offTargetMessage(p: Extract<FigureProblem, { kind: 'off-target' }>): Message {
  const value = formatFigure(p.value);
  const target = formatFigure(p.target);
  if (p.zero)
    return msg`${p.group}: ${value} ${p.valueUnit}, but the groups list gives it ${zeroBaseSaid(p.word)}: check the figure before signing the report`;
  if (zerosInQuestion(p))
    return msg`${p.group}: ${value} ${p.unit} is ${timesSaid(p.times)} times the ${p.word} of ${target} ${p.unit}: check the number of zeros before signing the report`;
  if (!p.low)
    return msg`${p.group}: ${value} ${p.unit} is ${timesSaid(p.times)} times the ${p.word} of ${target} ${p.unit}: check the figure before signing the report`;
  // A fee or fund's sum with no target, too small to be believed (qa43 M3).
  if (p.thin)
    return p.thin.households === undefined
      ? msg`${p.group}: ${value} đồng, less than ${formatFigure(THIN_GROUP_SUM)} đồng for the whole group: was it written in thousands of đồng (${formatFigure(p.value * 1000)})? Check it before signing the report`
      : msg`${p.group}: ${value} đồng, less than ${formatFigure(THIN_PER_HOUSEHOLD)} đồng for each of its ${formatFigure(p.thin.households)} households: was it written in thousands of đồng (${formatFigure(p.value * 1000)})? Check it before signing the report`;
  return p.money === 1
    ? msg`${p.group}: ${value} ${p.unit} is less than 1% of the ${p.word} of ${target} ${p.unit}: was it written in thousands of đồng (${formatFigure(p.value * 1000)})? Check it before signing the report`
    : msg`${p.group}: ${value} ${p.unit} is less than 1% of the ${p.word} of ${target} ${p.unit}: check the figure before signing the report`;
}

/** A figure above its group's base, naming the group, the figure and the base. */
function aboveMessage(p: Extract<FigureProblem, { kind: 'above' }>): Message {
  // Written as the leader's form writes them: "125.000.000", not "125000000" (qa25 F6).
  const value = formatFigure(p.value);
  const limit = formatFigure(p.limit);
  switch (p.base) {
    case 'population':
      return msg`${value} is more than the population of ${p.group} (${limit})`;
    case 'voters':
      return msg`${value} is more than the voters of ${p.group} (${limit})`;
    case 'households':
      return msg`${value} is more than the households of ${p.group} (${limit})`;
    case 'column':
      return msg`${value} is more than ${p.name ?? p.unit} of ${p.group} (${limit})`;
    case 'people-per-household':
      return msg`${value} people is too many for the ${formatFigure(p.limit / MAX_PEOPLE_PER_HOUSEHOLD)} households of ${p.group} (more than ${MAX_PEOPLE_PER_HOUSEHOLD} a household)`;
  }
}

export const RESULTS_EXTENSIONS = [...TEXT_TABLE_EXTENSIONS, '.xlsx'];

export async function loadResultsFile(
  file: string,
  measures: readonly Measure[],
  groups: readonly Group[],
  confirmed = false,
  term?: GroupTerm,
  hidden?: HiddenGroups,
): Promise<ResultsFile> {
  if (!RESULTS_EXTENSIONS.includes(extname(file).toLowerCase())) {
    throw new UserError(
      msg`a results file must be a .csv, .txt (Excel "Unicode Text") or .xlsx file`,
      { file },
      msg`Save the figures as CSV UTF-8 (.csv) or as an Excel workbook (.xlsx).`,
    );
  }
  const bytes = await readBytes(file, msg`Check the path given to --results.`);
  return parseResultsFile(bytes, file, measures, groups, confirmed, term, hidden);
}
