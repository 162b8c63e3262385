/**
 * The build tab after another groups list is uploaded: the last build's failures named rows of
 * the old list ("Tổ dân phố số 2 (dòng 3): Thiếu tên"), which the new list no longer has; the tab
 * no longer shows them as if they were the new list's, says why, and asks to print again
 * (h-q10 item 8). Real sockets on loopback; the pages read as text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { buildUntil, pageText } from './office-steps.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

const HEADER = 'STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Số nhân khẩu';
const OLD = [
  HEADER,
  '1;Tổ dân phố số 1;Nguyễn Văn Hùng;248;861',
  '2;;Trần Thị Thu Hằng;345;1152',
  '',
];
const NEW = [
  HEADER,
  '1;Tổ dân phố số 1;Nguyễn Văn Hùng;248;861',
  '2;Tổ dân phố số 2;Trần Thị Thu Hằng;345;1152',
  '',
];

describe('the build tab after a new groups list', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await studioWithExample({ groups: OLD.join('\n') }));
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('no longer lists the old list’s failures once another list is uploaded', async () => {
    await buildUntil(c, 'hai-phong', 'done');
    const before = pageText((await c.get('/c/hai-phong/build')).text);
    expect(before).toContain('Đã tạo tệp in cho 1/2 tổ');
    expect(before).toContain('Các tổ chưa tạo được tệp in: Tổ 2 (dòng 3)');

    const groupsPage = '/c/hai-phong/groups';
    const up = await c.upload(
      groupsPage,
      'file',
      'groups.csv',
      Buffer.from(NEW.join('\n')),
      {},
      groupsPage,
    );
    expect(up.status).toBe(303);
    const after = pageText((await c.get('/c/hai-phong/build')).text);
    expect(after).not.toContain('chưa tạo được tệp in: Tổ 2 (dòng 3)');
    expect(after).not.toContain('Đã tạo tệp in cho 1/2 tổ');
    expect(after).toContain(
      'Danh sách tổ đã được tải lên lại sau lần tạo tệp in trước, nên kết quả và lỗi của lần đó không còn hiện ở đây. Bấm “Tạo tệp in” để tạo theo danh sách mới.',
    );

    // Printed again: the new list's outcome, with nothing failed.
    await buildUntil(c, 'hai-phong', 'done');
    const again = pageText((await c.get('/c/hai-phong/build')).text);
    expect(again).toContain('Đã tạo tệp in cho 2/2 tổ');
    expect(again).not.toContain('chưa tạo được tệp in');
    expect(again).not.toContain('đã được tải lên lại sau lần tạo tệp in trước');
  }, 300_000);
});
