/**
 * The results spreadsheet of a fee campaign (qa43 m3): a sum of money has no rate and no base,
 * so neither the "Tỷ lệ … (đồng) (%)" column nor the areas' "Số đồng" column (always empty) is
 * there; sums are shown with their thousands grouped (#,##0: 28.800.000 in a Vietnamese Excel).
 * And the report says the unit once: "Số tiền đã thu: 28.800.000 đồng", not "(đồng): … đồng"
 * (qa43 m4). A sum typed in thousands where the list has no target is warned at its cell, in
 * the words of the target's "typed in thousands?" warning, and marked "chưa xác nhận" (qa43 M3).
 * qa43's fee campaign, its 20 tổ (Tổ dân phố Nghĩa Xá: 176 households).
 */
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

const CAMPAIGN = fileURLToPath(new URL('../fixtures/qa43/campaign.yaml', import.meta.url));
const GROUPS = fileURLToPath(new URL('../fixtures/qa40/groups20.csv', import.meta.url));
const MONEY = 'Số tiền đã thu (đồng)';

const { path, write } = testFolder('phuong-print-report-money-fee-');

/** `report --results` of a file `name` holding `rows` (STT;tổ;hộ;tiền;người), into folder `name`. */
async function reportOf(name: string, rows: string) {
  const file = await write(
    `${name}.csv`,
    `STT;Tên tổ dân phố;Số hộ đã nộp phí;${MONEY};Số người tham gia tổng vệ sinh\n${rows}`,
  );
  const run = await runCliInProcess([
    'report',
    ...['--campaign', CAMPAIGN, '--groups', GROUPS, '--results', file],
    ...['--out', path(name), '--lang', 'vi', '--date', '2026-12-06'],
  ]);
  expect(run.code).toBe(0);
  return { file, run };
}

describe('report.xlsx of a fee campaign (qa43 m3, m4)', () => {
  it('has no empty rate or base column for the sum, and groups its thousands', async () => {
    await reportOf(
      'out',
      '1;Tổ dân phố Đông Hưng;120;28.800.000;300\n2;Tổ dân phố Tây Sơn;100;12.500.000;35\n',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path('out/report.xlsx'));
    const [groups, areas] = wb.worksheets;
    const header = ((groups?.getRow(2).values ?? []) as unknown[]).slice(1);
    expect(header).toContain(MONEY);
    expect(header.join('|')).not.toContain('Tỷ lệ số tiền');
    // Every column has a header: none left blank for a measure's missing rate.
    const money = header.indexOf(MONEY) + 1;
    const dongHung = groups?.getRow(3);
    expect(dongHung?.getCell(3).value).toBe('Tổ dân phố Đông Hưng');
    expect(dongHung?.getCell(money).value).toBe(28_800_000);
    expect(dongHung?.getCell(money).numFmt).toBe('#,##0');
    // The next column is the people's figure, not an empty rate.
    expect(header[money]).toBe('Số người tham gia tổng vệ sinh');
    const areaHeader = ((areas?.getRow(2).values ?? []) as unknown[]).slice(1);
    expect(areaHeader).not.toContain('Số đồng');
    expect(areaHeader.join('|')).not.toContain('Tỷ lệ số tiền');
    const areaMoney = areaHeader.indexOf(MONEY) + 1;
    expect(areas?.getRow(3).getCell(areaMoney).value).toBe(41_300_000);
    expect(areas?.getRow(3).getCell(areaMoney).numFmt).toBe('#,##0');

    const text = collapseSpaces(await pdfText(path('out/report.pdf')));
    expect(text).toContain('- Số tiền đã thu: 41.300.000 đồng.');
    expect(text).toContain('số tiền đã thu: 41.300.000 đồng;');
    expect(text).not.toContain('(đồng): 41.300.000 đồng');
  });
});

describe('report --results: a sum in thousands without a target (qa43 M3)', () => {
  it('warns of 28.800 for Nghĩa Xá’s 176 households, not of 1.200.000 for Tây Sơn', async () => {
    const { file, run } = await reportOf(
      'thin',
      '2;Tổ dân phố Tây Sơn;15;1.200.000;30\n3;Tổ dân phố Nghĩa Xá;15;28.800;200\n',
    );
    expect(run.stderr).toContain(
      `${file}, dòng 3, cột “${MONEY}”: Tổ dân phố Nghĩa Xá: 28.800 đồng, chưa đến 1.000 đồng mỗi hộ (176 hộ): có phải đã ghi theo nghìn đồng (28.800.000)? Kiểm tra lại trước khi ký báo cáo`,
    );
    expect(run.stderr).not.toContain('Tây Sơn');
    const text = collapseSpaces(await pdfText(path('thin/report.pdf')));
    // The measure named without its "(đồng)": the mark says the unit where it belongs.
    expect(text).toContain(
      'Tổ dân phố Nghĩa Xá (chưa xác nhận: số tiền đã thu (chưa đến 1.000 đồng mỗi hộ của 176 hộ))',
    );
  });
});
