/**
 * report.xlsx's sheet of totals per area (`totals_by`) prints a target as the groups sheet does:
 * an area whose groups the list gives a target of 0 shows 0 (it showed a blank, as for a target
 * the list does not give), and the column's header says the target's unit — "Chỉ tiêu (đồng)",
 * "Chỉ tiêu (người)" — as the groups sheet's does (it said "Chỉ tiêu"). Expected values come from
 * the groups and results files written here.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { measureCampaign } from '../support/measure-campaign.js';
import { testFolder } from '../support/tmp.js';

const AREA = 'Cụm';
/** id, name, area, its target in đồng, in people; the sums and people reported. */
const ROWS = [
  ['1', 'Thôn 1', 'Cụm A', '0', '0', '500.000', '3'],
  ['2', 'Thôn 2', 'Cụm A', '0', '0', '200.000', '2'],
  ['3', 'Thôn 3', 'Cụm B', '10.000.000', '20', '9.000.000', '18'],
] as const;
const GROUPS = `STT,Thôn,${AREA},Trưởng thôn,Chỉ tiêu (đồng),Chỉ tiêu (người)
${ROWS.map(([id, name, area, money, people]) => `${id},${name},${area},Nguyễn Văn A,"${money}",${people}`).join('\n')}
`;
const RESULTS = `Thôn;Số tiền ủng hộ (đồng);Số người hiến máu
${ROWS.map(([, name, , , , money, people]) => `${name};${money};${people}`).join('\n')}
`;
const CAMPAIGN = `${measureCampaign(
  '{ id: tien, label: Số tiền ủng hộ (đồng), of: Chỉ tiêu (đồng) }',
  '{ id: hien, label: Số người hiến máu, of: Chỉ tiêu (người) }',
)}totals_by: ${AREA}\n`;
const { write, path } = testFolder('phuong-print-area-target-');

describe("report.xlsx's sheet per area, of targets", () => {
  it('shows a target of 0 as 0 and names the target’s unit in its header', async () => {
    const out = path('bao-cao');
    const run = await runCliInProcess([
      'report',
      ...['--campaign', await write('campaign.yaml', CAMPAIGN)],
      ...['--groups', await write('groups.csv', GROUPS)],
      ...['--results', await write('ket-qua.csv', RESULTS)],
      ...['--date', '2026-03-20', '--out', out, '--lang', 'vi'],
    ]);
    expect(run.code, run.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'report.xlsx'));
    const sheet = wb.worksheets.find((w) => w.name === `Theo ${AREA.toLocaleLowerCase('vi')}`);
    const rows = Array.from(sheet?.getSheetValues() ?? [], (r) =>
      Array.isArray(r) ? r.slice(1) : [],
    );
    const head = rows.find((r) => r[0] === AREA) ?? [];
    expect(head).toContain('Chỉ tiêu (đồng)');
    expect(head).toContain('Chỉ tiêu (người)');
    expect(head).not.toContain('Chỉ tiêu');
    const at = (h: string) => head.indexOf(h);
    const a = rows.find((r) => r[0] === 'Cụm A') ?? [];
    const b = rows.find((r) => r[0] === 'Cụm B') ?? [];
    // Cụm A: both thôn have targets of 0 in the list: 0, as the groups sheet prints each.
    expect(a[at('Chỉ tiêu (đồng)')]).toBe(0);
    expect(a[at('Chỉ tiêu (người)')]).toBe(0);
    expect(b[at('Chỉ tiêu (đồng)')]).toBe(10_000_000);
    expect(b[at('Chỉ tiêu (người)')]).toBe(20);
    // The groups sheet, as it was: 0 for each of Cụm A's thôn.
    const groups = Array.from(wb.worksheets[0]?.getSheetValues() ?? [], (r) =>
      Array.isArray(r) ? r.slice(1) : [],
    );
    const groupsHead = groups.find((r) => r.includes('Thôn')) ?? [];
    const thon1 = groups.find((r) => r.includes('Thôn 1')) ?? [];
    expect(thon1[groupsHead.indexOf('Chỉ tiêu (đồng)')]).toBe(0);
  });
});
