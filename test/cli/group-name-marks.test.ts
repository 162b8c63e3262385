/**
 * A tổ name misspelt by a mark (qa55 M4): the poverty review's list had "Tổ dân phố sô 3 " among
 * "Tổ dân phố số 1", "số 2"…; `check` warned of the next row's small letter and said nothing of
 * it, and it printed on the notice ("Nhiệm vụ của tổ dân phố sô 3"), the leader's page and the
 * report. Yet `report --results` took the results file's "Tổ dân phố số 3" for it silently. Now
 * `check` names the file, row and column and the likely name; the results file's row says the
 * two are taken as one. `check`'s and `report`'s own words on stderr.
 */
import { describe, expect, it } from 'vitest';
import { measureCampaign } from '../support/measure-campaign.js';
import { checkRun, reportRun } from '../support/office-runs.js';
import { testFolder } from '../support/tmp.js';

const { path, write } = testFolder('phuong-print-group-name-marks-');

const GROUPS = [
  'STT,Tên tổ dân phố,Tổ trưởng,Số hộ',
  '1,Tổ dân phố số 1,Nguyễn Văn An,120',
  '2,Tổ dân phố số 2,Trần Thị Bình,98',
  '3,Tổ dân phố sô 3 ,Lê Văn Cường,140',
  '4,Tổ dân phố số 4,Phạm Thị Dung,75',
].join('\n');

const inputs = async () => ({
  campaign: await write(
    'campaign.yaml',
    measureCampaign('{ id: ngheo, label: Số hộ nghèo, of: households }'),
  ),
  groups: await write('groups.csv', `${GROUPS}\n`),
});

describe('a tổ name misspelt by a mark (qa55 M4)', () => {
  it('`check` names its row and the likely name', async () => {
    const { campaign, groups } = await inputs();
    const r = await checkRun(campaign, groups);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `${groups}, dòng 4, cột “Tên tổ dân phố”: tên “Tổ dân phố sô 3” ghi “sô”, trong khi các tên khác ghi “số”: sẽ in đúng như đã ghi`,
    );
    expect(r.stderr).toContain('Nếu đúng là “Tổ dân phố số 3”, sửa lại trong tệp.');
    // The rows spelt alike are not named.
    expect(r.stderr.match(/trong khi các tên khác ghi/g)).toHaveLength(1);
  });

  it('`report --results` says a row written "số 3" is taken as the list\'s "sô 3"', async () => {
    const { campaign, groups } = await inputs();
    const results = await write(
      'ketqua.csv',
      'Tên tổ dân phố,Số hộ nghèo\nTổ dân phố số 1,3\nTổ dân phố số 3,2\n',
    );
    const r = await reportRun({ campaign, groups, results }, path('out'), '2027-04-25');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `${results}, dòng 3, cột “Tên tổ dân phố”: “Tổ dân phố số 3” được hiểu là tổ mà danh sách tổ ghi “Tổ dân phố sô 3” (khác dấu): kiểm tra xem tên nào đúng`,
    );
    expect(r.stderr.match(/khác dấu/g)).toHaveLength(1);
  });

  // Names of places that differ by a mark are other places, not slips (review55 #3): "Thôn Đồng
  // 1" among "Thôn Đông 1", "Thôn Đông 2" is another thôn, and its "likely name" another's.
  it('says nothing of place names that differ by a mark', async () => {
    const campaign = await write(
      'campaign-thon.yaml',
      measureCampaign('{ id: ngheo, label: Số hộ nghèo, of: households }'),
    );
    const groups = await write(
      'thon.csv',
      [
        'STT,Tên thôn,Trưởng thôn,Số hộ',
        '1,Thôn Đông 1,Nguyễn Văn An,120',
        '2,Thôn Đông 2,Trần Thị Bình,98',
        '3,Thôn Đồng 1,Lê Văn Cường,140',
        '4,Xóm Bãi 1,Phạm Thị Dung,75',
        '5,Xóm Bãi 2,Phạm Văn Em,80',
        '6,Xóm Bái 3,Hồ Thị Gấm,66',
        '',
      ].join('\n'),
    );
    const r = await checkRun(campaign, groups);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('trong khi các tên khác ghi');
  });
});
