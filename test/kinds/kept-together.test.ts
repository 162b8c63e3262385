/**
 * What a line must not split, read back from the printed text (pdftotext, line by line):
 * an amount and its unit ("3.000.000" | "đồng"), a document's number and symbol ("1656/NQ-" |
 * "UBTVQH15"), a time and its words ("7 giờ" | "30"), "số" and its number ("Xí nghiệp số" |
 * "1"), a short quoted name, and a "V/v" subject whose last line holds a
 * lone short word ("… năm" | "2026"). The same sentence is printed after 0, 1, 2… words of a
 * longer one, so that it meets the end of a line at every place, in the notice's body and in the
 * checklist's steps (every kind breaks lines the same way). Expected values are the input's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklist } from '../../src/kinds/checklist.js';
import { notice } from '../../src/kinds/notice.js';
import { type PageItems, pdfTextItems, type TextItem } from '../support/pdf-items.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { renderCampaignText } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

const AMOUNT = '3.000.000 đồng';
const SHORT_AMOUNT = '500.000đ';
const SYMBOL = '1656/NQ-UBTVQH15';
const TIME = '7 giờ 30';
const SENTENCE = `mỗi hộ góp ${AMOUNT} hoặc ${SHORT_AMOUNT} theo Nghị quyết số ${SYMBOL}, tập trung lúc ${TIME} ngày 13/12/2026 cùng Xí nghiệp số 1, học lớp “Bình dân học vụ số”.`;
/**
 * The sentence after 0, 1, 2… 36 short words: moved on by a word's width at a time, it meets a
 * line's end at every place, in the notice's and the checklist's widths alike.
 */
const PARAGRAPHS = Array.from({ length: 37 }, (_, k) => `${'và '.repeat(k)}${SENTENCE}`);
/** Ends on a short word alone at the width of the notice's subject, broken word by word. */
const SUBJECT = 'tổ chức ra quân tổng vệ sinh môi trường, phòng, chống dịch năm 2026';

const CAMPAIGN = `issued: 2026-12-01
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG HẢI CHÂU]
  ward: phường Hải Châu
  place: Đà Nẵng
  office: Phòng Văn hóa - Xã hội
notice:
  number: 12
  symbol: UBND-VHXH
  subject: ${SUBJECT}
  recipients: ["{{group.name}}"]
  body: |
${PARAGRAPHS.map((p) => `    ${p}\n`).join('\n')}
  signer: { lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Lê Văn Minh }
  cc: [Như trên;, "Lưu: VT."]
actions:
${PARAGRAPHS.map((p) => `  - { step: "${p}", column: Đã làm }`).join('\n')}
`;
const GROUPS = 'STT;Tên tổ dân phố\n1;Tổ dân phố số 1\n';

const printed = new Map<string, { text: string; lines: string[] }>();
beforeAll(async () => {
  for (const kind of [notice, checklist]) {
    const pdf = await renderCampaignText(kind, CAMPAIGN, GROUPS);
    printed.set(kind.name, {
      text: await pdfText(pdf),
      lines: printedLines(await pdfTextItems(pdf)),
    });
  }
});
afterAll(removeTempDirs);

/**
 * The lines as printed, from the glyphs' positions (pdfjs): pdftotext gives a word broken over
 * two lines back whole, as copied text should, so it cannot show where the line broke.
 */
function printedLines(pages: PageItems[]): string[] {
  return pages.flatMap((page) => {
    const lines: { baseline: number; items: TextItem[] }[] = [];
    for (const item of [...page.items].sort((a, b) => a.baselineMm - b.baselineMm)) {
      const line = lines.find((l) => Math.abs(l.baseline - item.baselineMm) < 0.5);
      if (line) line.items.push(item);
      else lines.push({ baseline: item.baselineMm, items: [item] });
    }
    return lines.map((l) =>
      collapseSpaces(
        l.items
          .sort((a, b) => a.xMm - b.xMm)
          .map((i) => i.str)
          .join(''),
      ),
    );
  });
}

/** Every place where one printed line ends and the next begins, as "end | start". */
function lineBreaks(lines: string[]): string[] {
  const full = lines.filter((l) => l !== '');
  return full.slice(1).map((next, i) => `${full[i]} | ${next}`);
}

describe.each(['notice', 'checklist'])('the %s', (kind) => {
  it('prints every sentence whole', () => {
    const text = collapseSpaces(printed.get(kind)?.text ?? '');
    for (const p of PARAGRAPHS) expect(text).toContain(p);
  });

  it.each([
    ['an amount and its unit', /\d \| (đồng|đ)\b|\d \| 500/u],
    ['a document symbol', /\/(NQ-)? \| (NQ-|UBTVQH15)/],
    ['a time', /\d( giờ)? \| (giờ|30)\b/u],
    ['"số" and its number', /(?<![\p{L}])số \| \d/u],
    ['a short quoted name', /“[^”|]* \| [^“|]*”/u],
  ])('never breaks a line inside %s', (_, inside) => {
    const breaks = lineBreaks(printed.get(kind)?.lines ?? []);
    expect(breaks.length).toBeGreaterThan(PARAGRAPHS.length);
    expect(breaks.filter((b) => inside.test(b))).toEqual([]);
  });
});

it('never ends the notice\'s "V/v" subject on a line holding a short word alone', () => {
  const { text, lines } = printed.get('notice') ?? { text: '', lines: [] };
  expect(collapseSpaces(text)).toContain(`V/v ${SUBJECT}`);
  // The subject's last printed line: the one its text ends with.
  const last = lines.find((l) => l !== '' && SUBJECT.endsWith(l) && !SUBJECT.startsWith(l));
  expect(last?.split(' ').length ?? 0).toBeGreaterThan(1);
});
