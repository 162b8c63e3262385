/**
 * A URL broken over lines is still one URL for the reader: copied (poppler's pdftotext, which
 * honours /ActualText) it is whole, with no line break inside, and its link annotation covers
 * every line it spans (pdfjs, which reads the drawn pieces and the annotations). Checked on the
 * example notice and on a sweep that moves the URLs to every place on a line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import type { Group } from '../../src/load/types.js';
import { pdfSpansAndLinks, rectInside } from '../support/pdf-items.js';
import { pdfText } from '../support/pdf-text.js';
import { exampleInputs, exampleWithBody, renderFor } from '../support/render.js';
import { seedUrls } from '../support/seed.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

let dir: string;
let group: Group;

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-notice-links-');
  group = (await exampleInputs()).groups[0] as Group;
});
afterAll(removeTempDirs);

/**
 * What is wrong with the URLs of `pdf`, one sentence each: a URL of `urls` not on one line of the
 * extracted text (plain and -layout), and a broken URL's piece no link annotation of it covers.
 * Returns also how many URLs were broken, so a sweep can show it tested breaks at all.
 */
async function urlFaults(pdf: Uint8Array, urls: readonly string[]) {
  const faults: string[] = [];
  for (const layout of [false, true]) {
    const lines = (await pdfText(pdf, { layout })).split(/[\n\f]/);
    for (const url of urls) {
      if (!lines.some((l) => l.includes(url)))
        faults.push(`${layout ? 'layout' : 'plain'}: ${url} not whole on one line`);
    }
  }
  let broken = 0;
  for (const [n, page] of (await pdfSpansAndLinks(pdf)).entries()) {
    // Consecutive spans whose pieces make up a URL: its lines.
    for (let i = 0; i < page.spans.length; i++) {
      const url = urls.find((u) => u.startsWith(page.spans[i]?.str ?? '\u0000'));
      if (!url) continue;
      let text = '';
      let j = i;
      while (j < page.spans.length && url.startsWith(text + (page.spans[j]?.str ?? ''))) {
        text += page.spans[j]?.str ?? '';
        j++;
        if (text === url) break;
      }
      // A URL broken across a page: its pieces on the next page are not checked here.
      if (j - i < 2) continue;
      broken++;
      for (const piece of page.spans.slice(i, j)) {
        const covered = page.links.some((l) => l.url === url && rectInside(piece.rect, l.rect));
        if (!covered) faults.push(`p${n + 1}: "${piece.str}" of ${url} has no link over it`);
      }
      i = j - 1;
    }
  }
  return { faults, broken };
}

describe('URLs broken over lines', () => {
  it('copy back whole from the example notice, each line of them linked', async () => {
    const { campaign } = await exampleInputs();
    const pdf = (await renderFor(notice, campaign, group)).bytes;
    const { faults, broken } = await urlFaults(pdf, seedUrls());
    expect(faults).toEqual([]);
    // The example breaks at least its contest and video URLs.
    expect(broken).toBeGreaterThanOrEqual(2);
  });

  it('copy back whole wherever on the line the URL starts (a sweep of 12 lead-ins)', async () => {
    const urls = seedUrls();
    const lead = 'Đề nghị xem thêm tại';
    const body = Array.from(
      { length: 12 },
      (_, k) => `${'Người dân '.repeat(k)}${lead} ${urls[k % urls.length]} và phản hồi.`,
    ).join('\n\n');
    const campaign = await exampleWithBody(dir, 'sweep', () => body);
    const pdf = (await renderFor(notice, campaign, group)).bytes;
    const { faults, broken } = await urlFaults(pdf, urls);
    expect(faults).toEqual([]);
    expect(broken).toBeGreaterThanOrEqual(6);
  });
});
