/**
 * qa39 m4: a heading broken over lines does not end on a word alone when a better break fits.
 * The poster's header band left "BẮC" of "… PHƯỜNG HÒA KHÁNH BẮC" on a third line, the flyer's
 * title "huyết" of "… sốt xuất huyết". Read from the PDF's text lines (pdftotext -bbox), the
 * expected words from the campaign and the groups file (the QA's campaign, fixtures/qa39-sxh).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flyer } from '../../src/kinds/flyer.js';
import { poster } from '../../src/kinds/poster.js';
import { loadCampaign } from '../../src/load/campaign.js';
import { loadGroups } from '../../src/load/groups/index.js';
import { type PdfWord, pdfWords, wordLines } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';

const fixture = (file: string) =>
  fileURLToPath(new URL(`../fixtures/qa39-sxh/${file}`, import.meta.url));

/** Each printed line's words, top to bottom, left to right. */
const lines = (words: readonly PdfWord[]): string[][] =>
  wordLines(words).map((l) => l.map((w) => w.text));

/** The consecutive lines that together read `text` (spaces aside). */
function linesOf(all: readonly string[][], text: string): string[][] {
  const want = text.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < all.length; i++) {
    let got = '';
    for (let j = i; j < all.length && got.length < want.length; j++) {
      got = `${got} ${(all[j] as string[]).join(' ')}`.trim();
      if (got === want) return all.slice(i, j + 1);
      if (!want.startsWith(got)) break;
    }
  }
  throw new Error(`"${want}" is not in lines:\n${all.map((l) => l.join(' ')).join('\n')}`);
}

async function inputs() {
  const { campaign } = await loadCampaign(fixture('campaign.yaml'));
  const group = (await loadGroups(fixture('groups.csv')))[3];
  if (!group) throw new Error('the fixture has four groups');
  return { campaign, group };
}

describe('a heading over several lines ends on more than one word (qa39 m4)', () => {
  for (const size of ['a4', 'a3']) {
    it(`poster ${size}: the header band's group and ward`, async () => {
      const { campaign, group } = await inputs();
      const { bytes } = await renderFor(poster, campaign, group, size);
      const header = `${group.name}, ${campaign.issuer.ward}`.toLocaleUpperCase('vi');
      const got = linesOf(lines(await pdfWords(bytes)), header);
      expect(got.length).toBeGreaterThan(1);
      expect(got.at(-1)?.length, got.map((l) => l.join(' ')).join(' / ')).toBeGreaterThan(1);
    });
  }

  it("flyer: the campaign's title", async () => {
    const { campaign, group } = await inputs();
    const { bytes } = await renderFor(flyer, campaign, group);
    // Two copies side by side (A5 halves of a landscape sheet): the left one.
    const words = await pdfWords(bytes);
    const half = Math.max(...words.map((w) => w.xMax)) / 2;
    const got = linesOf(lines(words.filter((w) => w.xMax < half)), campaign.title ?? '');
    expect(got.length).toBeGreaterThan(1);
    expect(got.at(-1)?.length, got.map((l) => l.join(' ')).join(' / ')).toBeGreaterThan(1);
  });
});
