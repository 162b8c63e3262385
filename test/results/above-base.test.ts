/**
 * A figure above its group's base (more participants than the list's population), confirmed:
 * the report's table and the office's figures page mark its rate over 100 % "*" and say under
 * the table what the mark means, so the office sees it is unusual (h-q10 item 1); its group is
 * not ranked (nor drawn in the chart) until the list is checked, so the table's first line is a
 * figure nobody doubts (qa21 #9: "1 | Tổ 4 | 250 | 102,9*" topped the chairman's report). The
 * figure and base are read from the example's groups file here.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { recordSubmission } from '../../src/results/results-store.js';
import { loadWard } from '../../src/serve/ward.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { ADMIN_PASSWORD, basic, startServer, type TestServer } from '../serve/server.js';
import { runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

/** Group 1's population, read from the example's file (";"-separated, last column). */
let population = 0;
let dir = '';
let store: Store;
const s = {} as TestServer;
beforeAll(async () => {
  const text = await readFile(EXAMPLE_GROUPS, 'utf8');
  population = Number(/^1;Tổ dân phố số 1;.*;(\d+)\s*$/m.exec(text)?.[1]);
  dir = await makeTempDir('phuong-print-above-');
  const ward = await loadWard({ campaign: EXAMPLE_CAMPAIGN, groups: EXAMPLE_GROUPS });
  store = await openStore({ dataDir: dir });
  const scope = { campaign: campaignKey(ward.campaign), measures: ward.campaign.measures };
  const values = [
    ['1', population + 40],
    ['2', 100],
  ] as const;
  for (const [id, value] of values) {
    const group = ward.groups.find((g) => g.id === id);
    if (group)
      await recordSubmission(store.db, scope, {
        group,
        values: { tham_gia: value },
        source: 'leader',
        confirmed: true,
      });
  }
  Object.assign(s, await startServer({ ward, results: { db: store.db, ...scope } }));
});
afterAll(async () => {
  await s.app?.close();
  await store?.close();
  await removeTempDirs();
});

const shown = (value: number) =>
  (Math.round((value * 1000) / population) / 10).toFixed(1).replace('.', ',');
/** The office's own page keeps its to-do; the report the city reads does not (qa43 m6). */
const OFFICE_NOTE =
  '(*) Số liệu vượt số nhân khẩu của tổ trong danh sách, đã được xác nhận khi báo cáo; đề nghị kiểm tra lại danh sách (tổ có số liệu này chưa được xếp hạng cho đến khi kiểm tra xong).';
// No to-do of the office's in the report the city reads (qa43 m6).
const NOTE =
  '(*) Số liệu vượt số nhân khẩu của tổ trong danh sách, đã được xác nhận khi báo cáo (tổ có số liệu này không được xếp hạng).';

describe('a confirmed figure above its base', () => {
  it('is marked in the report’s table, not ranked nor charted, with the note under the table', async () => {
    const results = join(dir, 'ket-qua.csv');
    await writeFile(
      results,
      `Mã tổ,Tên tổ dân phố,Số người dân tham gia cuộc thi\n1,Tổ dân phố số 1,${population + 40}\n2,Tổ dân phố số 2,100\n`,
    );
    const out = join(dir, 'out');
    const res = await runCliInProcess([
      'report',
      ...['--campaign', EXAMPLE_CAMPAIGN, '--groups', EXAMPLE_GROUPS],
      ...['--date', '2025-11-12', '--results', results, '--confirm', '--out', out],
    ]);
    expect(res.code).toBe(0);
    const text = await pdfText(join(out, 'report.pdf'), { layout: true });
    const rate = shown(population + 40);
    expect(Number.parseFloat(rate)).toBeGreaterThan(100);
    // Group 2's figure is below its base: no mark, and it ranks first, above group 1's.
    expect(text).toMatch(/^\s*1\s+Tổ dân phố số 2\s+100\s+[\d,]+\s*$/m);
    // Group 1's is marked and has no rank; it comes after the ranked groups.
    expect(text).toMatch(new RegExp(`^\\s*Tổ dân phố số 1\\s+[\\d.]+\\s+${rate}\\*\\s*$`, 'm'));
    expect(text.indexOf('Tổ dân phố số 2')).toBeLessThan(text.indexOf('Tổ dân phố số 1'));
    // Nor is it drawn in the chart of the ranking: its rate is said once, in the table.
    expect(text).toMatch(/Tổ dân phố số 2\s+[\d,]+%/);
    expect(text).not.toContain(`${rate}%`);
    // The ward's total holds that figure: its rate is marked too (qa18).
    // Groups 1 and 2 of the example's reported: the row says its rate counts the others as 0
    // (the label wraps in the name column, the figures beside its middle).
    const others = (await readFile(EXAMPLE_GROUPS, 'utf8')).trim().split('\n').length - 3;
    expect(text).toMatch(
      new RegExp(
        `^\\s*Toàn phường \\(tính ${others} tổ\\s*\\n\\s*[\\d.]+\\s+[\\d,]+\\*\\s*\\n\\s*chưa báo cáo là 0\\)`,
        'm',
      ),
    );
    // So is the ward's rate where the report's first part says it.
    expect(collapseSpaces(text.replace(/\n\s*/g, ' '))).toMatch(/chiếm tỷ lệ [\d,]+%\*/);
    expect(collapseSpaces(text.replace(/\n\s*/g, ' '))).toContain(NOTE);
    // report.xlsx says it in its note column, on that row only.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'report.xlsx'));
    const rows = Array.from(wb.worksheets[0]?.getSheetValues() ?? [], (r) =>
      Array.isArray(r) ? r.slice(1) : [],
    );
    expect(rows.find((r) => r.includes('Hạng'))?.at(-1)).toBe('Ghi chú');
    const of = (name: string) => rows.find((r) => r.includes(name)) ?? [];
    expect(of('Tổ dân phố số 1').at(-1)).toBe('Vượt số nhân khẩu trong danh sách, đã xác nhận');
    expect(of('Tổ dân phố số 2')).not.toContain('Vượt số nhân khẩu trong danh sách, đã xác nhận');
  });

  it('is marked on the office’s figures page, not ranked, with the same note', async () => {
    const res = await fetch(`${s.url}/admin/ket-qua`, {
      headers: { authorization: basic('admin', ADMIN_PASSWORD) },
    });
    const html = await res.text();
    const rows = [...html.matchAll(/<tr>\s*<td class="num">([^<]*)<\/td>[\s\S]*?<\/tr>/g)].map(
      (m) => ({ rank: m[1], cells: m[0].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') }),
    );
    const first = rows.find((r) => r.cells.includes('Tổ dân phố số 1 '));
    expect(first?.cells).toContain(`${shown(population + 40)}%*`);
    // Not ranked: the first rank is the second group's, whose row is unmarked.
    expect(first?.rank).toBe('');
    const second = rows.find((r) => r.cells.includes('Tổ dân phố số 2 '));
    expect(second?.rank).toBe('1');
    expect(second?.cells).not.toContain('*');
    expect(html).toContain(OFFICE_NOTE);
  });
});
