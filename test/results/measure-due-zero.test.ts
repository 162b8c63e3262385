/**
 * A 0 in a column a campaign counts against that says what a group must do ("Số hộ phải sơ
 * tán") is a true answer, nothing to do (qa21 #7): `check` does not ask for "số thật", says the
 * 0 as "không có hộ phải sơ tán" where a text prints it, and warns of "không" typed in the
 * column (the notice printed "sơ tán không hộ"); the report says the groups have none, not that
 * the list lacks their figure. Expected values come from the groups and results files written.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkVi, runCliInProcess } from '../support/cli.js';
import { measureCampaign } from '../support/measure-campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

const COLUMN = 'Số hộ phải sơ tán';
const LABEL = 'Số hộ đã sơ tán an toàn';
/** id, name, households to evacuate (as typed), and the figure each reports. */
const TO = [
  ['1', 'Tổ dân phố số 1', '18', 18],
  ['2', 'Tổ dân phố số 2', '0', 0],
  ['3', 'Tổ dân phố số 3', 'không', 0],
  ['4', 'Tổ dân phố số 4', '31', 25],
  ['5', 'Tổ dân phố số 5', '0', 0],
] as const;
const GROUPS = `STT;Tên tổ dân phố;Tổ trưởng;Số hộ;${COLUMN}
${TO.map(([id, name, due]) => `${id};${name};Nguyễn Văn A;200;${due}`).join('\n')}
`;
const CAMPAIGN = measureCampaign(`{ id: so, label: ${LABEL}, of: ${COLUMN} }`);
/** The same campaign, whose notice prints the column ("sơ tán 0 hộ"). */
const PRINTING = CAMPAIGN.replace(
  'body: Đề nghị các đơn vị triển khai./.',
  `body: "Tổ chức sơ tán {{group.[${COLUMN}]}} hộ trong danh sách./."`,
);

const { write, path } = testFolder('phuong-print-measure-due-');
const rowOf = (name: string) => TO.findIndex((t) => t[1] === name) + 2;
const zeros = TO.filter((t) => t[2] === '0');
const worded = TO.filter((t) => t[2] === 'không');

describe('a 0 in a column of what a group must do', () => {
  it('is not asked to be fixed at check; a word where a count should be is warned of', async () => {
    const run = await checkVi(
      await write('campaign.yaml', CAMPAIGN),
      await write('groups.csv', GROUPS),
    );
    expect(run.code, run.stderr).toBe(0);
    const err = collapseSpaces(run.stderr);
    expect(err).not.toContain('số 0 được hiểu là chưa có số');
    expect(err).not.toContain('Hãy ghi số thật');
    for (const [, name] of zeros) expect(err).not.toContain(`dòng ${rowOf(name)}, cột`);
    // "không" is no count: its rate is not taken, and the hint says to write 0 for none.
    const [, wordName, wordCell] = worded[0] ?? [];
    expect(err).toContain(`cột “${COLUMN}” không có số ở 1 dòng (${rowOf(wordName ?? '')}:`);
    expect(err).toContain(`${wordName} “${wordCell}”`);
    expect(err).toContain('ghi 0 nếu tổ không có');
  });

  it('is said as none where a text prints it, and "không" as printed as typed', async () => {
    const run = await checkVi(
      await write('printing.yaml', PRINTING),
      await write('groups.csv', GROUPS),
    );
    expect(run.code, run.stderr).toBe(0);
    const err = collapseSpaces(run.stderr);
    for (const [, name] of zeros)
      expect(err).toContain(
        `dòng ${rowOf(name)}, cột “${COLUMN}”: số 0 được hiểu là không có hộ phải sơ tán: không tính tỷ lệ cho tổ này; notice.body in nguyên ô này, tức là in số 0`,
      );
    expect(err).not.toContain('Hãy ghi số thật');
    const [, wordName, wordCell] = worded[0] ?? [];
    expect(err).toContain(
      `dòng ${rowOf(wordName ?? '')}, cột “${COLUMN}”: “${wordCell}” không phải là số: không tính tỷ lệ cho tổ này, và notice.body in nguyên chữ đã ghi`,
    );
    expect(err).toContain('Ghi số bằng chữ số: ghi 0 nếu tổ không có hộ phải sơ tán.');
  });

  it('is said in the report as "không có hộ phải sơ tán", not as a figure the list lacks', async () => {
    const results = await write(
      'ket-qua.csv',
      `STT;${LABEL}\n${TO.map(([id, , , figure]) => `${id};${figure}`).join('\n')}\n`,
    );
    const out = path('bao-cao');
    const run = await runCliInProcess([
      'report',
      ...['--campaign', await write('campaign.yaml', CAMPAIGN)],
      ...['--groups', await write('groups.csv', GROUPS), '--results', results],
      ...['--date', '2026-09-22', '--out', out, '--lang', 'vi'],
    ]);
    expect(run.code, run.stderr).toBe(0);
    const pdf = collapseSpaces((await pdfText(join(out, 'report.pdf'))).replace(/\n/g, ' '));
    expect(pdf).toContain(
      `Các tổ dân phố không có hộ phải sơ tán (${zeros.length} tổ): ${zeros.map((t) => t[1]).join(', ')}.`,
    );
    // Only the group whose cell is no count lacks the figure.
    expect(pdf).toContain(
      `chưa có số hộ phải sơ tán trong danh sách nên chưa tính tỷ lệ, chưa xếp hạng (${worded.length} tổ): ${worded.map((t) => t[1]).join(', ')}.`,
    );
  });
});
