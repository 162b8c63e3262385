/**
 * A measure counted in people over a list whose "Số nhân khẩu" is empty in every row (qa21 #2,
 * a VNeID drive: the office had households, not population): `check` says so, naming the column
 * and the fix; the report prints a plain table of figures and the ward's total — no "Hạng" or
 * "Tỷ lệ (%)" column empty in every row, no heading promising a ranking — and says once that
 * the list has no population, not group by group. Expected values from the files written here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkVi, runCliInProcess } from '../support/cli.js';
import { measureCampaign } from '../support/measure-campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

const LABEL = 'Số người đã kích hoạt mức 2';
/** id, name, households, and the figure each reports ('' : not reported). */
const TO = [
  ['1', 'Tổ dân phố số 1', 139, 232],
  ['2', 'Tổ dân phố số 2', 168, 273],
  ['3', 'Tổ dân phố số 3', 197, ''],
  ['4', 'Tổ dân phố số 4', 226, 1314],
] as const;
const GROUPS = `STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Số nhân khẩu
${TO.map(([id, name, households]) => `${id};${name};Nguyễn Văn A;${households};`).join('\n')}
`;
const CAMPAIGN = measureCampaign(`{ id: vneid, label: ${LABEL}, of: people }`);

const { write, path } = testFolder('phuong-print-no-population-');
const thousands = (n: number) => n.toLocaleString('de-DE');

describe('a people measure over a list with no population', () => {
  it('is warned of at check, with the column and the fix', async () => {
    const run = await checkVi(
      await write('campaign.yaml', CAMPAIGN),
      await write('groups.csv', GROUPS),
    );
    expect(run.code, run.stderr).toBe(0);
    const err = collapseSpaces(run.stderr);
    expect(err).toContain(
      `groups.csv: cột “Số nhân khẩu” trống ở cả ${TO.length} dòng: “${LABEL}” sẽ không có tỷ lệ, không xếp hạng`,
    );
    expect(err).toContain('Ghi số nhân khẩu của từng tổ vào danh sách; hoặc tính theo hộ');
  });

  it('makes a report of figures and totals, with no empty rank or rate column', async () => {
    const reported = TO.filter((t) => t[3] !== '');
    const results = await write(
      'ket-qua.csv',
      `STT;${LABEL}\n${reported.map(([id, , , figure]) => `${id};${figure}`).join('\n')}\n`,
    );
    const out = path('bao-cao');
    const run = await runCliInProcess([
      'report',
      ...['--campaign', await write('campaign.yaml', CAMPAIGN)],
      ...['--groups', await write('groups.csv', GROUPS), '--results', results],
      ...['--date', '2026-03-20', '--out', out, '--lang', 'vi'],
    ]);
    expect(run.code, run.stderr).toBe(0);
    const layout = await pdfText(join(out, 'report.pdf'), { layout: true });
    const flat = collapseSpaces(layout.replace(/\n/g, ' '));
    // The heading promises no ranking; the table has no "Hạng" and no "Tỷ lệ (%)".
    expect(flat).toContain('2. Kết quả của từng tổ dân phố:');
    expect(flat).not.toContain('xếp hạng theo');
    expect(layout).not.toContain('Hạng');
    expect(layout).not.toContain('Tỷ lệ (%)');
    // Each group's figure on its line, in ward order; the ward's total under them.
    let at = 0;
    for (const [, name, , figure] of TO) {
      const line = new RegExp(
        `^\\s*${name}\\s*${figure === '' ? '' : thousands(figure)}\\s*$`,
        'm',
      );
      const found = line.exec(layout.slice(at));
      expect(found, name).not.toBeNull();
      at += (found?.index ?? 0) + (found?.[0].length ?? 0);
    }
    const total = reported.reduce((sum, t) => sum + Number(t[3]), 0);
    expect(layout).toMatch(
      new RegExp(`^\\s*Toàn xã\\s+${thousands(total).replace('.', '\\.')}\\s*$`, 'm'),
    );
    // Said once for the list, not as a list of every group that reported.
    expect(flat).toContain(
      'Danh sách chưa có số nhân khẩu của các tổ dân phố nên chưa tính tỷ lệ, chưa xếp hạng.',
    );
    expect(flat).not.toContain('Các tổ dân phố chưa có số nhân khẩu');
    // Nor a chart of rates.
    expect(flat).not.toContain('Biểu đồ');
  });
});
