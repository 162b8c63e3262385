/**
 * A 0 written in the count column a measure is taken against ("Số trẻ cần tiêm" = 0) is the
 * list's figure, "none due", as check and build say it ("số 0 được hiểu là không có trẻ cần
 * tiêm"): the report PDF and report.xlsx say it apart from an empty cell ("chưa có số trẻ cần
 * tiêm": not known yet), and report.xlsx shows the 0 (it left the cell blank). Expected values
 * come from the groups and results files written here.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { measureCampaign } from '../support/measure-campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

const COLUMN = 'Số trẻ cần tiêm';
const LABEL = 'Số trẻ đã được tiêm';
/** id, name, children due (as typed), and the figure each reports (undefined: none). */
const GROUPS_ROWS = [
  ['1', 'Khu phố 1', '48', 45],
  ['2', 'Khu phố 2', '52', undefined],
  ['3', 'Khu phố 3', '', 5],
  ['4', 'Ấp Bình Thới Nhì', '0', 3],
] as const;
const GROUPS = `STT,Khu phố / Ấp,Trưởng khu phố,${COLUMN}
${GROUPS_ROWS.map(([id, name, due]) => `${id},${name},Nguyễn Văn A,${due}`).join('\n')}
`;
const RESULTS = `Khu phố / Ấp,${LABEL}
${GROUPS_ROWS.filter((r) => r[3] !== undefined)
  .map(([, name, , figure]) => `${name},${figure}`)
  .join('\n')}
`;
const CAMPAIGN = measureCampaign(`{ id: tiem, label: ${LABEL}, of: ${COLUMN} }`);
const [, zeroName, , zeroFigure] = GROUPS_ROWS[3];
const [, emptyName, , emptyFigure] = GROUPS_ROWS[2];

const { write, path } = testFolder('phuong-print-count-zero-');

async function report() {
  const out = path('bao-cao');
  const run = await runCliInProcess([
    'report',
    ...['--campaign', await write('campaign.yaml', CAMPAIGN)],
    ...['--groups', await write('groups.csv', GROUPS)],
    ...['--results', await write('ket-qua.csv', RESULTS)],
    ...['--date', '2026-12-15', '--out', out, '--lang', 'vi'],
  ]);
  return { run, out };
}

describe('a 0 in a count column a measure is taken against', () => {
  it('is said in the report PDF as "0 trẻ cần tiêm", apart from an empty cell', async () => {
    const { run, out } = await report();
    expect(run.code, run.stderr).toBe(0);
    const pdf = collapseSpaces((await pdfText(join(out, 'report.pdf'))).replace(/\n/g, ' '));
    expect(pdf).toContain(
      `(không tính ${(zeroFigure ?? 0) + (emptyFigure ?? 0)} trẻ đã được tiêm của 1 khu dân cư chưa có số trẻ cần tiêm, 1 khu dân cư có 0 trẻ cần tiêm)`,
    );
    // The closing lists: the 0 as "none due", the empty cell as not known.
    expect(pdf).toContain(`Các khu dân cư không có trẻ cần tiêm (1 khu dân cư): ${zeroName}.`);
    expect(pdf).toMatch(
      new RegExp(`chưa có số trẻ cần tiêm trong danh sách[^.]*: ${emptyName}\\.`),
    );
    expect(pdf).not.toMatch(new RegExp(`chưa có số trẻ cần tiêm trong danh sách[^.]*${zeroName}`));
  });

  it('shows the 0 in report.xlsx, with the note saying it, and leaves the empty cell blank', async () => {
    const { run, out } = await report();
    expect(run.code, run.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'report.xlsx'));
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    const header = (ws.getRow(2).values as unknown[]).map(String);
    const rowOf = (name: string) => {
      let found: unknown[] = [];
      ws.eachRow((r) => {
        const values = r.values as unknown[];
        if (values.includes(name)) found = values;
      });
      return found;
    };
    const col = (h: string) => header.indexOf(h);
    const zero = rowOf(zeroName);
    expect(zero[col(COLUMN)]).toBe(0);
    expect(zero[col(LABEL)]).toBe(zeroFigure);
    expect(zero[col('Ghi chú')]).toBe(
      // Said once (review: it said the 0 twice).
      'Chưa xác nhận: danh sách ghi 0 trẻ cần tiêm, không tính tỷ lệ',
    );
    const empty = rowOf(emptyName);
    expect(empty[col(COLUMN)]).toBeUndefined();
    expect(empty[col(LABEL)]).toBe(emptyFigure);
  });
});
