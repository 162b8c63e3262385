/**
 * A tổ split after it reported, in a groups list with no column its figures are rated against
 * (no target, no households or people): "Tổ dân phố số 1" keeps its id as "… 1A" and a new id is
 * "… 1B". With such a column the upload says the target changed and that the figure waits for
 * the office's check; without one it read as a rename ("vẫn tính cho tổ với tên mới"). Now the
 * upload's stop page says the tổ seems split, that its whole figure will count for 1A alone, and
 * what to do, in either list. Real sockets, the studio's store, the figure sent through the
 * leader's own form.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { JOINED, leaderLinks, report, visible } from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

/** Four tổ, no households nor people: nothing to rate a figure against. */
const BEFORE = `STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại
1;Tổ dân phố số 1;Nguyễn Văn Hùng;0912 345 678
2;Tổ dân phố số 2;Trần Thị Thu Hằng;0983 214 567
3;Tổ dân phố số 3;Phạm Đức Thắng;0356 782 104
4;Tổ dân phố số 4;Lê Thị Ngọc Ánh;0868 150 932
`;

/** Tổ 1 split: id 1 is now "Tổ dân phố số 1A", the new id 5 "Tổ dân phố số 1B". */
const SPLIT = `STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại
1;Tổ dân phố số 1A;Nguyễn Văn Hùng;0912 345 678
5;Tổ dân phố số 1B;Đỗ Văn Nam;0912 000 111
2;Tổ dân phố số 2;Trần Thị Thu Hằng;0983 214 567
3;Tổ dân phố số 3;Phạm Đức Thắng;0356 782 104
4;Tổ dân phố số 4;Lê Thị Ngọc Ánh;0868 150 932
`;

describe('a tổ split in a list with no target column', () => {
  let s: TestStudio;
  let office: Client;

  beforeAll(async () => {
    ({ s, c: office } = await studioWithExample({ groups: BEFORE }));
    const links = await leaderLinks(office, 'hai-phong');
    await report(new Client(s.url), links.get('Tổ dân phố số 1') ?? '', { [JOINED]: '300' });
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('the upload says the tổ seems split and that its whole figure would count for 1A alone', async () => {
    const asked = await office.upload(
      '/c/hai-phong/groups',
      'file',
      'groups.csv',
      Buffer.from(SPLIT),
      {},
      '/c/hai-phong/groups',
    );
    expect(asked.status).toBe(409);
    const text = visible(asked.text);
    expect(text).toContain(
      `Tổ “Tổ dân phố số 1” có vẻ đã tách thành “Tổ dân phố số 1A” (mã 1) và “Tổ dân phố số 1B” (mã 5): số đã báo cáo (${JOINED}: 300) là của cả tổ “Tổ dân phố số 1” trước khi tách, nhưng sau khi dùng tệp này sẽ tính hết cho “Tổ dân phố số 1A” (mã 1), còn “Tổ dân phố số 1B” bắt đầu từ “Chưa báo cáo”.`,
    );
    expect(text).toContain(
      'hãy hỏi tổ trưởng rồi sửa ở “Nhập, sửa” của Kết quả: nhập số của riêng “Tổ dân phố số 1A”, và số của “Tổ dân phố số 1B” ở trang của tổ đó.',
    );
    // Not said to be a rename whose figure simply keeps counting, nor to wait for a check.
    expect(text).not.toContain('vẫn tính cho tổ với tên mới');
    expect(text).toContain(
      'Vẫn dùng tệp này: tôi biết số đã báo cáo của tổ đã tách sẽ tính cho mã cũ cho đến khi sửa ở “Nhập, sửa”',
    );
  });
});
