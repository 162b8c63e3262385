/**
 * A groups list changed after leaders reported (qa26 F1, F2, F5): a tổ split keeps its id with a
 * smaller count, two tổ merged (one row deleted), a count corrected. The upload says which
 * reported groups it renames or re-rates before it is used; after it, a figure sent against the
 * old list is kept, marked "báo cáo theo danh sách cũ", not ranked, until the office confirms it
 * on the group's page; a removed group's figure is said with its sum in Kết quả, the report's PDF
 * and its spreadsheet, and its page opens. Real sockets, the studio's SQLite store, the figures
 * sent through the leaders' own form.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text.js';
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

/**
 * Tổ 1 split: id 1 keeps 400 of its 1.000 people as "Tổ dân phố số 1A"; tổ 4 merged into tổ 3
 * (500 + 400 people, row 4 deleted); tổ 2's people corrected 800 → 1.000.
 */
const CHANGED = `STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Số hộ;Số nhân khẩu
1;Tổ dân phố số 1A;Nguyễn Văn Hùng;0912 345 678;100;400
2;Tổ dân phố số 2;Trần Thị Thu Hằng;0983 214 567;200;1000
3;Tổ dân phố số 3 (sáp nhập tổ 3 và tổ 4);Phạm Đức Thắng;0356 782 104;250;900
5;Tổ dân phố số 1B;Đỗ Văn Nam;0912 000 111;150;600
`;

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

describe('a groups list changed after leaders reported', () => {
  let s: TestStudio;
  let office: Client;

  beforeAll(async () => {
    ({ s, c: office } = await studioWithExample({ groups: GROUPS }));
    const leader = new Client(s.url);
    const links = await leaderLinks(office, 'hai-phong');
    // 300 of tổ 1's 1.000 people (30 %), 400 of tổ 2's 800 (50 %), 120 of 500, 90 of 400.
    for (const [name, n] of [
      ['Tổ dân phố số 1', '300'],
      ['Tổ dân phố số 2', '400'],
      ['Tổ dân phố số 3', '120'],
      ['Tổ dân phố số 4', '90'],
    ] as const)
      await report(leader, links.get(name) ?? '', { [JOINED]: n });
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  const upload = (csv: string, confirm: boolean) => uploadGroups(office, 'hai-phong', csv, confirm);

  it('the upload names the reported groups it renames or re-rates before it is used', async () => {
    const asked = await upload(CHANGED, false);
    expect(asked.status).toBe(409);
    const text = visible(asked.text);
    expect(text).toContain(
      '3 tổ đã báo cáo số liệu nay đổi tên hoặc chỉ tiêu trong tệp mới (mã 1 “Tổ dân phố số 1” nay là “Tổ dân phố số 1A”: 1.000 nhân khẩu → 400 nhân khẩu, đã báo cáo 300; mã 2 “Tổ dân phố số 2”: 800 nhân khẩu → 1.000 nhân khẩu, đã báo cáo 400;',
    );
    expect(text).toContain('ghi “báo cáo theo danh sách cũ”, chưa xếp hạng');
    // The new id 5 "Tổ dân phố số 1B" beside 1A: the split is named, as without a target column.
    expect(text).toContain(
      'Tổ “Tổ dân phố số 1” có vẻ đã tách thành “Tổ dân phố số 1A” (mã 1) và “Tổ dân phố số 1B” (mã 5)',
    );
    // Tổ 4 is gone: the merger's advice, not only "add it back".
    expect(text).toContain('hãy cộng số này vào tổ mới ở “Nhập, sửa” của Kết quả');
    const used = await upload(CHANGED, true);
    expect(used.status, visible(used.text).slice(0, 600)).toBe(303);
  });

  it('Kết quả keeps the old figures marked, unranked, and names the removed tổ with its figure', async () => {
    const text = visible((await office.get('/c/hai-phong/results')).text);
    expect(text).toContain(
      `Tổ dân phố số 1A (${JOINED}): 300 người dân tham gia cuộc thi, báo cáo theo danh sách cũ, khi đó là Tổ dân phố số 1, 1.000 nhân khẩu, nay 400 nhân khẩu`,
    );
    expect(text).toContain(
      `Tổ dân phố số 2 (${JOINED}): 400 người dân tham gia cuộc thi, báo cáo theo danh sách cũ, khi đó 800 nhân khẩu, nay 1.000 nhân khẩu`,
    );
    expect(text).toContain(
      '1 tổ có số liệu nhưng không còn trong danh sách: Tổ dân phố số 4 (mã 4): 90 người dân tham gia cuộc thi.',
    );
    expect(text).toContain('Nếu tổ đã sáp nhập vào tổ khác, hãy cộng số này vào tổ mới');
  });

  it('Kết quả and Danh sách tổ link the removed tổ’s “Nhập, sửa”, where they send the office (qa58b M6)', async () => {
    for (const tab of ['/c/hai-phong/results', '/c/hai-phong/groups']) {
      const page = (await office.get(tab)).text;
      const link = /<a href="([^"]+)">Nhập, sửa số liệu của Tổ dân phố số 4 \(mã 4\)<\/a>/.exec(
        page,
      );
      expect(link?.[1], tab).toBe('/c/hai-phong/results/group/4');
      const opened = await office.get(link?.[1] ?? '');
      expect(opened.status).toBe(200);
      expect(visible(opened.text)).toContain('Tổ này không còn trong danh sách tổ của chiến dịch.');
    }
  });

  it('the report: no rank nor "vượt" for an old figure, the removed tổ said with its sum', async () => {
    const pdf = await office.get('/c/hai-phong/results/bao-cao.pdf');
    expect(pdf.status).toBe(200);
    const words = oneLine(await pdfText(pdf.bytes));
    expect(words).toContain(
      'Chưa tính vào số liệu trên: 90 người dân tham gia cuộc thi của 1 tổ đã bỏ khỏi danh sách (Tổ dân phố số 4: 90 người dân tham gia cuộc thi)',
    );
    expect(words).toMatch(
      /chưa xác nhận: số người dân tham gia cuộc thi \(báo cáo theo danh sách cũ, khi đó là Tổ dân phố số 1, 1\.000 nhân khẩu\)/,
    );
    expect(words).toContain(
      'Số liệu ghi “báo cáo theo danh sách cũ” được báo cáo trước khi danh sách tổ thay đổi',
    );
    const rows = await reportRows(office, 'hai-phong');
    const row = (name: string) => rows.find((r) => r.includes(name)) ?? [];
    // Not ranked (the split half at 75 % would have been first).
    expect(row('Tổ dân phố số 1A')[0] ?? null).toBeNull();
    expect(String(row('Tổ dân phố số 1A').at(-1))).toContain('báo cáo theo danh sách cũ');
    const gone = row('Tổ dân phố số 4 (đã bỏ khỏi danh sách)');
    expect(gone).toContain(90);
    expect(String(gone.at(-1))).toContain('không tính vào tổng');
  });

  it('the report’s ward row gives its own figure’s rate, as its line and Kết quả (qa58b M2)', async () => {
    const pdf = await office.get('/c/hai-phong/results/bao-cao.pdf');
    const words = oneLine(await pdfText(pdf.bytes));
    // The list in use: 400 + 1.000 + 900 + 600 people; tổ 1A, 2 and 3 sent 300, 400 and 120
    // (tổ 4's 90 is out of the sums), each against the old list, still unconfirmed.
    const value = 300 + 400 + 120;
    const rate = (Math.round((value * 1000) / (400 + 1000 + 900 + 600)) / 10)
      .toFixed(1)
      .replace('.', ',');
    // The table's ward row, its cells side by side: the sum, then its rate (the label wraps).
    const laid = await pdfText(pdf.bytes, { layout: true });
    const row = laid.slice(
      laid.lastIndexOf('Toàn phường ('),
      laid.lastIndexOf('Toàn phường (') + 400,
    );
    expect(row).toMatch(new RegExp(`\\s${value}\\s+${rate}\\s`));
    expect(words).toContain(`chiếm tỷ lệ ${rate}%`);
    expect(words).toContain('vẫn được tính vào tổng và tỷ lệ của toàn phường trong bảng');
    const results = visible((await office.get('/c/hai-phong/results')).text);
    expect(results).toContain(`${value} (${rate}%)`);
  });

  it('the removed tổ’s page opens with its figure', async () => {
    const page = await office.get('/c/hai-phong/results/group/4');
    expect(page.status).toBe(200);
    const text = visible(page.text);
    expect(text).toContain('Tổ này không còn trong danh sách tổ của chiến dịch.');
    expect(text).toContain(`${JOINED}: 90`);
  });

  it('confirmed on the group’s page, the figure is rated and ranked again', async () => {
    const path = '/c/hai-phong/results/group/1';
    const page = await office.get(path);
    const text = visible(page.text);
    expect(text).toContain(
      `${JOINED}: 300, báo cáo theo danh sách cũ, khi đó là Tổ dân phố số 1, 1.000 nhân khẩu, nay 400 nhân khẩu.`,
    );
    const hidden = Object.fromEntries(
      [...page.text.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [
        m[1] ?? '',
        m[2] ?? '',
      ]),
    );
    const sent = await office.postRaw(path, { ...hidden, xac_nhan: '1' });
    expect(sent.status, visible(sent.text).slice(0, 400)).toBe(303);
    const results = visible((await office.get('/c/hai-phong/results')).text);
    expect(results).not.toContain('Tổ dân phố số 1A (');
    expect(results).toContain('Tổ dân phố số 2 (');
    const rows = await reportRows(office, 'hai-phong');
    expect((rows.find((r) => r.includes('Tổ dân phố số 1A')) ?? [])[0]).toBe(1);
  });
});
