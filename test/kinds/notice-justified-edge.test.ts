/**
 * qa39 m2, m3: every justified line of the notice's body ends at the 15 mm right margin Decree 30
 * sets, measured from the PDF's word boxes (pdftotext -bbox). m2: a line holding a quoted name
 * glued to "(mã" ran 0.43 mm past the margin (the space inside was stretched but not counted).
 * m3: lines in the middle of a paragraph, beside a name kept whole or a long URL, were left
 * ragged. Only a paragraph's last line, and a line holding one unbreakable item, end short.
 * The campaign: the QA's "unseen" one (test/fixtures/qa39-sxh).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { loadCampaign } from '../../src/load/campaign.js';
import { loadGroups } from '../../src/load/groups/index.js';
import { type PdfWord, pdfWords, wordLines } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';

const fixture = (file: string) =>
  fileURLToPath(new URL(`../fixtures/qa39-sxh/${file}`, import.meta.url));

const MM = 72 / 25.4;
const A4_WIDTH = 210 * MM;
/** Decree 30's margins for an administrative document: left 30 mm, right 15 mm. */
const LEFT = 30 * MM;
const RIGHT_EDGE = A4_WIDTH - 15 * MM;

const text = (l: readonly PdfWord[]) => l.map((w) => w.text).join(' ');
const end = (l: readonly PdfWord[]) => (l[l.length - 1] as PdfWord).xMax;

describe('justified body lines of the notice end at the right margin (qa39 m2, m3)', () => {
  it('sxh campaign: every line but a paragraph last ends at 15 mm, none past it', async () => {
    const { campaign } = await loadCampaign(fixture('campaign.yaml'));
    const groups = await loadGroups(fixture('groups.csv'));
    for (const group of [groups[0], groups[3]]) {
      if (!group) throw new Error('the fixture has four groups');
      const { bytes } = await renderFor(notice, campaign, group);
      const all = wordLines(await pdfWords(bytes));
      const from = all.findIndex((l) => text(l).startsWith('Kính gửi'));
      const to = all.findIndex((l) => text(l).startsWith('Nơi nhận'));
      expect(from, all.map(text).join('\n')).toBeGreaterThan(0);
      // The body's lines: at the left margin, or indented as a paragraph's first line.
      const body = all.slice(from + 1, to).filter((l) => (l[0] as PdfWord).xMin >= LEFT - 0.5);
      expect(body.length).toBeGreaterThan(40);
      const report: string[] = [];
      for (const [i, l] of body.entries()) {
        const next = body[i + 1];
        // A paragraph's last line: the next one starts indented, or the body ends.
        const last = !next || (next[0] as PdfWord).xMin > LEFT + 5;
        const mm = ((RIGHT_EDGE - end(l)) / MM).toFixed(2);
        if (end(l) > RIGHT_EDGE + 0.3) report.push(`past the margin by ${-mm} mm: ${text(l)}`);
        else if (!last && l.length > 1 && end(l) < RIGHT_EDGE - 0.3)
          report.push(`ragged, ${mm} mm short: ${text(l)}`);
      }
      expect(report, group.name).toEqual([]);
    }
  });
});
