/**
 * Output stage: the report's figures as a workbook (report.xlsx), for the city's own forms. In:
 * the report's data (results/report-model.ts, the same the PDF prints). Out: one sheet with a row
 * per group in rank order — rank, id, name, each measure's figure and rate (a number, in %, to
 * one decimal as the PDF rounds it) — and the ward's totals; figures are numbers, not text, so
 * the city can add them up again.
 */
import ExcelJS from 'exceljs';
import type { ReportData } from '../results/report-model.js';

export const REPORT_SHEET = 'Kết quả';

export async function reportWorkbook(data: ReportData, title: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(`${data.date.iso}T00:00:00Z`);
  wb.modified = wb.created;
  const ws = wb.addWorksheet(REPORT_SHEET);
  ws.addRow([title]).font = { bold: true };
  const head = ws.addRow([
    'Hạng',
    `Mã ${data.term.short}`,
    data.term.Group,
    ...data.measures.flatMap((m) => [
      m.label,
      `Tỷ lệ ${m.label.charAt(0).toLocaleLowerCase('vi')}${m.label.slice(1)} (%)`,
    ]),
  ]);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle' };
  const rate = (r: number | undefined) => (r === undefined ? null : r / 10);
  for (const r of data.rows) {
    ws.addRow([
      r.rank ?? null,
      r.id,
      r.name,
      ...data.measures.flatMap((_, i) => [r.values[i] ?? null, rate(r.rates[i])]),
    ]);
  }
  const total = ws.addRow([
    null,
    null,
    `Toàn ${data.unitTerm}`,
    // A measure no group reported has no total, as in the PDF.
    ...data.totals.flatMap((t) => (t.groups === 0 ? [null, null] : [t.value, rate(t.rate)])),
  ]);
  total.font = { bold: true };
  ws.columns.forEach((col, i) => {
    col.width = i === 2 ? 24 : i < 2 ? 8 : 16;
    if (i >= 3 && (i - 3) % 2 === 1) col.numFmt = '0.0';
  });
  ws.views = [{ state: 'frozen', ySplit: 2 }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
