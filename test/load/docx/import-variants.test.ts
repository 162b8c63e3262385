/**
 * The Word import on notices laid out otherwise than in tables: a header of tab-separated
 * columns, one recipient on the "Kính gửi" line, the signature in plain paragraphs; a draft
 * without number or date (placeholders, FILL IN); text Markdown or Handlebars would misread;
 * merged table cells and underline (warned). The campaign it writes must load with the loader.
 */
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  InsertedTextRun,
  Math as MathBlock,
  MathRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { notice } from '../../../src/kinds/notice.js';
import { parseCampaignReport } from '../../../src/load/campaign.js';
import { describeWarning, importDocx } from '../../../src/load/docx/import-docx.js';
import type { Group } from '../../../src/load/types.js';
import { collapseSpaces, pdfText } from '../../support/pdf-text.js';
import { renderFor } from '../../support/render.js';
import { headerTable, NOTICE, p, tailTable } from './notice-docx.js';

const line = (...parts: (string | TextRun)[]) =>
  new Paragraph({
    children: parts.flatMap((part, i) => [
      ...(i > 0 ? [new TextRun({ text: '\t' })] : []),
      typeof part === 'string' ? new TextRun(part) : part,
    ]),
  });

async function docxOf(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const TRICKY = [
  '1. Số thứ tự gõ tay, không phải danh sách.',
  'Mẫu {{group.name}} và dấu * sao, <thẻ> và a_b_c giữ nguyên.',
  '# không phải tiêu đề',
];

describe('import-docx, other layouts', () => {
  it('reads a tab-laid header, an inline recipient and a signature in paragraphs', async () => {
    const bytes = await docxOf([
      line(
        new TextRun({ text: 'ỦY BAN NHÂN DÂN', bold: true }),
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      ),
      line(new TextRun({ text: 'XÃ AN HÒA', bold: true }), 'Độc lập - Tự do - Hạnh phúc'),
      line('Số: 07/UBND', 'An Hòa, ngày 15 tháng 3 năm 2026'),
      line('V/v tổng vệ sinh môi trường'),
      // Decomposed, as some Mac and phone keyboards type it: the draft is NFC.
      line('Kính gửi: Các thôn trên địa bàn xã.'.normalize('NFD')),
      line('Ủy ban nhân dân xã đề nghị các thôn tổ chức tổng vệ sinh vào Chủ nhật.'),
      ...TRICKY.map((t) => line(t)),
      new Paragraph({
        children: [
          new TextRun({ text: 'Chữ gạch chân', underline: { type: UnderlineType.SINGLE } }),
        ],
      }),
      // A tracked change and an equation: mammoth passes over them without a word.
      new Paragraph({
        children: [
          new TextRun('Họp lúc '),
          new DeletedTextRun({ text: '7 giờ', id: 1, author: 'VP', date: '2026-03-14T08:00:00Z' }),
          new InsertedTextRun({ text: '8 giờ', id: 2, author: 'VP', date: '2026-03-14T08:00:00Z' }),
          new MathBlock({ children: [new MathRun('x+1')] }),
        ],
      }),
      new Table({
        rows: [
          new TableRow({
            children: [
              new TableCell({ columnSpan: 2, children: [line('Gộp hai cột')] }),
              new TableCell({ children: [line('C')] }),
            ],
          }),
          new TableRow({
            children: ['a', 'b', 'c'].map((t) => new TableCell({ children: [line(t)] })),
          }),
        ],
      }),
      line('Nơi nhận:'),
      line('- Như trên;'),
      line('- Lưu: VT.'),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: 'CHỦ TỊCH', bold: true })],
      }),
      line('(Đã ký)'),
      line('Lê Văn Bình'),
    ]);
    const r = await importDocx(bytes, { source: 'xa.docx', today: '2026-01-01' });
    expect(r.fields.recipients).toEqual(['Các thôn trên địa bàn xã.'.normalize('NFC')]);
    expect(r.yaml).toContain('- Các thôn trên địa bàn xã.'.normalize('NFC'));
    const { campaign } = parseCampaignReport(r.yaml, 'campaign.yaml');
    expect(campaign.issuer.name).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ AN HÒA']);
    expect(campaign.issuer.ward).toBe('xã An Hòa');
    expect(campaign.issuer.place).toBe('An Hòa');
    expect(campaign.issued).toBe('2026-03-15');
    expect([campaign.notice.number, campaign.notice.symbol]).toEqual([7, 'UBND']);
    expect(campaign.notice.subject).toBe('tổng vệ sinh môi trường');
    expect(campaign.notice.recipients).toEqual(['Các thôn trên địa bàn xã.']);
    expect(campaign.notice.signer).toEqual({ lines: ['CHỦ TỊCH'], name: 'Lê Văn Bình' });
    expect(campaign.notice.cc).toEqual(['Như trên;', 'Lưu: VT.']);
    const body = campaign.notice.body;
    // Escaped, so that each prints as typed (not a list, a template or a heading).
    expect(body).toContain('1\\. Số thứ tự gõ tay');
    expect(body).toContain('Mẫu \\{\\{group.name\\}\\} và dấu \\* sao, \\<thẻ\\> và a\\_b\\_c');
    expect(body).toContain('\\# không phải tiêu đề');
    expect(body).toContain('| Gộp hai cột | | C |\n| --- | --- | --- |\n| a | b | c |');
    const warnings = r.warnings.map(describeWarning);
    expect(warnings).toContainEqual(
      expect.stringMatching(/"Chữ gạch chân"\): underline cannot be printed/),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(/"Gộp hai cột"\): table 1 has merged cells/),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(/"\(Đã ký\)"\): a note in place of the signature/),
    );
    // At its paragraph, with what was deleted and what prints (qa33 m4).
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /\("Họp lúc 8 giờ"\): a tracked change is imported as if accepted: "7 giờ" left out, "8 giờ" printed/,
      ),
    );
    expect(warnings).toContain('the document holds 1 equation(s): not imported');
    expect(body).toContain('Họp lúc 8 giờ');
    // The office is not in the document: a placeholder, marked.
    expect(r.missing).toEqual(['issuer.office']);
    expect(r.yaml).toMatch(
      /# FILL IN: not found in the document\n\s+office: "?\(phòng phụ trách\)"?/,
    );
  });

  it('takes a regular-weight "ỦY BAN NHÂN DÂN" over a bold ward as the issuer, not its superior body (qa7 E1)', async () => {
    // As many commune offices type it: the council's line regular, the ward's bold.
    const parts = {
      parent: 'ỦY BAN NHÂN DÂN',
      issuer: ['XÃ ĐÔNG HƯNG'],
      number: 'Số: 214/UBND-CA',
      placeDate: 'Đông Hưng, ngày 01 tháng 12 năm 2026',
      subject: 'V/v cấp tài khoản định danh điện tử mức độ 2',
      cc: ['Như trên;', 'Lưu: VT, CA.'],
      signer: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
      signerName: 'Phạm Văn Khải',
    };
    const bytes = await docxOf([
      headerTable(parts),
      line('Kính gửi: Trưởng các thôn.'),
      line('Đăng ký tại https://vneid.gov.vn trước ngày 15/12/2026.'),
      tailTable(parts),
    ]);
    const r = await importDocx(bytes, { source: 'cv.docx', today: '2026-12-01' });
    const { campaign } = parseCampaignReport(
      r.yaml.replace(/office: "?\(phòng phụ trách\)"?/, 'office: Công an xã'),
      'campaign.yaml',
    );
    expect(campaign.issuer.parent).toBe('');
    expect(campaign.issuer.name).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ ĐÔNG HƯNG']);
    // The notice as printed: the annex names the issuer in running text.
    const group = { id: '1', name: 'Thôn Đông An', source: { file: 'groups.csv', row: 2 } };
    const pdf = await renderFor(notice, campaign, group as Group);
    const text = collapseSpaces(await pdfText(pdf.bytes));
    expect(text).toContain('ngày 01 tháng 12 năm 2026 của Ủy ban nhân dân xã Đông Hưng)');
    expect(text).not.toContain('Xã Đông Hưng');
    // A campaign whose issuer is the ward alone (as the import wrote it before): mid-sentence,
    // the ward as the campaign writes it.
    const wardOnly = {
      ...campaign,
      issuer: { ...campaign.issuer, parent: 'ỦY BAN NHÂN DÂN', name: ['XÃ ĐÔNG HƯNG'] },
    };
    const again = collapseSpaces(
      await pdfText((await renderFor(notice, wardOnly, group as Group)).bytes),
    );
    expect(again).toContain('ngày 01 tháng 12 năm 2026 của xã Đông Hưng)');
  });

  it('marks a draft without number, date and recipients, and still writes a loadable campaign', async () => {
    const bytes = await docxOf([
      line('UBND PHƯỜNG 5'),
      line('Số:     /UBND-VP', 'Phường 5, ngày      tháng      năm 2026'),
      line('Về việc họp tổ dân phố'),
      line('Đề nghị các tổ dân phố họp định kỳ.'),
    ]);
    const r = await importDocx(bytes, { source: 'du-thao.docx', today: '2026-11-30' });
    const { campaign } = parseCampaignReport(r.yaml, 'campaign.yaml');
    expect(r.missing).toEqual(
      expect.arrayContaining([
        'issued',
        'notice.number',
        'notice.recipients',
        'notice.signer.lines',
        'notice.signer.name',
      ]),
    );
    expect(campaign.issued).toBe('2026-11-30');
    expect(campaign.issuer.name).toEqual(['UBND PHƯỜNG 5']);
    expect(campaign.issuer.ward).toBe('phường 5');
    expect(campaign.notice.subject).toBe('họp tổ dân phố');
    expect(campaign.notice.symbol).toBe('UBND-VP');
    expect(campaign.issuer.office).toBe('Văn phòng HĐND và UBND');
    expect(campaign.notice.body).toBe('Đề nghị các tổ dân phố họp định kỳ.');
    expect(r.warnings.map(describeWarning)).toContainEqual(
      expect.stringContaining('no "Kính gửi:" line was found'),
    );
  });

  it('reads a signature typed beside "Nơi nhận" with tab stops', async () => {
    const bytes = await docxOf([
      line('', 'ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
      line('', 'XÃ PHÚ VANG', 'Độc lập - Tự do - Hạnh phúc'),
      line('', 'Số: 12/UBND-VP', 'Phú Vang, ngày 02 tháng 12 năm 2026'),
      line('V/v phòng, chống bão'),
      line('Kính gửi: Các thôn trên địa bàn xã.'),
      line('Đề nghị các thôn khẩn trương sơ tán người dân./.'),
      line('Nơi nhận:', '', 'KT. CHỦ TỊCH'),
      line('- Như trên;', '', 'PHÓ CHỦ TỊCH'),
      line('- Lưu: VT.'),
      line('', '', 'Hồ Văn Tèo'),
    ]);
    const r = await importDocx(bytes, { source: 'bao.docx', today: '2026-12-01' });
    const { campaign } = parseCampaignReport(r.yaml, 'campaign.yaml');
    expect(campaign.notice.signer).toEqual({
      lines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
      name: 'Hồ Văn Tèo',
    });
    expect(campaign.notice.cc).toEqual(['Như trên;', 'Lưu: VT.']);
    expect(r.warnings.map(describeWarning)).not.toContainEqual(
      expect.stringContaining('after the signature'),
    );
  });

  it('never takes a dashed line for the signer’s name', async () => {
    const bytes = await docxOf([
      line('ỦY BAN NHÂN DÂN XÃ AN HÒA'),
      line('Số: 07/UBND', 'An Hòa, ngày 15 tháng 3 năm 2026'),
      line('Kính gửi: Các thôn.'),
      line('Đề nghị các thôn họp./.'),
      line('Nơi nhận:'),
      line('CHỦ TỊCH'),
      line('- Như trên;'),
      line('- Lưu: VT.'),
      line('Lê Văn Bình'),
    ]);
    const r = await importDocx(bytes, { source: 'xa.docx', today: '2026-12-01' });
    const { campaign } = parseCampaignReport(r.yaml, 'campaign.yaml');
    expect(campaign.notice.signer).toEqual({ lines: ['CHỦ TỊCH'], name: 'Lê Văn Bình' });
    expect(campaign.notice.cc).toEqual(['Như trên;', 'Lưu: VT.']);
  });

  it('reads "Kính gửi" set in a table beside its list', async () => {
    const bytes = await docxOf([
      headerTable(NOTICE),
      new Table({
        rows: [
          new TableRow({
            children: [
              new TableCell({ children: [p('Kính gửi:')] }),
              new TableCell({ children: NOTICE.recipients.map((r) => p(`- ${r}`)) }),
            ],
          }),
        ],
      }),
      p(NOTICE.opening),
      tailTable(NOTICE),
    ]);
    const r = await importDocx(bytes, { source: 'bang.docx', today: '2026-11-30' });
    const { campaign } = parseCampaignReport(r.yaml, 'campaign.yaml');
    expect(campaign.notice.recipients).toEqual(NOTICE.recipients);
    expect(campaign.notice.body).toBe(NOTICE.opening);
    expect(campaign.notice.signer.name).toBe(NOTICE.signerName);
  });

  // Plain paragraphs without bold, one body per line, as a commune's notice is often typed: the
  // first line is the superior body (regular, Decree 30), not part of the issuer (bold).
  it.each([
    ['UBND HUYỆN ĐAKRÔNG', 'ỦY BAN NHÂN DÂN XÃ TÀ RỤT', 'Tà Rụt'],
    ['ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG', 'ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN', 'Lê Chân'],
    ['UBND TỈNH QUẢNG TRỊ', 'UBND XÃ HƯỚNG PHÙNG', 'Hướng Phùng'],
  ])('reads "%s" above "%s" as the superior body', async (parent, issuer, place) => {
    const bytes = await docxOf([
      line(parent),
      line(issuer),
      line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
      line('Độc lập - Tự do - Hạnh phúc'),
      line('Số: 07/UBND-VHXH'),
      line(`${place}, ngày 15 tháng 4 năm 2026`),
      line('V/v tuyên truyền phòng, chống bệnh dại'),
      line('Kính gửi: Trưởng các thôn.'),
      line('Đề nghị các thôn vận động hộ nuôi chó tiêm phòng dại.'),
      line('Nơi nhận:'),
      line('- Lưu: VT.'),
      line('CHỦ TỊCH'),
      line('Hồ Văn Ỵ'),
    ]);
    const r = await importDocx(bytes, { source: 'dai.docx', today: '2026-01-01' });
    const { campaign } = parseCampaignReport(r.yaml, 'campaign.yaml');
    expect(campaign.issuer.parent).toBe(parent);
    expect(campaign.issuer.name).toEqual([issuer]);
    expect(campaign.issuer.place).toBe(place);
  });

  it('keeps a lone provincial committee as the issuer', async () => {
    const bytes = await docxOf([
      line('ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ'),
      line('Số: 12/UBND-VX', 'Quảng Trị, ngày 2 tháng 3 năm 2026'),
      line('Kính gửi: Các sở, ngành.'),
      line('Đề nghị các sở, ngành triển khai.'),
    ]);
    const r = await importDocx(bytes, { source: 'tinh.docx', today: '2026-01-01' });
    const { campaign } = parseCampaignReport(r.yaml, 'campaign.yaml');
    expect(campaign.issuer.parent).toBe('');
    expect(campaign.issuer.name).toEqual(['ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ']);
  });
});
