/**
 * Output stage: the report's figures as a workbook (report.xlsx), for the city's own forms. In:
 * the report's data (results/report-model.ts, the same the PDF prints). Out: one sheet with a row
 * per group in rank order — rank, id, name, the list's population and/or households the rates are
 * taken against (the bases the measures use, so the city can check a rate), each measure's
 * figure and rate (a number, in %, to one decimal as the PDF rounds it), and a note for a figure
 * above its base — and the ward's totals; figures are numbers, not text, so the city can add them
 * up again (a quantity's with its decimals shown: "95,5" kg).
 */
import ExcelJS from 'exceljs';
import { figureDecimals } from '../model/format.js';
import { pendingSaid, wardRowLabel } from '../results/pending-said.js';
import type { ReportData, ReportRow } from '../results/report-model.js';

export const REPORT_SHEET = 'Kết quả';

/**
 * The base columns: one per count the measures are rates of, people first, then households, then
 * the list's own columns ("Số cử tri") under their header as the campaign names them.
 */
function baseColumns(data: ReportData) {
  const order = (of: string) => (of === 'people' ? 0 : of === 'households' ? 1 : 2);
  const kinds = [...new Set(data.measures.map((m) => m.of))].sort((a, b) => order(a) - order(b));
  return kinds.map((of) => {
    const i = data.measures.findIndex((m) => m.of === of);
    return {
      head: of === 'people' ? 'Số nhân khẩu' : of === 'households' ? 'Số hộ' : of,
      of: (r: ReportRow) => r.bases[i],
      // The ward's base is the one the totals' rates use: every group's, reported or not.
      total: data.totals[i]?.base,
    };
  });
}

/**
 * "Vượt số nhân khẩu trong danh sách, đã xác nhận": what the PDF's "*" says, for a row with such
 * a figure ("Vượt chỉ tiêu số người đăng ký hiến máu" for one over its target); "đã xác nhận" only when each of the row's such figures was confirmed as stored (a
 * base lowered after the group reported makes a figure above it unconfirmed: above-note.ts).
 */
function noteOf(data: ReportData, r: ReportRow): string | null {
  const units = [...new Set(data.measures.filter((_, i) => r.above[i]).map((m) => m.unit))];
  const confirmed = r.unconfirmed.every((u) => !u);
  // Over a target ("Chỉ tiêu (người)") is good news, said as the PDF says it (qa19).
  const over = data.measures
    .filter((_, i) => r.over[i])
    .map((m) => `${m.targetWord} ${lowerFirst(m.label)}`);
  const notes = [
    ...(units.length
      ? [
          `Vượt số ${units.join(', ')} trong danh sách${confirmed ? ', đã xác nhận' : ', cần kiểm tra lại'}`,
        ]
      : []),
    ...(over.length ? [`Vượt ${over.join(', ')}`] : []),
  ];
  return notes.length ? notes.join('; ') : null;
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

export async function reportWorkbook(data: ReportData, title: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(`${data.date.iso}T00:00:00Z`);
  wb.modified = wb.created;
  const ws = wb.addWorksheet(REPORT_SHEET);
  const bases = baseColumns(data);
  const notes = data.rows.map((r) => noteOf(data, r));
  const noted = notes.some(Boolean);
  ws.addRow([title]).font = { bold: true };
  const head = ws.addRow([
    'Hạng',
    `Mã ${data.term.short}`,
    data.term.Group,
    ...bases.map((b) => b.head),
    ...data.measures.flatMap((m) => [
      m.label,
      `Tỷ lệ ${m.label.charAt(0).toLocaleLowerCase('vi')}${m.label.slice(1)} (%)`,
    ]),
    ...(noted ? ['Ghi chú'] : []),
  ]);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle' };
  const rate = (r: number | undefined) => (r === undefined ? null : r / 10);
  data.rows.forEach((r, row) => {
    ws.addRow([
      r.rank ?? null,
      r.id,
      r.name,
      ...bases.map((b) => b.of(r) ?? null),
      ...data.measures.flatMap((_, i) => [r.values[i] ?? null, rate(r.rates[i])]),
      ...(noted ? [notes[row] ?? null] : []),
    ]);
  });
  const total = ws.addRow([
    null,
    null,
    // While groups are still reporting, its rates count them as 0: said as the headline says it.
    wardRowLabel(data.unitTerm, pendingSaid(data.totals, data.term.short)),
    ...bases.map((b) => b.total ?? null),
    // A measure no group reported has no total, as in the PDF.
    ...data.totals.flatMap((t) => (t.groups === 0 ? [null, null] : [t.value, rate(t.rate)])),
  ]);
  total.font = { bold: true };
  const first = 3 + bases.length;
  const last = first + 2 * data.measures.length;
  // A quantity's figures with decimals ("95,5" kg) are shown with as many as the column's figures
  // have (one or two), every figure of the column alike; a column of whole figures keeps Excel's.
  const decimals = data.measures.map((_, i) =>
    Math.max(
      0,
      ...data.rows.map((r) => figureDecimals(r.values[i] ?? 0)),
      figureDecimals(data.totals[i]?.value ?? 0),
    ),
  );
  ws.columns.forEach((col, i) => {
    col.width = i === 2 ? 24 : i < 2 ? 8 : i >= last ? 36 : i < first ? 12 : 16;
    if (i >= first && i < last && (i - first) % 2 === 1) col.numFmt = '0.0';
    const places = decimals[(i - first) / 2] ?? 0;
    if (i >= first && i < last && (i - first) % 2 === 0 && places > 0)
      col.numFmt = `#,##0.${'0'.repeat(places)}`;
  });
  ws.views = [{ state: 'frozen', ySplit: 2 }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
