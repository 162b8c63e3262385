/**
 * How the report's "Kết quả chung" says a figure over its base (qa55 p6). A poverty review's
 * "Số hộ nghèo | hộ" printed "Số hộ nghèo: 10/495 hộ, đạt tỷ lệ 2,0%": "đạt" reads as a target
 * reached, and no one aims at poor households; and "Số hộ đã rà soát: 583 hộ đã rà soát; riêng…"
 * said the label's words again after the figure. Now a rate with no target is "chiếm tỷ lệ", one
 * against a target keeps "đạt … chỉ tiêu", and the figure after the label is said with its noun
 * only. The report.pdf's text, from `report --results`.
 */
import { describe, expect, it } from 'vitest';
import { measureCampaign } from '../support/measure-campaign.js';
import { reportRun } from '../support/office-runs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

const { path, write } = testFolder('phuong-print-report-share-');

// Tổ 3 has no Số hộ: its households reviewed are in the sum, not in the rate.
const GROUPS = [
  'STT,Tên tổ,Tổ trưởng,Số hộ,Chỉ tiêu (người)',
  '1,Tổ dân phố số 1,Nguyễn Văn An,132,15',
  '2,Tổ dân phố số 2,Trần Thị Bình,118,12',
  '3,Tổ dân phố số 3,Lê Văn Cường,,10',
].join('\n');

const RESULTS = [
  'Tên tổ,Số hộ đã rà soát,Số hộ nghèo,Số người đăng ký',
  'Tổ dân phố số 1,132,3,15',
  'Tổ dân phố số 2,118,2,12',
  'Tổ dân phố số 3,88,0,10',
].join('\n');

describe('report: a share is not a target reached, the label is not said twice (qa55 p6)', () => {
  it('says "chiếm tỷ lệ" with no target, "đạt … chỉ tiêu" with one, the noun alone after a figure', async () => {
    const campaign = await write(
      'campaign.yaml',
      measureCampaign(
        '{ id: rasoat, label: Số hộ đã rà soát, of: households }',
        '{ id: ngheo, label: Số hộ nghèo, of: households }',
        '{ id: dangky, label: Số người đăng ký, of: Chỉ tiêu (người) }',
      ),
    );
    const groups = await write('groups.csv', `${GROUPS}\n`);
    const results = await write('results.csv', `${RESULTS}\n`);
    const run = await reportRun({ campaign, groups, results }, path('out'));
    expect(run.code, run.stderr).toBe(0);
    const text = collapseSpaces(await pdfText(path('out/report.pdf')));
    // 3 + 2 poor households of 132 + 118 (tổ 3 has none, so all are rated): as the QA's rà soát.
    expect(text).toContain('- Số hộ nghèo: 5/250 hộ, chiếm tỷ lệ 2,0%.');
    expect(text).toContain(
      '- Số hộ đã rà soát: 338 hộ; riêng các tổ có số hộ trong danh sách: 250/250 hộ, chiếm tỷ lệ 100,0% (không tính 88 hộ đã rà soát của 1 tổ chưa có số hộ).',
    );
    expect(text).toContain('- Số người đăng ký: 37 người/chỉ tiêu 37 người, đạt 100,0% chỉ tiêu.');
    expect(text).not.toContain('đạt tỷ lệ');
    expect(text).not.toContain('338 hộ đã rà soát');
  });
});
