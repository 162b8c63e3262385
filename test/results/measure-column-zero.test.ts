/**
 * A 0 in a measure's base column gives no rate and bounds no figure (qa19 finding 2): `check`
 * warns of it naming the row and the column; a results file's figure for that group is no
 * figure "above 0" (the whole file was refused unless --confirm), and the report says the 0 as
 * check does, "có 0 học sinh", apart from the groups the list gives none. A group without a base that
 * reported 0 is not said to be left out of the rate ("không tính 0 hộ vùng trũng của 1 thôn").
 * Expected figures come from the groups and results files written here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkVi, runCliInProcess } from '../support/cli.js';
import { measureCampaign } from '../support/measure-campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

const COLUMN = 'Số học sinh';
const LABEL = 'Số học sinh đã tham gia BHYT';
/** id, name, pupils (the base), and the figure each reports. */
const TO = [
  ['1', 'Tổ dân phố số 1', 210, 198],
  ['2', 'Tổ dân phố số 2', 185, 170],
  ['3', 'Tổ dân phố số 3', 0, 12],
] as const;
const GROUPS = `STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Số nhân khẩu;${COLUMN}
${TO.map(([id, name, pupils]) => `${id};${name};Nguyễn Văn A;300;1000;${pupils}`).join('\n')}
`;

const CAMPAIGN = measureCampaign(`{ id: hs, label: ${LABEL}, of: ${COLUMN} }`);

const { write, path } = testFolder('phuong-print-measure-zero-');

const thousands = (n: number) => n.toLocaleString('de-DE');
const rateOf = (value: number, base: number) =>
  `${(Math.round((value * 1000) / base) / 10).toFixed(1).replace('.', ',')}%`;

async function report(name: string, figures: readonly number[]) {
  const results = await write(
    `${name}.csv`,
    `STT;${LABEL}\n${TO.map(([id], i) => `${id};${figures[i]}`).join('\n')}\n`,
  );
  const out = path(name);
  const run = await runCliInProcess([
    'report',
    ...['--campaign', await write('campaign.yaml', CAMPAIGN)],
    ...['--groups', await write('groups.csv', GROUPS), '--results', results],
    ...['--date', '2026-12-04', '--out', out, '--lang', 'vi'],
  ]);
  return { run, text: () => pdfText(join(out, 'report.pdf')).then(collapseSpaces) };
}

describe('a 0 in a measure’s base column', () => {
  it('is warned of at check, naming its row and column', async () => {
    const run = await checkVi(
      await write('campaign.yaml', CAMPAIGN),
      await write('groups.csv', GROUPS),
    );
    expect(run.code, run.stderr).toBe(0);
    const row = TO.findIndex((t) => t[2] === 0) + 2;
    expect(run.stderr).toContain(
      `groups.csv, dòng ${row}, cột “${COLUMN}”: số 0 là tổ có 0 học sinh: không tính tỷ lệ cho tổ này, và số liệu tổ này báo cáo (lớn hơn 0) sẽ được hỏi lại để xác nhận; trang Kết quả, bảng số liệu (Excel) và báo cáo kết quả ghi riêng tổ này, không ghi là “chưa có số”`,
    );
  });

  it('asks no "above 0" question of a results file: the group is reported without a base', async () => {
    const figures = TO.map((t) => t[3]);
    const { run, text } = await report('bao-cao', figures);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('lớn hơn');
    const rated = TO.filter((t) => t[2] > 0);
    const value = rated.reduce((a, t) => a + t[3], 0);
    const base = rated.reduce((a, t) => a + t[2], 0);
    const [, zeroName, , zeroFigure] = TO[2];
    const pdf = await text();
    expect(pdf).toContain(
      `${LABEL}: ${thousands(value + zeroFigure)} học sinh; riêng các tổ có số học sinh trong danh sách: ${value}/${base} học sinh, chiếm tỷ lệ ${rateOf(value, base)} (không tính ${zeroFigure} học sinh đã tham gia BHYT của 1 tổ có 0 học sinh)`,
    );
    // The list's 0 said as the list gives it, as check says it, not as a figure lacking.
    expect(pdf).toContain(
      `có 0 học sinh trong danh sách nên không tính tỷ lệ, không xếp hạng (1 tổ): ${zeroName}.`,
    );
    expect(pdf).not.toContain('chưa có số học sinh');
    expect(pdf).toContain(zeroName);
  });

  it('leaves out no figure of a group without a base that reported 0, and says none', async () => {
    const figures: number[] = TO.map((t) => (t[2] === 0 ? 0 : t[3]));
    const { run, text } = await report('bao-cao-0', figures);
    expect(run.code, run.stderr).toBe(0);
    const value = figures.reduce((a, b) => a + b, 0);
    const base = TO.reduce((a, t) => a + t[2], 0);
    const pdf = await text();
    expect(pdf).toContain(
      `${LABEL}: ${value}/${base} học sinh, chiếm tỷ lệ ${rateOf(value, base)}.`,
    );
    expect(pdf).not.toContain('không tính 0');
  });
});
