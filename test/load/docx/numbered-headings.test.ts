/**
 * The Word import on headings Word numbers itself (qa33 m1): "I. Hoạt động…" in Word, its number
 * in numbering.xml and not in the text. The notice prints them with the numbers Word shows —
 * roman parts, their decimal sub-headings counted again under each part, a lettered list started
 * again — whether the number is set on the paragraph or on its heading style (Word's "multilevel
 * list linked to Heading 1"), and no warning asks the office to type in what is printed.
 */
import { HeadingLevel, LevelFormat, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { describeWarning, importDocx } from '../../../src/load/docx/import-docx.js';
import { edited, p, wardNoticeDocx } from './notice-docx.js';
import { importedCampaign, LE_CHAN, printedText } from './printed-notice.js';

const parts = { ...LE_CHAN, subject: 'V/v tổ chức các hoạt động vui Xuân, đón Tết' };

const heading = (text: string, level: 0 | 1) =>
  new Paragraph({
    heading: level === 0 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    numbering: { reference: 'parts', level },
    children: [new TextRun({ text, bold: true })],
  });
const lettered = (text: string, instance: number) =>
  new Paragraph({
    numbering: { reference: 'letters', level: 0, instance },
    children: [new TextRun(text)],
  });

async function noticeDocx(): Promise<Uint8Array> {
  const body = [
    p('Để tổ chức vui Xuân an toàn, tiết kiệm, Ủy ban nhân dân phường đề nghị:'),
    heading('Hoạt động văn hóa, văn nghệ', 0),
    heading('Văn nghệ chào Xuân', 1),
    lettered('Mỗi tổ một tiết mục', 1),
    lettered('Đăng ký trước ngày 15/01/2027', 1),
    heading('Trang trí khu dân cư', 1),
    heading('Bảo đảm an ninh trật tự', 0),
    heading('Tuần tra ban đêm', 1),
    lettered('Lập danh sách tổ tuần tra', 2),
  ];
  return wardNoticeDocx(parts, body, {
    config: [
      {
        reference: 'parts',
        levels: [
          { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.' },
          { level: 1, format: LevelFormat.DECIMAL, text: '%2.' },
        ],
      },
      {
        reference: 'letters',
        levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '%1)' }],
      },
    ],
  });
}

/** The same document with the headings' numbering on their styles, as Word links it. */
function numberedByStyle(bytes: Uint8Array): Uint8Array {
  let numId: string | undefined;
  const unnumbered = edited(bytes, 'word/document.xml', (document) => {
    const numIdOf = (style: string) =>
      new RegExp(
        `<w:pStyle w:val="${style}"/>\\s*<w:numPr>\\s*<w:ilvl w:val="\\d"/>\\s*<w:numId w:val="(\\d+)"/>`,
      ).exec(document)?.[1];
    numId = numIdOf('Heading1');
    expect(numId).toBeDefined();
    expect(numIdOf('Heading2')).toBe(numId);
    return document.replace(
      /(<w:pStyle w:val="Heading[12]"\/>)\s*<w:numPr>[\s\S]*?<\/w:numPr>/g,
      '$1',
    );
  });
  return edited(unnumbered, 'word/styles.xml', (xml) => {
    let styles = xml;
    for (const [style, ilvl] of [
      ['Heading1', 0],
      ['Heading2', 1],
    ] as const) {
      const numPr = `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
      const at = new RegExp(`(<w:style [^>]*w:styleId="${style}"[^>]*>[\\s\\S]*?)(</w:style>)`);
      styles = styles.replace(at, (_, body: string, end: string) =>
        body.includes('<w:pPr>')
          ? `${body.replace('<w:pPr>', `<w:pPr>${numPr}`)}${end}`
          : `${body}<w:pPr>${numPr}</w:pPr>${end}`,
      );
    }
    expect(styles).toContain(`<w:numId w:val="${numId}"/>`);
    return styles;
  });
}

describe('import-docx, headings Word numbers itself', () => {
  for (const [name, make] of [
    ['on the paragraphs', async () => noticeDocx()],
    ['on the heading styles', async () => numberedByStyle(await noticeDocx())],
  ] as const) {
    it(`prints the numbers Word shows (numbering ${name}), without asking to type them`, async () => {
      const r = await importDocx(await make(), { source: 'cv.docx', today: '2026-01-01' });
      const warnings = r.warnings.map(describeWarning);
      expect(warnings.filter((w) => /number/i.test(w))).toEqual([]);
      const text = await printedText(importedCampaign(r.yaml));
      const order = [
        'I. Hoạt động văn hóa, văn nghệ',
        '1. Văn nghệ chào Xuân',
        'a) Mỗi tổ một tiết mục',
        'b) Đăng ký trước ngày 15/01/2027',
        '2. Trang trí khu dân cư',
        'II. Bảo đảm an ninh trật tự',
        '1. Tuần tra ban đêm',
        'a) Lập danh sách tổ tuần tra',
      ];
      const at = order.map((line) => text.indexOf(line));
      // The lines not printed, by name.
      expect(order.filter((_, k) => (at[k] ?? -1) < 0)).toEqual([]);
      expect(at).toEqual([...at].sort((a, b) => a - b));
    });
  }
});
