/**
 * Output stage: the report's figures as a workbook (report.xlsx), for the city's own forms. In:
 * the report's data (results/report-model.ts, the same the PDF prints). Out: a sheet with a row
 * per group in rank order — rank, id, name, its area when the campaign totals by one (`totals_by`:
 * "Khu vực bỏ phiếu"), the list's population and/or households the rates are
 * taken against (the bases the measures use, so the city can check a rate), each measure's
 * figure and rate (a number, in %, to one decimal as the PDF rounds it), and a note for a figure
 * above its base — and the ward's totals; figures are numbers, not text, so the city can add them
 * up again (a quantity's with its decimals shown: "95,5" kg). With `totals_by`, a second sheet
 * "Theo khu vực bỏ phiếu" totals each area as the report's "Kết quả chung" does (areasSheet).
 */
import ExcelJS from 'exceljs';
import { figureDecimals, formatFigure, upperFirst } from '../model/format.js';
import { isAmount, rateLabel } from '../model/measure-base.js';
import { earlySaid } from '../results/early.js';
import { lateSaid } from '../results/late.js';
import { pendingSaid, wardRowLabel } from '../results/pending-said.js';
import {
  type ReportData,
  type ReportRow,
  totalOver,
  uncheckedSaid,
  uncheckedTotalSaid,
  unlistedReportSaid,
} from '../results/report-model.js';
import type { Total } from '../results/standings.js';
import { unratedWho, zeroBaseSaid } from '../results/unrated-said.js';

export const REPORT_SHEET = 'Kết quả';

/**
 * The base columns: one per count the measures are rates of, people first, then households, then
 * the list's own columns ("Số cử tri") under their header as the campaign names them.
 */
function baseColumns(data: ReportData) {
  const order = (of: string) => (of === 'people' ? 0 : of === 'households' ? 1 : 2);
  // A plain amount (of: amount) is taken against nothing: no base column.
  const kinds = [...new Set(data.measures.map((m) => m.of))]
    .filter((of) => !isAmount({ of }))
    .sort((a, b) => order(a) - order(b));
  return kinds.map((of) => {
    const i = data.measures.findIndex((m) => m.of === of);
    return {
      head: of === 'people' ? 'Số nhân khẩu' : of === 'households' ? 'Số hộ' : of,
      // A base of 0 (a target's, a count's: zeroBase) is printed as the list gives it (no rate: the row's note says why).
      of: (r: ReportRow) => (r.zero[i] ? 0 : r.bases[i]),
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
  const bases = [...new Set(data.measures.filter((_, i) => r.above[i]).map((m) => m.baseName))];
  const confirmed = r.unconfirmed.every((u) => !u);
  // Over a target ("Chỉ tiêu (người)") is good news, said as the PDF says it (qa19).
  const over = data.measures
    .filter((_, i) => r.over[i] && !r.unchecked[i])
    .map((m) => `${m.targetWord} ${lowerFirst(m.label)}`);
  const unchecked = uncheckedSaid(data, zeroUnchecked(r));
  const notes = [
    ...(bases.length
      ? [
          `Vượt ${bases.join(', ')} trong danh sách${confirmed ? ', đã xác nhận' : ', cần kiểm tra lại'}`,
        ]
      : []),
    ...(over.length ? [`Vượt ${over.join(', ')}`] : []),
    // Far out of line with its target, not confirmed by the office: as the PDF marks it.
    // A figure where the list gives 0 says so once, with what follows ("…bằng 0, không tính tỷ
    // lệ"), not again as the base's 0 below.
    ...(unchecked ? [upperFirst(unchecked)] : []),
    // A base of 0 (a target of 0, "0 trẻ cần tiêm") is none to rate against: said, as the PDF
    // says it (model/measure-base.ts zeroBase).
    ...data.measures
      .filter((_, i) => r.zero[i] && !r.unchecked[i])
      .map((m) => `${upperFirst(zeroBaseSaid(m.baseName))}: không tính tỷ lệ`),
    // Sent after the figures were due (qa43 m5), as the PDF's closing lists it.
    ...(r.late && data.due ? [upperFirst(lateSaid(data.due))] : []),
    // Sent before the group's event (qa54 p4): counted, and said, as the PDF's closing lists it.
    ...(r.early ? [upperFirst(earlySaid(r.early))] : []),
    // A group that reported, but not a plain amount's figure (an empty cell): not in its sum,
    // which has no rate to show it by (qa55 M1; the PDF says "29 túi (2 tổ đã báo cáo)").
    ...(r.values.some((v) => v !== undefined)
      ? data.measures
          .filter((m, i) => r.values[i] === undefined && isAmount(m))
          .map((m) => `Chưa báo cáo ${lowerFirst(m.label)}`)
      : []),
  ];
  return notes.length ? notes.join('; ') : null;
}

/**
 * A row whose figures not yet confirmed because the list gives their base as 0 (figures.ts
 * offTargetOf `zero`) say, in the note, that they have no rate: "chưa xác nhận: danh sách ghi
 * chỉ tiêu bằng 0, không tính tỷ lệ" (qa25 c3: said twice before, as unchecked and as a 0).
 */
const zeroUnchecked = (r: ReportRow): ReportRow => ({
  ...r,
  unchecked: r.unchecked.map((u, i) => (u && r.zero[i] ? `${u}, không tính tỷ lệ` : u)),
});

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/**
 * Whether a measure's figures can have a rate: a plain sum of money (`of: amount`, "Số tiền đã
 * thu (đồng)") has nothing in the list to be a share of, so its rate column (and on the areas'
 * sheet its base, "Số đồng") would always be empty (qa43 m3): left out.
 */
const rated = (m: ReportData['measures'][number]) => !isAmount(m);

/** A whole figure's cells: thousands grouped, as Excel shows 74.400.000 in a Vietnamese Excel. */
const WHOLE = '#,##0';

export async function reportWorkbook(data: ReportData, title: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(`${data.date.iso}T00:00:00Z`);
  wb.modified = wb.created;
  const ws = wb.addWorksheet(REPORT_SHEET);
  const bases = baseColumns(data);
  const notes = data.rows.map((r) => noteOf(data, r));
  // The totals' note: how much of each sum is figures not yet confirmed (the PDF's line).
  // With the figures of groups no longer in the list, left out of the sums (qa26 F2).
  const unlistedNote = unlistedReportSaid(data, data.term.short);
  const totalNote = [uncheckedTotalNote(data), unlistedNote].filter(Boolean).join('. ');
  const noted = notes.some(Boolean) || totalNote !== '';
  // The group's area (`totals_by`) beside its name, so the office can filter or sort by it.
  const area = data.areas?.column;
  const areaCells = (r: ReportRow) => (area === undefined ? [] : [r.area || null]);
  ws.addRow([title]).font = { bold: true };
  const head = ws.addRow([
    'Hạng',
    `Mã ${data.term.short}`,
    data.term.Group,
    ...(area === undefined ? [] : [area]),
    ...bases.map((b) => b.head),
    ...data.measures.flatMap((m) => [
      m.label,
      ...(rated(m) ? [`Tỷ lệ ${lowerFirst(rateLabel(m))} (%)`] : []),
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
      ...areaCells(r),
      ...bases.map((b) => b.of(r) ?? null),
      ...data.measures.flatMap((m, i) => [
        r.values[i] ?? null,
        ...(rated(m) ? [rate(r.rates[i])] : []),
      ]),
      ...(noted ? [notes[row] ?? null] : []),
    ]);
  });
  const total = ws.addRow([
    null,
    null,
    // While groups are still reporting, its rates count them as 0: said as the headline says it.
    wardRowLabel(data.unitTerm, pendingSaid(data.totals, data.term.short)),
    ...(area === undefined ? [] : [null]),
    ...bases.map((b) => b.total ?? null),
    // A measure no group reported has no total, as in the PDF.
    // Its rate of its own figure, as the PDF's row and Kết quả: the note says the figures the
    // office has not confirmed it holds and the rate without them (uncheckedTotalSaid).
    ...data.measures.flatMap((m, i) => {
      const t = data.totals[i];
      const cells = !t || t.groups === 0 ? [null, null] : [t.value, rate(t.rate)];
      return rated(m) ? cells : cells.slice(0, 1);
    }),
    ...(noted ? [totalNote || null] : []),
  ]);
  total.font = { bold: true };
  // Groups no longer in the list, each on a line of its own under the ward's, out of its sums.
  for (const u of data.unlisted) {
    ws.addRow([
      null,
      u.id,
      `${u.name} (đã bỏ khỏi danh sách)`,
      ...(area === undefined ? [] : [null]),
      ...bases.map(() => null),
      ...data.measures.flatMap((m, i) => [u.values[i] ?? null, ...(rated(m) ? [null] : [])]),
      ...(noted ? [`Không còn trong danh sách ${data.term.short}: không tính vào tổng`] : []),
    ]);
  }
  const lead = area === undefined ? 3 : 4;
  const first = lead + bases.length;
  // Each measure's columns: its figure, then its rate when it can have one.
  const kinds = data.measures.flatMap((m, i) => [
    { rate: false, i },
    ...(rated(m) ? [{ rate: true, i }] : []),
  ]);
  const last = first + kinds.length;
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
    col.width = i === 2 ? 24 : i < 2 ? 8 : i >= last ? 36 : i < lead ? 16 : i < first ? 12 : 16;
    // The list's counts (bases) grouped as the figures are; a target with decimals keeps Excel's.
    const base = i >= lead && i < first ? bases[i - lead] : undefined;
    if (base && data.rows.every((r) => Number.isInteger(base.of(r) ?? 0))) col.numFmt = WHOLE;
    const kind = i >= first && i < last ? kinds[i - first] : undefined;
    if (!kind) return;
    const places = decimals[kind.i] ?? 0;
    col.numFmt = kind.rate ? '0.0' : places > 0 ? `${WHOLE}.${'0'.repeat(places)}` : WHOLE;
  });
  ws.views = [{ state: 'frozen', ySplit: 2 }];
  if (data.areas) areasSheet(wb, data, data.areas, title, decimals);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * "Trong đó 150.000.000 đồng của 1 tổ là số liệu chưa xác nhận (khác xa chỉ tiêu)": per measure,
 * how much of the ward's sum is figures far out of line with their targets the office has not
 * confirmed, as the report's line says it; '' when none is.
 */
function uncheckedTotalNote(data: ReportData): string {
  return data.measures
    .flatMap((m, i) => {
      const t = data.totals[i];
      const said = t ? uncheckedTotalSaid(m, t, data.term.short) : '';
      if (!said) return [];
      const of = data.measures.length > 1 ? `${lowerFirst(m.label)}: ` : '';
      return [upperFirst(`${of}${said}`)];
    })
    .join('. ');
}

/** "Theo khu vực bỏ phiếu": a sheet's name (31 characters at most, none of Excel's []:*?/\\). */
export const areasSheetName = (column: string) =>
  `Theo ${column.toLocaleLowerCase('vi')}`
    .replace(/[[\]:*?/\\]/g, ' ')
    .slice(0, 31)
    .trim();

/**
 * The totals per area of the campaign's `totals_by` column, on a sheet of their own after the
 * groups' (the ward reports upward per polling area on election day): a row an area, in the
 * order the report lists them — its name, how many groups it has and how many reported, then per
 * measure its base (the list's "Số cử tri", "Chỉ tiêu (người)"), figure and rate, as the report's
 * "Kết quả chung" says each area's (results/areas.ts, standings.ts) — a note saying what the line
 * there says besides (over its target, figures left out of its rate, groups yet to report
 * counted as 0), and the ward's totals last.
 */
function areasSheet(
  wb: ExcelJS.Workbook,
  data: ReportData,
  areas: NonNullable<ReportData['areas']>,
  title: string,
  decimals: readonly number[],
) {
  const ws = wb.addWorksheet(areasSheetName(areas.column));
  const lower = areas.column.toLocaleLowerCase('vi');
  const short = data.term.short;
  ws.addRow([`${title} — theo ${lower}`]).font = { bold: true };
  const head = ws.addRow([
    areas.column,
    `Số ${short}`,
    `Số ${short} đã báo cáo`,
    ...data.measures.flatMap((m) =>
      rated(m)
        ? [
            // A target with its unit, as the groups sheet's header ("Chỉ tiêu (đồng)").
            m.target ? `${upperFirst(m.targetWord)} (${m.unit})` : upperFirst(m.baseName),
            m.label,
            `Tỷ lệ ${lowerFirst(rateLabel(m))} (%)`,
          ]
        : [m.label],
    ),
    'Ghi chú',
  ]);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle' };
  const rate = (r: number | undefined) => (r === undefined ? null : r / 10);
  // The base of an area whose groups the list gives 0 each (a target of 0): 0, as the groups
  // sheet prints it, not blank (a base the list does not give).
  const cells = (totals: readonly Total[], rows: readonly ReportRow[]) =>
    data.measures.flatMap((m, i) => {
      const t = totals[i];
      const base = t?.base ?? (rows.some((r) => r.zero[i]) ? 0 : null);
      // A measure none of the area's groups reported has no figure, as the report says it.
      const value = !t || t.groups === 0 ? null : t.value;
      if (!rated(m)) return [value];
      return [base, value, !t || t.groups === 0 ? null : rate(t.rate)];
    });
  for (const a of areas.rows) {
    const note = areaNote(data, a.totals, lower);
    ws.addRow([
      a.name || `Chưa ghi ${lower}`,
      a.groups,
      a.reported,
      ...cells(
        a.totals,
        data.rows.filter((r) => (r.area ?? '') === a.name),
      ),
      note || null,
    ]);
  }
  const total = ws.addRow([
    wardRowLabel(data.unitTerm, pendingSaid(data.totals, short)),
    data.total,
    data.reported,
    ...cells(data.totals, data.rows),
    areaNote(data, data.totals, `toàn ${data.unitTerm}`) || null,
  ]);
  total.font = { bold: true };
  // Each measure's columns: its base, figure and rate, or its figure alone (a sum of money).
  const kinds = data.measures.flatMap((m, i) =>
    rated(m)
      ? [
          { rate: false, i },
          { rate: false, i },
          { rate: true, i },
        ]
      : [{ rate: false, i }],
  );
  const last = 3 + kinds.length;
  ws.columns.forEach((col, i) => {
    col.width = i === 0 ? 24 : i < 3 ? 10 : i >= last ? 48 : 16;
    const kind = i >= 3 && i < last ? kinds[i - 3] : undefined;
    if (kind) {
      const places = decimals[kind.i] ?? 0;
      col.numFmt = kind.rate ? '0.0' : places > 0 ? `${WHOLE}.${'0'.repeat(places)}` : WHOLE;
    }
    if (i >= last) col.alignment = { wrapText: true, vertical: 'top' };
  });
  ws.views = [{ state: 'frozen', ySplit: 2 }];
}

/**
 * What an area's line in the report says besides its figure and rate, per measure: over its
 * target ("Vượt chỉ tiêu"), the figures its rate leaves out and whose ("không tính 12 người của
 * 1 tổ chưa có chỉ tiêu"), its groups yet to report counted as 0, its targets of 0.
 */
function areaNote(data: ReportData, totals: readonly Total[], whole: string): string {
  const short = data.term.short;
  return data.measures
    .flatMap((m, i) => {
      const t = totals[i];
      if (!t || t.groups === 0) return [];
      const of = data.measures.length > 1 ? `${lowerFirst(m.label)}: ` : '';
      const said = [
        ...(m.target && totalOver(t) ? [`vượt ${m.targetWord}`] : []),
        ...(t.unrated
          ? [
              `tỷ lệ tính trên các ${short} có ${m.baseName} (${formatFigure(t.value - t.unrated.value)} ${m.valueUnit}), không tính ${formatFigure(t.unrated.value)} ${m.valueUnit} của ${unratedWho(t.unrated, short, m.baseName)}`,
            ]
          : []),
        ...(t.zero
          ? [
              `chưa tính tỷ lệ: ${unratedWho({ groups: t.groups, zero: t.zero }, short, m.baseName)}`,
            ]
          : []),
        ...(t.reporting
          ? [`tỷ lệ của ${whole} tính ${t.reporting.pending} ${short} chưa báo cáo là 0`]
          : []),
        ...(t.unchecked ? [uncheckedTotalSaid(m, t, short)] : []),
      ];
      return said.length ? [upperFirst(`${of}${said.join('; ')}`)] : [];
    })
    .join('. ');
}
