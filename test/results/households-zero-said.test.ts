/**
 * A 0 in the groups file's "Số hộ" or "Số nhân khẩu" is the list's figure, 0 households (people),
 * as `check` says it ("khu dân cư có 0 hộ"): the report PDF says it apart from an empty cell
 * ("chưa có số hộ": not known yet), and report.xlsx shows the 0 (it left the cell blank). The
 * list mixes khu phố and ấp: the report asks the heads of the groups yet to report by their own
 * titles ("các trưởng khu phố, trưởng ấp"), never "trưởng khu dân cư", and only the titles of
 * those missing. Expected values come from the groups and results files written here.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { measureCampaign } from '../support/measure-campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

const HOUSEHOLDS = 'Số hộ đã nhận tin';
const PEOPLE = 'Số người đã biết lịch';
/** id, name, households and people (as typed), and the figures each reports (undefined: none). */
const ROWS = [
  ['1', 'Khu phố 1', '320', '1200', [300, 1000]],
  ['2', 'Khu phố 2', '0', '0', [10, 40]],
  ['3', 'Khu phố 3', '', '', [20, 50]],
  ['4', 'Khu phố 4', '210', '800', undefined],
  ['5', 'Khu phố 5', '150', '600', [140, 500]],
  ['6', 'Khu phố 6', '170', '650', [160, 600]],
  ['7', 'Ấp Bình Thới', '90', '350', undefined],
  ['8', 'Ấp Tân Hòa', '80', '300', [70, 200]],
] as const;
const GROUPS = `STT,Khu phố / Ấp,Trưởng khu phố,Số hộ,Số nhân khẩu
${ROWS.map(([id, name, h, p]) => `${id},${name},Nguyễn Văn A,${h},${p}`).join('\n')}
`;
const RESULTS = `Khu phố / Ấp,${HOUSEHOLDS},${PEOPLE}
${ROWS.flatMap(([, name, , , f]) => (f ? [`${name},${f[0]},${f[1]}`] : [])).join('\n')}
`;
const CAMPAIGN = measureCampaign(
  `{ id: ho, label: ${HOUSEHOLDS}, of: households }`,
  `{ id: nguoi, label: ${PEOPLE}, of: people }`,
);
const zero = ROWS[1];
const empty = ROWS[2];
const left = (i: 0 | 1) => (zero[4]?.[i] ?? 0) + (empty[4]?.[i] ?? 0);

const { write, path } = testFolder('phuong-print-households-zero-');

async function report(groups = GROUPS, results = RESULTS) {
  const out = path(`bao-cao-${Math.random().toString(36).slice(2)}`);
  const run = await runCliInProcess([
    'report',
    ...['--campaign', await write('campaign.yaml', CAMPAIGN)],
    ...['--groups', await write(`groups-${out.slice(-6)}.csv`, groups)],
    ...['--results', await write(`ket-qua-${out.slice(-6)}.csv`, results)],
    ...['--date', '2026-12-15', '--out', out, '--lang', 'vi'],
  ]);
  return { run, out };
}

describe('a 0 in "Số hộ" / "Số nhân khẩu" in a list of khu phố and ấp', () => {
  it('is said in the report PDF as "0 hộ", apart from an empty cell; the missing heads by their titles', async () => {
    const { run, out } = await report();
    expect(run.code, run.stderr).toBe(0);
    const pdf = collapseSpaces((await pdfText(join(out, 'report.pdf'))).replace(/\n/g, ' '));
    expect(pdf).toContain(
      `(không tính ${left(0)} hộ đã nhận tin của 1 khu dân cư chưa có số hộ, 1 khu dân cư có 0 hộ)`,
    );
    expect(pdf).toContain(
      `(không tính ${left(1)} người đã biết lịch của 1 khu dân cư chưa có số nhân khẩu, 1 khu dân cư có 0 nhân khẩu)`,
    );
    expect(pdf).not.toMatch(/của 2 khu dân cư chưa có số/);
    // Khu phố 4 and Ấp Bình Thới have not reported: both kinds' heads are asked.
    expect(pdf).toContain(
      `chưa báo cáo (2 khu dân cư): ${ROWS[3][1]}, ${ROWS[6][1]}. Đề nghị các trưởng khu phố, trưởng ấp khẩn trương báo cáo kết quả.`,
    );
    expect(pdf).not.toContain('trưởng khu dân cư');
  });

  it('asks only the khu phố heads when only khu phố are missing', async () => {
    const results = `${RESULTS}${ROWS[6][1]},85,340\n`;
    const { run, out } = await report(GROUPS, results);
    expect(run.code, run.stderr).toBe(0);
    const pdf = collapseSpaces((await pdfText(join(out, 'report.pdf'))).replace(/\n/g, ' '));
    expect(pdf).toContain(`${ROWS[3][1]}. Đề nghị các trưởng khu phố khẩn trương báo cáo kết quả.`);
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
    const z = rowOf(zero[1]);
    expect(z[col('Số hộ')]).toBe(0);
    expect(z[col('Số nhân khẩu')]).toBe(0);
    expect(z[col('Ghi chú')]).toBe(
      'Chưa xác nhận: số hộ đã nhận tin (danh sách ghi 0 hộ, không tính tỷ lệ); số người đã biết lịch (danh sách ghi 0 nhân khẩu, không tính tỷ lệ)',
    );
    const e = rowOf(empty[1]);
    expect(e[col('Số hộ')]).toBeUndefined();
    expect(e[col('Số nhân khẩu')]).toBeUndefined();
  });
});
