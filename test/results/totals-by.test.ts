/**
 * The campaign's `totals_by` (the groups column the results are totalled by, qa22 #8): the
 * column it names is used, so `check` no longer warns that nothing prints it (the list's other
 * unprinted columns still are); a column the list does not have is warned of, with the list's
 * column it likely means.
 */
import { describe, expect, it } from 'vitest';
import { checkVi } from '../support/cli.js';
import { campaign, groupsCsv } from '../support/election.js';
import { testFolder } from '../support/tmp.js';

const { write } = testFolder('phuong-print-totals-by-');
const UNUSED = 'cột này không phải cột phần mềm tự đọc, và chưa có nội dung nào in cột này';

/** The warning lines of `check` naming `column`. */
const about = (stderr: string, column: string) =>
  stderr.split('\n').filter((l) => l.includes(`“${column}”`));

describe('totals_by', () => {
  it('without it, the polling-area column is warned of as unused', async () => {
    const run = await checkVi(
      await write('campaign.yaml', campaign()),
      await write('groups.csv', groupsCsv),
    );
    expect(about(run.stderr, 'Khu vực bỏ phiếu').join('\n')).toContain(UNUSED);
  });

  it('naming it, the column is used: no warning of it; the unprinted "Điểm bỏ phiếu" still warned', async () => {
    const run = await checkVi(
      await write('campaign-by.yaml', campaign('totals_by: Khu vực bỏ phiếu\n')),
      await write('groups.csv', groupsCsv),
    );
    expect(run.code).toBe(0);
    expect(about(run.stderr, 'Khu vực bỏ phiếu')).toEqual([]);
    expect(about(run.stderr, 'Điểm bỏ phiếu').join('\n')).toContain(UNUSED);
  });

  it('a column the list does not have is said, with the one it likely means', async () => {
    const run = await checkVi(
      await write('campaign-typo.yaml', campaign('totals_by: Khu vực bỏ phiế\n')),
      await write('groups.csv', groupsCsv),
    );
    expect(run.stderr).toContain(
      'danh sách không có cột “Khu vực bỏ phiế”: trang Kết quả và báo cáo kết quả chưa cộng được số liệu theo cột này',
    );
    expect(run.stderr).toContain('Có phải cột “Khu vực bỏ phiếu” của danh sách?');
  });
});
