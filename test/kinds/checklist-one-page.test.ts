/**
 * A checklist that runs a few lines onto a second sheet is set tighter until it fits one (qa39
 * m9): the dengue checklist (test/fixtures/qa39-sxh) had "Số điện thoại cần biết", its hotline and
 * the contact line alone on page 2, a second sheet per household when printed one-sided. A
 * checklist too long for one page even at its tightest still flows onto the next.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checklist } from '../../src/kinds/checklist.js';
import { loadCampaign } from '../../src/load/campaign.js';
import { loadGroups } from '../../src/load/groups/index.js';
import { pdfPageTexts } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa39-sxh/${name}`, import.meta.url));

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

async function sxh() {
  const { campaign } = await loadCampaign(fixture('campaign.yaml'));
  const groups = await loadGroups(fixture('groups.csv'));
  return { campaign, groups };
}

describe('a checklist a few lines too long for one page', () => {
  it('is set on one page, every line of it there (the dengue checklist)', async () => {
    const { campaign, groups } = await sxh();
    for (const group of [groups[0], groups.at(-1)]) {
      if (!group) throw new Error('the fixture has no groups');
      const pages = await pdfPageTexts((await renderFor(checklist, campaign, group)).bytes);
      expect(pages.length).toBe(1);
      const text = oneLine(pages.join('\n'));
      // What the campaign gives, read from its file: every step, the hotline, the contact.
      for (const action of campaign.actions ?? []) expect(text).toContain(action.step);
      expect(text).toContain('Số điện thoại cần biết');
      expect(text).toContain('Trạm Y tế phường Hòa Khánh Bắc: 0236 3 842 115');
      expect(text).toContain('Liên hệ: Phòng Văn hoá - Xã hội, phường Hòa Khánh Bắc');
      expect(text).toContain(campaign.issuer.phone ?? '?');
      expect(text).toContain(group.name);
    }
  });

  it('still flows onto a second page when even its tightest setting is too long', async () => {
    const { campaign, groups } = await sxh();
    const group = groups[0];
    if (!group) throw new Error('the fixture has no groups');
    // Twenty steps: well over a page at any setting.
    const steps = Array.from({ length: 20 }, (_, i) => ({
      step: `Việc thứ ${i + 1}: kiểm tra và đậy kín mọi dụng cụ chứa nước quanh nhà`,
      column: `Việc ${i + 1}`,
    }));
    const long = { ...campaign, actions: steps };
    const pages = await pdfPageTexts((await renderFor(checklist, long, group)).bytes);
    expect(pages.length).toBeGreaterThan(1);
    const text = oneLine(pages.join('\n'));
    for (const s of steps) expect(text).toContain(s.step);
    expect(text).toContain('Trạm Y tế phường Hòa Khánh Bắc: 0236 3 842 115');
  });
});
