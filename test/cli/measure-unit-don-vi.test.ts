/**
 * `of: đơn vị`, the unit blood is counted in (qa55 p3): refused as "the groups file has no "đơn
 * vị" column … or a unit (kg, bao…)", though "túi" was taken. Now a unit of its own: `check`
 * passes and the report sums it in "đơn vị", no rate.
 */
import { describe, expect, it } from 'vitest';
import { measureCampaign } from '../support/measure-campaign.js';
import { checkRun, reportRun } from '../support/office-runs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

const { path, write } = testFolder('phuong-print-measure-don-vi-');

describe('a measure counted in "đơn vị" (qa55 p3)', () => {
  it('is checked without error and summed in its unit in the report', async () => {
    const campaign = await write(
      'campaign.yaml',
      measureCampaign('{ id: donvi, label: Số đơn vị máu, of: đơn vị }'),
    );
    const groups = await write(
      'groups.csv',
      'STT,Tên tổ dân phố,Số hộ,Số nhân khẩu\n1,Tổ dân phố số 1,120,450\n2,Tổ dân phố số 2,98,380\n',
    );
    const check = await checkRun(campaign, groups);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stderr).not.toContain('đơn vị”');
    const results = await write(
      'ketqua.csv',
      'Tên tổ dân phố,Số đơn vị máu\nTổ dân phố số 1,14\nTổ dân phố số 2,15 đơn vị\n',
    );
    const report = await reportRun({ campaign, groups, results }, path('out'));
    expect(report.code, report.stderr).toBe(0);
    const text = collapseSpaces(await pdfText(path('out/report.pdf')));
    expect(text).toContain('- Số đơn vị máu: 29 đơn vị.');
  });
});
