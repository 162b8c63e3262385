/**
 * A notice's trích yếu (the "V/v …" under the number, or a named document's subject under its
 * name) is centred over several lines: its lines are made even, so that the last is not one or
 * two words alone ("… cấp" ⏎ "độ 2"), and a name of two or three capitalised syllables
 * ("Hải Phòng") stays on one line. Read back from the glyphs' positions (pdfjs): each line's
 * printed width, from its first glyph's left edge to its last glyph's right edge. The subjects
 * are the office's kind of sentence, of several lengths; expected values are the input's text.
 */
import { describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { pdfTextItems, type TextItem } from '../support/pdf-items.js';
import { collapseSpaces } from '../support/pdf-text.js';
import { renderCampaignText } from '../support/render.js';

const SUBJECTS = [
  'tăng cường công tác phòng, chống dịch bệnh sốt xuất huyết trên địa bàn phường, cấp độ 2',
  'tổ chức ra quân tổng vệ sinh môi trường, phòng, chống dịch năm 2026',
  'phát động tham gia Cuộc thi “Công dân số Hải Phòng - sử dụng thông minh, sống an toàn” và triển khai cài đặt, sử dụng ứng dụng Smart Hải Phòng',
  'Smart Hải Phòng - hướng dẫn cài đặt và sử dụng ứng dụng cho các hộ gia đình trên địa bàn phường Lê Chân',
  'triển khai lớp bồi dưỡng kỹ năng số cho người cao tuổi và hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2',
];

const campaign = (subject: string, symbol: string) => `issued: 2026-12-01
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG HẢI CHÂU]
  ward: phường Hải Châu
  place: Đà Nẵng
  office: Phòng Văn hóa - Xã hội
notice:
  number: 12
  symbol: ${symbol}
  subject: ${subject}
  recipients: ["{{group.name}}"]
  body: |
    Đề nghị các tổ dân phố triển khai thực hiện.
  signer: { lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Lê Văn Minh }
  cc: [Như trên;, "Lưu: VT."]
`;
const GROUPS = 'STT;Tên tổ dân phố\n1;Tổ dân phố số 1\n';

/** Page 1's lines, top to bottom: their text and printed width in mm. */
async function printedLines(pdf: Uint8Array): Promise<{ text: string; widthMm: number }[]> {
  const [page] = await pdfTextItems(pdf);
  const lines: { baseline: number; items: TextItem[] }[] = [];
  for (const item of [...(page?.items ?? [])].sort((a, b) => a.baselineMm - b.baselineMm)) {
    if (item.str.trim() === '') continue;
    const line = lines.find((l) => Math.abs(l.baseline - item.baselineMm) < 0.5);
    if (line) line.items.push(item);
    else lines.push({ baseline: item.baselineMm, items: [item] });
  }
  return lines.map(({ items }) => {
    const sorted = items.sort((a, b) => a.xMm - b.xMm);
    const left = Math.min(...sorted.map((i) => i.xMm));
    const right = Math.max(...sorted.map((i) => i.xMm + i.widthMm));
    return { text: collapseSpaces(sorted.map((i) => i.str).join('')), widthMm: right - left };
  });
}

/** The consecutive lines that print `text`, found by their joined text. */
function linesOf(lines: { text: string; widthMm: number }[], text: string) {
  for (let first = 0; first < lines.length; first++) {
    let joined = '';
    for (let last = first; last < lines.length; last++) {
      joined = collapseSpaces(`${joined} ${lines[last]?.text ?? ''}`);
      if (!text.startsWith(joined)) break;
      if (joined === text) return lines.slice(first, last + 1);
    }
  }
  return [];
}

describe.each([
  ['a công văn\'s "V/v" line', 'UBND-VHXH', (s: string) => `V/v ${s}`],
  [
    "a named document's subject",
    'TB-UBND',
    (s: string) => s[0]?.toLocaleUpperCase('vi') + s.slice(1),
  ],
])('%s', (_, symbol, printedAs) => {
  it.each(SUBJECTS)('prints "%s" on even lines', async (subject) => {
    const pdf = await renderCampaignText(notice, campaign(subject, symbol), GROUPS);
    const lines = linesOf(await printedLines(pdf), collapseSpaces(printedAs(subject)));
    expect(lines.length, 'the subject, whole, on page 1').toBeGreaterThan(0);
    // A place's or an app's name is not split: "Hải" | "Phòng".
    for (const l of lines.slice(0, -1)) expect(l.text).not.toMatch(/\b(Hải|Smart)$/u);
    if (lines.length < 2) return;
    const widths = lines.map((l) => l.widthMm);
    // Even to within a word or two: the shortest line at least 3/5 of the longest.
    expect(Math.min(...widths) / Math.max(...widths), JSON.stringify(lines)).toBeGreaterThan(0.6);
  });
});
