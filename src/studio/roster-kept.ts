/**
 * Studio: a residents list kept to the columns the tool reads (qa46 F1, Decree 13/2023/NĐ-CP:
 * keep only what the purpose needs). An office's list often carries more than the tracking sheet
 * prints — ID card numbers, birth dates, phones — and the stored list goes into the leaders'
 * served copy and the backups. So the studio stores the list as a workbook of one sheet with the
 * columns the tracking sheet reads only (roster-ward.ts `kept`: all but those said printed nowhere —
 * the group, number, name, address, a person's birth, a fee's amount owed and exemption, counts;
 * qa59 M1), side by side, each row at its row number (a problem said later
 * names the row the office's own file has), every cell as text ("01" stays "01"). In: the list as
 * read (WardRosterReport.kept). Out: the workbook's bytes.
 */
import type { WardRosterReport } from '../load/roster-ward.js';

/** The one sheet's name. */
const SHEET = 'Danh sách hộ';

export async function keptRosterBytes(kept: WardRosterReport['kept']): Promise<Uint8Array> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet(SHEET);
  for (const raw of [kept.header, ...kept.rows]) {
    const row = sheet.getRow(raw.row);
    kept.columns.forEach((i, at) => {
      const text = raw.cells[i] ?? '';
      if (text !== '') row.getCell(at + 1).value = text;
    });
  }
  kept.columns.forEach((_, at) => {
    sheet.getColumn(at + 1).numFmt = '@';
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
