/**
 * The office enters and imports figures on the Kết quả tab: a group's figures typed from a phone
 * call (refused as the leader's form refuses them, each problem under its box; stored as the
 * office's, with the account's name in the history), and a spreadsheet of many groups — the
 * template downloaded, filled as the office fills it, uploaded, previewed row by row (rows read,
 * rows refused with their row and why, groups not in the file) and only then stored; the same
 * file again stores nothing. Real sockets on loopback, the data folder's real SQLite file; the
 * figures are read back from the page and from the report's spreadsheet and PDF, every expected
 * number worked out here from the groups file below (results-figures.ts).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import {
  APP,
  GROUPS,
  JOINED,
  leaderLinks,
  numbersOf,
  officeForm,
  officeGroupPath,
  report,
  reportRows,
  sendOfficeForm,
  storePreviewed,
  visible,
} from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

const CERT = 'Số người dân nhận giấy chứng nhận';
const SLUG = 'hai-phong';
const RESULTS = `/c/${SLUG}/results`;

/** The preview's confirmation, sent as its button sends it (with `extra`, a ticked box). */
function confirmOf(office: Client, preview: string) {
  return (extra: Record<string, string> = {}) => storePreviewed(office, preview, extra);
}

describe('the office enters and imports figures in the studio', () => {
  let s: TestStudio;
  let office: Client;
  let leader: Client;

  beforeAll(async () => {
    ({ s, c: office } = await studioWithExample({ groups: GROUPS }));
    leader = new Client(s.url);
    // Group 2's leader reported on the phone page: 200 people, 50 households.
    const links = await leaderLinks(office, SLUG);
    await report(leader, links.get('Tổ dân phố số 2') ?? '', { [JOINED]: '200', [APP]: '50' });
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  /** Uploads a results file on the import page, as its form sends it: the preview. */
  const uploadFile = (name: string, bytes: Uint8Array) =>
    office.upload(`${RESULTS}/import`, 'file', name, bytes, {}, `${RESULTS}/import`);

  /** Sends the group's form with `figures` (labels → text), as the browser posts it. */
  const send = (path: string, figures: Record<string, string>, extra = {}) =>
    sendOfficeForm(office, path, figures, extra);

  it('refuses a negative, a fraction and a figure above the population, each under its box', async () => {
    const path = await officeGroupPath(office, SLUG, 'Tổ dân phố số 3');
    const page = await office.get(path);
    expect(page.status).toBe(200);
    const text = visible(page.text);
    expect(text).toContain('Tổ dân phố số 3');
    expect(text).toContain('Tổ trưởng: Phạm Đức Thắng');
    expect(text).toContain('Chưa có số liệu nào của tổ này.');

    const refused = await send(path, { [JOINED]: '-5', [APP]: '12,5' });
    expect(refused.status).toBe(422);
    const f = officeForm(refused.text);
    // Each problem right after its own box, the box marked invalid and keeping what was typed.
    expect(f.html).toMatch(
      new RegExp(
        `value="-5" aria-describedby="[^"]*" aria-invalid="true">\\s*<p class="field-error"[^>]*><span>“${JOINED}”: số liệu không thể là số âm`,
      ),
    );
    expect(f.html).toMatch(
      new RegExp(
        `value="12,5"[^>]*aria-invalid="true">\\s*<p class="field-error"[^>]*><span>“${APP}”: “12,5” là số thập phân, nhưng số hộ phải là số nguyên`,
      ),
    );
    expect(visible(refused.text)).toContain('Chưa lưu.');
    // The refusal takes the keyboard when the page opens (qa30 3): the one element autofocused.
    expect(refused.text.match(/<[^>]* autofocus[ >][\s\S]*?<\/(div|p)>/g)).toEqual([
      expect.stringMatching(/^<div class="notice error" role="alert"[^>]*>\s*<p>Chưa lưu\./),
    ]);

    // Group 3 has 500 people: 1.200 is a typo until the office ticks that it is right.
    const above = await send(path, { [JOINED]: '1.200' });
    expect(above.status).toBe(422);
    expect(visible(above.text)).toContain(
      `“${JOINED}”: 1.200 lớn hơn số nhân khẩu của Tổ dân phố số 3 (500).`,
    );
    expect(above.text).toContain('name="xac_nhan"');
    // Nothing of it was stored.
    expect(visible((await office.get(RESULTS)).text)).toContain('Đã báo cáo: 1/4 tổ.');
  });

  it('stores the office’s figure, said so with the account in the history, and in the report', async () => {
    const path = await officeGroupPath(office, SLUG, 'Tổ dân phố số 3');
    const saved = await send(path, { [JOINED]: '1.200', [APP]: '30' }, { xac_nhan: '1' });
    expect(saved.status).toBe(303);
    const page = visible((await office.get(saved.headers.get('location') ?? '')).text);
    expect(page).toContain('Đã lưu số liệu.');
    expect(page).toMatch(
      new RegExp(
        `\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4} · Văn phòng nhập \\(admin\\) · đã xác nhận số vượt: ${JOINED} 1.200; ${APP} 30`,
      ),
    );
    // The saved figure above its box: 30 of the group's 150 households, 20,0%, the group's
    // first figures: entered, not corrected. The 30 says what it counts, as the leader's form
    // says it ("Đã lưu: 30 hộ"); the joined count, people, its own noun.
    expect(page).toContain('Số đã lưu: 30 hộ / 150 hộ (20,0%) — Văn phòng nhập (admin)');
    expect(page).toMatch(/Số đã lưu: 1\.200 người\b/);
    expect(page).not.toContain('Văn phòng sửa');

    // A correction of one figure: a new entry, the earlier one kept below it.
    expect((await send(path, { [JOINED]: '450' })).status).toBe(303);
    const again = visible((await office.get(path)).text);
    const history = again.slice(again.indexOf('Lịch sử số liệu'));
    expect(history).toMatch(
      new RegExp(
        `Văn phòng sửa \\(admin\\): ${JOINED} 450 .*Văn phòng nhập \\(admin\\) · đã xác nhận`,
      ),
    );
    // The same figures sent again add nothing.
    expect((await send(path, { [JOINED]: '450', [APP]: '30' })).status).toBe(303);
    const after = visible((await office.get(path)).text);
    // Two entries in the history, and the two boxes' "Số đã lưu" lines: the correction and the
    // figure it corrected, the first entry and the figure only it gave.
    expect(after.match(/Văn phòng sửa \(admin\)/g)).toHaveLength(2);
    expect(after.match(/Văn phòng nhập \(admin\)/g)).toHaveLength(2);

    // The tab and the report: group 3 counts 450 of its 500 people (90,0%); the ward
    // 200 + 450 = 650 of 2.700 people.
    const results = visible((await office.get(RESULTS)).text);
    expect(results).toContain('Đã báo cáo: 2/4 tổ.');
    expect(results).toMatch(
      // While a group is out, the reported groups' rate leads and the ward's figure follows.
      new RegExp(`${JOINED}: [^;]* đã báo cáo [^;]*; toàn phường: 650 / 2\\.700 nhân khẩu`),
    );
    expect(numbersOf(await reportRows(office, SLUG), 'Tổ dân phố số 3')).toEqual(
      expect.arrayContaining([450, 30]),
    );
    const pdf = await office.get(`${RESULTS}/bao-cao.pdf`);
    const words = (await pdfText(pdf.bytes)).replace(/\s+/g, ' ');
    expect(words).toContain('650');
  });

  it('refuses a form without the session’s token', async () => {
    const path = await officeGroupPath(office, SLUG, 'Tổ dân phố số 4');
    const f = officeForm((await office.get(path)).text);
    const forged = await office.postRaw(f.action, { base: '0', [f.box(JOINED)]: '10' });
    expect(forged.status).toBe(403);
    const stranger = new Client(s.url);
    expect((await stranger.get(path)).status).toBe(303);
  });

  it('gives a template of the ward’s groups and a column a measure to fill', async () => {
    const xlsx = await office.get(`${RESULTS}/mau-nhap-so-lieu.xlsx`);
    expect(xlsx.status).toBe(200);
    // Named by its campaign too, as the report's files are (qa43 m9).
    expect(decodeURIComponent(xlsx.headers.get('content-disposition') ?? '')).toContain(
      'Mẫu số liệu - số 05-UBND-VHXH - phường Lê Chân.xlsx',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const values = (n: number) =>
      (sheet?.getRow(n).values as unknown[] | undefined)?.slice(1).map(String) ?? [];
    expect(values(1)).toEqual(['Mã tổ', 'Tên tổ dân phố', 'Tổ trưởng', JOINED, CERT, APP]);
    expect(values(2)).toEqual(['1', 'Tổ dân phố số 1', 'Nguyễn Văn Hùng']);
    expect(values(5)).toEqual(['4', 'Tổ dân phố số 4', 'Lê Thị Ngọc Ánh']);
    expect(sheet?.rowCount).toBe(5);
  });

  it('imports a filled template after a preview of every row, and the same file again stores nothing', async () => {
    // The office fills the template: group 1 new, group 2 as its leader sent (200) but a new
    // household figure, group 4 a word for a number, and a group the list does not have.
    const xlsx = await office.get(`${RESULTS}/mau-nhap-so-lieu.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    sheet.getRow(2).getCell(4).value = 300;
    sheet.getRow(2).getCell(6).value = 80;
    sheet.getRow(3).getCell(4).value = 200;
    sheet.getRow(3).getCell(6).value = 60;
    sheet.getRow(5).getCell(4).value = 'hai trăm';
    sheet.addRow(['9', 'Tổ dân phố số 9', '', 15]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const before = await s.store.db.selectFrom('result_submissions').select('seq').execute();

    const preview = await uploadFile('so-lieu.xlsx', bytes);
    expect(preview.status).toBe(200);
    const text = visible(preview.text);
    // Rows 2, 3, 4 read (group 3's row has no figure: nothing to store); rows 5 and 6 refused.
    expect(text).toContain(
      'Tệp so-lieu.xlsx: 3 dòng đọc được, 2 dòng không nhập. Sẽ lưu số liệu mới của 2 tổ.',
    );
    expect(text).toContain(`Dòng 5, cột “${JOINED}”: “hai trăm” không phải là số nguyên.`);
    // The template's own columns are all read: no column said as unread.
    expect(text).not.toContain('cột này không được đọc');
    // Groups 1 and 2 give two figures and leave the certificates empty: said (qa18).
    expect(text).toContain(`cột này để trống ở 2 dòng (2: Tổ dân phố số 1; 3: Tổ dân phố số 2)`);
    expect(text).toMatch(/Dòng 6, cột “Mã tổ”: [^.]*“9”/);
    expect(text).toContain(
      // Group 4's row is refused above: in the file, not said as without figures (qa18).
      '1 tổ không có số liệu nào đọc được trong tệp, giữ nguyên số đã lưu: Tổ dân phố số 3.',
    );
    // Group 2: 200 as saved, 60 replaces its leader's 50.
    const row2 = visible(/<tr[^>]*><td[^>]*>3<\/td>[\s\S]*?<\/tr>/.exec(preview.text)?.[0] ?? '');
    expect(row2).toContain('200 (không đổi)');
    expect(row2).toMatch(/60 \(số cũ 50, Tổ trưởng gửi \d\d:\d\d \d\d\/\d\d\/\d{4}\)/);
    expect(row2).toContain('Sẽ lưu');
    // Nothing stored before the office confirms.
    expect(await s.store.db.selectFrom('result_submissions').select('seq').execute()).toHaveLength(
      before.length,
    );

    const confirm = confirmOf(office, preview.text);
    const stored = await confirm();
    expect(stored.status).toBe(200);
    const done = visible(stored.text);
    expect(done).toContain('Đã lưu số liệu của 2 tổ từ tệp so-lieu.xlsx.');
    expect(done).toContain('2 dòng của tệp không được nhập');
    expect(done).toContain(`Dòng 5, cột “${JOINED}”`);

    // The tab and the report: group 1 300 people (30,0% of 1.000) and 80 households; group 2
    // 60 households; the ward 300 + 200 + 450 = 950 people, 80 + 60 + 30 = 170 households.
    const results = visible((await office.get(RESULTS)).text);
    expect(results).toContain('Đã báo cáo: 3/4 tổ.');
    expect(results).toMatch(
      // While a group is out, the reported groups' rate leads and the ward's figure follows.
      new RegExp(`${JOINED}: [^;]* đã báo cáo [^;]*; toàn phường: 950 / 2\\.700 nhân khẩu`),
    );
    expect(results).toMatch(
      new RegExp(`${APP}: [^;]* đã báo cáo [^;]*; toàn phường: 170 / 700 hộ`),
    );
    const rows = await reportRows(office, SLUG);
    expect(numbersOf(rows, 'Tổ dân phố số 1')).toEqual(expect.arrayContaining([300, 80]));
    expect(numbersOf(rows, 'Tổ dân phố số 2')).toEqual(expect.arrayContaining([200, 60]));
    // The history names the import and the account.
    const g1 = visible(
      (await office.get(await officeGroupPath(office, SLUG, 'Tổ dân phố số 1'))).text,
    );
    expect(g1).toContain(`Văn phòng nhập từ tệp (admin): ${JOINED} 300; ${APP} 80`);

    // The same file again: every row said as imported already, nothing to store.
    const count = (await s.store.db.selectFrom('result_submissions').select('seq').execute())
      .length;
    const again = await uploadFile('so-lieu.xlsx', bytes);
    const againText = visible(again.text);
    expect(againText).toContain('Sẽ lưu số liệu mới của 0 tổ');
    expect(againText).toContain('2 tổ đã nhập từ chính tệp này');
    expect(againText).toContain('Không có số liệu mới để lưu: tệp này đã được nhập.');
    expect(again.text).not.toContain('/confirm');
    // Confirming the first preview a second time (a double click) stores nothing either.
    const twice = await confirm();
    expect(twice.status).toBe(409);
    expect((await s.store.db.selectFrom('result_submissions').select('seq').execute()).length).toBe(
      count,
    );
  });

  it('imports a figure above a group’s population only once the office ticks that it is right', async () => {
    // Group 4 has 400 people: 900 is refused until confirmed.
    const csv = new TextEncoder().encode(`Mã tổ;${JOINED}\n4;900\n`);
    const preview = await uploadFile('to-4.csv', csv);
    const text = visible(preview.text);
    expect(text).toContain('Tệp to-4.csv: 0 dòng đọc được, 1 dòng không nhập.');
    expect(text).toContain(
      `Dòng 2, cột “${JOINED}”: 900 lớn hơn số nhân khẩu của Tổ dân phố số 4 (400). Nếu số đúng (danh sách cũ hơn số liệu), đánh dấu ô xác nhận bên dưới.`,
    );
    expect(preview.text).toContain('name="xac_nhan"');
    // The tick says what it adds to the button's count, and the refused row's group is not
    // said as having no figure in the file (qa18).
    expect(text).toContain('nhập cả 1 dòng đó (khi đánh dấu, nút dưới đây lưu thêm các dòng này)');
    expect(text).not.toMatch(/không có số liệu nào đọc được trong tệp[^.]*Tổ dân phố số 4/);
    const stored = await confirmOf(office, preview.text)({ xac_nhan: '1' });
    expect(visible(stored.text)).toContain('Đã lưu số liệu của 1 tổ từ tệp to-4.csv.');
    const g4 = visible(
      (await office.get(await officeGroupPath(office, SLUG, 'Tổ dân phố số 4'))).text,
    );
    expect(g4).toContain(`Văn phòng nhập từ tệp (admin) · đã xác nhận số vượt: ${JOINED} 900`);
  });

  it('keeps a leader’s newer correction: the preview names the file’s older figure as not stored', async () => {
    // Group 2's leader corrects the figure now; the office's file says group 2's row was counted
    // on 01/01/2026 08:00 (its time column), before that: the leader's 210 stays. Group 3's row
    // has no time: it is as of the upload, and stored.
    const links = await leaderLinks(office, SLUG);
    await report(leader, links.get('Tổ dân phố số 2') ?? '', { [JOINED]: '210', [APP]: '60' });
    const csv = new TextEncoder().encode(
      `Mã tổ;${JOINED};Thời gian cập nhật\n2;205;01/01/2026 08:00\n3;10;\n`,
    );
    const preview = await uploadFile('cu.csv', csv);
    expect(preview.status).toBe(200);
    const text = visible(preview.text);
    expect(text).toContain(
      'Tệp cu.csv: 2 dòng đọc được. Sẽ lưu số liệu mới của 1 tổ; 1 tổ đã có số mới hơn.',
    );
    expect(text).toMatch(
      new RegExp(
        `Dòng 2, Tổ dân phố số 2, “${JOINED}”: tệp ghi 205 \\(thời gian của dòng 08:00 01/01/2026\\); đã có 210, Tổ trưởng gửi \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}\\.`,
      ),
    );
    const row2 = visible(/<tr[^>]*><td[^>]*>2<\/td>[\s\S]*?<\/tr>/.exec(preview.text)?.[0] ?? '');
    expect(row2).toContain('Đã có số mới hơn: không lưu');
    const stored = await confirmOf(office, preview.text)();
    expect(visible(stored.text)).toContain('Đã lưu số liệu của 1 tổ từ tệp cu.csv.');
    const rows = await reportRows(office, SLUG);
    expect(numbersOf(rows, 'Tổ dân phố số 2')).toEqual(expect.arrayContaining([210]));
    expect(numbersOf(rows, 'Tổ dân phố số 2')).not.toContain(205);
    expect(numbersOf(rows, 'Tổ dân phố số 3')).toEqual(expect.arrayContaining([10]));
  });

  it('says why a file cannot be read, and keeps nothing of it', async () => {
    const csv = new TextEncoder().encode('Họ tên;Ghi chú\nAn;x\n');
    const refused = await uploadFile('ghi-chu.csv', csv);
    expect(refused.status).toBe(422);
    expect(visible(refused.text)).toContain('Không đọc được tệp ghi-chu.csv.');
    const xls = await uploadFile('cu.xls', csv);
    expect(xls.status).toBe(400);
    expect(visible(xls.text)).toContain('Chỉ nhận tệp Excel (.xlsx)');
  });
});
