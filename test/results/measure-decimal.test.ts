/**
 * A measure in a quantity unit takes figures with decimals (a clean-up day's kg): a results file's
 * "95,5" and "1.234,5" (the Vietnamese decimal comma and thousands dot) are read, the report's PDF
 * prints them so and adds them up to the hundredth, report.xlsx holds them as numbers shown with
 * their decimals; an English "95.5" is read as 95,5 and said; more than two decimals is refused;
 * a count beside it still refuses "2,5". `check` no longer says kg figures must be whole.
 * Expected figures are worked out by hand from the files written here.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkVi, runCliInProcess } from '../support/cli.js';
import { measureCampaign } from '../support/measure-campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

const COLUMN = 'Khối lượng dự kiến (kg)';
const LABEL = 'Khối lượng rác thu gom (kg)';
const PEOPLE = 'Số người tham gia';
const GROUPS = `STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Số nhân khẩu;${COLUMN}
1;Tổ dân phố số 1;Nguyễn Văn A;300;1000;120
2;Tổ dân phố số 2;Nguyễn Văn B;300;1000;1500
3;Tổ dân phố số 3;Nguyễn Văn C;300;1000;20
`;
const CAMPAIGN = measureCampaign(
  `{ id: rac_kg, label: ${LABEL}, of: ${COLUMN} }`,
  `{ id: nguoi, label: ${PEOPLE}, of: people }`,
);

const { write, path } = testFolder('phuong-print-measure-decimal-');

const report = async (results: string, out: string) =>
  runCliInProcess([
    'report',
    ...['--campaign', await write('campaign.yaml', CAMPAIGN)],
    ...['--groups', await write('groups.csv', GROUPS), '--results', results],
    ...['--date', '2026-03-22', '--out', out, '--lang', 'vi'],
  ]);

describe('a measure in kg takes decimal figures', () => {
  it('reads "95,5" and "1.234,5" from a results file and prints them and their total in the report', async () => {
    const results = await write(
      'ket-qua.csv',
      `STT;${LABEL};${PEOPLE}\n1;95,5;40\n2;1.234,5;300\n3;10,25;12\n`,
    );
    const out = path('bao-cao');
    const run = await report(results, out);
    expect(run.code, run.stderr).toBe(0);
    const text = collapseSpaces(await pdfText(join(out, 'report.pdf')));
    // By hand: 95,5 + 1234,5 + 10,25 = 1340,25 kg of an estimate of 120 + 1500 + 20 = 1640 kg,
    // 1340,25 / 1640 = 81,72…% → 81,7%.
    expect(text).toContain(`${LABEL}: 1.340,25 kg/dự kiến 1.640 kg, đạt 81,7% dự kiến`);
    // Target, figure: the column's figures have as many decimals as its most precise, 10,25
    // (qa54 p11: they line up on the comma).
    expect(text).toContain('Tổ dân phố số 1 120 95,50');
    expect(text).toContain('1.234,50');
    expect(text).toContain('10,25');
    expect(text).not.toMatch(/95\.5|1234\.5|1340\.25/);
    // The people beside them stay counts: 40 + 300 + 12.
    expect(text).toContain(`${PEOPLE}: 352`);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'report.xlsx'));
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    const head = (ws.getRow(2).values as unknown[]).indexOf(LABEL);
    const column = ws.getColumn(head);
    const values = (column.values as unknown[]).slice(3);
    expect(values).toEqual(expect.arrayContaining([95.5, 1234.5, 10.25, 1340.25]));
    expect(ws.getCell(3, head).numFmt).toBe('#,##0.00');
    // The people's column is left as Excel shows whole numbers.
    const people = (ws.getRow(2).values as unknown[]).indexOf(PEOPLE);
    expect(ws.getCell(3, people).numFmt ?? 'General').not.toContain('0.0');
  });

  it('reads a workbook’s number cells as numbers, a formula’s 0,1 + 0,2 as 0,3', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Kết quả');
    ws.addRow(['STT', LABEL]);
    ws.addRow([1, 95.5]);
    ws.addRow([2, { formula: '0.1+0.2', result: 0.1 + 0.2 }]);
    // Shown rounded by its format, still 12,75.
    ws.addRow([3, 12.75]).getCell(2).numFmt = '0';
    const results = path('ket-qua.xlsx');
    await wb.xlsx.writeFile(results);
    const out = path('bao-cao-xlsx');
    const run = await report(results, out);
    expect(run.code, run.stderr).toBe(0);
    const text = collapseSpaces(await pdfText(join(out, 'report.pdf')));
    // By hand: 95,5 + 0,3 + 12,75 = 108,55.
    expect(text).toContain(`${LABEL}: 108,55 kg`);
    expect(text).toContain('0,3');
    expect(text).not.toContain('0,30000');
  });

  it('reads an English "95.5" as 95,5 and says so; refuses three decimals, and "2,5" people', async () => {
    const dot = await write('dot.csv', `STT;${LABEL}\n1;95.5\n2;1.234\n`);
    const out = path('bao-cao-dot');
    const run = await report(dot, out);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('“95.5” được đọc là 95,5 kg: dấu chấm được hiểu là dấu thập phân');
    // "1.234" is one thousand two hundred and thirty-four, as Vietnamese writes it: 95,5 + 1234.
    const text = collapseSpaces(await pdfText(join(out, 'report.pdf')));
    expect(text).toContain(`ở 2 tổ đã báo cáo (1.329,5 kg/`);

    const bad = await write('bad.csv', `STT;${LABEL};${PEOPLE}\n1;95,555;10\n2;12;2,5\n`);
    const refused = await report(bad, path('bao-cao-bad'));
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('“95,555” có hơn hai chữ số thập phân');
    expect(refused.stderr).toContain(
      `“2,5” là số thập phân, nhưng “${PEOPLE}” đếm số người: phải là số nguyên`,
    );
  });

  it('is no longer said at check to take whole figures only', async () => {
    const run = await checkVi(
      await write('campaign.yaml', CAMPAIGN),
      await write('groups.csv', GROUPS),
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('số nguyên');
  });
});
