/**
 * Test support: a groups workbook cut to its first groups, its other sheets (a residents list's
 * "DS hộ sơ tán") as they are. For a test whose builds are not about the ward's size: each group
 * more is a tracking sheet of hundreds of numbered rows and the rest of its documents drawn.
 */
import ExcelJS from 'exceljs';

/** The workbook `file` with only the first `count` rows under the header of sheet `sheet`. */
export async function workbookFirstGroups(
  file: string,
  sheet: string,
  count: number,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet "${sheet}" in ${file}`);
  const rows = ws.actualRowCount;
  if (count + 1 >= rows) throw new Error(`sheet "${sheet}" has ${rows - 1} groups`);
  ws.spliceRows(count + 2, rows - count - 1);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
