/**
 * A dash between words ("sởi – rubella", "Hà Nội - Hải Phòng") stays at the end of its line,
 * never at the head of the next: UAX #14 allows a break after the space before it, which left
 * "– rubella" opening a line of the trích yếu and of the body. Paragraphs of every length up to
 * a few lines are set, so that somewhere a line's end falls right at the dash; the extracted
 * text's lines are read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import type { Campaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { collapseSpaces, pdfPageTexts } from '../support/pdf-text.js';
import { exampleInputs, exampleWithBody, renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

// A paragraph per length: the first 1, 2, 3… words of a sentence, then "sởi – rubella", so that
// the dash falls at every place of a line; somewhere it falls right at a line's end.
const WORDS =
  'Trạm y tế phường tổ chức tiêm bổ sung miễn phí cho các cháu chưa được tiêm đủ mũi theo lịch của chương trình tiêm chủng mở rộng năm nay vắc xin'.split(
    ' ',
  );
const PARAGRAPHS = Array.from(
  { length: 40 },
  (_, i) =>
    `${WORDS.slice(0, (i % WORDS.length) + 1).join(' ')} sởi – rubella, tuyến Hà Nội - Hải Phòng, đợt ${i + 1}.`,
);

let lines: string[];
let text: string;

beforeAll(async () => {
  const dir = await makeTempDir('phuong-print-dash-');
  const group = (await exampleInputs()).groups[0] as Group;
  const campaign: Campaign = await exampleWithBody(dir, 'dashes', () => PARAGRAPHS.join('\n\n'));
  const subject = 'tổ chức tiêm chủng bổ sung vắc xin sởi – rubella cho trẻ em từ 1 đến 5 tuổi';
  const bytes = (
    await renderFor(notice, { ...campaign, notice: { ...campaign.notice, subject } }, group)
  ).bytes;
  const pages = await pdfPageTexts(bytes, { layout: true });
  lines = pages.flatMap((p) => p.split('\n')).map((l) => l.trim());
  text = collapseSpaces(pages.join(' '));
});
afterAll(removeTempDirs);

describe('a dash between words', () => {
  it('never opens a line', () => {
    // The layout text sets the two columns of the header side by side: a line may hold both.
    // (The recipients and copies are lists whose items start with "- ": not these dashes.)
    const opening = lines.filter((l) => /(^|\s{3,})(– |- Hải Phòng)/u.test(l));
    expect(opening).toEqual([]);
  });

  it('loses no word: every paragraph and the subject read whole', () => {
    for (const p of PARAGRAPHS) expect(text).toContain(p);
    expect(text).toContain('sởi – rubella cho trẻ em từ 1 đến 5 tuổi');
  });
});
