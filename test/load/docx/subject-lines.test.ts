/**
 * The Word import on a trích yếu typed over two paragraphs, Enter at the end of its first line,
 * as most offices type it (qa33 M2): a Kế hoạch's under its name (centred, bold), a công văn's
 * "V/v …" in a header laid out with tabs. The whole subject is read and printed; the second line
 * is neither the body's first paragraph nor dropped.
 */
import { AlignmentType, Document, Packer, Paragraph, type Table, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { describeWarning, importDocx } from '../../../src/load/docx/import-docx.js';
import { headerTable, p, tailTable } from './notice-docx.js';
import { importedCampaign, LE_CHAN, printedText } from './printed-notice.js';

const centredBold = (text: string) =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true })] });
const plain = (...parts: string[]) =>
  new Paragraph({
    children: parts.flatMap((text, i) => [
      ...(i > 0 ? [new TextRun({ text: '\t' })] : []),
      new TextRun(text),
    ]),
  });
const docxOf = async (children: (Paragraph | Table)[]) =>
  new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
const printed = (yaml: string) => printedText(importedCampaign(yaml));

describe('import-docx, a trích yếu over two paragraphs', () => {
  it("reads a Kế hoạch's two centred bold lines under its name as one subject", async () => {
    const lines = [
      'Tổ chức Tổng vệ sinh môi trường, phòng chống sốt xuất huyết',
      'trên địa bàn phường năm 2026',
    ];
    const opening =
      'Căn cứ Công văn số 1520/UBND-YT ngày 02/12/2026 của UBND thành phố Hải Phòng, Ủy ban nhân dân phường xây dựng Kế hoạch như sau:';
    const parts = { ...LE_CHAN, number: 'Số: 58/KH-UBND', cc: ['Lưu: VT.'] };
    const r = await importDocx(
      await docxOf([
        headerTable(parts),
        centredBold('KẾ HOẠCH'),
        ...lines.map(centredBold),
        p(''),
        p(opening),
        p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
        tailTable(parts),
      ]),
      { source: 'kh.docx', today: '2026-01-01' },
    );
    expect(r.fields.subject).toBe(lines.join(' '));
    expect(r.fields.body.startsWith(opening)).toBe(true);
    const text = await printed(r.yaml);
    expect(text).toContain(lines.join(' '));
    expect(text.split(lines[1] as string).length - 1).toBe(1);
  });

  it('reads "THÔNG BÁO về việc …" on one line as the name and its trích yếu, "Về việc" kept', async () => {
    // It was the body's bold first line, and the trích yếu was asked for; as a line "Về việc …"
    // under THÔNG BÁO, the notice prints the words typed, "Về việc" too (qa50 m3).
    const words = 'tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026';
    const opening = 'Ủy ban nhân dân phường thông báo đến các Tổ dân phố như sau:';
    const parts = { ...LE_CHAN, cc: ['Lưu: VT.'] };
    const r = await importDocx(
      await docxOf([
        headerTable(parts),
        centredBold(`THÔNG BÁO về việc ${words}`),
        p(''),
        p(opening),
        tailTable(parts),
      ]),
      { source: 'tb.docx', today: '2026-01-01' },
    );
    expect(r.fields.type).toBe('Thông báo');
    expect(r.fields.subject).toBe(`Về việc ${words}`);
    expect(r.fields.body.startsWith(opening)).toBe(true);
    expect(await printed(r.yaml)).toContain(`THÔNG BÁO Về việc ${words} ${opening}`);
  });

  it('reads a "V/v" line and the paragraph under it, in a header laid out with tabs', async () => {
    const lines = ['V/v tổ chức các hoạt động vui Xuân, đón Tết', 'Nguyên đán Đinh Mùi năm 2027'];
    const opening = 'Để tổ chức vui Xuân an toàn, tiết kiệm, Ủy ban nhân dân phường đề nghị:';
    const r = await importDocx(
      await docxOf([
        plain('ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
        plain('PHƯỜNG LÊ CHÂN', 'Độc lập - Tự do - Hạnh phúc'),
        plain('Số: 140/UBND-VHXH', 'Lê Chân, ngày 22 tháng 12 năm 2026'),
        ...lines.map((l) => plain(l)),
        plain(''),
        plain('Kính gửi: Các Tổ dân phố trên địa bàn phường.'),
        plain(opening),
        plain('Nơi nhận:'),
        plain('- Như trên;'),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: 'CHỦ TỊCH', bold: true })],
        }),
        plain('Trần Văn Hải'),
      ]),
      { source: 'cv.docx', today: '2026-01-01' },
    );
    const subject = lines.join(' ').replace(/^V\/v /, '');
    expect(r.fields.subject).toBe(subject);
    expect(r.warnings.map(describeWarning).join('\n')).not.toContain(lines[1]);
    expect(await printed(r.yaml)).toContain(`V/v ${subject}`);
  });
});
