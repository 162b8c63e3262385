/**
 * A fee collection's sum on the leader's phone and the office's results (qa40 M4): the ward's
 * "thu phí vệ sinh môi trường" campaign (test/fixtures/qa40-fee, as the QA round wrote it) declares
 * "Số tiền đã thu (đồng)" with no `of`: a plain amount. Tổ dân phố Tân Lập (row 7 of its list, 228
 * households) reports 12.000.000 đồng: saved at once, not refused as "more than its 228
 * households", and the office's page sums it in đồng. Real server on loopback.
 */
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readLatest } from '../../src/results/results-store.js';
import { REPORT_PDF, REPORT_XLSX } from '../../src/serve/results-admin.js';
import { loadWard } from '../../src/serve/ward.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { pageText } from './leader-page.js';
import { ADMIN_PASSWORD, basic, resultsServerFor, sendFigures, tokenOf } from './server.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa40-fee/${name}`, import.meta.url));

const s = resultsServerFor(
  () => loadWard({ campaign: fixture('campaign.yaml'), groups: fixture('groups.csv') }),
  'results-amount-',
);

describe('a plain amount in đồng (qa40 M4)', () => {
  it('asks the sum without a households bound on the leader page', async () => {
    const html = await (await fetch(`${s.url}/g/${tokenOf('7')}/`)).text();
    const text = pageText(html);
    expect(text).toContain('Số tiền đã thu (đồng)');
    // The list's 228 households bound the households' count, not the sum of money.
    expect(text).toContain('Số hộ đã nộp phí Chưa báo cáo · trên 228 hộ');
    expect(text).toMatch(/Số tiền đã thu \(đồng\) Chưa báo cáo(?! ·)/);
  });

  it('saves 12.000.000 for Tổ dân phố Tân Lập (228 households) at once', async () => {
    const r = await sendFigures(s.url, '7', { so_so_ho_nop: '150', so_so_tien: '12.000.000' });
    expect(pageText(r.html)).not.toContain('lớn hơn số hộ');
    expect(r.status).toBe(303);
    const latest = (await readLatest(s.store.db, s.campaign)).get('7');
    expect(latest?.get('so_tien')?.value).toBe(12_000_000);
    expect(latest?.get('so_ho_nop')?.value).toBe(150);
  });

  it('says the saved sum in đồng on the leader page, the households as counted', async () => {
    const text = pageText(await (await fetch(`${s.url}/g/${tokenOf('7')}/`)).text());
    // The figure typed above, in the unit its label's bracket gives: "(đồng)".
    expect(text).toMatch(/Số tiền đã thu \(đồng\) Đã lưu: 12\.000\.000 đồng lúc/);
    expect(text).toMatch(/Số hộ đã nộp phí Đã lưu: 150 hộ \(/);
  });

  it('sums the ward’s amount in đồng on the office’s results page', async () => {
    expect((await sendFigures(s.url, '8', { so_so_tien: '9.500.000' })).status).toBe(303);
    const page = await (
      await fetch(`${s.url}/admin/ket-qua`, {
        headers: { authorization: basic('admin', ADMIN_PASSWORD) },
      })
    ).text();
    const text = pageText(page);
    // 12.000.000 + 9.500.000, a sum and no rate ("/ … hộ", "%").
    expect(text).toContain('Số tiền đã thu (đồng) 21.500.000 đồng (2 tổ đã báo cáo)');
    expect(text).toContain('Tổ dân phố Thống Nhất Lương Văn Tùng 9.500.000');
    expect(text).not.toContain('số đồng');
  });
});

describe('the results report of a plain amount (qa40 M4)', () => {
  it('prints the ward’s sum in đồng, no rate against the households', async () => {
    const res = await fetch(`${s.url}${REPORT_PDF}`, {
      headers: { authorization: basic('admin', ADMIN_PASSWORD) },
    });
    expect(res.status).toBe(200);
    const text = collapseSpaces(await pdfText(new Uint8Array(await res.arrayBuffer())));
    expect(text).toContain('- Số tiền đã thu: 21.500.000 đồng.');
    expect(text).not.toMatch(/21\.500\.000\s*\//);
  });
});

describe('the results spreadsheet of a plain amount (qa40 M4)', () => {
  it('has the sums in their column and no base column for them', async () => {
    const res = await fetch(`${s.url}${REPORT_XLSX}`, {
      headers: { authorization: basic('admin', ADMIN_PASSWORD) },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as never);
    const cells = wb.worksheets.flatMap((ws) => {
      const all: string[] = [];
      ws.eachRow((row) => {
        row.eachCell((c) => {
          all.push(String(c.value));
        });
      });
      return all;
    });
    expect(cells).toContain('Số tiền đã thu (đồng)');
    expect(cells).toContain('12000000');
    expect(cells).not.toContain('amount');
  });
});
