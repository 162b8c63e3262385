/**
 * A sign-up sheet's amount column is said per person (qa55 p1): a blood drive's list, "Mỗi dòng
 * ghi một người (họ và tên, địa chỉ)…", then "Cột “Số đơn vị máu (túi)”: ghi số túi của từng hộ".
 * Now "của từng người" where each row is a person; a household sheet keeps "của từng hộ". The
 * tracking sheet's text from `build --kind tracker`.
 */
import { describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { measureCampaign } from '../support/measure-campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

const { path, write } = testFolder('phuong-print-tracker-amount-rows-');

const GROUPS =
  'STT,Tên tổ dân phố,Số hộ,Số nhân khẩu,Chỉ tiêu (người)\n1,Tổ dân phố số 1,120,450,15\n';

async function sheetOf(name: string, first: string) {
  const campaign = await write(
    `${name}.yaml`,
    measureCampaign(first, '{ id: donvi, label: Số đơn vị máu, of: túi }'),
  );
  const groups = await write('groups.csv', GROUPS);
  const r = await runCliInProcess(buildArgs(campaign, groups, path(name), '--kind', 'tracker'));
  expect(r.code, r.stderr).toBe(0);
  return collapseSpaces(await pdfText(path(`${name}/to-dan-pho-so-1/tracker.pdf`)));
}

describe('the amount column said per row (qa55 p1)', () => {
  it('a sign-up list: "ghi số túi của từng người"', async () => {
    const text = await sheetOf(
      'signup',
      '{ id: dangky, label: Số người đăng ký, of: Chỉ tiêu (người) }',
    );
    expect(text).toContain('Mỗi dòng ghi một người');
    expect(text).toContain('Cột “Số đơn vị máu (túi)”: ghi số túi của từng người.');
    expect(text).not.toContain('của từng hộ');
  });

  it('a household sheet: "ghi số túi của từng hộ"', async () => {
    const text = await sheetOf(
      'households',
      '{ id: ho, label: Số hộ đã tham gia, of: households }',
    );
    expect(text).toContain('Cột “Số đơn vị máu (túi)”: ghi số túi của từng hộ.');
  });
});
