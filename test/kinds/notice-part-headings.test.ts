/**
 * A notice's parts numbered as offices number them, typed one a line in the studio's body box
 * ("I. ĐỐI TƯỢNG", "II. Thời gian, địa điểm"), print as headings (bold), as a Word notice's do
 * once imported; a sentence that starts with a Roman number and ends with a full stop stays a
 * paragraph (qa17). Read from the PDF's text items: their font.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { type PageItems, pdfTextItems } from '../support/pdf-items.js';
import { renderCampaignText } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

const BODY = [
  'Thực hiện kế hoạch của UBND phường, thông báo như sau:',
  'I. ĐỐI TƯỢNG',
  'Toàn thể người dân trên địa bàn phường.',
  'II. Thời gian, địa điểm',
  'Từ ngày 01/12 đến ngày 15/12/2026.',
  'V. Lênin nói: học, học nữa, học mãi.',
];

let page: PageItems;
beforeAll(async () => {
  const yaml = NOTICE_ONLY.replace(
    '  body: Đề nghị các khu phố triển khai.',
    `  body: |\n${BODY.map((l) => `    ${l}`).join('\n')}`,
  );
  expect(yaml).toContain(BODY[1]);
  const pdf = await renderCampaignText(notice, yaml, 'STT;Tên khu phố\n1;Khu phố 1\n');
  [page] = (await pdfTextItems(pdf)) as [PageItems];
});
afterAll(removeTempDirs);

const boldOf = (text: string) => {
  const items = page.items.filter((i) => text.includes(i.str.trim()) && i.str.trim() !== '');
  expect(items.length, text).toBeGreaterThan(0);
  return items.every((i) => i.bold);
};

describe('a part of the notice typed one a line', () => {
  it('prints its heading in bold, the paragraphs under it not', () => {
    expect(boldOf(BODY[1] as string)).toBe(true);
    expect(boldOf(BODY[3] as string)).toBe(true);
    expect(boldOf(BODY[2] as string)).toBe(false);
    expect(boldOf(BODY[4] as string)).toBe(false);
  });

  it('leaves a sentence that starts with a Roman number a paragraph', () => {
    expect(boldOf(BODY[5] as string)).toBe(false);
  });
});
