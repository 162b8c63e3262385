/**
 * A target of 0 in the groups list ("Chỉ tiêu (người)" = 0): no target to rate against, said at
 * `check` as the results surfaces say it ("có chỉ tiêu bằng 0", apart from a group the list gives
 * none), not as a figure not known yet ("số 0 được hiểu là chưa có số", a count's 0).
 */
import { describe, expect, it } from 'vitest';
import { checkVi } from '../support/cli.js';
import { campaign } from '../support/election.js';
import { testFolder } from '../support/tmp.js';

const { write } = testFolder('phuong-print-target-zero-');

describe('a target of 0', () => {
  it('is said at check as a target of 0, at its row and column', async () => {
    const yaml = campaign().replace(
      '{ id: di_bau, label: Số cử tri đã đi bầu, of: Số cử tri }',
      '{ id: dang_ky, label: Số người đăng ký, of: Chỉ tiêu (người) }',
    );
    const csv =
      'Mã tổ;Tên tổ dân phố;Tổ trưởng;Chỉ tiêu (người)\n1;Tổ dân phố số 1;Nguyễn Văn A;40\n2;Tổ dân phố số 2;Trần Văn B;0\n';
    const groups = await write('groups.csv', csv);
    const run = await checkVi(await write('campaign.yaml', yaml), groups);
    expect(run.stderr).toContain(
      `${groups}, dòng 3, cột “Chỉ tiêu (người)”: chỉ tiêu bằng 0: không tính tỷ lệ cho tổ này; trang Kết quả, bảng số liệu (Excel) và báo cáo kết quả ghi riêng tổ này là “có chỉ tiêu bằng 0”`,
    );
    expect(run.stderr).toContain(
      'Nếu tổ có chỉ tiêu, ghi số chỉ tiêu; nếu tổ không được giao chỉ tiêu, giữ số 0.',
    );
    expect(run.stderr).not.toContain('số 0 được hiểu là chưa có số');
  });
});
