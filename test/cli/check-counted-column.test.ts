/**
 * `check` of a people measure over a list whose own column counts what it counts (qa55 M5):
 * "Số thiếu nhi tham gia" of people beside the list's "Số thiếu nhi" and no "Số nhân khẩu". The
 * hints said to delete the column or count in households; now they name the column as the base.
 */
import { describe, expect, it } from 'vitest';
import { measureCampaign } from '../support/measure-campaign.js';
import { checkRun } from '../support/office-runs.js';
import { testFolder } from '../support/tmp.js';

const { write } = testFolder('phuong-print-check-counted-column-');

describe('check: a column counting what a people measure counts (qa55 M5)', () => {
  it('names the column as the base, not its deletion', async () => {
    const campaign = await write(
      'campaign.yaml',
      measureCampaign('{ id: thamgia, label: Số thiếu nhi tham gia, of: people }'),
    );
    const groups = await write(
      'groups.csv',
      'STT,Tên tổ dân phố,Số hộ,Số thiếu nhi\n1,Tổ dân phố số 1,110,45\n2,Tổ dân phố số 2,95,38\n',
    );
    const r = await checkRun(campaign, groups);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'Muốn tính tỷ lệ của “Số thiếu nhi tham gia” trên cột này, ghi “Số thiếu nhi” sau dấu “|” ở dòng đó (of: Số thiếu nhi trong campaign.yaml).',
    );
    expect(r.stderr).toContain(
      'Danh sách có cột “Số thiếu nhi”: muốn tính tỷ lệ trên cột đó, ghi of: Số thiếu nhi.',
    );
    expect(r.stderr).not.toContain('hoặc xoá cột');
  });

  it('offers no column counting another kind than the measure (households for people)', async () => {
    // "Số hộ nghèo được hỗ trợ" counted in people: the list's "Số hộ nghèo" counts households, no
    // base for a count of people; the hints offer no column of their own.
    const campaign = await write(
      'campaign.yaml',
      measureCampaign('{ id: hongheo, label: Số hộ nghèo được hỗ trợ, of: people }'),
    );
    const groups = await write(
      'groups.csv',
      'STT,Tên tổ dân phố,Số hộ,Số hộ nghèo\n1,Tổ dân phố số 1,110,12\n2,Tổ dân phố số 2,95,8\n',
    );
    const r = await checkRun(campaign, groups);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('cột “Số nhân khẩu”');
    expect(r.stderr).not.toContain('ghi of: Số hộ nghèo.');
    expect(r.stderr).not.toContain('Muốn tính tỷ lệ của “Số hộ nghèo được hỗ trợ” trên cột này');
  });
});
