/**
 * An area holding a tổ with no base (blank "Số cử tri") that reported: its figure is in the
 * area's sum, not in its rate, and the area's line says so as the ward's does, on /admin/ket-qua
 * and in the report PDF (before: "580/400 cử tri, đạt tỷ lệ 95,0%", the whole figure over a base
 * leaving that tổ out). Expected figures are worked out from the list below.
 */
import { describe, expect, it } from 'vitest';
import { campaign, pct, vi } from '../support/election.js';
import { resultsOfficeForTests } from './results-office.js';

/** id, voters ('' when the list has none), polling area, voted. */
const TO = [
  ['1', 400, 'Số 1', 380],
  ['2', '', 'Số 1', 200],
  ['3', 300, 'Số 2', 100],
  ['4', 250, 'Số 1', 150],
] as const;
const csv = `Mã tổ;Tên tổ dân phố;Tổ trưởng;Số hộ;Số cử tri;Khu vực bỏ phiếu\n${TO.map(
  ([id, voters, area]) => `${id};Tổ dân phố số ${id};Nguyễn Văn A;120;${voters};${area}`,
).join('\n')}\n`;
const rows = (area: string) => TO.filter((t) => t[2] === area);
const sum = (ts: readonly (typeof TO)[number][], based: boolean) =>
  ts.filter((t) => !based || t[1] !== '').reduce((a, t) => a + t[3], 0);
const base = (ts: readonly (typeof TO)[number][]) =>
  ts.reduce((a, t) => a + (t[1] === '' ? 0 : t[1]), 0);

const office = resultsOfficeForTests(
  campaign('totals_by: Khu vực bỏ phiếu\n'),
  csv,
  'results-areas-unrated-',
);
/** Group `id`'s "Số cử tri đã đi bầu" as its leader sends it. */
const report = (id: string, value: number) => office.report(id, { di_bau: value });

describe('an area with a reporting tổ that has no voters in the list', () => {
  it('while tổ are reporting, counts those with voters the rate is of (PDF and page)', async () => {
    // Tổ 1 (voters) and 2 (none) reported; tổ 3 and 4 not yet.
    await report('1', 380);
    await report('2', 200);
    const a = rows('Số 1');
    const voted = 380 + 200;
    const pending = TO.filter((t) => t[1] !== '' && !['1', '2'].includes(t[0])).length;
    const text = await office.pageText();
    expect(text).toContain(
      `Số cử tri đã đi bầu ${pct(380, 400)} ở 1 tổ có số cử tri đã báo cáo (380 / 400 cử tri); toàn phường: ${voted}; các tổ có số cử tri: 380 / ${vi(base(TO))} cử tri · ${pct(380, base(TO))} (không tính 200 của 1 tổ chưa có số cử tri trong danh sách) (tính ${pending} tổ chưa báo cáo là 0)`,
    );
    expect(text).toContain(
      `Số 1 (2/3 tổ đã báo cáo) Số cử tri đã đi bầu: ${pct(380, 400)} ở 1 tổ có số cử tri đã báo cáo (380 / 400 cử tri); cả khu vực bỏ phiếu: ${voted}; các tổ có số cử tri: 380 / ${vi(base(a))} cử tri · ${pct(380, base(a))} (không tính 200 của 1 tổ chưa có số cử tri trong danh sách) (tính 1 tổ chưa báo cáo là 0)`,
    );
    expect(text).not.toContain('ở 1 tổ đã báo cáo');
    const pdfT = await office.reportText();
    expect(pdfT).toContain(
      `Số cử tri đã đi bầu: tỷ lệ ${pct(380, 400)} ở 1 tổ có số cử tri đã báo cáo (380/400 cử tri); toàn phường:`,
    );
    expect(pdfT).toContain(
      `Số 1 (2/3 tổ đã báo cáo): tỷ lệ ${pct(380, 400)} ở 1 tổ có số cử tri đã báo cáo (380/400 cử tri); cả khu vực bỏ phiếu: ${voted} cử tri; riêng các tổ có số cử tri trong danh sách: 380/${vi(base(a))} cử tri, chiếm tỷ lệ ${pct(380, base(a))} (không tính 200 cử tri đã đi bầu của 1 tổ chưa có số cử tri) (tính 1 tổ chưa báo cáo là 0).`,
    );
    expect(pdfT).not.toContain('ở 1 tổ đã báo cáo');
  });

  it('says its figure apart from its rate on /admin/ket-qua and in the report PDF', async () => {
    for (const [id, , , voted] of TO) await report(id, voted);
    const a = rows('Số 1');
    const b = rows('Số 2');
    const text = await office.pageText();
    expect(text).toContain(
      `Số 1 (3/3 tổ đã báo cáo) Số cử tri đã đi bầu: ${vi(sum(a, false))}; các tổ có số cử tri: ${vi(sum(a, true))} / ${vi(base(a))} cử tri · ${pct(sum(a, true), base(a))} (không tính ${vi(sum(a, false) - sum(a, true))} của 1 tổ chưa có số cử tri trong danh sách)`,
    );
    expect(text).not.toContain(`${vi(sum(a, false))} / ${vi(base(a))} cử tri`);
    // An area whose tổ all have voters keeps its plain line.
    expect(text).toContain(
      `Số 2 (1/1 tổ đã báo cáo) Số cử tri đã đi bầu: ${sum(b, false)} / ${base(b)} cử tri · ${pct(sum(b, false), base(b))}`,
    );

    const pdfT = await office.reportText();
    expect(pdfT).toContain(
      `Số 1 (3/3 tổ đã báo cáo): ${vi(sum(a, false))} cử tri; riêng các tổ có số cử tri trong danh sách: ${vi(sum(a, true))}/${vi(base(a))} cử tri, chiếm tỷ lệ ${pct(sum(a, true), base(a))} (không tính ${vi(sum(a, false) - sum(a, true))} cử tri đã đi bầu của 1 tổ chưa có số cử tri).`,
    );
    expect(pdfT).not.toContain(`${vi(sum(a, false))}/${vi(base(a))} cử tri`);
    expect(pdfT).toContain(
      `Số 2 (1/1 tổ đã báo cáo): ${sum(b, false)}/${base(b)} cử tri, chiếm tỷ lệ ${pct(sum(b, false), base(b))}.`,
    );
  });
});
