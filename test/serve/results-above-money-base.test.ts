/**
 * qa57 p2: the Quỹ phòng chống thiên tai (test/fixtures/qa57-pctt, QA's s2 inputs: "Số tiền đã
 * thu (đồng) | of: Số tiền phải thu (đồng)", Tổ dân phố số 2 due 4.280.000 đồng in the groups
 * file) after Tổ 2 confirms 4.600.000: the note of the "*" said "vượt số đồng phải thu" on the
 * report PDF, in report.xlsx's Ghi chú and on /admin/ket-qua. The Vietnamese is "số tiền phải
 * thu", the column's own words. Real server on loopback, the report downloaded as the office does.
 */
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { recordSubmission } from '../../src/results/results-store.js';
import { loadWard } from '../../src/serve/ward.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { visible } from '../support/page-text.js';
import { pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { ADMIN_PASSWORD, basic, startServer, type TestServer } from './server.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa57-pctt/${name}`, import.meta.url));

let server: TestServer;
let store: Store;
const admin = (path: string) =>
  fetch(`${server.url}${path}`, { headers: { authorization: basic('admin', ADMIN_PASSWORD) } });

beforeAll(async () => {
  const ward = await loadWard({
    campaign: fixture('campaign.yaml'),
    groups: fixture('groups.csv'),
  });
  store = await openStore({ dataDir: await makeTempDir('phuong-print-above-money-') });
  const scope = { campaign: campaignKey(ward.campaign), measures: ward.campaign.measures };
  const group = ward.groups.find((g) => g.name === 'Tổ dân phố số 2');
  if (!group) throw new Error('no Tổ dân phố số 2 in the fixture');
  // 115 of its 115 households, 4.600.000 of its 4.280.000 đồng: confirmed on the form.
  await recordSubmission(store.db, scope, {
    group,
    values: { ho: 115, tien: 4_600_000 },
    source: 'leader',
    confirmed: true,
  });
  server = await startServer({ ward, results: { db: store.db, ...scope } });
}, 60_000);
afterAll(async () => {
  await server?.app?.close();
  await store?.close();
  await removeTempDirs();
});

describe('a sum above the amount due the list gives', () => {
  it('is said above “số tiền phải thu” on /admin/ket-qua', async () => {
    const text = visible(await (await admin('/admin/ket-qua')).text());
    expect(text).toContain('Số liệu vượt số tiền phải thu của tổ trong danh sách');
    expect(text).not.toContain('số đồng');
  });

  it('and so in the report PDF’s note and report.xlsx’s Ghi chú', async () => {
    const pdf = await admin('/admin/bao-cao.pdf');
    expect(pdf.status).toBe(200);
    const text = (await pdfText(new Uint8Array(await pdf.arrayBuffer()))).replace(/\s+/g, ' ');
    expect(text).toContain('Số liệu vượt số tiền phải thu của tổ trong danh sách');
    expect(text).not.toContain('số đồng');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await admin('/admin/bao-cao.xlsx')).arrayBuffer());
    const cells: string[] = [];
    wb.worksheets[0]?.eachRow((row) => {
      row.eachCell((c) => {
        cells.push(String(c.value));
      });
    });
    expect(cells).toContain('Vượt số tiền phải thu trong danh sách, đã xác nhận');
    expect(cells.join(' ')).not.toContain('số đồng');
  });
});
