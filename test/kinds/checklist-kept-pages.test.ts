/**
 * The checklist is laid out once and its pages placed again under each group's header
 * (layout/kept-document.ts). What a participant gets must not show it: every page names its own
 * group, the copies read alike but for that name, and a copy is the same bytes whichever group
 * was laid out first.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checklist } from '../../src/kinds/checklist.js';
import type { Campaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { pdfPageTexts } from '../support/pdf-text.js';
import { exampleInputs, renderFor } from '../support/render.js';

let campaign: Campaign;
let groups: Group[];

beforeAll(async () => {
  ({ campaign, groups } = await exampleInputs());
});

const render = (group: Group) => renderFor(checklist, campaign, group);

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

describe("every group's checklist", () => {
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
      for (const page of pages) expect(oneLine(page)).toContain(group.name);
      texts.push(oneLine(pages.join('\n')).replaceAll(group.name, '<tổ>'));
    }
    expect(texts[1]).toBe(texts[0]);
    expect(texts[2]).toBe(texts[0]);
  });
});
