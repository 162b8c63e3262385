/**
 * The office's figures page (/admin/ket-qua) over real HTTP: behind the office's password; each
 * group's figures and rates, the ward's totals, the ranking (same shown rate, same rank), who has
 * not reported, search and sort, and the chart's bars in rate order. Figures are stored through
 * the store; the expected rates are worked out from the groups file's population.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { recordSubmission } from '../../src/results/results-store.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { visible } from '../support/page-text.js';
import { pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { ADMIN_PASSWORD, basic, exampleWard, startServer, type TestServer } from './server.js';

let store: Store;
const s = {} as TestServer;
beforeAll(async () => {
  store = await openStore({ dataDir: await makeTempDir() });
  const ward = await exampleWard();
  const scope = { campaign: campaignKey(ward.campaign), measures: ward.campaign.measures };
  const group = (id: string) => ward.groups.find((g) => g.id === id) ?? ward.groups[0];
  // groups.csv: group 1 has 861 residents, 248 households; group 2 1 152 and 345; group 4 745.
  // 1: 172/861 = 19,98 % → 20,0%. 2: 230/1152 = 19,97 % → 20,0% (same rank as 1).
  // 4: 300/745 = 40,27 % → 40,3% (first). 3 reports households only.
  const reports: [string, Record<string, number>][] = [
    ['1', { tham_gia: 172, cai_app: 100 }],
    ['2', { tham_gia: 230 }],
    ['4', { tham_gia: 300 }],
    ['3', { cai_app: 221 }],
  ];
  for (const [id, values] of reports) {
    const g = group(id);
    if (g) await recordSubmission(store.db, scope, { group: g, values, source: 'leader' });
  }
  Object.assign(
    s,
    await startServer({ results: { db: store.db, ...scope, measures: scope.measures } }),
  );
});
afterAll(async () => {
  await s.app?.close();
  await store?.close();
  await removeTempDirs();
});

const admin = (path: string) =>
  fetch(`${s.url}${path}`, { headers: { authorization: basic('admin', ADMIN_PASSWORD) } });

/** The table's body rows as text cells, tags stripped. */
function rows(html: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) =>
    [...(r[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) =>
      (c[1] ?? '')
        .replace(/<span class="meta leader">[\s\S]*?<\/span>/, '')
        .replace(/<[^>]+>/g, '')
        .trim(),
    ),
  );
}

describe('office figures page', () => {
  it('needs the office password, and /admin links to it', async () => {
    expect((await fetch(`${s.url}/admin/ket-qua`)).status).toBe(401);
    expect(await (await admin('/admin')).text()).toContain('href="/admin/ket-qua"');
  });

  it('ranks by the first measure’s rounded rate, ties sharing a rank; totals and who is missing', async () => {
    const html = await (await admin('/admin/ket-qua')).text();
    const table = rows(html);
    expect(table.slice(0, 4).map((r) => r.slice(0, 4))).toEqual([
      ['1', 'Tổ dân phố số 4', '300', '40,3%'],
      ['2', 'Tổ dân phố số 1', '172', '20,0%'],
      ['2', 'Tổ dân phố số 2', '230', '20,0%'],
      ['', 'Tổ dân phố số 3', '', ''],
    ]);
    // Group 3's households: 221 of 442 = 50,0%.
    expect(table[3]?.slice(6, 8)).toEqual(['221', '50,0%']);
    // The ward: 702 participants of 30 304 residents (the groups file's sum) = 2,3%.
    const foot = /<tfoot>([\s\S]*?)<\/tfoot>/.exec(html)?.[1] ?? '';
    // While the others have not reported, the row says its rates count them as 0: 29 for the
    // participants, 30 for the app, so no one number.
    expect(visible(foot)).toContain('Toàn phường (tính các tổ chưa báo cáo là 0) 702 2,3%');
    expect(html).toContain('Đã báo cáo: 4/32 tổ.');
    // The last report's time, as the studio's Kết quả tab says it: the latest row's time.
    const last =
      /Lần báo cáo gần nhất: <strong>(\d\d:\d\d) ngày (\d\d\/\d\d\/\d{4})<\/strong>\./.exec(html);
    expect(last, 'no last report time').not.toBeNull();
    expect(html).toContain(`${last?.[1]} ${last?.[2]}`);
    expect(html).toContain('Chưa báo cáo (28 tổ)');
    const missing = /<ul class="missing-list">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    expect(missing).toContain('Tổ dân phố số 5 — Vũ Quang Trường');
    expect(missing).not.toContain('Tổ dân phố số 4<');
  });

  it('draws the bars in rate order, each as long as its rate', async () => {
    const html = await (await admin('/admin/ket-qua')).text();
    const svg = /<ol class="bar-chart"[\s\S]*?<\/ol>/.exec(html)?.[0] ?? '';
    const bars = [...svg.matchAll(/<rect class="bar"[^>]*width="([\d.]+)"[^>]*data-rate="(\d+)"/g)];
    expect(bars.map((b) => Number(b[2]))).toEqual([403, 200, 200]);
    const widths = bars.map((b) => Number(b[1]));
    expect(widths[0]).toBeGreaterThan(widths[1] ?? 0);
    expect(widths[1]).toBe(widths[2]);
    expect((widths[1] ?? 0) / (widths[0] ?? 1)).toBeCloseTo(200 / 403, 2);
  });

  it("draws the ward's rate over time once there is history", async () => {
    const html = await (await admin('/admin/ket-qua')).text();
    // Three submissions changed the participants: 172, then 402, then 702 of 30 304.
    const line = /<polyline class="progress" points="([^"]+)"/.exec(html)?.[1] ?? '';
    const ys = line.split(' ').map((p) => Number(p.split(',')[1]));
    expect(ys).toHaveLength(3);
    expect(ys[0]).toBeGreaterThan(ys[1] ?? 0);
    expect(ys[1]).toBeGreaterThan(ys[2] ?? 0);
  });

  it('searches without diacritics and sorts by another measure', async () => {
    const found = rows(await (await admin('/admin/ket-qua?q=vu%20quang')).text());
    expect(found.map((r) => r[1])).toEqual(['Tổ dân phố số 5']);
    const byApp = rows(await (await admin('/admin/ket-qua?sap-xep=ty-le-cai_app')).text());
    expect(byApp.slice(0, 2).map((r) => r[1])).toEqual(['Tổ dân phố số 3', 'Tổ dân phố số 1']);
  });

  it('the report buttons give the report of the stored figures, behind the password', async () => {
    expect((await fetch(`${s.url}/admin/bao-cao.pdf`)).status).toBe(401);
    const pdf = await admin('/admin/bao-cao.pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(new Uint8Array(await pdf.arrayBuffer()), { layout: true });
    expect(text).toContain('BÁO CÁO');
    // No number yet: the office writes it in when the report is registered.
    expect(text).toContain('Số: ……/BC-UBND');
    expect(text).toMatch(/^\s*1\s+Tổ dân phố số 4\s+300\s+40,3\s*$/m);
    expect(text).toMatch(/^\s*2\s+Tổ dân phố số 1\s+172\s+20,0\s+100\s+40,3\s*$/m);
    const xlsx = await admin('/admin/bao-cao.xlsx');
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    expect(wb.worksheets[0]?.getRow(3).values).toEqual([
      undefined,
      1,
      '4',
      'Tổ dân phố số 4',
      // The bases: group 4's population and households in the groups file.
      745,
      208,
      300,
      40.3,
      // No "Ghi chú": sent today, after the example's contest ended (11/11/2025, its
      // campaign.yaml), but a contest's figures come after it ends: without report.deadline
      // none is late (it was "Gửi sau ngày kết thúc 11/11/2025", on every row).
    ]);
  });
});
