/**
 * Load stage, groups: XLSX bytes → one RawTable per non-empty worksheet, in workbook order.
 * In: the file's bytes. Out: for each sheet, its first non-empty row as header and the non-empty
 * rows under it, cells as cleaned text, row numbers as Excel shows them. (A title above the real
 * header is dealt with by header-row.ts, which knows what a header looks like.)
 *
 * Cells become text here so the validator treats both formats alike; which cells were numbers is
 * kept because a phone stored as a number has lost its leading 0.
 */
import type ExcelJS from 'exceljs';
import { UserError } from '../../errors.js';
import { msg } from '../../messages/message.js';
import { cleanCell, isEmptyRow, type RawRow, type RawTable } from './table.js';

type Scalar = number | string | boolean | Date | null | undefined;

function scalarText(v: Scalar): string {
  // A date typed into a cell: as the clerk typed it (dd/mm/yyyy), not as ISO.
  if (v instanceof Date) {
    const two = (n: number) => String(n).padStart(2, '0');
    return `${two(v.getUTCDate())}/${two(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
  }
  return cleanCell(v);
}

/** The text Excel would show for a cell value (without number formatting). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || typeof value !== 'object' || value instanceof Date)
    return scalarText(value);
  if ('richText' in value) return cleanCell(value.richText.map((r) => r.text).join(''));
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  if ('result' in value) {
    const r = value.result;
    return r !== null && typeof r === 'object' && 'error' in r ? r.error : scalarText(r);
  }
  return '';
}

function isNumber(value: ExcelJS.CellValue): boolean {
  if (typeof value === 'number') return true;
  return value !== null && typeof value === 'object' && 'result' in value
    ? typeof value.result === 'number'
    : false;
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

function readRow(row: ExcelJS.Row): RawRow {
  const cells: string[] = [];
  const numeric: boolean[] = [];
  const merged: boolean[] = [];
  const unsaved: boolean[] = [];
  for (let c = 1; c <= row.cellCount; c++) {
    const cell = row.getCell(c);
    // exceljs gives every cell of a merge the top-left cell's value.
    const value = cell.value;
    cells.push(cellText(value));
    numeric.push(isNumber(value));
    unsaved.push(isUnsavedFormula(value));
    merged.push(cell.isMerged && cell.master.address !== cell.address);
  }
  return { row: row.number, cells, numeric, merged, unsaved };
}

function readSheet(sheet: ExcelJS.Worksheet, active: boolean): RawTable | undefined {
  const rows: RawRow[] = [];
  // eachRow skips rows that were never written; rows with only blank or formatted cells
  // (Excel keeps those after a delete) are dropped by isEmptyRow.
  sheet.eachRow((row) => {
    const raw = readRow(row);
    if (!isEmptyRow(raw.cells)) rows.push(raw);
  });
  const [header, ...data] = rows;
  return header ? { header, rows: data, sheet: { name: sheet.name, active } } : undefined;
}

export async function readXlsxTables(bytes: Uint8Array, file: string): Promise<RawTable[]> {
  // Loaded on first use: most wards send CSV, and ExcelJS costs every thread ~25 MB.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  // exceljs types its parameter as its own `Buffer extends ArrayBuffer`; at run time it wants a
  // Node Buffer, which is what this is.
  const buffer = Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0];
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
  // when the file does not say.
  const active = workbook.worksheets[workbook.views?.[0]?.activeTab ?? 0];
  for (const sheet of workbook.worksheets) {
    const table = readSheet(sheet, sheet === active);
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
