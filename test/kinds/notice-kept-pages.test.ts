/**
 * The notice is laid out once and its pages placed again for every group whose copy differs only
 * in its "Bản gửi" tag (layout/kept-document.ts). A leader must not see it: each copy names its
 * own group on every page, reads as the others do but for that name, is the same bytes whichever
 * group was drawn first, and a notice addressed to each group still names its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import type { Campaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { pdfPageTexts } from '../support/pdf-text.js';
import { exampleInputs, renderFor } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

let campaign: Campaign;
let groups: Group[];

beforeAll(async () => {
  ({ campaign, groups } = await exampleInputs());
});
afterAll(removeTempDirs);

const render = (group: Group, c: Campaign = campaign) => renderFor(notice, c, group);

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

describe("every group's notice", () => {
  // First in this file (a process of its own): the first group's pages are laid out for it.
  it('is the same bytes whether its pages were laid out for it or for another group first', async () => {
    const [a, b] = groups;
    if (!a || !b) throw new Error('the example has fewer than two groups');
    const first = await render(a);
    await render(b);
    const again = await render(a);
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  it('names its own group on every page, and reads as the others but for that name', async () => {
    const picked = [groups[0], groups[1], groups[groups.length - 1]] as Group[];
    const texts: string[] = [];
    for (const group of picked) {
      const pages = await pdfPageTexts((await render(group)).bytes);
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages) expect(oneLine(page)).toContain(`Bản gửi: ${group.name}`);
      texts.push(oneLine(pages.join('\n')).replaceAll(group.name, '<tổ>'));
    }
    expect(texts[1]).toBe(texts[0]);
    expect(texts[2]).toBe(texts[0]);
  });

  it('addressed to each group ("{{group.name}}" among the recipients) names its own', async () => {
    const addressed: Campaign = {
      ...campaign,
      notice: {
        ...campaign.notice,
        recipients: [...campaign.notice.recipients, '{{group.name}}.'],
      },
    };
    for (const group of groups.slice(0, 3)) {
      const [first = ''] = await pdfPageTexts((await render(group, addressed)).bytes);
      const start = oneLine(first).slice(0, oneLine(first).indexOf('Bản gửi'));
      expect(start).toContain(`${group.name}.`);
      for (const other of groups.slice(0, 3))
        if (other !== group) expect(start).not.toContain(`${other.name}.`);
    }
  });
});
