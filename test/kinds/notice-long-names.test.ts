/**
 * A long name in a justified body sentence (qa7 A1): a merged commune's thôn or venue ("Thôn
 * Thượng Phúc Lộc Thọ Đông Tây Nam Bắc", joined by no-break spaces so that it moves whole) jumped
 * to the next line and left a line ending at ~60 % of the width, which reads as a paragraph's end.
 * A name over about a third of the line now breaks between its words when keeping it whole would
 * leave a big gap; a short name still moves whole. What a reader sees: the words' boxes
 * (pdftotext -bbox) of the notice.
 */
import { describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { parseCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { type PdfWord, pdfWords } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';

const SENTENCE =
  'Công an phường tổ chức tiếp nhận hồ sơ lưu động tại {{group.name}} vào sáng thứ Bảy, tại {{group.venue}}, đề nghị người dân mang theo thẻ Căn cước và điện thoại đã cài ứng dụng.';

const campaign = parseCampaign(
  NOTICE_ONLY.replace('body: Đề nghị các khu phố triển khai.', `body: "${SENTENCE}"`),
  'campaign.yaml',
);

async function lines(name: string, venue: string): Promise<PdfWord[][]> {
  const group: Group = { id: '1', name, venue, source: { file: 'g.csv', row: 2 } };
  const words = (await pdfWords((await renderFor(notice, campaign, group)).bytes)).filter(
    (w) => w.page === 1,
  );
  const out: PdfWord[][] = [];
  for (const w of words) {
    const line = out.find((l) => Math.abs((l[0] as PdfWord).yMin - w.yMin) < 1);
    if (line) line.push(w);
    else out.push([w]);
  }
  return out;
}

/** The lines of the body's paragraph: from the one with "Công an" to the one that ends "dụng.". */
function paragraph(all: PdfWord[][]): PdfWord[][] {
  const first = all.findIndex((l) => l.some((w) => w.text === 'lưu'));
  const last = all.findIndex((l) => l.some((w) => w.text === 'dụng.'));
  return all.slice(first, last + 1);
}

const right = (line: PdfWord[]) => Math.max(...line.map((w) => w.xMax));

describe('a long name in a justified body', () => {
  it('leaves no short line before the paragraph’s last', async () => {
    const name = 'Thôn Thượng Phúc Lộc Thọ Đông Tây Nam Bắc';
    // Inside the sentence the unit word is lower case before a proper name (Decree 30).
    const said = 'thôn Thượng Phúc Lộc Thọ Đông Tây Nam Bắc';
    const venue = 'Hội trường Hợp tác xã nông nghiệp Thượng Phúc, cạnh chợ Chiều';
    const para = paragraph(await lines(name, venue));
    expect(para.length).toBeGreaterThan(2);
    const full = Math.max(...para.map(right));
    // Every line but the last reaches the right margin (justified), to within a point or two.
    for (const line of para.slice(0, -1))
      expect(full - right(line), line.map((w) => w.text).join(' ')).toBeLessThan(2);
    // Nothing lost or reordered: the name and venue read whole.
    const text = para
      .flat()
      .map((w) => w.text)
      .join(' ');
    expect(text).toContain(said);
    expect(text).toContain(venue);
  });

  it('still moves a short name whole to the next line', async () => {
    // As the sentence says each: lower case before a proper name, as written before a number.
    for (const [group, name] of [
      ['Thôn Đông An', 'thôn Đông An'],
      ['Tổ dân phố số 12', 'Tổ dân phố số 12'],
      ['Khu phố Bình Minh', 'khu phố Bình Minh'],
    ] as const) {
      const para = paragraph(await lines(group, 'Nhà văn hóa'));
      const [head] = name.split(' ');
      // The name's words are on one line, wherever it falls.
      const at = para.findIndex((l) =>
        l.some((w, i) => w.text === head && l[i + 1]?.text === name.split(' ')[1]),
      );
      expect(at, name).toBeGreaterThanOrEqual(0);
      const line = (para[at] as PdfWord[]).map((w) => w.text).join(' ');
      expect(line, name).toContain(name);
    }
  });
});
