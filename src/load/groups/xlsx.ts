/**
 * Load stage, groups: XLSX bytes → one RawTable per non-empty worksheet, in workbook order.
 * In: the file's bytes. Out: for each sheet, its first non-empty row as header and the non-empty
 * rows under it, cells as cleaned text, row numbers as Excel shows them. (A title above the real
 * header is dealt with by header-row.ts, which knows what a header looks like.)
 *
 * Cells become text here, as Excel shows them (cell-display.ts: "85%", "7:30", "12,5"), so the
 * validator treats both formats alike and prints what the office typed; which cells were numbers
 * is kept because a phone stored as a number has lost its leading 0.
 */
import type ExcelJS from 'exceljs';
import { UserError } from '../../errors.js';
import { msg } from '../../messages/message.js';
import { fromTcvn3Font, tcvn3Font } from '../legacy-fonts.js';
import { checkInflatedSize } from '../limits.js';
import { displayNumber, type Numfmt } from './cell-display.js';
import { documentNotTable, isWordDocument, textNotWorkbook, WORD_HINT } from './file-kind.js';
import { cleanCell, isEmptyRow, type RawRow, type RawTable } from './table.js';

type Scalar = number | string | boolean | Date | null | undefined;

function scalarText(v: Scalar, numFmt: string | undefined, numfmt: Numfmt): string {
  // A number or date as Excel shows it (its number format), not the stored value.
  if (typeof v === 'number' || v instanceof Date)
    return cleanCell(displayNumber(numfmt, v, numFmt));
  return cleanCell(v);
}

/** The text Excel shows for a cell: its value under the cell's number format. */
function cellText(value: ExcelJS.CellValue, numFmt: string | undefined, numfmt: Numfmt): string {
  if (value === null || typeof value !== 'object' || value instanceof Date)
    return scalarText(value, numFmt, numfmt);
  if ('richText' in value) return cleanCell(value.richText.map((r) => r.text).join(''));
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue, numFmt, numfmt);
  if ('error' in value) return value.error;
  if ('result' in value) {
    const r = value.result;
    return r !== null && typeof r === 'object' && 'error' in r
      ? r.error
      : scalarText(r, numFmt, numfmt);
  }
  return '';
}

/**
 * A rich-text cell's text read run by run, each by its own font (a run naming none has the
 * cell's): undefined when no run is in a TCVN3 font, or a ".Vn" run holds characters no 8-bit
 * font has (Unicode typed over an old font: the cell's own rule decides).
 */
function runsByFont(value: ExcelJS.CellValue, cellFont: string | undefined): string | undefined {
  if (value === null || typeof value !== 'object' || !('richText' in value)) return undefined;
  let old = false;
  const parts: string[] = [];
  for (const run of value.richText) {
    const kind = tcvn3Font(run.font?.name ?? cellFont);
    if (!kind) {
      parts.push(run.text);
      continue;
    }
    const converted = fromTcvn3Font(run.text, kind);
    if (!converted) return undefined;
    old = true;
    parts.push(converted.unicode);
  }
  return old ? cleanCell(parts.join('')) : undefined;
}

function isNumber(value: ExcelJS.CellValue): boolean {
  if (typeof value === 'number') return true;
  return value !== null && typeof value === 'object' && 'result' in value
    ? typeof value.result === 'number'
    : false;
}

/** A number cell's (or a formula's number result's) stored value. */
function storedNumber(value: ExcelJS.CellValue): Scalar {
  return typeof value === 'object' && value !== null && 'result' in value
    ? (value.result as Scalar)
    : (value as Scalar);
}

/**
 * A cell's value, a formula's with its result even when falsy: exceljs's `value` drops a result
 * of 0, false or "" (a COUNTIF counting none read as a formula saved without its result).
 */
function formulaWithResult(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const value = cell.value;
  if (value === null || typeof value !== 'object' || 'result' in value) return value;
  if (!('formula' in value || 'sharedFormula' in value)) return value;
  const result = cell.master.result;
  return result === undefined || result === null
    ? value
    : ({ ...value, result } as ExcelJS.CellValue);
}

/** A formula whose result the file does not hold (saved without recalculating). */
function isUnsavedFormula(value: ExcelJS.CellValue): boolean {
  if (
    value === null ||
    typeof value !== 'object' ||
    !('formula' in value || 'sharedFormula' in value)
  )
    return false;
  const r = (value as { result?: unknown }).result;
  return r === undefined || r === null;
}

/** The cell is part of a merge wider than one column: its master is beside it, or it masters the next. */
function spansColumns(row: ExcelJS.Row, cell: ExcelJS.Cell, c: number): boolean {
  if (!cell.isMerged) return false;
  const master = cell.master;
  // exceljs types row and col as strings; they are numbers at run time.
  if (master !== cell) return Number(master.row) === row.number && Number(master.col) !== c;
  return c < row.cellCount && row.getCell(c + 1).master === cell;
}

/** A cell holding a date (a formula's date result too): shown in its format, not as typed. */
function isDate(value: ExcelJS.CellValue): boolean {
  return (
    value instanceof Date ||
    (value !== null &&
      typeof value === 'object' &&
      'result' in value &&
      value.result instanceof Date)
  );
}

/** A date as an office types it, "20/4/2027" or "20/04/2027". */
const TYPED_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * A column whose dates the office typed as text without leading zeros ("20/4/2027") shows its
 * date cells so too, not as their format's "21/04/2027" (qa55 p8: one column, two styles on the
 * tổ's notices). Only when every date typed in the column is written that way.
 */
function datesAsTyped(rows: readonly RawRow[], dates: ReadonlyMap<RawRow, ReadonlySet<number>>) {
  const columns = new Set([...dates.values()].flatMap((set) => [...set]));
  for (const c of columns) {
    const typed = rows
      .filter((r) => !dates.get(r)?.has(c))
      .map((r) => TYPED_DATE.exec(r.cells[c] ?? ''))
      .filter((m) => m !== null);
    const bare = (m: RegExpExecArray) => [m[1], m[2]].some((p) => p?.length === 1);
    const padded = (m: RegExpExecArray) => [m[1], m[2]].some((p) => p?.startsWith('0'));
    if (typed.length === 0 || !typed.every((m) => bare(m) && !padded(m))) continue;
    for (const r of rows) {
      const m = dates.get(r)?.has(c) ? TYPED_DATE.exec(r.cells[c] ?? '') : null;
      if (m) r.cells[c] = `${Number(m[1])}/${Number(m[2])}/${m[3]}`;
    }
  }
}

function readRow(row: ExcelJS.Row, numfmt: Numfmt, dates?: Set<number>): RawRow {
  const cells: string[] = [];
  const numeric: boolean[] = [];
  const stored: string[] = [];
  const merged: boolean[] = [];
  const unsaved: boolean[] = [];
  const across: boolean[] = [];
  const fonts: ('lower' | 'capitals' | undefined)[] = [];
  const runs: (string | undefined)[] = [];
  for (let c = 1; c <= row.cellCount; c++) {
    const cell = row.getCell(c);
    // exceljs gives every cell of a merge the top-left cell's value (shown in its format).
    const value = formulaWithResult(cell);
    cells.push(cellText(value, cell.master.numFmt, numfmt));
    if (isDate(value)) dates?.add(c - 1);
    numeric.push(isNumber(value));
    stored.push(isNumber(value) ? cleanCell(storedNumber(value)) : '');
    unsaved.push(isUnsavedFormula(value));
    merged.push(cell.isMerged && cell.master.address !== cell.address);
    across.push(spansColumns(row, cell, c));
    // A rich-text cell's runs each name their font: one in .VnTime is TCVN3 whatever the cell's.
    const byRuns = runsByFont(value, cell.master.font?.name);
    fonts.push(byRuns === undefined ? tcvn3Font(cell.master.font?.name) : 'lower');
    runs.push(byRuns);
  }
  const read: RawRow = { row: row.number, cells, numeric, stored, merged, unsaved, across };
  if (fonts.some(Boolean)) read.tcvn3Font = fonts;
  if (runs.some((r) => r !== undefined)) read.tcvn3Runs = runs;
  if (row.hidden) read.hidden = true;
  return read;
}

function readSheet(
  sheet: ExcelJS.Worksheet,
  active: boolean,
  numfmt: Numfmt,
): RawTable | undefined {
  const rows: RawRow[] = [];
  // eachRow skips rows that were never written; rows with only blank or formatted cells
  // (Excel keeps those after a delete) are dropped by isEmptyRow.
  const dates = new Map<RawRow, Set<number>>();
  sheet.eachRow((row) => {
    const cells = new Set<number>();
    const raw = readRow(row, numfmt, cells);
    if (isEmptyRow(raw.cells)) return;
    rows.push(raw);
    if (cells.size > 0) dates.set(raw, cells);
  });
  datesAsTyped(rows, dates);
  const [header, ...data] = rows;
  if (!header) return undefined;
  const width = Math.max(...rows.map((r) => r.cells.length));
  // A column hidden by hand (the leaders' ID numbers): Excel neither prints nor copies it.
  const hiddenColumns = Array.from({ length: width }, (_, i) => i).filter(
    (i) => sheet.getColumn(i + 1).hidden,
  );
  return {
    header,
    rows: data,
    sheet: { name: sheet.name, active, hidden: !isVisible(sheet) },
    ...(hiddenColumns.length ? { hiddenColumns } : {}),
  };
}

/** Shown in Excel's tabs: not hidden, nor "very hidden" (only a macro can show those). */
function isVisible(sheet: ExcelJS.Worksheet): boolean {
  return sheet.state !== 'hidden' && sheet.state !== 'veryHidden';
}

export async function readXlsxTables(bytes: Uint8Array, file: string): Promise<RawTable[]> {
  // Loaded on first use: most wards send CSV, and ExcelJS costs every thread ~25 MB.
  const [{ default: Excel }, numfmt] = await Promise.all([import('exceljs'), import('numfmt')]);
  const workbook = new Excel.Workbook();
  // exceljs types its parameter as its own `Buffer extends ArrayBuffer`; at run time it wants a
  // Node Buffer, which is what this is.
  const buffer = Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0];
  // A Word document under an .xlsx name (both are zip files), a PDF or a picture: said as what
  // it is, not "no data" or "not a workbook".
  const document = documentNotTable(bytes, file) ?? textNotWorkbook(bytes, file);
  if (document) throw document;
  if (isWordDocument(bytes)) {
    throw new UserError(
      msg`the file is a Word document (.docx), not an Excel workbook`,
      { file },
      WORD_HINT,
    );
  }
  // A small file that inflates to gigabytes is refused before it is inflated (qa9 Q5).
  await checkInflatedSize(bytes, file, 'xlsx');
  try {
    await workbook.xlsx.load(buffer);
  } catch {
    // The zip library's message ("Corrupted zip?") would not help a ward office; the hint does.
    throw new UserError(
      msg`the file is not a readable Excel workbook`,
      { file },
      msg`Save it from Excel or LibreOffice as "Excel Workbook (*.xlsx)"; old .xls files and password-protected workbooks cannot be read.`,
    );
  }
  const tables: RawTable[] = [];
  // The sheet on screen when the workbook was saved (Excel opens it there again); the first
  // visible one when the file does not say, or names a hidden sheet (Excel never shows one:
  // files written by other programs often have no views, and their first sheet may be last
  // year's list, hidden; qa12 Q1).
  const visible = workbook.worksheets.filter(isVisible);
  const saved = workbook.worksheets[workbook.views?.[0]?.activeTab ?? 0];
  const active = saved && isVisible(saved) ? saved : (visible[0] ?? saved);
  for (const sheet of workbook.worksheets) {
    const table = readSheet(sheet, sheet === active, numfmt);
    if (table) tables.push(table);
  }
  if (tables.length === 0) {
    throw new UserError(
      msg`the workbook has no data`,
      { file },
      msg`The first row must be the header.`,
    );
  }
  return tables;
}
