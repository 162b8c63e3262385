/**
 * A wrong merge undone by uploading the list in use before it (qa58b p4): the stop page used to
 * say the put-back figures would wait as "báo cáo theo danh sách cũ", unranked, while they were
 * counted and ranked at once, and it said nothing of the merged tổ coming back. It now compares
 * each figure with the list it was sent against and says what happens. Real sockets, the studio's
 * store, the figures sent through the leaders' own form.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import {
  GROUPS,
  JOINED,
  leaderLinks,
  report,
  reportRows,
  uploadGroups,
  visible,
} from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

/** Tổ 4 merged into tổ 3 by mistake: 500 + 400 people, row 4 deleted. */
const MERGED = `STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Số hộ;Số nhân khẩu
1;Tổ dân phố số 1;Nguyễn Văn Hùng;0912 345 678;250;1000
2;Tổ dân phố số 2;Trần Thị Thu Hằng;0983 214 567;200;800
3;Tổ dân phố số 3;Phạm Đức Thắng;0356 782 104;250;900
`;

describe('a merge undone with the list in use before it', () => {
  let s: TestStudio;
  let office: Client;

  const upload = (csv: string, confirm: boolean) => uploadGroups(office, 'hai-phong', csv, confirm);

  beforeAll(async () => {
    let folder: string;
    ({ s, c: office, folder } = await studioWithExample());
    await writeFile(join(folder, 'groups.csv'), GROUPS);
    const leader = new Client(s.url);
    const links = await leaderLinks(office, 'hai-phong');
    // 400 of tổ 1's 1.000 people, 120 of tổ 3's 500, 90 of tổ 4's 400.
    for (const [name, n] of [
      ['Tổ dân phố số 1', '400'],
      ['Tổ dân phố số 3', '120'],
      ['Tổ dân phố số 4', '90'],
    ] as const)
      await report(leader, links.get(name) ?? '', { [JOINED]: n });
    expect((await upload(MERGED, true)).status).toBe(303);
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('the stop page says the put-back figure counts and ranks at once, and tổ 4 comes back', async () => {
    const asked = await upload(GROUPS, false);
    expect(asked.status).toBe(409);
    const text = visible(asked.text);
    expect(text).toContain(
      'mã 3 “Tổ dân phố số 3”: 900 nhân khẩu → 500 nhân khẩu, đã báo cáo 120 theo 500 nhân khẩu',
    );
    expect(text).toContain(
      'Số đã báo cáo của mã 3 được gửi theo đúng số trong tệp mới: sau khi dùng tệp này, số đó được tính vào tổng, tính tỷ lệ và xếp hạng ngay',
    );
    expect(text).not.toContain('ghi “báo cáo theo danh sách cũ”');
    expect(text).toContain(
      '1 tổ có số liệu đã báo cáo nay có lại trong tệp mới (mã 4 “Tổ dân phố số 4”): sau khi dùng tệp này, số liệu đó được tính lại vào Kết quả và báo cáo',
    );
    expect(text).toContain('tôi biết số đã báo cáo sẽ tính theo chỉ tiêu trong tệp mới');
  });

  it('used: as the stop page said, tổ 3 counted and ranked with no mark, tổ 4 back', async () => {
    expect((await upload(GROUPS, true)).status).toBe(303);
    const results = visible((await office.get('/c/hai-phong/results')).text);
    expect(results).not.toContain('danh sách cũ');
    const rows = await reportRows(office, 'hai-phong');
    const row = (name: string) => rows.find((r) => r.includes(name)) ?? [];
    // 120/500 = 24 %, 90/400 = 22,5 %, 400/1.000 = 40 %: tổ 3 second, tổ 4 third.
    expect(row('Tổ dân phố số 3')[0]).toBe(2);
    expect(row('Tổ dân phố số 4')[0]).toBe(3);
  });
});
