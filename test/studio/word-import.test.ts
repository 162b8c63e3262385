/**
 * A campaign from the office's Word notice, through the studio as the office uses it: the
 * new-campaign page offers the upload, the notice's fields land in campaign.yaml (read back by
 * the CLI's loader), and the edit page lists what was guessed and from where.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flyer } from '../../src/kinds/flyer.js';
import { loadCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { wordNoticeImporter } from '../../src/studio/notice-import.js';
import { zipBombDocx } from '../load/docx/large-docx.js';
import {
  headerTable,
  NOTICE,
  noticeDocx,
  noticeWithoutOffice,
  p,
  tailTable,
} from '../load/docx/notice-docx.js';
import { LE_CHAN } from '../load/docx/printed-notice.js';
import { xlsxBytes } from '../support/inputs.js';
import { visible } from '../support/page-text.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';
import { Client, startStudio, type TestStudio } from './studio.js';

const GROUP = { id: '1', name: 'Tổ dân phố số 1', source: { file: 'groups.csv', row: 2 } };

describe('new campaign from a Word notice', () => {
  let s: TestStudio;
  let c: Client;
  /**
   * The 150 MB zip bombs, honest and lying (its headers declaring small sizes), made before the
   * studio starts: making one holds this process (the studio's too) for seconds under load, and
   * a keep-alive connection left idle across that time is closed by the studio's 5 s timer just
   * as the client sends on it (ECONNRESET in CI).
   */
  const bombs = new Map<boolean, Uint8Array>();
  beforeAll(async () => {
    for (const lying of [false, true]) bombs.set(lying, await zipBombDocx(150, lying));
    s = await startStudio({ importNotice: wordNoticeImporter });
    c = new Client(s.url);
    await c.signIn();
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('fills the campaign from the .docx and shows each guess for review', async () => {
    expect((await c.get('/new')).text).toContain('name="docx"');
    const res = await c.upload('/new', 'docx', 'cong-van.docx', await noticeDocx(), {
      name: 'Cuộc thi Công dân số',
      from: '',
    });
    // Post/Redirect/Get: the campaign's page is asked for again, so a reload makes nothing.
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/c/cuoc-thi-cong-dan-so?imported=1');
    const page = await c.get(res.headers.get('location') ?? '');
    // The number as the notice writes it, and the paragraph it came from, listed for review.
    const number = NOTICE.number.replace(/^Số:\s*/, '');
    expect(page.text).toContain(number.split('/')[0] as string);
    expect(page.text).toContain('Đã đọc');
    expect(await readdir(join(s.dataDir, 'campaigns'))).toEqual(['cuoc-thi-cong-dan-so']);
    const { campaign } = await loadCampaign(
      join(s.dataDir, 'campaigns', 'cuoc-thi-cong-dan-so', 'campaign.yaml'),
    );
    expect(campaign.notice.subject).toContain('Công dân số Hải Phòng');
    // The name typed on the form is the short title the posters and flyers print (qa17), not
    // the whole trích yếu.
    expect(campaign.title).toBe('Cuộc thi Công dân số');
    // Said, with why (its 18 words) and where to change it: residents read it (qa50 p3).
    expect(page.text).toContain(
      'Tiêu đề in trên giấy: tên chiến dịch, “Cuộc thi Công dân số”, vì trích yếu của văn bản dài 18 chữ',
    );
    // The file no longer says the title was left out: the name is it now.
    const text = await readFile(
      join(s.dataDir, 'campaigns', 'cuoc-thi-cong-dan-so', 'campaign.yaml'),
      'utf8',
    );
    expect(text).not.toMatch(/\(title\)/);
    // What was left out, in the office's language (closing56: it was English).
    expect(text).toContain('# Không điền: không ghi thứ cần mang theo (bring)');
    expect(text).not.toContain('Left out');
    expect(campaign.notice.body).toContain(NOTICE.heading1.replace(/^I\.\s*/, ''));
    // The notice's table lands in "Nội dung" as "| ô | ô |" rows, and the field says how to edit
    // them (qa21 finding 12: the office met "| --- |" with no word of it).
    expect(campaign.notice.body).toMatch(/^\| --- \|/m);
    expect(page.text).toContain(
      'Bảng đọc từ tệp Word hiện thành dòng “| ô | ô |”: mỗi hàng một dòng, các ô cách nhau bằng dấu “|”, dòng “| --- |” ngăn hàng tiêu đề',
    );
  });

  it('prints a short trích yếu as the title, not the office’s own name for the campaign (qa50 p3)', async () => {
    // Nothing a headline does without (no "Tổ chức" before it, no year after it): the trích
    // yếu is the title as it is, no `title` written.
    const subject = 'lớp bồi dưỡng kỹ năng số cho người cao tuổi của phường';
    const n = { ...NOTICE, subject: `V/v ${subject}` };
    const doc = new Document({
      sections: [{ children: [headerTable(n), new Paragraph(NOTICE.opening), tailTable(n)] }],
    });
    const res = await c.upload('/new', 'docx', 'tb.docx', await Packer.toBuffer(doc), {
      name: 'Lớp KNS v2',
      from: '',
    });
    expect(res.status).toBe(303);
    const page = await c.get(res.headers.get('location') ?? '');
    const shown = `L${subject.slice(1)}`;
    expect(page.text).toContain(`Tiêu đề in trên giấy: trích yếu của văn bản, “${shown}”`);
    const { campaign } = await loadCampaign(
      join(s.dataDir, 'campaigns', 'lop-kns-v2', 'campaign.yaml'),
    );
    expect(campaign.title).toBe('');
    // The flyer's big line: the trích yếu, the internal name nowhere.
    const flyerText = collapseSpaces(
      await pdfText((await renderFor(flyer, campaign, GROUP as Group)).bytes),
    );
    expect(flyerText).toContain(shown);
    expect(flyerText).not.toContain('KNS');
  });

  /** A new campaign from QA's HPV Kế hoạch (qa56) with the form's `fields`: its page's text. */
  async function newFromHpv(fields: Record<string, string>): Promise<string> {
    const docx = await readFile(
      new URL('../fixtures/qa56-hpv/ke-hoach-hpv.docx', import.meta.url).pathname,
    );
    const res = await c.upload('/new', 'docx', 'ke-hoach-hpv.docx', docx, { ...fields, from: '' });
    expect(res.status).toBe(303);
    return visible((await c.get(res.headers.get('location') ?? '')).text);
  }

  it('takes the short title and what to bring from the notice’s own lines, each said with its paragraph (qa56 p9)', async () => {
    const page = await newFromHpv({ name: 'HPV 2026' });
    // The document's lines: its trích yếu (paragraph 9) and its "mang theo" sentence.
    const subject = 'Triển khai tiêm vắc xin HPV cho trẻ em gái từ 9 đến 14 tuổi năm 2026';
    const title = 'Tiêm vắc xin HPV cho trẻ em gái từ 9 đến 14 tuổi';
    expect(page).toContain(
      `Đã đọc “Tên ngắn của chiến dịch”: “${title}” — đoạn 9 (“${subject}”) (trích yếu bỏ “Triển khai”, “năm 2026”: dòng chữ lớn của tờ rơi và áp phích)`,
    );
    expect(page).toMatch(
      /Đã đọc “Cần mang theo”: “Sổ tiêm chủng \(nếu có\) \/ Mã định danh cá nhân của trẻ \/ Phiếu đồng ý tiêm chủng đã ký” — đoạn \d+ \(“mang theo sổ tiêm chủng/,
    );
    // Not the office's name for it, and no second word of the title from the studio.
    expect(page).not.toContain('Tiêu đề in trên giấy: tên chiến dịch');
    const { campaign } = await loadCampaign(
      join(s.dataDir, 'campaigns', 'hpv-2026', 'campaign.yaml'),
    );
    expect(campaign.title).toBe(title);
    expect(campaign.bring).toEqual([
      'Sổ tiêm chủng (nếu có)',
      'Mã định danh cá nhân của trẻ',
      'Phiếu đồng ý tiêm chủng đã ký',
    ]);
  });

  it('keeps the title the office typed, and says nothing of the one the import read', async () => {
    const page = await newFromHpv({ name: 'HPV đợt 2', title: 'Tiêm HPV miễn phí' });
    expect(page).toContain('Đã đọc “Cần mang theo”');
    expect(page).not.toContain('Đã đọc “Tên ngắn của chiến dịch”');
    const { campaign } = await loadCampaign(
      join(s.dataDir, 'campaigns', 'hpv-dot-2', 'campaign.yaml'),
    );
    expect(campaign.title).toBe('Tiêm HPV miễn phí');
  });

  it('says the notice gave nothing to bring, by the form’s label', async () => {
    const { notes } = await wordNoticeImporter(await noticeDocx(), 'cong-van.docx');
    expect(notes).toContain(
      'Chưa điền: không ghi thứ cần mang theo: nội dung không có câu “mang theo …”; tờ rơi không in “Cần mang theo”',
    );
  });

  // h-left15a: a "mang theo" sentence that lists no things ("mang theo các giấy tờ sau:" with no
  // items under it) was said "nếu người dân cần mang gì thì ghi vào đó": "đó" named no place. The
  // edit page names the box and the part of the form it is in; never campaign.yaml, a file the
  // office does not see.
  it('says in which box of the form to write the things to bring', async () => {
    const parts = { ...LE_CHAN, number: 'Số: 61/KH-UBND' };
    const title = 'Tổ chức cấp đổi thẻ căn cước trên địa bàn phường năm 2026';
    const doc = new Document({
      sections: [
        {
          children: [
            headerTable(parts),
            p('KẾ HOẠCH', { bold: true, center: true }),
            p(title, { bold: true, center: true }),
            p('Thời gian: 7h30 - 11h00, Chủ nhật, ngày 27/12/2026.'),
            p('Khi đến làm thủ tục, công dân mang theo các giấy tờ sau:'),
            p('Tổ trưởng tổ dân phố thông báo lịch cụ thể đến từng hộ.'),
            tailTable(parts),
          ],
        },
      ],
    });
    const res = await c.upload('/new', 'docx', 'kh.docx', await Packer.toBuffer(doc), {
      name: 'Cấp đổi căn cước',
      from: '',
    });
    expect(res.status).toBe(303);
    const page = visible((await c.get(res.headers.get('location') ?? '')).text);
    expect(page).toContain(
      'câu “mang theo …” trong nội dung không phải danh sách các thứ; nếu người dân cần mang gì thì ghi vào ô “Cần mang theo” trong phần “Áp phích, tờ rơi, bảng theo dõi” ở thẻ Nội dung, mỗi dòng một thứ',
    );
    expect(page).not.toContain('vào đó');
    expect(page).not.toContain('trong tệp campaign.yaml');
  });

  it('says every guess and warning of the import in Vietnamese, with its paragraph', async () => {
    const { notes } = await wordNoticeImporter(await noticeDocx(), 'cong-van.docx');
    expect(notes.length).toBeGreaterThan(3);
    // The English the importer writes for the CLI (its own words, not the notice's).
    const english =
      /\b(paragraphs?|not imported|was not found|fill it in|the issuer|Word reader)\b/;
    for (const note of notes) expect(note).not.toMatch(english);
    // Named by the form's label of the field, not by its campaign.yaml key.
    expect(notes.some((n) => /^Đã đọc “Số văn bản”: .* — đoạn \d+ \(“Số:/.test(n))).toBe(true);
    for (const note of notes) expect(note).not.toMatch(/\bnotice\.(number|subject|symbol)\b/);
    // The date as the form shows and takes it (dd/mm/yyyy), not as campaign.yaml stores it.
    expect(notes.some((n) => n.startsWith('Đã đọc “Ngày ban hành”: “09/10/2025”'))).toBe(true);
  });

  it.each([
    ['ten bytes of text named .docx', 'cong-van.docx', new TextEncoder().encode('khong phai')],
    ['an old Word 97 file (.doc)', 'cong-van.doc', OLE_HEADER],
  ])(
    'answers a file Word did not write (%s) on the same form, the name kept',
    async (_, name, bytes) => {
      const res = await c.upload('/new', 'docx', name, bytes, {
        name: 'Tiêm chủng mở rộng',
        from: '',
      });
      expect(res.status).toBe(422);
      const alert = /<p class="notice error"[^>]*>(.*?)<\/p>/s.exec(res.text)?.[1] ?? '';
      expect(alert).toBe(
        `Không đọc được tệp “${name}”: đây không phải là văn bản Word (.docx) đọc được.<br>Mở tệp bằng Word rồi chọn Tệp → Lưu thành → Tài liệu Word (*.docx); tệp .doc cũ cũng phải lưu lại như vậy trước.`,
      );
      expect(res.text).toContain('value="Tiêm chủng mở rộng"');
      expect(existsSync(join(s.dataDir, 'campaigns', 'tiem-chung-mo-rong'))).toBe(false);
      expect(s.errors).toEqual([]);
    },
  );

  it('answers a workbook renamed .docx the same way', async () => {
    const xlsx = await xlsxBytes({ 'Danh sách': [['Tên tổ'], ['Tổ 1']] });
    const res = await c.upload('/new', 'docx', 'to.docx', xlsx, { name: 'Sổ tay', from: '' });
    expect(res.status).toBe(422);
    expect(res.text).toContain(
      'Không đọc được tệp “to.docx”: tệp này không phải là văn bản Word (.docx): bên trong không có phần văn bản.<br>Mở tệp bằng Word rồi chọn Tệp → Lưu thành → Tài liệu Word (*.docx).',
    );
    expect(s.errors).toEqual([]);
  });

  it.each([
    ['', false],
    [', its headers declaring small sizes', true],
  ])(
    'refuses a Word file that inflates to hundreds of MB%s, before opening it (qa11 Q10)',
    async (_, lying) => {
      const bomb = bombs.get(lying) ?? new Uint8Array();
      const res = await c.upload('/new', 'docx', 'bomb.docx', bomb, {
        name: 'Phòng cháy chữa cháy',
        from: '',
      });
      expect(res.status).toBe(422);
      const alert = /<p class="notice error"[^>]*>(.*?)<\/p>/s.exec(res.text)?.[1] ?? '';
      expect(alert).toMatch(
        /^Không đọc được tệp “bomb\.docx”: tệp Word này khi mở ra sẽ chiếm hơn 100 MB: tệp bị hỏng, hoặc không phải là một văn bản thông báo\.<br>Kiểm tra xem có đúng tệp không; /,
      );
      expect(res.text).toContain('value="Phòng cháy chữa cháy"');
      expect(existsSync(join(s.dataDir, 'campaigns', 'phong-chay-chua-chay'))).toBe(false);
      expect(s.errors).toEqual([]);
    },
    60_000,
  );

  it('reads the ward from the line above an office, and says a draft awaiting its number once (qa17)', async () => {
    // The Văn phòng's draft under its commune: "Số:" blank for the văn thư.
    const n = {
      ...NOTICE,
      parent: '',
      issuer: ['UBND XÃ HÒA PHÚ', 'VĂN PHÒNG HĐND VÀ UBND'],
      number: 'Số:      /VP-UBND',
      placeDate: 'Hòa Phú, ngày 05 tháng 12 năm 2026',
    };
    const doc = new Document({
      sections: [{ children: [headerTable(n), new Paragraph(NOTICE.opening), tailTable(n)] }],
    });
    const { yaml, notes } = await wordNoticeImporter(await Packer.toBuffer(doc), 'vp.docx');
    expect(yaml).toMatch(/^ {2}ward: xã Hòa Phú$/m);
    expect(notes.join('\n')).not.toContain('(tên phường)');
    // The blank number is the draft's, said as such; not also "cần điền" as a field missing.
    expect(notes).not.toContain('Không thấy trong văn bản, cần điền: “Số văn bản”');
    expect(notes.some((n) => n.startsWith('Lưu ý: ') && n.includes('“Số văn bản”'))).toBe(true);
    for (const note of notes) expect(note).not.toMatch(/\bnotice\.\w+/);
  });

  it('names a link read from the body by its field’s label, never by its campaign.yaml key (qa51)', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            headerTable(NOTICE),
            new Paragraph(NOTICE.opening),
            new Paragraph(
              'Tham gia nhóm Zalo của phường tại địa chỉ: https://zalo.me/g/abc123 để nhận tin.',
            ),
            tailTable(NOTICE),
          ],
        },
      ],
    });
    const { yaml, notes } = await wordNoticeImporter(await Packer.toBuffer(doc), 'zalo.docx');
    expect(yaml).toContain('https://zalo.me/g/abc123');
    expect(notes.some((n) => n.startsWith('Đã đọc “Đường dẫn (in thành mã QR)”: '))).toBe(true);
    for (const note of notes)
      expect(note).not.toMatch(/\b(?:links|notice|issuer|app|contest)\.\w+/);
  });

  it('names a field the notice lacks by its label only, never by its campaign.yaml key', async () => {
    const { notes } = await wordNoticeImporter(await noticeWithoutOffice(), 'a.docx');
    expect(notes).toContain('Không thấy trong văn bản, cần điền: “Bộ phận giải đáp”');
    for (const note of notes) expect(note).not.toMatch(/issuer\.\w+/);
  });
});

/** The first bytes of an OLE compound file: what Word 97–2003 saved as .doc. */
const OLE_HEADER = new Uint8Array([
  0xd0,
  0xcf,
  0x11,
  0xe0,
  0xa1,
  0xb1,
  0x1a,
  0xe1,
  ...new Array(504).fill(0),
]);
