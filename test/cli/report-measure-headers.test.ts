/**
 * A results file's figure column headed by a long measure label retyped in Excel (qa20 finding
 * 10): a comma more or less, other capitals or spaces, is still the measure's column; a header a
 * few letters off is the only measure's it is near (qa21 finding 6): read as that measure, and
 * said, never blamed on the group column. Expected figures come from the files written here.
 */
import { describe, expect, it } from 'vitest';
import { measureCampaign } from '../support/measure-campaign.js';
import { testFolder } from '../support/tmp.js';
import { figuresIn, reportInVietnamese } from './report-figures.js';

const LABEL =
  'Số hộ đã ký cam kết thực hiện nếp sống văn minh đô thị, bảo vệ môi trường và chuyển đổi số';
const GROUPS = `STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Số nhân khẩu
1;Tổ dân phố số 1;Nguyễn Văn A;300;1000
2;Tổ dân phố số 2;Trần Thị B;250;900
`;

const { write, path } = testFolder('phuong-print-measure-headers-');

async function report(name: string, header: string) {
  const results = await write(`${name}.csv`, `Mã tổ;"${header}"\n1;280\n2;200\n`);
  const out = path(name);
  const run = await reportInVietnamese({
    campaign: await write(
      'campaign.yaml',
      measureCampaign(`{ id: cam_ket, label: "${LABEL}", of: households }`),
    ),
    groups: await write('groups.csv', GROUPS),
    results,
    out,
    date: '2026-12-04',
  });
  return { run, results, out };
}

describe('a results column headed by a measure label retyped', () => {
  it('reads a header that differs from the label by its commas, capitals and spaces', async () => {
    const typed = LABEL.replace(', ', ' ').replace('Số hộ', 'SỐ  HỘ');
    const { run, out } = await report('dau-phay', typed);
    expect(run.code, run.stderr).toBe(0);
    const figures = await figuresIn(out, LABEL);
    expect(figures.get('Tổ dân phố số 1')).toBe(280);
    expect(figures.get('Tổ dân phố số 2')).toBe(200);
  });

  it('reads a header a few letters off as the one measure it is near, and says so', async () => {
    const typed = LABEL.replace('văn minh', 'văn mimh').replace('môi trường', 'môi trườn');
    const { run, results, out } = await report('go-sai', typed);
    expect(run.code, run.stderr).toBe(0);
    const figures = await figuresIn(out, LABEL);
    expect(figures.get('Tổ dân phố số 1')).toBe(280);
    expect(figures.get('Tổ dân phố số 2')).toBe(200);
    expect(run.stderr).toContain(
      `cảnh báo: ${results}, mục “${typed}”: cột “${typed}” được đọc là số liệu “${LABEL}”, dù tiêu đề cột không ghi đúng tên số liệu như trong chiến dịch`,
    );
    expect(run.stderr).not.toContain('“STT” hoặc “Mã”');
  });
});
