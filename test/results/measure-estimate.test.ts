/**
 * A measure in kg taken against an estimate column (qa20 finding 9): "Khối lượng dự kiến (kg)"
 * is an estimate, like a "Chỉ tiêu" target no upper bound. A results file going over it is read
 * without --confirm and the report says "vượt dự kiến"; the tracking sheet says "dự kiến 120 kg";
 * its figures may have decimals (measure-decimal.test.ts). Expected figures come from the files
 * written here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { measureCampaign } from '../support/measure-campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

const COLUMN = 'Khối lượng dự kiến (kg)';
const LABEL = 'Khối lượng rác thu gom (kg)';
/** id, name, slug, estimate, figure: Tổ 1 goes over its estimate. */
const TO = [
  ['1', 'Tổ dân phố số 1', 'to-dan-pho-so-1', 120, 130],
  ['2', 'Tổ dân phố số 2', 'to-dan-pho-so-2', 100, 96],
] as const;
const GROUPS = `STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Số nhân khẩu;${COLUMN}
${TO.map(([id, name, , estimate]) => `${id};${name};Nguyễn Văn A;300;1000;${estimate}`).join('\n')}
`;
const CAMPAIGN = measureCampaign(`{ id: rac_kg, label: ${LABEL}, of: ${COLUMN} }`);

const { write, path } = testFolder('phuong-print-measure-estimate-');

const rateOf = (value: number, base: number) =>
  `${(Math.round((value * 1000) / base) / 10).toFixed(1).replace('.', ',')}%`;

describe('a measure in kg against "Khối lượng dự kiến (kg)"', () => {
  it('takes a figure over the estimate without --confirm, and reports it as over the estimate', async () => {
    const results = await write(
      'ket-qua.csv',
      `STT;${LABEL}\n${TO.map(([id, , , , v]) => `${id};${v}`).join('\n')}\n`,
    );
    const out = path('bao-cao');
    const run = await runCliInProcess([
      'report',
      ...['--campaign', await write('campaign.yaml', CAMPAIGN)],
      ...['--groups', await write('groups.csv', GROUPS), '--results', results],
      ...['--date', '2026-03-22', '--out', out, '--lang', 'vi'],
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('lớn hơn');
    const value = TO.reduce((a, t) => a + t[4], 0);
    const estimate = TO.reduce((a, t) => a + t[3], 0);
    const text = collapseSpaces(await pdfText(join(out, 'report.pdf')));
    expect(text).toContain(
      `${LABEL}: ${value} kg/dự kiến ${estimate} kg, đạt ${rateOf(value, estimate)} dự kiến`,
    );
    const over = TO.filter((t) => t[4] > t[3]).map((t) => t[1]);
    expect(text).toContain(
      // Where a rate is named, the figures' unit is not ("(kg) (1 tổ)": h-left14b's rateLabel).
      `vượt dự kiến khối lượng rác thu gom (${over.length} tổ): ${over.join(', ')}.`,
    );
    expect(text).not.toContain('chỉ tiêu');
    expect(text).not.toContain('*');
  });

  it('prints the tracking sheet’s rate line over the group’s estimate, in kg', async () => {
    const out = path('theo-doi');
    const run = await runCliInProcess(
      buildArgs(
        await write('campaign.yaml', CAMPAIGN),
        await write('groups.csv', GROUPS),
        out,
        '--kind',
        'tracker',
        '--lang',
        'vi',
      ),
    );
    expect(run.code, run.stderr).toBe(0);
    const text = collapseSpaces(await pdfText(join(out, TO[0][2], 'tracker.pdf')));
    expect(text).toContain(`${LABEL}: ……… kg / dự kiến ${TO[0][3]} kg = ……… %`);
  });
});
