/**
 * Test support for the loaders: catching the UserError a bad input must give, and making real
 * XLSX workbooks with exceljs.
 */
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { UserError } from '../../src/errors.js';

/** Runs `fn` (sync or async) and returns the UserError it throws; fails on anything else. */
export async function userError(fn: () => unknown): Promise<UserError> {
  try {
    await fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('expected a UserError, nothing was thrown');
}

/** The same for a synchronous call. */
export function userErrorSync(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('expected a UserError, nothing was thrown');
}

/** An XLSX workbook of the given sheets; `shape` may merge cells or set types per sheet. */
export async function xlsxBytes(
  sheets: Record<string, ExcelJS.CellValue[][]>,
  shape?: (ws: ExcelJS.Worksheet, name: string) => void,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
    shape?.(ws, name);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
