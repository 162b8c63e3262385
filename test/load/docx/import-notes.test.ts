/**
 * The Word import's notes on small things (qa33 m2, m6): a "V/v" broken with Shift+Enter is one
 * paragraph and is named once; tabs that line a body paragraph's parts up (they print as one
 * space) are warned about at their paragraph; a comment and a tracked change are named at their
 * paragraph, the change with what it deleted (m4); Word's "Hyperlink" style is no warning (the
 * link is kept); the studio says "not put in" only of what was left out.
 */
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  InsertedTextRun,
  Packer,
  Paragraph,
  type Table,
  TextRun,
} from 'docx';
import { describe, expect, it } from 'vitest';
import {
  describeSources,
  describeWarning,
  importDocx,
} from '../../../src/load/docx/import-docx.js';
import { wordNoticeImporter } from '../../../src/studio/notice-import.js';
import { edited, headerTable, p, tailTable } from './notice-docx.js';
import { LE_CHAN } from './printed-notice.js';

const parts = LE_CHAN;

describe('import-docx notes', () => {
  it('names a "V/v" broken with Shift+Enter once, and warns of tabs lining up a body paragraph', async () => {
    const header = headerTable(parts);
    const subject = new Paragraph({
      children: [
        new TextRun('V/v tổ chức tiêm vắc xin phòng bệnh sởi'),
        new TextRun({ text: 'cho trẻ em từ 1 đến 10 tuổi', break: 1 }),
      ],
    });
    const tabbed = new Paragraph({
      children: [
        new TextRun('Mọi thông tin liên hệ:'),
        new TextRun('\tĐ/c Nguyễn Thị Lan'),
        new TextRun('\tSĐT: 0912 111 222'),
      ],
    });
    const children: (Paragraph | Table)[] = [
      header,
      subject,
      p('Kính gửi: Các Tổ dân phố trên địa bàn phường.'),
      p('Ủy ban nhân dân phường đề nghị các Tổ dân phố vận động người dân đưa trẻ đi tiêm.'),
      tabbed,
      tailTable(parts),
    ];
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children }] }));
    const r = await importDocx(new Uint8Array(bytes), { source: 'cv.docx', today: '2026-01-01' });
    const guess = r.guesses.find((g) => g.field === 'notice.subject');
    expect(guess?.value).toBe('tổ chức tiêm vắc xin phòng bệnh sởi cho trẻ em từ 1 đến 10 tuổi');
    expect(describeSources(guess?.from ?? [])).toMatch(/^paragraph \d+ \("V\/v/);
    expect(r.warnings.map(describeWarning)).toContainEqual(
      expect.stringMatching(
        /\("Mọi thông tin liên hệ: Đ\/c Nguyễn Thị Lan SĐT: 0912 111 222"\): tabs that line its parts up are printed as one space/,
      ),
    );
    const { notes } = await wordNoticeImporter(new Uint8Array(bytes), 'cv.docx');
    expect(notes).toContainEqual(
      expect.stringContaining(
        'mỗi dấu tab dùng để căn thẳng các phần của đoạn này chỉ in thành một dấu cách; hãy xem lại đoạn khi in ra, hoặc chuyển thành bảng',
      ),
    );
  });

  it('names the paragraph of a comment and of a tracked change, and keeps quiet about links', async () => {
    const date = '2026-12-01T08:00:00Z';
    const children: (Paragraph | Table)[] = [
      headerTable({ ...parts, subject: 'V/v đăng ký tài khoản định danh điện tử' }),
      p('Kính gửi: Các Tổ dân phố trên địa bàn phường.'),
      new Paragraph({
        children: [
          new ExternalHyperlink({
            link: 'https://dichvucong.gov.vn',
            children: [new TextRun({ text: 'Cổng Dịch vụ công quốc gia', style: 'Hyperlink' })],
          }),
        ],
      }),
      new Paragraph({
        children: [
          new CommentRangeStart(0),
          new TextRun('Người dân đăng nhập bằng tài khoản VNeID mức độ 2.'),
          new CommentRangeEnd(0),
          new TextRun({ children: [new CommentReference(0)] }),
        ],
      }),
      new Paragraph({
        children: [
          new TextRun('Hồ sơ được giải quyết trong '),
          new DeletedTextRun({ text: '05 ngày', id: 1, author: 'VP', date }),
          new InsertedTextRun({ text: '03 ngày làm việc', id: 2, author: 'VP', date }),
          new TextRun('.'),
        ],
      }),
      tailTable(parts),
    ];
    const bytes = new Uint8Array(
      await Packer.toBuffer(
        new Document({
          comments: {
            children: [
              {
                id: 0,
                author: 'VP',
                date: new Date(date),
                children: [new Paragraph('Xem lại: mức độ 2 hay mức độ 1?')],
              },
            ],
          },
          sections: [{ children }],
        }),
      ),
    );
    const r = await importDocx(bytes, { source: 'cv.docx', today: '2026-01-01' });
    const warnings = r.warnings.map(describeWarning);
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^paragraph \d+ \("Người dân đăng nhập bằng tài khoản VNeID mức độ 2\."\): .*"Xem lại: mức độ 2 hay mức độ 1\?": not imported/,
      ),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^paragraph \d+ \("Hồ sơ được giải quyết trong 03 ngày làm việc\."\): a tracked change is imported as if accepted: "05 ngày" left out, "03 ngày làm việc" printed/,
      ),
    );
    expect(warnings.join('\n')).not.toMatch(/Hyperlink/);
    // The link's address is only the hyperlink's target: its guess names the hyperlink's words
    // and paragraph (it said "GUESS from not in the document").
    expect(r.yaml).toMatch(
      /# GUESS from paragraph \d+ \("Cổng Dịch vụ công quốc gia"\): the address of the Word hyperlink on the words "Cổng Dịch vụ công quốc gia" \(not typed in the text\)[^\n]*\n\s+dichvucong:/,
    );
    expect(r.yaml).not.toContain('GUESS from not in the document');
    const { notes } = await wordNoticeImporter(bytes, 'cv.docx');
    const note = (text: RegExp) => notes.find((n) => text.test(n)) ?? '';
    expect(note(/dichvucong\.gov\.vn/)).toMatch(
      /— đoạn \d+ \(“Cổng Dịch vụ công quốc gia”\) \(địa chỉ của liên kết Word trên chữ “Cổng Dịch vụ công quốc gia” \(không gõ ra trong văn bản\)/,
    );
    expect(note(/05 ngày/)).toMatch(/^Cần xem lại: đoạn \d+/);
    expect(note(/Xem lại: mức độ 2/)).toMatch(/^Không đưa vào được, cần xem lại: đoạn \d+/);
  });

  it("names only the inserted text when a paragraph mark was inserted too (Word's <w:ins/>), past an empty <w:p/>", async () => {
    const date = '2026-12-01T08:00:00Z';
    const children: (Paragraph | Table)[] = [
      headerTable({ ...parts, subject: 'V/v đăng ký tài khoản định danh điện tử' }),
      p('Kính gửi: Các Tổ dân phố trên địa bàn phường.'),
      p('Người dân nộp hồ sơ tại Bộ phận một cửa.'),
      new Paragraph({
        children: [
          new TextRun('Thời gian: '),
          new InsertedTextRun({ text: '03 ngày', id: 2, author: 'VP', date }),
        ],
      }),
      tailTable(parts),
    ];
    const built = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
    // As Word writes them: the paragraph break before "Thời gian" typed with tracking on (a
    // self-closing <w:ins/> in the paragraph mark's run properties), and an empty paragraph.
    const asWord = edited(built, 'word/document.xml', (xml) => {
      const at = xml.lastIndexOf('<w:p>', xml.indexOf('Thời gian: '));
      expect(at).toBeGreaterThan(0);
      return `${xml.slice(0, at)}<w:p/><w:p><w:pPr><w:rPr><w:ins w:id="1" w:author="VP" w:date="${date}"/></w:rPr></w:pPr>${xml.slice(at + '<w:p>'.length)}`;
    });
    const r = await importDocx(asWord, { source: 'cv.docx', today: '2026-01-01' });
    const warnings = r.warnings.map(describeWarning);
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^paragraph \d+ \("Thời gian: 03 ngày"\): a tracked change is imported as if accepted: "03 ngày" printed$/,
      ),
    );
  });
});
