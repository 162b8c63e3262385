/**
 * A fee's sum typed in thousands in a results file where the list has no target (qa43 M3):
 * `report --results` warns at its cell, in the words of the target's "typed in thousands?"
 * warning, and the report marks it "chưa xác nhận". qa43's fee campaign, its 20 tổ
 * (Tổ dân phố Nghĩa Xá: 176 households).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

const CAMPAIGN = fileURLToPath(new URL('../fixtures/qa43/campaign.yaml', import.meta.url));
const GROUPS = fileURLToPath(new URL('../fixtures/qa40/groups20.csv', import.meta.url));
const MONEY = 'Số tiền đã thu (đồng)';

const { path, write } = testFolder('phuong-print-report-thin-');

describe('report --results: a sum in thousands without a target (qa43 M3)', () => {
  it('warns of 28.800 for Nghĩa Xá’s 176 households, not of 1.200.000 for Tây Sơn', async () => {
    const file = await write(
      'ket-qua.csv',
      `STT;Tên tổ dân phố;Số hộ đã nộp phí;${MONEY};Số người tham gia tổng vệ sinh\n` +
        '2;Tổ dân phố Tây Sơn;15;1.200.000;30\n3;Tổ dân phố Nghĩa Xá;15;28.800;200\n',
    );
    const run = await runCliInProcess([
      'report',
      ...['--campaign', CAMPAIGN, '--groups', GROUPS, '--results', file],
      ...['--out', path('out'), '--lang', 'vi', '--date', '2026-12-06'],
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `${file}, dòng 3, cột “${MONEY}”: Tổ dân phố Nghĩa Xá: 28.800 đồng, chưa đến 1.000 đồng mỗi hộ (176 hộ): có phải đã ghi theo nghìn đồng (28.800.000)? Kiểm tra lại trước khi ký báo cáo`,
    );
    expect(run.stderr).not.toContain('Tây Sơn');
    const text = collapseSpaces(await pdfText(path('out/report.pdf')));
    expect(text).toContain('Tổ dân phố Nghĩa Xá (chưa xác nhận: số tiền đã thu (đồng) (chưa đến 1.000 đồng mỗi hộ của 176 hộ))');
  });
});
