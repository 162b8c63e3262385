/**
 * While thôn are still reporting, the ward's row of the per-thôn table and the ward's chart over
 * time give the rate counting the thôn yet to report as 0: labelled as the headline says it
 * ("Toàn xã (tính 2 thôn chưa báo cáo là 0)") on serve's /admin/ket-qua, in the report PDF and
 * report.xlsx (CLI `report`); plain "Toàn xã" once all have reported. The xã An Thắng's
 * fire-safety campaign (qa22): 4 thôn, their households in thon.csv.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { recordSubmission } from '../../src/results/results-store.js';
import { loadWard } from '../../src/serve/ward.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { runCliInProcess } from '../support/cli.js';
import { visible } from '../support/page-text.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { ADMIN_PASSWORD, basic, startServer, type TestServer } from './server.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'qa22-pccc');
const CAMPAIGN = join(FIXTURE, 'campaign.yaml');
const GROUPS = join(FIXTURE, 'thon.csv');

/** The thôn list's households (its "Số hộ" column) by id. */
let households: Map<string, number>;
let dir: string;
beforeAll(async () => {
  const lines = (await readFile(GROUPS, 'utf8')).trim().split('\n');
  const header = (lines[0] ?? '').split(';');
  households = new Map(
    lines.slice(1).map((l) => {
      const c = l.split(';');
      return [c[0] ?? '', Number(c[header.indexOf('Số hộ')])];
    }),
  );
  dir = await makeTempDir('results-pending-label-');
});
afterAll(removeTempDirs);

const sum = (ns: Iterable<number>) => [...ns].reduce((a, b) => a + b, 0);
const rateText = (value: number, base: number) =>
  (Math.round((value * 1000) / base) / 10).toFixed(1).replace('.', ',');

describe('report --results while thôn are still reporting', () => {
  const report = async (name: string, csv: string) => {
    const results = join(dir, `${name}.csv`);
    await writeFile(results, csv);
    const out = join(dir, name);
    const r = await runCliInProcess([
      ...['report', '--lang', 'vi', '--campaign', CAMPAIGN, '--groups', GROUPS],
      ...['--results', results, '--out', out],
    ]);
    expect(r.code, r.stderr).toBe(0);
    // The table's ward row, as laid out on the page: its label, then its figure and rate.
    const text = await pdfText(await readFile(join(out, 'report.pdf')), { layout: true });
    const pdf = collapseSpaces(text.split('\n').find((l) => l.trim().startsWith('Toàn')) ?? '');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'report.xlsx'));
    const cells: string[] = [];
    wb.worksheets[0]?.eachRow((row) => {
      const values = (row.values as unknown[]).filter((v) => v !== null && v !== undefined);
      if (String(values[0]).startsWith('Toàn')) cells.push(...values.map(String));
    });
    return { pdf, cells, text };
  };

  it('labels the ward row of the PDF table and the xlsx as counting the 2 others as 0', async () => {
    const { pdf, cells } = await report(
      'half',
      'Mã;Thôn;Số hộ có bình chữa cháy\n1;Thôn Câu Hạ;150\n2;Thôn Câu Thượng;120\n',
    );
    const all = sum(households.values());
    const rate = rateText(270, all);
    expect(pdf).toBe(`Toàn xã (tính 2 thôn chưa báo cáo là 0) 270 ${rate}`);
    expect(cells).toEqual([
      'Toàn xã (tính 2 thôn chưa báo cáo là 0)',
      String(all),
      '270',
      rate.replace(',', '.'),
    ]);
  });

  it('says plain "Toàn xã" once every thôn has reported', async () => {
    const { pdf, cells, text } = await report(
      'all',
      'Mã;Thôn;Số hộ có bình chữa cháy\n1;Thôn Câu Hạ;150\n2;Thôn Câu Thượng;120\n3;Thôn Phương Chử Đông;200\n4;Thôn Phương Chử Tây;50\n',
    );
    expect(pdf).toBe(`Toàn xã 520 ${rateText(520, sum(households.values()))}`);
    expect(text).not.toContain('chưa báo cáo là 0');
    expect(cells[0]).toBe('Toàn xã');
  });
});

describe('/admin/ket-qua while thôn are still reporting', () => {
  let store: Store;
  const s = {} as TestServer;
  beforeAll(async () => {
    const ward = await loadWard({ campaign: CAMPAIGN, groups: GROUPS });
    store = await openStore({ dataDir: await makeTempDir('results-pending-store-') });
    const scope = { campaign: campaignKey(ward.campaign), measures: ward.campaign.measures };
    // Two reports at two times: the chart over time has its two points.
    for (const [id, value] of [
      ['1', 150],
      ['2', 120],
    ] as const) {
      const g = ward.groups.find((x) => x.id === id);
      if (g)
        await recordSubmission(store.db, scope, {
          group: g,
          values: { ho_co_binh: value },
          source: 'leader',
        });
      await new Promise((r) => setTimeout(r, 20));
    }
    Object.assign(s, await startServer({ ward, results: { db: store.db, ...scope } }));
  });
  afterAll(async () => {
    await s.app?.close();
    await store?.close();
  });

  it('labels the table’s ward row and the chart over time', async () => {
    const res = await fetch(`${s.url}/admin/ket-qua`, {
      headers: { authorization: basic('admin', ADMIN_PASSWORD) },
    });
    const html = await res.text();
    const plain = (h: string) => visible(h).trim();
    const foot = plain(/<tfoot>([\s\S]*?)<\/tfoot>/.exec(html)?.[1] ?? '');
    const rate = rateText(270, sum(households.values()));
    expect(foot).toBe(`Toàn xã (tính 2 thôn chưa báo cáo là 0) 270 ${rate}%`);
    expect(plain(html)).toContain(
      'Toàn xã theo thời gian: Số hộ có bình chữa cháy Tỷ lệ của toàn xã, tính 2 thôn chưa báo cáo là 0.',
    );
    const svg = /<svg class="chart"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).toContain(
      '<title>Tỷ lệ số hộ có bình chữa cháy của toàn xã theo thời gian, tính 2 thôn chưa báo cáo là 0</title>',
    );
  });
});
