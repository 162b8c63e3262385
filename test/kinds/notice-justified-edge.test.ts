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
import { LEFT, lineStart, marginReport, noticeBodyLines } from '../support/notice-margins.js';
import { pdfWords } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';

const fixture = (file: string) =>
  fileURLToPath(new URL(`../fixtures/qa39-sxh/${file}`, import.meta.url));

describe('justified body lines of the notice end at the right margin (qa39 m2, m3)', () => {
  it('sxh campaign: every line but a paragraph last ends at 15 mm, none past it', async () => {
    const { campaign } = await loadCampaign(fixture('campaign.yaml'));
    const groups = await loadGroups(fixture('groups.csv'));
    for (const group of [groups[0], groups[3]]) {
      if (!group) throw new Error('the fixture has four groups');
      const { bytes } = await renderFor(notice, campaign, group);
      // The body's lines: at the left margin, or indented as a paragraph's first line.
      const body = noticeBodyLines(await pdfWords(bytes)).filter((l) => lineStart(l) >= LEFT - 0.5);
      expect(body.length).toBeGreaterThan(40);
      expect(marginReport(body), group.name).toEqual([]);
    }
  });
});
