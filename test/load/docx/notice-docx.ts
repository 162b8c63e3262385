/**
 * Test helper: a ward's notice as a real .docx, written with the `docx` package the way Word
 * notices are laid out (Decree 30/2020): a borderless two-column header table, a "Kính gửi" list,
 * a body with headings, lists, bold/italic and a table, an image, a footnote and a text box, and
 * the "Nơi nhận" / signer table at the end. `PARAGRAPHS` is every text the document holds, in
 * order, for the tests to check that the import recovers each one.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  ImageRun,
  type INumberingOptions,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
  WidthType,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import sharp from 'sharp';
import { expect } from 'vitest';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

export const p = (
  text: string,
  opts: { bold?: boolean; italic?: boolean; center?: boolean } = {},
) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    children: [new TextRun({ text, bold: opts.bold, italics: opts.italic })],
  });
/** An item of one of Word's own lists (numbering "dash" or "numbers", defined below). */
const item = (text: string, reference: 'dash' | 'numbers') =>
  new Paragraph({ numbering: { reference, level: 0 }, children: [new TextRun(text)] });
const cell = (children: Paragraph[]) =>
  new TableCell({ children, width: { size: 50, type: WidthType.PERCENTAGE } });

/** The notice's fields as the document states them (the tests' expected values). */
export const NOTICE = {
  parent: 'UBND QUẬN LÊ CHÂN',
  issuer: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG TRẦN NGUYÊN HÃN'],
  number: 'Số: 112/UBND-VHXH',
  placeDate: 'Trần Nguyên Hãn, ngày 09 tháng 10 năm 2025',
  subject:
    'V/v phát động tham gia Cuộc thi “Công dân số Hải Phòng - sử dụng thông minh, sống an toàn”',
  recipients: [
    'Thường trực Đảng ủy;',
    'Ủy ban MTTQVN phường và các tổ chức thành viên;',
    'Các Tổ dân phố trên địa bàn phường.',
  ],
  opening:
    'Hưởng ứng phong trào “Ngày hội toàn dân học tập số” do Sở Khoa học và Công nghệ thành phố Hải Phòng phát động, Ủy ban nhân dân phường đề nghị các cơ quan, đơn vị triển khai các nội dung sau:',
  heading1: 'I. Hưởng ứng, tham gia cuộc thi',
  heading2: '1. Về nội dung thi',
  topics: ['Về nhận thức số và năng lực số cơ bản.', 'Sử dụng dịch vụ số thiết yếu.'],
  /** A bullet of Word's list with a dash typed after it, as the seed notice has. */
  typedDashTopic: '- Tương tác trên môi trường số.',
  plusPoint: '+ Nhiệt độ buổi sáng có thể xuống -5 độ C, người cao tuổi mặc ấm.',
  numberedHeading: 'Tổ chức thực hiện',
  dashItem: '- Địa chỉ truy cập: https://onetouch.mic.gov.vn/khoa-hoc/cuoc-thi-2025',
  note: {
    bold: '* Lưu ý:',
    rest: ' Mỗi thí sinh chỉ được sử dụng một tài khoản duy nhất để tham gia.',
  },
  italicPara: 'Thời gian thi: từ ngày 11/10/2025 đến ngày 11/11/2025.',
  table: [
    ['STT', 'Nội dung', 'Thời gian'],
    ['1', 'Tập huấn cho tổ công nghệ số cộng đồng', 'Tháng 10/2025'],
    ['2', 'Tuyên truyền trên hệ thống phát thanh phường', 'Hằng tuần'],
  ],
  numbered: [
    'Giao Phòng Văn hoá - Xã hội làm đầu mối hỗ trợ, đôn đốc.',
    'Các Tổ dân phố báo cáo kết quả trước ngày 15/11/2025.',
  ],
  closing:
    'Trong quá trình thực hiện nếu có khó khăn, vướng mắc các cơ quan, đơn vị kịp thời báo cáo Ủy ban nhân dân phường để được hỗ trợ giải quyết./.',
  footnote: 'Theo Kế hoạch số 45/KH-SKHCN của Sở Khoa học và Công nghệ.',
  textBox: 'Mã QR tải ứng dụng Smart Hải Phòng',
  cc: ['Như trên;', 'Chủ tịch, các PCT UBND phường;', 'Lưu: VT, VHXH.'],
  signer: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
  signerName: 'Nguyễn Đức Anh',
  annexCaption: 'Mã QR tải ứng dụng (dùng cho điện thoại iOS)',
  pageHeader: 'DỰ THẢO LẦN 2',
};

/** A small picture, as a notice carries the app's QR codes. */
async function picture(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 40, channels: 3, background: '#000' } })
    .png()
    .toBuffer();
}

/** What a notice's header and signature say, as Word shows them. */
export interface NoticeParts {
  parent: string;
  issuer: string[];
  number: string;
  placeDate: string;
  subject: string;
  cc: string[];
  signer: string[];
  signerName: string;
}

/** A borderless table of two columns, rows of [left, right] paragraphs: how notices lay out. */
const twoColumns = (rows: [Paragraph[], Paragraph[]][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: rows.map(([left, right]) => new TableRow({ children: [cell(left), cell(right)] })),
  });

/** The header as Word notices set it: issuer and motto, then number and subject, place and date. */
export function headerTable(n: NoticeParts): Table {
  return twoColumns([
    [
      [
        p(n.parent, { center: true }),
        ...n.issuer.map((line) => p(line, { bold: true, center: true })),
        p('—————', { center: true }),
      ],
      [
        p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true }),
        p('Độc lập - Tự do - Hạnh phúc', { bold: true, center: true }),
      ],
    ],
    [
      [p(n.number, { center: true }), p(n.subject, { center: true })],
      [p(n.placeDate, { italic: true, center: true })],
    ],
  ]);
}

/**
 * A ward's notice as Word holds it: `n`'s header, "Kính gửi" the groups, the `body` given, then
 * `n`'s signature; `numbering` is Word's list definitions the body's paragraphs use.
 */
export async function wardNoticeDocx(
  n: NoticeParts,
  body: (Paragraph | Table)[],
  numbering: { config: INumberingOptions['config'] } = { config: [] },
): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    headerTable(n),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun('Kính gửi: Các Tổ dân phố trên địa bàn phường.')],
    }),
    ...body,
    tailTable(n),
  ];
  return new Uint8Array(
    await Packer.toBuffer(new Document({ numbering, sections: [{ children }] })),
  );
}

/** "Nơi nhận" (left) and the signer (right). */
export function tailTable(n: NoticeParts): Table {
  return twoColumns([
    [
      [p('Nơi nhận:', { bold: true, italic: true }), ...n.cc.map((c) => p(`- ${c}`))],
      [
        ...n.signer.map((s) => p(s, { bold: true, center: true })),
        p('', {}),
        p(n.signerName, { bold: true, center: true }),
      ],
    ],
  ]);
}

export async function noticeDocx(): Promise<Buffer> {
  const n = NOTICE;
  const header = headerTable(n);
  const tail = tailTable(n);
  const bodyTable = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: n.table.map(
      (row, r) =>
        new TableRow({
          children: row.map((text) => new TableCell({ children: [p(text, { bold: r === 0 })] })),
        }),
    ),
  });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'dash',
          levels: [
            { level: 0, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT },
          ],
        },
        {
          reference: 'numbers',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    footnotes: { 1: { children: [p(n.footnote)] } },
    sections: [
      {
        headers: { default: new Header({ children: [p(n.pageHeader, { center: true })] }) },
        children: [
          header,
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: 'Kính gửi:' })],
          }),
          ...n.recipients.map((r) => item(r, 'dash')),
          new Paragraph({
            children: [new TextRun(n.opening), new FootnoteReferenceRun(1)],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(n.heading1)] }),
          p(n.heading2, { bold: true }),
          ...n.topics.map((t) => item(t, 'dash')),
          item(n.typedDashTopic, 'dash'),
          p(n.dashItem),
          p(n.plusPoint),
          new Paragraph({
            children: [new TextRun({ text: n.note.bold, bold: true }), new TextRun(n.note.rest)],
          }),
          p(n.italicPara, { italic: true }),
          bodyTable,
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new ImageRun({
                type: 'png',
                data: await picture(),
                transformation: { width: 40, height: 40 },
              }),
            ],
          }),
          ...n.numbered.map((t) => item(t, 'numbers')),
          new Textbox({
            style: { width: '120pt', height: '40pt' },
            children: [p(n.textBox)],
          }),
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            numbering: { reference: 'numbers', level: 0 },
            children: [new TextRun(n.numberedHeading)],
          }),
          p(n.closing),
          tail,
          p(n.annexCaption, { center: true }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/**
 * A công văn in plain paragraphs with no "V/v" line and no office named anywhere: the import
 * writes its placeholders for the subject and the office (qa7 E2).
 */
export async function noticeWithoutOffice(): Promise<Uint8Array> {
  const P = (text: string, bold = false) =>
    new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun({ text, bold })] });
  const doc = new Document({
    sections: [
      {
        children: [
          P('ỦY BAN NHÂN DÂN', true),
          P('XÃ PHÚ MỸ', true),
          P('Số: 87/UBND-CA'),
          P('Phú Mỹ, ngày 15 tháng 12 năm 2026'),
          P('Kính gửi: Trưởng các thôn trên địa bàn xã.'),
          P('Ủy ban nhân dân xã đề nghị các thôn vận động người dân kích hoạt tài khoản.'),
          P('Nơi nhận:', true),
          P('- Như trên;'),
          P('TM. ỦY BAN NHÂN DÂN', true),
          P('CHỦ TỊCH', true),
          P('Lê Văn Phú', true),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * The Word file `bytes` with `edit` applied to one of its XML parts (what `docx` cannot write: a
 * part cut short, an entity, Word's own markup). Fails the test when `edit` changed nothing.
 */
export function edited(bytes: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const before = strFromU8(files[part] as Uint8Array);
  const after = edit(before);
  expect(after).not.toBe(before);
  files[part] = strToU8(after);
  return zipSync(files);
}
