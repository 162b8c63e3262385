/**
 * "Cộng số liệu theo cột" (campaign.yaml `totals_by`) offers the list's meeting-place column
 * when several tổ share a cultural house: `totals_by: Nhà văn hóa` totals by it (the loader reads
 * that column as each group's venue, not as a column of its own, so it was never offered). A
 * column each tổ has its own value in (its leader, its phone) is still not offered, nor a
 * quota column of numbers two tổ happen to share, one written "khoảng 20" (qa58 p3). Real
 * studio on loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { visible } from './results-figures.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

/** Tổ 1 and 2 meet at one cultural house, tổ 3 and 4 at another. */
const GROUPS = `STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Nhà văn hóa;Khu;Số hộ;Số nhân khẩu;Chỉ tiêu (người)
1;Tổ dân phố số 1;Nguyễn Văn Hùng;0912 345 678;Nhà văn hóa khu Đông;Khu 1;248;861;40
2;Tổ dân phố số 2;Trần Thị Thu Hằng;0983 214 567;Nhà văn hóa khu Đông;Khu 1;345;1152;40
3;Tổ dân phố số 3;Phạm Đức Thắng;0356 782 104;Nhà văn hóa khu Tây;Khu 2;442;1419;khoảng 20
4;Tổ dân phố số 4;Lê Thị Ngọc Ánh;0868 150 932;Nhà văn hóa khu Tây;Khu 2;208;745;25
`;

let s: TestStudio;
let c: Client;
beforeAll(async () => {
  ({ s, c } = await studioWithExample({ groups: GROUPS }));
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

describe('“Cộng số liệu theo cột”', () => {
  it('offers the cultural house several tổ share, beside the list’s own shared columns', async () => {
    const edit = (await c.get('/c/hai-phong')).text;
    const offered = [
      ...(
        /<datalist id="f-totals_by-columns">([\s\S]*?)<\/datalist>/.exec(edit)?.[1] ?? ''
      ).matchAll(/value="([^"]+)"/g),
    ].map((m) => m[1]);
    expect(offered).toEqual(['Khu', 'Nhà văn hóa']);
    expect(visible(edit)).toContain(
      'Các cột của danh sách mà nhiều tổ cùng chung một giá trị: “Khu”, “Nhà văn hóa”.',
    );
  });
});
