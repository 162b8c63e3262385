/**
 * report.xlsx's sheet of totals per area (`totals_by`) names the reported figures by what they
 * count, as the report's lines do: an area whose rate leaves out a group with no count in the
 * list says "(45 trẻ đã được tiêm), không tính 5 trẻ đã được tiêm …", never the base's noun
 * ("45 trẻ cần tiêm") for children who were vaccinated (review of session 32, finding 2).
 * Expected values come from the groups and results files written here.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { measureCampaign } from '../support/measure-campaign.js';
import { testFolder } from '../support/tmp.js';

const COLUMN = 'Số trẻ cần tiêm';
const LABEL = 'Số trẻ đã được tiêm';
const AREA = 'Cụm';
/** id, name, area, children due (as typed), the figure reported. */
const ROWS = [
  ['1', 'Khu phố 1', 'Cụm A', '48', 45],
  ['2', 'Khu phố 2', 'Cụm A', '', 5],
  ['3', 'Khu phố 3', 'Cụm B', '30', 20],
] as const;
const GROUPS = `STT,Khu phố,${AREA},Trưởng khu phố,${COLUMN}
${ROWS.map(([id, name, area, due]) => `${id},${name},${area},Nguyễn Văn A,${due}`).join('\n')}
`;
const RESULTS = `Khu phố,${LABEL}
${ROWS.map(([, name, , , figure]) => `${name},${figure}`).join('\n')}
`;
const CAMPAIGN = `${measureCampaign(`{ id: tiem, label: ${LABEL}, of: ${COLUMN} }`)}totals_by: ${AREA}\n`;
const { write, path } = testFolder('phuong-print-area-noun-');

describe("report.xlsx's sheet per area", () => {
  it('names the figures its rate counts and leaves out by what the measure counts', async () => {
    const out = path('bao-cao');
    const run = await runCliInProcess([
      'report',
      ...['--campaign', await write('campaign.yaml', CAMPAIGN)],
      ...['--groups', await write('groups.csv', GROUPS)],
      ...['--results', await write('ket-qua.csv', RESULTS)],
      ...['--date', '2026-12-15', '--out', out, '--lang', 'vi'],
    ]);
    expect(run.code, run.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'report.xlsx'));
    const sheet = wb.worksheets.find((w) => w.name === `Theo ${AREA.toLocaleLowerCase('vi')}`);
    expect(sheet?.name).toBeDefined();
    const cells: string[] = [];
    sheet?.eachRow((r) => {
      for (const v of r.values as unknown[]) if (typeof v === 'string') cells.push(v);
    });
    const [rated, unrated] = [ROWS[0][4], ROWS[1][4]];
    const note = cells.find((c) => c.includes('không tính')) ?? '';
    expect(note).toContain(`(${rated} trẻ đã được tiêm), không tính ${unrated} trẻ đã được tiêm`);
    expect(note).not.toContain(`${rated} trẻ cần tiêm`);
  });
});
