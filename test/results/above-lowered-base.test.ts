/**
 * A figure that was below its group's base when the leader sent it, and is above it once the
 * office lowers the group's population in the list: the report and the office's figures page
 * mark it "*" as any figure above its base, but their note must not say it was confirmed (it
 * never was: nothing above the base was sent), and asks for the figure to be checked too. The
 * population is read from the example's groups file; the new list lowers it below the figure.
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

const CONFIRMED = 'đã được xác nhận khi báo cáo';
const NOTE =
  '(*) Số liệu vượt số nhân khẩu của tổ trong danh sách; đề nghị kiểm tra lại danh sách và số liệu (tổ có số liệu này chưa được xếp hạng cho đến khi kiểm tra xong).';

let dir = '';
let lowered = '';
let store: Store;
let figure = 0;
const s = {} as TestServer;

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-lowered-');
  const text = await readFile(EXAMPLE_GROUPS, 'utf8');
  const line = /^1;Tổ dân phố số 1;.*;(\d+)\s*$/m.exec(text);
  const population = Number(line?.[1]);
  // Sent below the list's population: stored without confirmation.
  figure = population - 10;
  const ward = await loadWard({ campaign: EXAMPLE_CAMPAIGN, groups: EXAMPLE_GROUPS });
  store = await openStore({ dataDir: join(dir, 'data') });
  const scope = { campaign: campaignKey(ward.campaign), measures: ward.campaign.measures };
  const group = ward.groups.find((g) => g.id === '1');
  if (!group) throw new Error('the example has no group 1');
  await recordSubmission(store.db, scope, {
    group,
    values: { tham_gia: figure },
    source: 'leader',
  });
  // The office corrects the list afterwards: group 1 has 50 fewer residents than it reported.
  const corrected = (line?.[0] ?? '').replace(/;\d+(\s*)$/, `;${figure - 50}$1`);
  lowered = join(dir, 'groups.csv');
  await writeFile(lowered, text.replace(line?.[0] ?? '', corrected));
  const now = await loadWard({ campaign: EXAMPLE_CAMPAIGN, groups: lowered });
  Object.assign(s, await startServer({ ward: now, results: { db: store.db, ...scope } }));
});
afterAll(async () => {
  await s.app?.close();
  await store?.close();
  await removeTempDirs();
});

describe('a figure above a base lowered after it was sent', () => {
  it('is marked in the report, whose note does not call it confirmed', async () => {
    const out = join(dir, 'out');
    const res = await runCliInProcess([
      'report',
      ...['--campaign', EXAMPLE_CAMPAIGN, '--groups', lowered],
      ...['--data', join(dir, 'data'), '--date', '2099-01-01', '--out', out],
    ]);
    expect(res.code, res.stderr).toBe(0);
    const text = collapseSpaces(
      (await pdfText(join(out, 'report.pdf'), { layout: true })).replace(/\n\s*/g, ' '),
    );
    // Sent against the list before it changed (figure − 10 of its people then), so also marked as
    // reported against the old list; its rate over the lowered base carries the mark.
    expect(text).toMatch(/Tổ dân phố số 1 \(chưa xác nhận: [\s\S]*?theo danh sách cũ/);
    // The figure and its starred rate over the lowered base in Tổ dân phố số 1's own row (its
    // cell's text wraps around them), before any other row's star.
    const rate = ((figure / (figure - 50)) * 100).toFixed(1).replace('.', ',');
    expect(text).toMatch(
      new RegExp(`Tổ dân phố số 1 \\(chưa xác nhận:[^*]*? ${figure} ${rate}\\*`),
    );
    expect(text).toContain(NOTE);
    expect(text).not.toContain(CONFIRMED);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'report.xlsx'));
    const rows = Array.from(wb.worksheets[0]?.getSheetValues() ?? [], (r) =>
      Array.isArray(r) ? r.slice(1) : [],
    );
    const row = rows.find((r) => r.includes('Tổ dân phố số 1')) ?? [];
    expect(row).toContain(figure);
    expect(row.at(-1)).toBe(
      `Vượt số nhân khẩu trong danh sách, cần kiểm tra lại; Chưa xác nhận: số người dân tham gia cuộc thi (báo cáo theo danh sách cũ, khi đó ${figure + 10} nhân khẩu)`,
      // (No "Gửi sau …": the example's contest ended on 11/11/2025, and a contest's figures,
      // sent after it ends, are late only after a report.deadline, which it does not give.)
    );
  });

  it('is marked on the office’s figures page, with the same note', async () => {
    const res = await fetch(`${s.url}/admin/ket-qua`, {
      headers: { authorization: basic('admin', ADMIN_PASSWORD) },
    });
    const html = await res.text();
    expect(html).toContain(NOTE);
    expect(html).not.toContain(CONFIRMED);
  });
});
