/**
 * Names kept together in the notice (qa1 #12), read from the PDF's words (pdftotext -bbox): a
 * short name that fits a line moves whole to the next one, and the text still reads in order; a name
 * too long for any line is not moved at all ("Kính gửi: Trưởng" is not left alone, nor "… tại"
 * in the body), it breaks where the line is full.
 */
import { describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { parseCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { type PdfWord, pdfWords } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';

const BODY = `body: |
    Mùa hanh khô năm 2026 nguy cơ cháy, nổ tại khu dân cư tăng cao. Ủy ban nhân dân phường đề nghị các khu phố thực hiện:

    1. Rà soát, kiểm tra bình chữa cháy tại các hộ kinh doanh;

    2. Tổ chức diễn tập phương án chữa cháy "4 tại chỗ" tại {{group.name}};

    3. Tuyên truyền người dân không đốt vàng mã, rơm rạ gần nhà ở.`;

const campaign = parseCampaign(
  NOTICE_ONLY.replace(
    'recipients: ["{{group.name}}"]',
    'recipients: ["Trưởng {{group.name}}"]',
  ).replace('body: Đề nghị các khu phố triển khai.', BODY),
  'campaign.yaml',
);

async function wordsFor(name: string, before = ''): Promise<PdfWord[]> {
  const group: Group = { id: '1', name, source: { file: 'g.csv', row: 2 } };
  const c = before
    ? {
        ...campaign,
        notice: {
          ...campaign.notice,
          body: campaign.notice.body.replace('"4 tại chỗ" tại', `"4 tại chỗ" ${before}tại`),
        },
      }
    : campaign;
  const { bytes } = await renderFor(notice, c, group);
  return (await pdfWords(bytes)).filter((w) => w.page === 1);
}

/** The word `first` right after `before` (and before "phố"), and that word before it. */
function pair(words: PdfWord[], before: string, first: string): [PdfWord, PdfWord] {
  // "phố": the name's "khu phố", not the body's own "tại khu dân cư".
  const i = words.findIndex(
    (w, k) => w.text === first && words[k - 1]?.text === before && words[k + 1]?.text === 'phố',
  );
  if (i < 1) throw new Error(`no "${before} ${first}" in ${words.map((w) => w.text).join(' ')}`);
  return [words[i - 1] as PdfWord, words[i] as PdfWord];
}

const sameLine = (a: PdfWord, b: PdfWord) => Math.abs(a.yMin - b.yMin) < 1;

describe('names kept together in the notice', () => {
  it('moves a short name that fits a line whole, the line it leaves reading in order', async () => {
    // Short names (under a third of the line) move whole whatever gap they leave; a longer one
    // breaks when moving it would leave a big gap (qa7 A1, notice-long-names.test.ts). Words
    // added before the name move it along the line until it meets the line's end.
    const name = 'Khu phố Bình An';
    // Inside the sentence the unit word is lower case before a proper name (Decree 30).
    const said = 'khu phố Bình An';
    let moved = false;
    for (let k = 0; k <= 20 && !moved; k++) {
      const words = await wordsFor(name, 'rất '.repeat(k));
      // In reading order (what a copy or a screen reader gets): "… "4 tại chỗ" tại khu phố …".
      const [tai, khu] = pair(words, 'tại', 'khu');
      const line = words.filter((w) => sameLine(w, khu)).map((w) => w.text);
      expect(line.join(' '), `${k}`).toContain(said);
      if (!sameLine(tai, khu)) {
        moved = true;
        expect(line.join(' ').startsWith(said)).toBe(true);
      }
    }
    expect(moved).toBe(true);
  });

  it('does not move a name longer than a line', async () => {
    const name =
      'Khu phố Trung Chính Đông Nam Hạ Thượng Nông Cống Thanh Hóa Mới Sáp Nhập Năm Hai Nghìn Hai Mươi Lăm';
    const words = await wordsFor(name);
    const [truong, khu] = pair(words, 'Trưởng', 'khu');
    expect(sameLine(truong, khu)).toBe(true);
    const [tai, khu2] = pair(words, 'tại', 'khu');
    expect(sameLine(tai, khu2)).toBe(true);
  });
});
