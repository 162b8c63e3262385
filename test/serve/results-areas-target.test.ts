/**
 * The totals per area (`totals_by: Cụm`) of a measure taken against a target ("Chỉ tiêu (người)"),
 * on /admin/ket-qua, in the report PDF and in report.xlsx (review of h-areas):
 * - report.xlsx had the ward's row but no area: now the groups sheet has the area column and a
 *   sheet "Theo cụm" totals each area as the PDF does;
 * - an area whose groups have no target said its figure without a unit ("9"): now "9 người";
 * - an area over its target now says "vượt chỉ tiêu", as the ward's line and the groups do;
 * - a target of 0 in the list is no target to rate against: no rate, and said apart ("có chỉ
 *   tiêu bằng 0") from a group the list gives none, alike on every surface; the spreadsheet
 *   prints the 0 the list gives.
 * Expected figures are worked out from the list below.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSubmission } from '../../src/results/results-store.js';
import type { Store } from '../../src/store/open-store.js';
import { campaign, pct } from '../support/election.js';
import { visible } from '../support/page-text.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { ADMIN_PASSWORD, basic, startResultsServer, type TestServer, wardOf } from './server.js';

const LABEL = 'Số người đăng ký';
/** id, target ('' when the list has none), area, signed up. */
const TO = [
  ['1', 40, 'Cụm 1', 50],
  ['2', 0, 'Cụm 1', 12],
  ['3', 50, 'Cụm 2', 20],
  ['4', '', 'Cụm 3', 7],
  ['5', 0, 'Cụm 3', 3],
  ['6', '', 'Cụm 4', 9],
] as const;
type To = (typeof TO)[number];
const csv = `Mã tổ;Tên tổ dân phố;Tổ trưởng;Số hộ;Chỉ tiêu (người);Cụm\n${TO.map(
  ([id, target, area]) => `${id};Tổ dân phố số ${id};Nguyễn Văn A;120;${target};${area}`,
).join('\n')}\n`;
const inArea = (area: string) => TO.filter((t) => t[2] === area);
const rated = (ts: readonly To[]) => ts.filter((t) => typeof t[1] === 'number' && t[1] > 0);
const sum = (ts: readonly To[]) => ts.reduce((a, t) => a + t[3], 0);
const target = (ts: readonly To[]) => ts.reduce((a, t) => a + (t[1] === '' ? 0 : t[1]), 0);
const zero = TO.filter((t) => t[1] === 0);
const none = TO.filter((t) => t[1] === '');

let store: Store;
const s = {} as TestServer;
beforeAll(async () => {
  const yaml = campaign('totals_by: Cụm\n').replace(
    '{ id: di_bau, label: Số cử tri đã đi bầu, of: Số cử tri }',
    `{ id: dang_ky, label: ${LABEL}, of: Chỉ tiêu (người) }`,
  );
  const ward = await wardOf(yaml, csv);
  const served = await startResultsServer(ward, await makeTempDir('results-areas-target-'));
  store = served.store;
  const scope = { campaign: served.campaign, measures: ward.campaign.measures };
  Object.assign(s, served);
  for (const [id, , , value] of TO) {
    const group = ward.groups.find((g) => g.id === id);
    if (!group) throw new Error(id);
    await recordSubmission(store.db, scope, {
      group,
      values: { dang_ky: value },
      source: 'leader',
    });
  }
});
afterAll(async () => {
  await s.app?.close();
  await store?.close();
  await removeTempDirs();
});

const admin = (path: string) =>
  fetch(`${s.url}${path}`, { headers: { authorization: basic('admin', ADMIN_PASSWORD) } });
const pageText = async () => visible(await (await admin('/admin/ket-qua')).text()).trim();
const reportText = async () =>
  collapseSpaces(
    await pdfText(new Uint8Array(await (await admin('/admin/bao-cao.pdf')).arrayBuffer())),
  );
async function workbook() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await (await admin('/admin/bao-cao.xlsx')).arrayBuffer()) as never);
  return wb;
}
/** A sheet's rows as plain values (a blank cell null), from its header row (row 2) on. */
function rowsOf(ws: ExcelJS.Worksheet | undefined): unknown[][] {
  if (!ws) throw new Error('no such sheet');
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    if (n < 2) return;
    const width = ws.getRow(2).cellCount;
    rows.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).value ?? null));
  });
  return rows;
}

const c1 = inArea('Cụm 1');
const c3 = inArea('Cụm 3');
const c4 = inArea('Cụm 4');

describe('areas of a target measure', () => {
  it('says an area with no target its unit, an area over its target “vượt chỉ tiêu” (page, PDF)', async () => {
    const page = await pageText();
    expect(page).toContain(`Cụm 4 (1/1 tổ đã báo cáo) ${LABEL}: ${sum(c4)} người`);
    expect(page).toContain(
      `Cụm 1 (2/2 tổ đã báo cáo) ${LABEL}: ${sum(c1)}; các tổ có chỉ tiêu: ${sum(rated(c1))} / ${target(c1)} người · ${pct(sum(rated(c1)), target(c1))}, vượt chỉ tiêu`,
    );
    const pdf = await reportText();
    expect(pdf).toContain(`Cụm 4 (1/1 tổ đã báo cáo): ${sum(c4)} người.`);
    expect(pdf).toContain(
      `Cụm 1 (2/2 tổ đã báo cáo): ${sum(c1)} người; riêng các tổ có chỉ tiêu trong danh sách: ${sum(rated(c1))} người/chỉ tiêu ${target(c1)} người, đạt ${pct(sum(rated(c1)), target(c1))} chỉ tiêu, vượt chỉ tiêu`,
    );
  });

  it('says a target of 0 apart from no target, on the page and in the PDF', async () => {
    const page = await pageText();
    const left = sum(TO) - sum(rated(TO));
    expect(page).toContain(
      `(không tính ${left} của ${none.length} tổ chưa có chỉ tiêu trong danh sách, ${zero.length} tổ có chỉ tiêu bằng 0)`,
    );
    // Cụm 1's left-out tổ has a target of 0, not none.
    expect(page).toContain(`(không tính ${sum(c1) - sum(rated(c1))} của 1 tổ có chỉ tiêu bằng 0)`);
    // Cụm 3 has no target to rate against: one tổ has none, the other 0.
    expect(page).toContain(
      `Cụm 3 (2/2 tổ đã báo cáo) ${LABEL}: ${sum(c3)} người (1 tổ chưa có chỉ tiêu trong danh sách, 1 tổ có chỉ tiêu bằng 0)`,
    );
    const pdf = await reportText();
    expect(pdf).toContain(
      `(không tính ${left} người của ${none.length} tổ chưa có chỉ tiêu, ${zero.length} tổ có chỉ tiêu bằng 0)`,
    );
    expect(pdf).toContain(
      // The figure of its tổ whose target is 0 is asked about (results/figures.ts offTargetOf `zero`).
      `Cụm 3 (2/2 tổ đã báo cáo): ${sum(c3)} người (1 tổ chưa có chỉ tiêu, 1 tổ có chỉ tiêu bằng 0); trong đó ${sum(c3.filter((t) => t[1] === 0))} người của 1 tổ là số liệu chưa xác nhận (khác xa chỉ tiêu).`,
    );
    const names = (ts: readonly To[]) => ts.map((t) => `Tổ dân phố số ${t[0]}`).join(', ');
    expect(pdf).toContain(
      `Các tổ dân phố có chỉ tiêu bằng 0 trong danh sách nên không tính tỷ lệ, không xếp hạng (${zero.length} tổ): ${names(zero)}.`,
    );
    expect(pdf).toContain(
      `Các tổ dân phố chưa có chỉ tiêu trong danh sách nên chưa tính tỷ lệ, chưa xếp hạng (${none.length} tổ): ${names(none)}.`,
    );
  });

  it('gives report.xlsx the area column and a sheet of the totals per area', async () => {
    const wb = await workbook();
    const groups = rowsOf(wb.getWorksheet('Kết quả'));
    const head = groups[0] ?? [];
    const col = (h: string) => head.indexOf(h);
    expect(col('Cụm')).toBe(col('Tổ dân phố') + 1);
    for (const [id, t, area, value] of TO) {
      const row = groups.find((r) => r[col('Mã tổ')] === id);
      expect(row?.[col('Cụm')]).toBe(area);
      // The list's target as it gives it, 0 included; no rate for 0 or none.
      expect(row?.[col('Chỉ tiêu (người)')]).toBe(t === '' ? null : t);
      expect(row?.[col(LABEL)]).toBe(value);
      if (t === 0)
        expect(row?.[col('Ghi chú')]).toBe(
          value
            ? // Said once (qa25: "…bằng 0; Chỉ tiêu bằng 0: không tính tỷ lệ" said it twice).
              'Chưa xác nhận: danh sách ghi chỉ tiêu bằng 0, không tính tỷ lệ'
            : 'Chỉ tiêu bằng 0: không tính tỷ lệ',
        );
      if (t === 0 || t === '') expect(row?.[col(`Tỷ lệ ${LABEL.toLowerCase()} (%)`)]).toBeNull();
    }

    const areas = rowsOf(wb.getWorksheet('Theo cụm'));
    expect(areas[0]).toEqual([
      'Cụm',
      'Số tổ',
      'Số tổ đã báo cáo',
      // With its unit, as the groups sheet's header.
      'Chỉ tiêu (người)',
      LABEL,
      `Tỷ lệ ${LABEL.toLowerCase()} (%)`,
      'Ghi chú',
    ]);
    const rate = (v: number, b: number) => Math.round((v * 1000) / b) / 10;
    const byName = (name: string) => areas.find((r) => r[0] === name);
    expect(byName('Cụm 1')).toEqual([
      'Cụm 1',
      c1.length,
      c1.length,
      target(c1),
      sum(c1),
      rate(sum(rated(c1)), target(c1)),
      `Vượt chỉ tiêu; tỷ lệ tính trên các tổ có chỉ tiêu (${sum(rated(c1))} người), không tính ${sum(c1) - sum(rated(c1))} người của 1 tổ có chỉ tiêu bằng 0; trong đó ${sum(c1) - sum(rated(c1))} người của 1 tổ là số liệu chưa xác nhận (khác xa chỉ tiêu)`,
    ]);
    const c2 = inArea('Cụm 2');
    expect(byName('Cụm 2')).toEqual([
      'Cụm 2',
      1,
      1,
      target(c2),
      sum(c2),
      rate(sum(c2), target(c2)),
      null,
    ]);
    expect(byName('Cụm 3')).toEqual([
      'Cụm 3',
      2,
      2,
      // Tổ 5's target of 0, as the groups sheet prints it (tổ 4 has none); Cụm 4's is blank.
      0,
      sum(c3),
      null,
      `Chưa tính tỷ lệ: 1 tổ chưa có chỉ tiêu, 1 tổ có chỉ tiêu bằng 0; trong đó ${sum(c3.filter((t) => t[1] === 0))} người của 1 tổ là số liệu chưa xác nhận (khác xa chỉ tiêu)`,
    ]);
    expect(byName('Cụm 4')).toEqual(['Cụm 4', 1, 1, null, sum(c4), null, null]);
    expect(areas.at(-1)?.slice(0, 6)).toEqual([
      'Toàn phường',
      TO.length,
      TO.length,
      target(TO),
      sum(TO),
      rate(sum(rated(TO)), target(TO)),
    ]);
  });
});
