/**
 * qa56 p5: the mừng thọ report (test/fixtures/qa56-mungtho: "Số tiền đã trao (đồng)" rated
 * against each tổ's "Kinh phí (đồng)", QA's results file) printed the unit twice, "Số tiền đã
 * trao (đồng): 2.900.000/3.000.000 đồng kinh phí", and its spreadsheet's header "Tỷ lệ số tiền
 * đã trao (đồng) (%)". The label's "(đồng)" is the unit the figure already says: said once.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa56-mungtho/${name}`, import.meta.url));

let out: string;
let run: { code: number; stderr: string };
beforeAll(async () => {
  out = await makeTempDir('phuong-print-unit-once-');
  run = await runCliInProcess([
    ...['report', '--campaign', fixture('campaign.yaml'), '--groups', fixture('groups.csv')],
    ...['--results', fixture('ketqua.csv'), '--out', out, '--date', '2026-12-20', '--lang', 'vi'],
  ]);
}, 120_000);
afterAll(removeTempDirs);

describe('a sum’s unit in the report, said once (qa56 p5)', () => {
  it('on the report’s line: the sum, then its unit', async () => {
    expect(run.code, run.stderr).toBe(0);
    const text = (await pdfText(join(out, 'report.pdf'))).replace(/\s+/g, ' ');
    // 1.600.000 đ + 1,3 triệu + 0 of 1.700.000 + 1.300.000 + 0 (the results and groups files).
    expect(text).toContain(
      '- Số tiền đã trao: 2.900.000/3.000.000 đồng kinh phí, chiếm tỷ lệ 96,7%.',
    );
    expect(text).not.toContain('(đồng) (');
    expect(text).not.toContain('(đồng):');
  });

  it('in the spreadsheet’s header of its rate', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'report.xlsx'));
    const heads = book.worksheets.flatMap((ws) =>
      ws.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : [])),
    );
    expect(heads).toContain('Tỷ lệ số tiền đã trao (%)');
    expect(heads).toContain('Số tiền đã trao (đồng)');
    expect(heads.some((h) => h.includes('(đồng) (%)'))).toBe(false);
  });
});
