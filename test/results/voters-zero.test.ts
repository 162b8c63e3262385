/**
 * A 0 in a list's "Số cử tri" column, a list without a population (an election's), bounds no
 * figure (qa20 finding 3): a results file's figures for that group are not refused as "more than its 0
 * voters" (the whole file was), and `check` tells the office that a text printing the column
 * still prints the 0 ("có 0 cử tri"), naming that text. Expected figures come from the files
 * written here.
 */
import { describe, expect, it } from 'vitest';
import { checkVi, runCliInProcess } from '../support/cli.js';
import { measureCampaign } from '../support/measure-campaign.js';
import { testFolder } from '../support/tmp.js';

const COLUMN = 'Số cử tri';
const LABEL = 'Số cử tri đã kiểm tra tên trong danh sách';
/** id, name, voters, and the figure each reports. */
const TO = [
  ['1', 'Tổ dân phố số 1', 640, 600],
  ['2', 'Tổ dân phố số 2', 0, 50],
] as const;
const GROUPS = `STT;Tên tổ dân phố;Tổ trưởng;Số hộ;${COLUMN}
${TO.map(([id, name, voters]) => `${id};${name};Nguyễn Văn A;300;${voters}`).join('\n')}
`;
const MEASURE = `{ id: da_xem, label: ${LABEL}, of: ${COLUMN} }`;
const PRINTS = measureCampaign(MEASURE).replace(
  'body: Đề nghị các đơn vị triển khai./.',
  `body: "{{group.name}} có {{group.[${COLUMN}]}} cử tri trong danh sách./."`,
);

const { write, path } = testFolder('phuong-print-voters-zero-');

describe('a 0 in the "Số cử tri" column of a list without a population', () => {
  it('bounds no figure: a results file giving 50 for that group is read', async () => {
    const results = await write(
      'ket-qua.csv',
      `STT;${LABEL}\n${TO.map(([id, , , figure]) => `${id};${figure}`).join('\n')}\n`,
    );
    const run = await runCliInProcess([
      'report',
      ...['--campaign', await write('campaign.yaml', measureCampaign(MEASURE))],
      ...['--groups', await write('groups.csv', GROUPS), '--results', results],
      ...['--date', '2026-12-04', '--out', path('bao-cao'), '--lang', 'vi'],
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('lớn hơn');
  });

  it('is said at check to print as 0 where the campaign prints the column, naming the text', async () => {
    const run = await checkVi(
      await write('campaign-in.yaml', PRINTS),
      await write('groups.csv', GROUPS),
    );
    expect(run.code, run.stderr).toBe(0);
    const row = TO.findIndex((t) => t[2] === 0) + 2;
    expect(run.stderr).toContain(
      `groups.csv, dòng ${row}, cột “${COLUMN}”: số 0 là tổ có 0 cử tri: không tính tỷ lệ cho tổ này, và số liệu tổ này báo cáo (lớn hơn 0) sẽ được hỏi lại để xác nhận; trang Kết quả, bảng số liệu (Excel) và báo cáo kết quả ghi riêng tổ này, không ghi là “chưa có số”, và notice.body vẫn in nguyên ô này, tức là in số 0`,
    );
    expect(run.stderr).toContain('Hãy ghi số thật; hoặc để trống ô cho đến khi có số');
  });

  it('says nothing of printing when no text prints the column', async () => {
    const run = await checkVi(
      await write('campaign.yaml', measureCampaign(MEASURE)),
      await write('groups.csv', GROUPS),
    );
    expect(run.stderr).toContain('sẽ được hỏi lại để xác nhận');
    expect(run.stderr).not.toContain('vẫn in nguyên ô');
  });
});
