/**
 * A quota written in words ("khoảng 20", qa58 p2): Danh sách tổ said its cell has no number,
 * but In và tải về, where the office prints the sign-up lists that then have no target, said
 * nothing. It is said there now, with the row and the tab to mend it. Real studio on loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { exampleWithMeasures } from './fee-campaigns.js';
import { type Client, plainText, type TestStudio } from './studio.js';

const QUOTAS = `STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Số hộ;Số nhân khẩu;Chỉ tiêu (người)
1;Tổ dân phố số 1;Nguyễn Văn Hùng;0912 345 678;250;1000;35
2;Tổ dân phố số 2;Trần Thị Thu Hằng;0983 214 567;200;800;khoảng 20
`;

const QUOTA = '{ id: bhyt, label: Số người tham gia BHYT mới, of: "Chỉ tiêu (người)" }';

let s: TestStudio;
let office: Client;
beforeAll(async () => {
  ({ s, c: office } = await exampleWithMeasures([QUOTA], QUOTAS));
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

describe('a quota in words, on In và tải về', () => {
  it('is among what to look at in the list before printing', async () => {
    const text = plainText((await office.get('/c/hai-phong/build')).text);
    expect(text).toMatch(
      /Trước khi in, xem lại danh sách tổ ở trang Danh sách tổ : .*Cột “Chỉ tiêu \(người\)” không có số ở 1 dòng \(3: Tổ dân phố số 2 “khoảng 20”\)/,
    );
  });
});
