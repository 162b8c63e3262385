/**
 * A measure taken against a target the groups were given (qa19 finding 4): a blood-donation
 * day's "Chỉ tiêu (người)" per khu phố. Going over it is good news: a results file with a figure
 * over the target is taken without --confirm, the report says "vượt chỉ tiêu" and names the
 * groups, marks nothing "*" nor asks for the list to be checked; the unit is the header's
 * bracketed one ("người", not "chỉ tiêu (người)"). Expected figures come from the files here.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { measureCampaign } from '../support/measure-campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

const COLUMN = 'Chỉ tiêu (người)';
const LABEL = 'Số người đã hiến máu';
/** id, name, slug, quota, figure: Khu phố 1 goes over its quota. */
const KP = [
  ['1', 'Khu phố 1', 'khu-pho-1', 25, 31],
  ['2', 'Khu phố 2', 'khu-pho-2', 20, 18],
  ['3', 'Khu phố 3', 'khu-pho-3', 25, 25],
] as const;
const GROUPS = `STT;Tên khu phố;Trưởng khu phố;Số hộ;Số nhân khẩu;${COLUMN}
${KP.map(([id, name, , quota]) => `${id};${name};Nguyễn Văn A;300;1000;${quota}`).join('\n')}
`;
const CAMPAIGN = measureCampaign(`{ id: hien_mau, label: ${LABEL}, of: ${COLUMN} }`);

const { write, path } = testFolder('phuong-print-measure-target-');

const rateOf = (value: number, base: number) =>
  `${(Math.round((value * 1000) / base) / 10).toFixed(1).replace('.', ',')}%`;

describe('a measure taken against "Chỉ tiêu (người)"', () => {
  it('takes a figure over the target without --confirm, and reports it as over the target', async () => {
    const results = await write(
      'ket-qua.csv',
      `STT;${LABEL}\n${KP.map(([id, , , , v]) => `${id};${v}`).join('\n')}\n`,
    );
    const out = path('bao-cao');
    const run = await runCliInProcess([
      'report',
      ...['--campaign', await write('campaign.yaml', CAMPAIGN)],
      ...['--groups', await write('groups.csv', GROUPS), '--results', results],
      ...['--date', '2026-06-08', '--out', out, '--lang', 'vi'],
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('lớn hơn');
    const value = KP.reduce((a, k) => a + k[4], 0);
    const quota = KP.reduce((a, k) => a + k[3], 0);
    const text = collapseSpaces(await pdfText(join(out, 'report.pdf')));
    expect(text).toContain(
      `${LABEL}: ${value} người/chỉ tiêu ${quota} người, đạt ${rateOf(value, quota)} chỉ tiêu`,
    );
    const over = KP.filter((k) => k[4] > k[3]).map((k) => k[1]);
    expect(text).toContain(
      `Các khu phố vượt chỉ tiêu số người đã hiến máu (${over.length} khu phố): ${over.join(', ')}.`,
    );
    expect(text).toContain('trên chỉ tiêu');
    expect(text).not.toContain('chỉ tiêu (người)');
    expect(text).not.toContain('*');
    expect(text).not.toContain('kiểm tra lại danh sách');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'report.xlsx'));
    const notes: string[] = [];
    wb.worksheets[0]?.eachRow((row) => {
      row.eachCell((c) => {
        if (String(c.value).startsWith('Vượt')) notes.push(String(c.value));
      });
    });
    expect(notes).toEqual([`Vượt chỉ tiêu số người đã hiến máu`]);
  });

  /** Khu phố 1's tracking sheet built from `column` as the measure's base: its text. */
  async function firstTracker(column: string, name: string): Promise<string> {
    const out = path(`out-${name}`);
    const run = await runCliInProcess([
      ...buildArgs(
        await write(
          `campaign-${name}.yaml`,
          measureCampaign(`{ id: hien_mau, label: ${LABEL}, of: ${column} }`),
        ),
        await write(`groups-${name}.csv`, GROUPS.replace(COLUMN, column)),
        out,
        '--kind',
        'tracker',
        '--lang',
        'vi',
      ),
    ]);
    expect(run.code, run.stderr).toBe(0);
    return collapseSpaces(await pdfText(join(out, KP[0][2], 'tracker.pdf')));
  }

  it('prints the tracking sheet’s rate line over the group’s target, in people', async () => {
    const text = await firstTracker(COLUMN, 'bracket');
    expect(text).toContain(`${LABEL}: ……… người / chỉ tiêu ${KP[0][3]} người = ……… %`);
  });

  it('says a target column without a bracketed unit in what the label counts (review)', async () => {
    // The label counts people ("Số người …"): the target is in people, not "chỉ tiêu".
    const text = await firstTracker('Chỉ tiêu hiến máu', 'no-unit');
    expect(text).toContain(`${LABEL}: ……… người / chỉ tiêu ${KP[0][3]} người = ……… %`);
  });
});
