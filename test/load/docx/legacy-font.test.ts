/**
 * The Word import on a notice typed with the old TCVN3 (ABC) fonts (qa33 C1): the file holds the
 * typists' bytes (Word shows them as Windows-1252), in ".VnTime" (lowercase letters) and
 * ".VnTimeH" (capitals drawn on the lowercase code points), with the signature in Unicode, as a
 * mixed old/new document has it. The import converts it and says where; what it cannot be sure
 * of it refuses, with how to convert the file in Unikey.
 */
import { Document, InsertedTextRun, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { parseCampaignReport } from '../../../src/load/campaign.js';
import { describeWarning, importDocx } from '../../../src/load/docx/import-docx.js';
import { printedText } from './printed-notice.js';

/** What a .VnTime document stores for `text`: its TCVN3 bytes, as Word reads them (cp1252). */
const tcvn = (text: string) => iconv.decode(iconv.encode(text, 'tcvn'), 'windows-1252');
const vn = (text: string, bold = false) =>
  new Paragraph({ children: [new TextRun({ text: tcvn(text), font: '.VnTime', bold })] });
/** ".VnTimeH" draws capitals on the lowercase code points: the file holds lowercase. */
const vnH = (text: string) =>
  new Paragraph({
    children: [
      new TextRun({ text: tcvn(text.toLocaleLowerCase('vi')), font: '.VnTimeH', bold: true }),
    ],
  });
const unicode = (text: string, bold = false) =>
  new Paragraph({ children: [new TextRun({ text, font: 'Times New Roman', bold })] });

const docxOf = async (children: Paragraph[]) =>
  new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));

const BODY =
  'Thực hiện chỉ đạo của Công an thành phố, Ủy ban nhân dân phường đề nghị các Tổ dân phố vận động người dân đăng ký tài khoản định danh điện tử.';

/** A notice's header, "Kính gửi" and first body paragraph, typed in .VnTime/.VnTimeH. */
const vntimeHead = () => [
  vnH('ỦY BAN NHÂN DÂN'),
  vnH('PHƯỜNG LÊ CHÂN'),
  vn('Số: 115/UBND-VHXH'),
  vn('V/v vận động người dân đăng ký tài khoản định danh điện tử'),
  vn('Lê Chân, ngày 16 tháng 12 năm 2026'),
  vn('Kính gửi: Các Tổ dân phố trên địa bàn phường.'),
  vn(BODY),
];
/** Its "Nơi nhận" and signature, in Unicode (as a mixed old/new document has them). */
const unicodeTail = () => [
  unicode('Nơi nhận:', true),
  unicode('- Như trên;'),
  unicode('- Lưu: VT.'),
  unicode('CHỦ TỊCH', true),
  unicode('Trần Văn Hải', true),
];

describe('import-docx, a notice typed with TCVN3 fonts', () => {
  it('converts .VnTime/.VnTimeH runs to Unicode, reads every field, prints ư, and says which paragraphs', async () => {
    const bytes = await docxOf([...vntimeHead(), ...unicodeTail()]);
    const r = await importDocx(bytes, { source: 'vntime.docx', today: '2026-01-01' });
    const { campaign } = parseCampaignReport(
      r.yaml.replace(/office: "?\(phòng phụ trách\)"?/, 'office: Công an phường'),
      'campaign.yaml',
    );
    expect(campaign.issuer.name).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG LÊ CHÂN']);
    expect([campaign.notice.number, campaign.notice.symbol]).toEqual([115, 'UBND-VHXH']);
    expect(campaign.issued).toBe('2026-12-16');
    expect(campaign.issuer.place).toBe('Lê Chân');
    expect(campaign.notice.subject).toBe('vận động người dân đăng ký tài khoản định danh điện tử');
    expect(campaign.notice.recipients).toEqual(['Các Tổ dân phố trên địa bàn phường.']);
    expect(campaign.notice.body).toContain(BODY);
    const warnings = r.warnings.map((w) => describeWarning(w));
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /7 paragraph\(s\) typed with a TCVN3 .* paragraphs 1, 2, 3, 4, 5, 6, 7/,
      ),
    );
    const text = await printedText(campaign);
    expect(text).toContain('PHƯỜNG LÊ CHÂN');
    expect(text).toContain('vận động người dân đăng ký tài khoản');
    expect(text).toContain('Ủy ban nhân dân phường đề nghị');
    expect(text).not.toMatch(/ng­|©|®/);
  });

  /** The subject read from a notice whose "V/v" line is one .VnTime run of `text`. */
  const subjectOf = async (text: string) => {
    const head = vntimeHead();
    head.splice(3, 1, new Paragraph({ children: [new TextRun({ text, font: '.VnTime' })] }));
    const bytes = await docxOf([...head, ...unicodeTail()]);
    return (await importDocx(bytes, { source: 'subject.docx', today: '2026-01-01' })).fields
      .subject;
  };

  it("keeps Word's curly quotes in a .VnTime run: they are Unicode there, not the font's bytes (qa37 M2)", async () => {
    // AutoCorrect types “ ” ‘ ’ as Unicode whatever the font; read as bytes they would be "Ỏ…Õ".
    const text = `${tcvn('V/v phát động tham gia Cuộc thi ')}“${tcvn('Công dân số Hải Phòng')}” ‘${tcvn('số')}’`;
    expect(await subjectOf(text)).toBe('phát động tham gia Cuộc thi “Công dân số Hải Phòng” ‘số’');
  });

  it("keeps Word's dashes and ellipsis in a .VnTime run as they are, like the curly quotes", async () => {
    // AutoCorrect's – — … are Unicode in a .VnTime run; read as bytes they would be "Ọ Ộ Ặ".
    const text = `${tcvn('V/v phát động Cuộc thi ')}– ${tcvn('sử dụng thông minh')} — ${tcvn('sống an toàn')}…`;
    expect(await subjectOf(text)).toBe('phát động Cuộc thi – sử dụng thông minh — sống an toàn…');
  });

  it('refuses, in Vietnamese with how to convert it in Unikey, a .VnTime paragraph that does not read as Vietnamese converted', async () => {
    // Bytes a TCVN3 font would draw as no Vietnamese word ("®®®" → "đđđ"): it cannot be sure.
    const bytes = await docxOf([
      unicode('ỦY BAN NHÂN DÂN', true),
      new Paragraph({ children: [new TextRun({ text: 'Th«ng b¸o ®®® ¸¸¸', font: '.VnTime' })] }),
    ]);
    const err = await importDocx(bytes, { source: 'x.docx', today: '2026-01-01' }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    const e = err as UserError;
    expect(e.say('vi')).toMatch(/phông TCVN3 \(ABC\).*không chuyển mã chắc chắn được/);
    expect(e.hintIn('vi')).toMatch(/Unikey.*Chuyển mã/);
  });

  it('refuses a paragraph typed with a VNI font (in a Unicode-named font, as a style sets it)', async () => {
    const bytes = await docxOf([unicode('Thoâng baùo hoïp toå daân phoá')]);
    const err = await importDocx(bytes, { source: 'x.docx', today: '2026-01-01' }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).say('vi')).toMatch(/phông VNI/);
  });

  it('leaves Unicode text set in a font still named .VnTime as it is', async () => {
    const bytes = await docxOf([
      new Paragraph({ children: [new TextRun({ text: BODY, font: '.VnTime' })] }),
    ]);
    const r = await importDocx(bytes, { source: 'x.docx', today: '2026-01-01' });
    expect(r.fields.body).toContain(BODY);
    expect(r.warnings.map((w) => describeWarning(w)).join('\n')).not.toMatch(/TCVN3/);
  });

  it('converts a notice whose Normal style, not its runs, names .VnTime', async () => {
    const bytes = new Uint8Array(
      await Packer.toBuffer(
        new Document({
          styles: { default: { document: { run: { font: '.VnTime' } } } },
          sections: [{ children: [new Paragraph({ children: [new TextRun(tcvn(BODY))] })] }],
        }),
      ),
    );
    const r = await importDocx(bytes, { source: 'x.docx', today: '2026-01-01' });
    expect(r.fields.body).toContain(BODY);
    expect(r.warnings.map((w) => describeWarning(w))).toContainEqual(
      expect.stringMatching(/1 paragraph\(s\) typed with a TCVN3/),
    );
  });

  it('leaves Unicode Vietnamese of Latin-1 letters alone in a document still styled .VnTime', async () => {
    // "Bà cà phê" is all Latin-1: as TCVN3 bytes it would read "Bỗ cỗ phờ", no Vietnamese.
    const text = 'Mời bà con dự buổi cà phê sáng';
    const bytes = new Uint8Array(
      await Packer.toBuffer(
        new Document({
          styles: { default: { document: { run: { font: '.VnTime' } } } },
          sections: [
            {
              children: [
                new Paragraph({
                  children: [new TextRun('Mời bà con dự buổi '), new TextRun('cà phê sáng')],
                }),
              ],
            },
          ],
        }),
      ),
    );
    const r = await importDocx(bytes, { source: 'x.docx', today: '2026-01-01' });
    expect(r.fields.body).toContain(text);
    expect(r.warnings.map((w) => describeWarning(w)).join('\n')).not.toMatch(/TCVN3/);
  });
});

describe('import-docx, a TCVN3 notice with Word numbering and a tracked change (read38 3)', () => {
  it("prints Word's own numbers and names the tracked change's paragraph in Unicode", async () => {
    const date = '2026-12-01T08:00:00Z';
    const listed = (text: string, reference: string) =>
      new Paragraph({
        numbering: { reference, level: 0 },
        children: [new TextRun({ text: tcvn(text), font: '.VnTime' })],
      });
    const children = [
      ...vntimeHead(),
      listed('Tổ trưởng rà soát danh sách hộ', 'dash'),
      listed('Thông báo trên loa truyền thanh của tổ', 'dash'),
      listed('Vận động người dân mang căn cước đến phường', 'dec'),
      listed('Báo cáo kết quả về phường', 'dec'),
      new Paragraph({
        children: [
          new TextRun({ text: tcvn('Hồ sơ được giải quyết trong '), font: '.VnTime' }),
          new InsertedTextRun({
            text: tcvn('03 ngày'),
            font: '.VnTime',
            id: 1,
            author: 'VP',
            date,
          }),
        ],
      }),
      ...unicodeTail(),
    ];
    const bytes = new Uint8Array(
      await Packer.toBuffer(
        new Document({
          numbering: {
            config: [
              { reference: 'dash', levels: [{ level: 0, format: LevelFormat.BULLET, text: '-' }] },
              {
                reference: 'dec',
                levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }],
              },
            ],
          },
          sections: [{ children }],
        }),
      ),
    );
    const r = await importDocx(bytes, { source: 'vntime.docx', today: '2026-01-01' });
    const warnings = r.warnings.map((w) => describeWarning(w));
    // Word's own numbers found (their paragraphs matched in Unicode): no "numbered … here" warning.
    expect(warnings.filter((w) => /a list Word numbers itself/.test(w))).toEqual([]);
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^paragraph \d+ \("Hồ sơ được giải quyết trong 03 ngày"\): a tracked change is imported as if accepted/,
      ),
    );
    const { campaign } = parseCampaignReport(
      r.yaml.replace(/office: "?\(phòng phụ trách\)"?/, 'office: Công an phường'),
      'campaign.yaml',
    );
    const text = await printedText(campaign);
    expect(text).toContain('1. Vận động người dân mang căn cước đến phường');
    expect(text).toContain('2. Báo cáo kết quả về phường');
  });
});
