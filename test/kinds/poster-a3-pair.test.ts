/**
 * qa39 m7: the A3 poster's two sheets (the iOS code on one, the Android code on the other) hang
 * side by side: every line they share sits at the same height in the same type size, and the
 * two codes' captions on one baseline. The QA's campaign (fixtures/qa39-sxh) set the steps in
 * 16.55 pt on the iOS sheet and 18.39 pt on the Android one, the captions 2.8 mm apart (its two
 * codes have different module counts). Read from the PDF's word boxes (pdftotext -bbox).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { poster } from '../../src/kinds/poster.js';
import { loadCampaign } from '../../src/load/campaign.js';
import { loadGroups } from '../../src/load/groups/index.js';
import { type PdfWord, pdfWords, wordLines } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';

const fixture = (file: string) =>
  fileURLToPath(new URL(`../fixtures/qa39-sxh/${file}`, import.meta.url));

interface PrintedLine {
  text: string;
  top: number;
  bottom: number;
  left: number;
}

/** The printed lines of one page, top to bottom. */
const pageLines = (words: readonly PdfWord[], page: number): PrintedLine[] =>
  wordLines(words.filter((w) => w.page === page)).map((l) => ({
    text: l.map((w) => w.text).join(' '),
    top: Math.min(...l.map((w) => w.yMin)),
    bottom: Math.max(...l.map((w) => w.yMax)),
    left: (l[0] as PdfWord).xMin,
  }));

describe('the A3 poster pair matches (qa39 m7)', () => {
  it('same lines at the same height and size on both sheets, captions on one baseline', async () => {
    const { campaign } = await loadCampaign(fixture('campaign.yaml'));
    const groups = await loadGroups(fixture('groups.csv'));
    for (const group of groups) {
      const { bytes, pages } = await renderFor(poster, campaign, group, 'a3');
      expect(pages).toBe(2);
      const words = await pdfWords(bytes);
      const [ios, android] = [pageLines(words, 1), pageLines(words, 2)];
      const steps = ios.filter((l) => /^\d\. /.test(l.text));
      expect(steps.length, group.name).toBe(campaign.app ? 3 : 0);
      // Every line of the iOS sheet also on the Android sheet: same place, same height (size).
      let shared = 0;
      for (const l of ios) {
        const twin = android.find((a) => a.text === l.text);
        if (!twin) continue;
        shared++;
        const where = `${group.name}: ${l.text}`;
        expect(twin.top, where).toBeCloseTo(l.top, 1);
        expect(twin.bottom - twin.top, where).toBeCloseTo(l.bottom - l.top, 1);
        expect(twin.left, where).toBeCloseTo(l.left, 1);
      }
      expect(shared).toBeGreaterThan(8);
      // The captions: the campaign's labels of the two stores, on one baseline.
      const iosLabel = campaign.app?.ios?.label ?? '';
      const androidLabel = campaign.app?.android?.label ?? '';
      const a = ios.find((l) => l.text === iosLabel);
      const b = android.find((l) => l.text === androidLabel);
      expect(a && b, `${iosLabel} / ${androidLabel}`).toBeTruthy();
      expect(b?.bottom, group.name).toBeCloseTo(a?.bottom ?? 0, 1);
    }
  });
});
