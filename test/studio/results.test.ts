/**
 * The campaign's results in the studio (the "Kết quả" tab): what the leaders reported on their
 * pages, as the office sees it — each group's figures and rates, the ward's totals, the time of
 * the last report, who has not reported (with the phone to call), and the report's spreadsheet
 * and PDF to download. Signed-in users only. Real sockets on loopback, the data folder's real
 * SQLite file; the figures are sent through the leaders' own form, and every expected number is
 * worked out here from the groups file written below.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { APP, GROUPS, JOINED, leaderLinks, report, visible } from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

describe('the campaign’s results in the studio', () => {
  let s: TestStudio;
  let office: Client;
  let leader: Client;

  beforeAll(async () => {
    ({ s, c: office } = await studioWithExample({ groups: GROUPS }));
    leader = new Client(s.url);
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('is a tab of the campaign that says no group has reported yet, and how they report', async () => {
    const edit = await office.get('/c/hai-phong');
    expect(edit.text).toContain('<a href="/c/hai-phong/results">Kết quả</a>');
    const page = await office.get('/c/hai-phong/results');
    expect(page.status).toBe(200);
    const text = visible(page.text);
    expect(text).toContain('Đã báo cáo: 0/4 tổ.');
    expect(text).toContain('Chưa có tổ nào báo cáo.');
    expect(text).toContain('Trang tổ trưởng đang đóng');
    expect(text).toContain('Chưa báo cáo (4 tổ)');
  });

  it('shows each group’s figures and rates, the totals, the last report and who has not reported', async () => {
    const links = await leaderLinks(office, 'hai-phong');
    const before = Date.now();
    await report(leader, links.get('Tổ dân phố số 2') ?? '', { [JOINED]: '200', [APP]: '50' });
    await report(leader, links.get('Tổ dân phố số 1') ?? '', { [JOINED]: '250' });

    const page = await office.get('/c/hai-phong/results');
    const text = visible(page.text);
    expect(text).toContain('Đã báo cáo: 2/4 tổ.');
    // The last report: the minute of group 1's form, in the ward's time (UTC+7).
    const last = /Lần báo cáo gần nhất: (\d\d):(\d\d) ngày (\d\d)\/(\d\d)\/(\d{4})/.exec(text);
    expect(last).toBeTruthy();
    const [, hh, mm, dd, mo, yyyy] = last ?? [];
    const at = Date.UTC(Number(yyyy), Number(mo) - 1, Number(dd), Number(hh) - 7, Number(mm));
    expect(at).toBeGreaterThanOrEqual(Math.floor(before / 60_000) * 60_000);
    expect(at).toBeLessThanOrEqual(Date.now());
    // Each group's row: 200 of 800 people is 25,0%; 50 of 200 households 25,0%; 250/1000 25,0%.
    const row = (name: string) =>
      visible(
        new RegExp(
          `<tr[^>]*>\\s*<td[^>]*>[^<]*</td>\\s*<th scope="row">${name}[\\s\\S]*?</tr>`,
        ).exec(page.text)?.[0] ?? '',
      );
    expect(row('Tổ dân phố số 2')).toContain('200 (25,0%)');
    expect(row('Tổ dân phố số 2')).toContain('50 (25,0%)');
    expect(row('Tổ dân phố số 1')).toContain('250 (25,0%)');
    expect(row('Tổ dân phố số 3')).toContain('Chưa báo cáo');
    // The ward's totals, while groups 3 and 4 have not reported (qa22 #8): first the rate of
    // the groups that did, 450 of groups 1 and 2's 1.800 people (25,0%), then the ward's, 450 of
    // its 2.700 (16,7%), counting the 2 others as 0; 50 of group 2's 200 households (25,0%), the
    // ward's 50 of 700 (7,1%) counting 3 as 0.
    expect(text).toContain(
      `${JOINED}: 25,0% ở 2 tổ đã báo cáo (450 / 1.800 nhân khẩu); toàn phường: 450 / 2.700 nhân khẩu · 16,7% (tính 2 tổ chưa báo cáo là 0)`,
    );
    expect(text).toContain(
      `${APP}: 25,0% ở 1 tổ đã báo cáo (50 / 200 hộ); toàn phường: 50 / 700 hộ · 7,1% (tính 3 tổ chưa báo cáo là 0)`,
    );
    // The table's ward row gives the ward's rates, which count the groups yet to report as 0:
    // labelled so (2 tổ for the participants, 3 for the app: no one number).
    const foot = visible(/<tfoot>([\s\S]*?)<\/tfoot>/.exec(page.text)?.[1] ?? '').trim();
    expect(foot).toMatch(
      /^Toàn phường \(tính các tổ chưa báo cáo là 0\) 450 \(16,7%\) 50 \(7,1%\)/,
    );
    // The rate of the groups that reported is the bold one; the ward's is not.
    expect(page.text).toContain('<strong>25,0%</strong> ở 2 tổ đã báo cáo');
    expect(page.text).not.toContain('<strong>16,7%</strong>');
    expect(text).toContain('Số người dân nhận giấy chứng nhận: chưa có tổ nào báo cáo');
    // The leaders' tab counts them, and links here.
    const tab = visible((await office.get('/c/hai-phong/leaders')).text);
    expect(tab).toContain('2/4 tổ đã báo cáo số liệu. Xem số liệu ở thẻ Kết quả.');
    // Who has not reported, with the phone to call.
    expect(text).toContain('Chưa báo cáo (2 tổ)');
    expect(page.text).toContain(
      'Tổ dân phố số 3 — Phạm Đức Thắng · <a href="tel:0356782104">0356 782 104</a>',
    );
    expect(page.text).toContain('Tổ dân phố số 4 — Lê Thị Ngọc Ánh');
    expect(text).not.toContain('Trang tổ trưởng đang đóng');
  });

  it('gives the figures as the report’s spreadsheet and PDF', async () => {
    const xlsx = await office.get('/c/hai-phong/results/ket-qua.xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(decodeURIComponent(xlsx.headers.get('content-disposition') ?? '')).toContain(
      // The campaign named too, by its notice's number (the example has no short title), so a
      // second campaign's report does not take this one's name in Downloads (qa18).
      'Kết quả - số 05-UBND-VHXH - phường Lê Chân.xlsx',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
    const rows = Array.from(wb.worksheets[0]?.getSheetValues() ?? [], (r) =>
      Array.isArray(r) ? r.slice(1) : [],
    );
    const of = (name: string) => rows.find((r) => r.includes(name)) ?? [];
    expect(of('Tổ dân phố số 2')).toContain(200);
    expect(of('Tổ dân phố số 2')).toContain(50);
    expect(of('Tổ dân phố số 1')).toContain(250);
    // No figure: only its list's population and households (GROUPS), the rates' bases.
    expect(of('Tổ dân phố số 3').filter((v) => typeof v === 'number')).toEqual([500, 150]);

    const pdf = await office.get('/c/hai-phong/results/bao-cao.pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const words = (await pdfText(pdf.bytes)).replace(/\s+/g, ' ');
    expect(words).toContain('BÁO CÁO');
    expect(words).toContain('Tổ dân phố số 2');
    expect(words).toContain('450');
  });

  it('is for signed-in users only, and only of a campaign that exists', async () => {
    const stranger = new Client(s.url);
    for (const path of [
      '/c/hai-phong/results',
      '/c/hai-phong/results/ket-qua.xlsx',
      '/c/hai-phong/results/bao-cao.pdf',
    ]) {
      const answer = await stranger.get(path);
      expect(answer.status, path).toBe(303);
      expect(answer.headers.get('location'), path).toContain('/sign-in');
      expect(answer.text, path).not.toContain('Tổ dân phố số 2');
    }
    expect((await office.get('/c/khong-co/results')).status).toBe(404);
    expect((await office.get('/c/khong-co/results/ket-qua.xlsx')).status).toBe(404);
  });
});
