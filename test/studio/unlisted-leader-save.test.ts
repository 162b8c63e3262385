/**
 * A leader's page open when the office's new groups list drops the tổ (qa26 F9: a merger). The
 * figure typed afterwards is not taken, and the answer says why — the tổ left the ward's list,
 * the figure was not saved, here it is, call the office — instead of "Không tìm thấy trang …
 * có thể nó bị thiếu một phần khi chép". Real sockets, the studio's store, the leader's own form.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldNameByLabel } from '../support/browser-form.js';
import { removeTempDirs } from '../support/tmp.js';
import { GROUPS, JOINED, leaderLinks, report, visible } from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

/** Tổ 4 merged into tổ 3 (row 4 deleted). */
const MERGED = `STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Số hộ;Số nhân khẩu
1;Tổ dân phố số 1;Nguyễn Văn Hùng;0912 345 678;250;1000
2;Tổ dân phố số 2;Trần Thị Thu Hằng;0983 214 567;200;800
3;Tổ dân phố số 3 (sáp nhập tổ 3 và tổ 4);Phạm Đức Thắng;0356 782 104;250;900
`;

/** The leader's form as the page was shown: its action and the fields a browser posts. */
function formOf(page: string) {
  const action = /<form class="figures" method="post" action="([^"#]+)/.exec(page)?.[1] ?? '';
  const hidden = (name: string) =>
    new RegExp(`name="${name}" value="([^"]*)"`).exec(page)?.[1] ?? '';
  const box = (label: string) => fieldNameByLabel(page, label);
  return { action, fields: { form: hidden('form'), base: hidden('base') }, box };
}

describe('a figure sent from the page of a tổ the new list dropped', () => {
  let s: TestStudio;
  let office: Client;
  let folder: string;
  let phone: string;
  let group4Link = '';

  beforeAll(async () => {
    ({ s, c: office, folder } = await studioWithExample({ groups: GROUPS }));
    phone =
      /^\s+phone: "([^"]+)"/m.exec(await readFile(join(folder, 'campaign.yaml'), 'utf8'))?.[1] ??
      '';
    expect(phone).not.toBe('');
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('is answered that the tổ left the list, with the figure typed and the office’s phone', async () => {
    const links = await leaderLinks(office, 'hai-phong');
    const leader = new Client(s.url);
    await report(leader, links.get('Tổ dân phố số 3') ?? '', { [JOINED]: '120' });
    // Tổ 4's leader opens the page (never reported) …
    group4Link = links.get('Tổ dân phố số 4') ?? '';
    const open = await leader.get(group4Link);
    expect(open.status).toBe(200);
    const form = formOf(open.text);
    // … the office uses the merged list …
    const used = await office.upload(
      '/c/hai-phong/groups',
      'file',
      'groups.csv',
      Buffer.from(MERGED),
      { confirmShift: '1' },
      '/c/hai-phong/groups',
    );
    expect(used.status, visible(used.text).slice(0, 400)).toBe(303);
    // … and the leader, on the page still open, types 95 and presses "Lưu lại".
    const sent = await leader.postRaw(form.action, { ...form.fields, [form.box(JOINED)]: '95' });
    expect(sent.status).toBe(410);
    const text = visible(sent.text);
    expect(text).toContain('Tổ dân phố số 4 không còn trong danh sách');
    expect(text).toMatch(
      /Từ \d\d:\d\d ngày \d\d\/\d\d\/\d{4}, danh sách tổ dân phố mới của phường không còn Tổ dân phố số 4/,
    );
    expect(text).toContain(`Số liệu vừa ghi chưa được lưu: ${JOINED}: 95`);
    expect(text).toContain(phone);
    expect(text).not.toContain('thiếu một phần khi chép');
    // Not saved: Kết quả has no figure of tổ 4; the log names the tổ and the figure.
    const results = visible((await office.get('/c/hai-phong/results')).text);
    expect(results).not.toContain('Tổ dân phố số 4 (mã 4)');
    expect(s.errors.join('\n')).toContain(
      `group 4 “Tổ dân phố số 4” is no longer in the groups list (${JOINED}: 95)`,
    );
  });

  it('the dropped tổ’s link, opened again, says the tổ left the list, not “Không tìm thấy trang”', async () => {
    const links = await leaderLinks(office, 'hai-phong');
    expect(links.has('Tổ dân phố số 4')).toBe(false);
    // Tổ 4's link as its leader kept it: the page's own address before the merged list.
    const kept = group4Link;
    const open = await new Client(s.url).get(kept);
    expect(open.status).toBe(410);
    const text = visible(open.text);
    expect(text).toContain('Tổ dân phố số 4 không còn trong danh sách');
    expect(text).toContain(`Để hỏi nay báo cáo cho tổ nào, xin gọi cho`);
    expect(text).toContain(phone);
    expect(text).not.toContain('thiếu một phần khi chép');
    expect(text).not.toContain('Số liệu vừa ghi chưa được lưu');
  });

  it('a link that was never a tổ’s still gets “Không tìm thấy trang”', async () => {
    const leader = new Client(s.url);
    const links = await leaderLinks(office, 'hai-phong');
    const link = links.get('Tổ dân phố số 1') ?? '';
    const bogus = link.replace(/\/g\/([^/]+)\//, (_m, t: string) => `/g/${'A'.repeat(t.length)}/`);
    const sent = await leader.postRaw(`${bogus}ket-qua`, { form: 'x', base: '0' });
    expect(sent.status).toBe(404);
  });
});
