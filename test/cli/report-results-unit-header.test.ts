/**
 * A results file heading its groups' column "Tổ" (qa55 p2), as the studio's roster help asks
 * ("cột “Tổ” ghi thuộc tổ nào"): `report --results` refused the whole file, "the header (row 1)
 * has the figure column … but no group column (found: "Tổ", …)". Now "Tổ" is the groups' names.
 */
import { describe, expect, it } from 'vitest';
import { measureCampaign } from '../support/measure-campaign.js';
import { reportRun } from '../support/office-runs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

const { path, write } = testFolder('phuong-print-report-unit-header-');

describe('report --results: a groups column headed "Tổ" (qa55 p2)', () => {
  it('reads the names under it', async () => {
    const campaign = await write(
      'campaign.yaml',
      measureCampaign('{ id: hien, label: Số người hiến được, of: people }'),
    );
    const groups = await write(
      'groups.csv',
      'STT,Tên tổ,Số hộ,Số nhân khẩu\n1,Tổ dân phố số 1,120,450\n2,Tổ dân phố số 2,98,380\n',
    );
    const results = await write(
      'ketqua.csv',
      'Tổ,Số người hiến được\nTổ dân phố số 1,14\nTổ dân phố số 2,15\n',
    );
    const r = await reportRun({ campaign, groups, results }, path('out'));
    expect(r.code, r.stderr).toBe(0);
    const text = collapseSpaces(await pdfText(path('out/report.pdf')));
    expect(text).toContain('Số tổ dân phố đã báo cáo: 2/2 tổ.');
    expect(text).toContain('29/830 nhân khẩu');
  });
});
