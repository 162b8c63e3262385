/**
 * What the campaign form says about what was typed, as the office reads it: problems in the
 * notice's body (a misspelt {{group.nam}}, an unclosed {{#if}}, HTML, a rule, a picture) under
 * the "Nội dung" field with the field's own line and nothing saved; a links line without "|";
 * an empty address; the summary naming and linking each field; dates typed 01/12/2026, stored
 * 2026-12-01; labels and the skeleton that fit a xã as well as a phường.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/load/campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { saveCampaignPage } from './campaign-page.js';
import { exampleForTests } from './studio.js';

/** The text of the element with `id` (its tags dropped, entities of quotes undone). */
const textOf = (page: string, id: string, tag = 'p') =>
  new RegExp(`id="${id}"[^>]*>(.*?)</${tag}>`, 's')
    .exec(page)?.[1]
    ?.replace(/<br>|<\/span><span>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

const DEVELOPER_WORDS =
  /README|phuong-print|campaign\.yaml, dòng|Parse error|Expecting|tệp campaign/;

describe('the campaign form’s problems, dates and words', () => {
  const ex = exampleForTests();

  const save = (changes: Record<string, string>, slug = 'hai-phong') =>
    saveCampaignPage(ex.c, slug, changes);

  it('lists every problem of the body under “Nội dung”, at the body’s lines, and saves nothing', async () => {
    const before = await readFile(ex.file, 'utf8');
    const res = await save({
      'notice.body':
        'Kính gửi {{group.nam}}.\n\nChữ <b>đậm</b>.\n\n---\n\nXem ![bản đồ](map.png) dưới đây.',
    });
    expect(res.status).toBe(422);
    expect(await readFile(ex.file, 'utf8')).toBe(before);
    const under = textOf(res.text, 'f-notice-body-error') ?? '';
    expect(under.split('\n')).toEqual([
      'Dòng 1: không có biến “group.nam”. Danh sách tổ không có cột “nam”. Có phải “name”? Hãy ghi {{group.name}}.',
      'Dòng 3: nội dung có mã HTML (“<b>”), phần này không in được. Hãy dùng **đậm**, *nghiêng* và xuống dòng; ghi chú thích dạng {{!-- … --}}.',
      'Dòng 3: nội dung có mã HTML (“</b>”), phần này không in được. Hãy dùng **đậm**, *nghiêng* và xuống dòng; ghi chú thích dạng {{!-- … --}}.',
      'Dòng 5: nội dung có một đường kẻ ngang (---, ***) (“---”), phần này không in được. Xoá dòng đó, hoặc viết \\--- để in đúng như gõ.',
      'Dòng 7: nội dung có một hình ảnh (“![bản đồ](map.png)”), phần này không in được. Hãy tải ảnh lên ở ô “Sơ đồ / hình ảnh” của phần “Áp phích, tờ rơi, bảng theo dõi”: ảnh sẽ in trên tờ rơi và ở trang Phụ lục của thông báo; rồi xoá hình ảnh khỏi nội dung.',
    ]);
    expect(res.text).toContain('aria-invalid="true"');
    expect(under).not.toMatch(DEVELOPER_WORDS);
    // The summary: how many, and the field, linked.
    expect(textOf(res.text, 'problems', 'div')).toBe(
      'Chưa lưu: có 5 chỗ cần sửa, ở các mục:\nNội dung (5 chỗ)',
    );
    expect(res.text).toContain('<a href="#f-notice-body">Nội dung</a>');
  });

  it('lists the body’s problems with another field’s, when the loader refuses that one', async () => {
    const res = await save({
      'notice.subject': '',
      'notice.body': 'Đoạn một.\n\nChữ <b>đậm</b>.',
    });
    expect(res.status).toBe(422);
    expect(textOf(res.text, 'f-notice-subject-error')).toBe('Không được để trống.');
    expect(textOf(res.text, 'f-notice-body-error')).toContain(
      'Dòng 3: nội dung có mã HTML (“<b>”)',
    );
  });

  it('says where an unclosed {{#if}} opens, and what to add', async () => {
    const res = await save({
      'notice.body': 'Đoạn một.\n\nĐề nghị {{#if group.leader}}ông/bà {{group.leader}} thực hiện.',
    });
    expect(res.status).toBe(422);
    expect(textOf(res.text, 'f-notice-body-error')).toBe(
      'Dòng 3: {{#if}} chưa được đóng bằng {{/if}}: thêm {{/if}} vào chỗ phần đó kết thúc.',
    );
    expect(textOf(res.text, 'f-notice-body-error')).not.toMatch(DEVELOPER_WORDS);
  });

  it('says where a “{{” is left open, and what to do, beside the field', async () => {
    const body = 'Đoạn một.\n\nĐề nghị {{group.leader báo cáo trước ngày 15.';
    const line = body.slice(0, body.indexOf('{{')).split('\n').length;
    const res = await save({ 'notice.body': body });
    expect(res.status).toBe(422);
    const under = textOf(res.text, 'f-notice-body-error') ?? '';
    expect(under).toBe(
      `Dòng ${line}: có “{{” chưa được đóng: thêm “}}” ngay sau tên biến, hoặc xoá “{{” nếu không định chèn biến.`,
    );
    expect(under).not.toMatch(DEVELOPER_WORDS);
  });

  it('says a links line without “|” once, with the form of a line', async () => {
    const res = await save({ links: 'zalo https://zalo.me/g/abc' });
    expect(res.status).toBe(422);
    expect(textOf(res.text, 'f-links-error')).toBe(
      'Dòng 1: thiếu dấu “|”. Mỗi dòng viết: tên | địa chỉ, ví dụ: Nhóm Zalo của thôn | https://zalo.me/g/abc123.',
    );
    expect(textOf(res.text, 'problems', 'div')).toBe(
      'Chưa lưu: có 1 chỗ cần sửa, ở các mục:\nĐường dẫn (in thành mã QR)',
    );
  });

  it('says an empty address is needed, in a sentence', async () => {
    const res = await save({ 'app.name': 'VNeID', 'app.ios.url': '', 'app.android.url': '' });
    expect(res.status).toBe(422);
    // Why it is needed: required-because.test.ts.
    expect(textOf(res.text, 'f-app-ios-url-error')).toMatch(/^Cần điền vì đã ghi “Tên ứng dụng”\./);
    expect(res.text).not.toContain('đang là để trống');
  });

  it('saves an app without the labels over its codes, which then print the phones’ names (qa14)', async () => {
    const res = await save({
      'app.name': 'VNeID',
      'app.ios.url': 'https://apps.apple.com/vn/app/vneid/id1582750311',
      'app.ios.label': '',
      'app.android.url': 'https://play.google.com/store/apps/details?id=com.vnid',
      'app.android.label': '',
    });
    expect(res.status).toBe(303);
    const { campaign } = await loadCampaign(ex.file);
    expect(campaign.app?.ios.label).toBe('iPhone (iOS)');
    expect(campaign.app?.android.label).toBe('Android');
  });

  it('takes dates as the office writes them, keeps them ISO in the file, and shows them back', async () => {
    const res = await save({
      issued: '1/12/2026',
      'contest.name': 'Cuộc thi tìm hiểu',
      'contest.platform': 'One Touch',
      'contest.starts': '15/12/2026',
      'contest.ends': '31.12.2026',
    });
    expect(res.status).toBe(303);
    const { campaign } = await loadCampaign(ex.file);
    expect(campaign.issued).toBe('2026-12-01');
    expect(campaign.contest?.starts).toBe('2026-12-15');
    expect(campaign.contest?.ends).toBe('2026-12-31');
    expect(await readFile(ex.file, 'utf8')).toMatch(/^issued: 2026-12-01/m);
    const page = await ex.c.get('/c/hai-phong');
    expect(page.text).toContain('id="f-issued" name="issued" value="01/12/2026"');
    expect(page.text).toContain('value="15/12/2026"');
    // The home list: the campaign's number and date, the date as the office writes it.
    expect((await ex.c.get('/')).text).toContain('ngày 01/12/2026');
  });

  it('names a date that is no date as typed', async () => {
    const res = await save({ issued: '31/02/2026', 'contest.starts': '15/12' });
    expect(res.status).toBe(422);
    expect(textOf(res.text, 'f-issued-error')).toBe(
      '“31/02/2026” không phải là ngày có trên lịch.',
    );
    expect(textOf(res.text, 'f-contest-starts-error')).toBe(
      'Ghi ngày theo dạng ngày/tháng/năm, ví dụ 30/11/2026; đang là “15/12”.',
    );
  });

  it('labels the issuer’s fields for any unit, and the skeleton’s body names a xã as a xã', async () => {
    const page = (await ex.c.get('/c/hai-phong')).text;
    expect(page).toContain('Tên đơn vị trong câu');
    expect(page).not.toMatch(/Tên phường trong câu|tổ dân phố ở phường|Phường gọi các tổ/);
    const made = await ex.c.upload('/new', 'docx', '', new Uint8Array(), {
      name: 'Diệt lăng quăng',
      from: '',
    });
    expect(made.status).toBe(303);
    const skeleton = await readFile(
      join(ex.s.dataDir, 'campaigns', 'diet-lang-quang', 'campaign.yaml'),
      'utf8',
    );
    expect(skeleton).not.toContain('Ủy ban nhân dân phường');
    const saved = await save(
      {
        'issuer.name': 'ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA',
        'issuer.ward': 'xã Tân Hòa',
        'issuer.place': 'Tân Hòa',
      },
      'diet-lang-quang',
    );
    expect(saved.status).toBe(303);
    // Its notice, drawn for a group of the ward's list: the body says the unit's word.
    await ex.c.upload(
      '/c/diet-lang-quang/groups',
      'file',
      'thon.csv',
      new TextEncoder().encode('STT,Tên thôn,Trưởng thôn\n1,Thôn Tân Phú,Lê Văn Ba\n'),
      {},
      '/c/diet-lang-quang/groups',
    );
    const panel = await ex.c.get('/c/diet-lang-quang/preview/panel?kind=notice.pdf');
    const link = (/href="([^"]*\/preview\/file\?[^"]+)"/.exec(panel.text)?.[1] ?? '').replace(
      /&amp;/g,
      '&',
    );
    const text = collapseSpaces(await pdfText((await ex.c.get(link)).bytes));
    expect(text).toContain('Thực hiện kế hoạch của Ủy ban nhân dân xã, đề nghị');
  }, 120_000);
});
