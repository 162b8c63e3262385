/**
 * Figures of groups no longer in the groups list, or of a measure the campaign no longer has,
 * are never lost and never silent (qa9 Q9): the office uploads a list without two groups that
 * reported (told so before it confirms the list), or types another figure over a measure, and the page it lands on after the save, and
 * the Kết quả tab, name them in Vietnamese with how to have them counted again; once the list
 * has the groups again their figures are back in Kết quả and the report's PDF. Real sockets on
 * loopback, the studio's real SQLite store; the figures sent through the leaders' own form.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { campaignPageFields, openCampaignPage } from './campaign-page.js';
import { APP, GROUPS, JOINED, leaderLinks, report, visible } from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

/** The list without groups 3 and 4 (the first three lines of GROUPS: header, 1, 2). */
const TWO_GROUPS = `${GROUPS.split('\n').slice(0, 3).join('\n')}\n`;

const GONE =
  '2 tổ có số liệu nhưng không còn trong danh sách: Tổ dân phố số 3 (mã 3): 120 người dân tham gia cuộc thi, 30 hộ gia đình cài đặt ứng dụng Smart Hải Phòng; Tổ dân phố số 4 (mã 4): 90 người dân tham gia cuộc thi.';

describe('figures of groups or measures the campaign no longer has', () => {
  let s: TestStudio;
  let office: Client;
  let folder: string;

  beforeAll(async () => {
    ({ s, c: office, folder } = await studioWithExample({ groups: GROUPS }));
    const leader = new Client(s.url);
    const links = await leaderLinks(office, 'hai-phong');
    await report(leader, links.get('Tổ dân phố số 3') ?? '', { [JOINED]: '120', [APP]: '30' });
    await report(leader, links.get('Tổ dân phố số 4') ?? '', {
      [JOINED]: '90',
    });
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  const upload = (csv: string, confirm: boolean) =>
    office.upload(
      '/c/hai-phong/groups',
      'file',
      'groups.csv',
      Buffer.from(csv),
      confirm ? { confirmShift: '1' } : {},
      '/c/hai-phong/groups',
    );

  it('a groups list without two groups that reported: said after the upload and on Kết quả', async () => {
    // Before the tick: the new list is refused, and says which of the groups it drops reported.
    const asked = await upload(TWO_GROUPS, false);
    expect(asked.status).toBe(409);
    expect(visible(asked.text)).toContain(
      '2 tổ trong số đó đã báo cáo số liệu (mã 3 “Tổ dân phố số 3”; mã 4 “Tổ dân phố số 4”): số liệu vẫn được lưu, nhưng sẽ không tính vào tổng của Kết quả (báo cáo ghi riêng là chưa tính) cho đến khi các tổ này có lại trong danh sách với đúng mã cũ.',
    );
    const used = await upload(TWO_GROUPS, true);
    expect(used.status, visible(used.text).slice(0, 400)).toBe(303);
    const after = visible((await office.get(used.headers.get('location') ?? '')).text);
    expect(after).toContain('Đã tải lên danh sách tổ.');
    expect(after).toContain(GONE);
    expect(after).toContain('Nếu bỏ sót, hãy thêm lại vào danh sách tổ với đúng mã cũ');
    const results = visible((await office.get('/c/hai-phong/results')).text);
    expect(results).toContain(GONE);
    expect(results).toContain('Đã báo cáo: 0/2 tổ.');
  });

  it('the list with them again: their figures are back in Kết quả and the report, nothing said', async () => {
    const used = await upload(GROUPS, false);
    expect(used.status, visible(used.text).slice(0, 400)).toBe(303);
    const results = visible((await office.get('/c/hai-phong/results')).text);
    expect(results).not.toContain('không còn trong danh sách');
    expect(results).toContain('Đã báo cáo: 2/4 tổ.');
    // 120 + 90 of the ward's 2.700 people.
    expect(results).toMatch(
      // While a group is out, the reported groups' rate leads and the ward's figure follows.
      new RegExp(`${JOINED}: [^;]* đã báo cáo [^;]*; toàn phường: 210 / 2\\.700 nhân khẩu`),
    );
    const pdf = await office.get('/c/hai-phong/results/bao-cao.pdf');
    const words = (await pdfText(pdf.bytes)).replace(/\s+/g, ' ');
    expect(words).toContain('Tổ dân phố số 3 120');
    expect(words).toContain('Tổ dân phố số 4 90');
  });

  it('a figure typed over a measure that has figures: asked, then said after “Đã lưu” and on Kết quả', async () => {
    const form = await openCampaignPage(office, 'hai-phong');
    const lines = (form.measures ?? '').split('\n');
    const old = lines[2] ?? '';
    expect(old).toBe(`${APP} | hộ`);
    // The third line (households with the app, reported by group 3) replaced by another figure.
    lines[2] = 'Số người dự buổi tập huấn | người';
    const typed = { ...form, measures: lines.join('\n') };
    const asked = await office.postRaw('/c/hai-phong', typed);
    expect(asked.status).toBe(409);
    expect(visible(asked.text)).toContain(
      `1 tổ đã báo cáo “${APP}”: đổi thì Kết quả không còn tính các số này. Vẫn lưu?`,
    );
    // “Vẫn lưu” pressed on the page that asked: its form as typed, with the button's name and
    // value, which a browser sends for the button pressed (browserForm leaves buttons out).
    const saved = await office.postRaw('/c/hai-phong', {
      ...campaignPageFields(asked.text, 'hai-phong'),
      _measures_ok: '1',
    });
    expect(saved.status, visible(saved.text).slice(0, 400)).toBe(303);
    const page = visible((await office.get(saved.headers.get('location') ?? '')).text);
    expect(page).toContain('Đã lưu.');
    // The measure by its line in the Chỉ tiêu field, not by the file's id ("cai_app").
    const said = `Có số liệu của 1 chỉ tiêu không còn trong chiến dịch: “${old}” (1 tổ đã báo cáo).`;
    expect(page).toContain(said);
    // How to keep a measure's figures, in the studio's words: its field, never campaign.yaml.
    const how = 'hãy sửa tên ngay trên dòng của nó ở ô “Chỉ tiêu” (thẻ Nội dung)';
    const note = (text: string) => text.slice(text.indexOf(said), text.indexOf(said) + 700);
    expect(note(page)).toContain(how);
    expect(note(page)).not.toMatch(/campaign\.yaml|cai_app/);
    const results = visible((await office.get('/c/hai-phong/results')).text);
    expect(results).toContain(said);
    expect(note(results)).toContain(how);
    expect(note(results)).not.toMatch(/campaign\.yaml|cai_app/);
  });

  it('the old line written back takes the file’s own id again: its figures count', async () => {
    const file = join(folder, 'campaign.yaml');
    const form = await openCampaignPage(office, 'hai-phong');
    const lines = (form.measures ?? '').split('\n');
    lines[2] = `${APP} | hộ`;
    const back = await office.postRaw('/c/hai-phong', { ...form, measures: lines.join('\n') });
    expect(back.status, visible(back.text).slice(0, 400)).toBe(303);
    expect(await readFile(file, 'utf8')).toMatch(/id: cai_app/);
    const results = visible((await office.get('/c/hai-phong/results')).text);
    expect(results).not.toContain('không còn trong chiến dịch');
  });
});
