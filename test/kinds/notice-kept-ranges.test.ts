/**
 * A range of times or dates and a figure with its unit never break across lines: a notice
 * printed "buổi chiều từ 13h30 -" at a line's end and "15h30" at the head of the next, and
 * "0,5" | "ml". Paragraphs of every length up to a few lines are set, so that somewhere a line's
 * end falls inside each of them; the extracted text's lines are read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import type { Campaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { collapseSpaces, pdfPageTexts } from '../support/pdf-text.js';
import { exampleInputs, exampleWithBody, renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

/** What must stay on one line, as typed in the body. */
const KEPT = [
  '13h30 - 15h30',
  '13h30 – 15h30',
  '7h30-11h00',
  '7g30 – 9g00',
  '8 giờ đến 10 giờ',
  '02/12 – 05/12/2026',
  '02/12-05/12/2026',
  '0,5 ml',
  '10 kg',
  '85 %',
  '30 phút',
];
const WORDS =
  'Trạm y tế xã tổ chức tiêm bổ sung miễn phí cho các cháu chưa được tiêm đủ mũi theo lịch của chương trình tiêm chủng mở rộng năm nay'.split(
    ' ',
  );
// A paragraph per length: the first 1, 2, 3… words, then every kept piece between words, so that
// each falls at every place of a line.
const PARAGRAPHS = Array.from(
  { length: 36 },
  (_, i) =>
    `${WORDS.slice(0, (i % WORDS.length) + 1).join(' ')} ${KEPT.map((k, j) => `${k} ${WORDS[j] ?? 'và'}`).join(' ')}.`,
);

let lines: string[];
let text: string;

beforeAll(async () => {
  const dir = await makeTempDir('phuong-print-ranges-');
  const group = (await exampleInputs()).groups[0] as Group;
  const campaign: Campaign = await exampleWithBody(dir, 'ranges', () => PARAGRAPHS.join('\n\n'));
  const { bytes } = await renderFor(notice, campaign, group);
  const pages = await pdfPageTexts(bytes);
  lines = pages.flatMap((p) => p.split('\n')).map((l) => collapseSpaces(l));
  text = collapseSpaces(pages.join(' '));
});
afterAll(removeTempDirs);

describe('a range of times or dates, a figure and its unit', () => {
  it.each(KEPT)('"%s" is on one line every time it is printed', (kept) => {
    const typed = PARAGRAPHS.length;
    const whole = lines.reduce((n, l) => n + l.split(kept).length - 1, 0);
    expect(whole).toBe(typed);
  });

  it('copies with ordinary spaces, every paragraph to its end', () => {
    expect(text).not.toContain('\u00a0');
    // (A paragraph may run over a page's foot, whose lines then stand inside it.)
    const ends = `${KEPT.at(-1)} ${WORDS[KEPT.length - 1]}.`;
    expect(text.split(ends).length - 1).toBe(PARAGRAPHS.length);
  });
});
