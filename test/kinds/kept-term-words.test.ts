/**
 * The ward's word for its groups and their leaders is one name to the line breaker: "Trưởng khu ⏎
 * phố: Nguyễn Trần Hoàng Bảo Ngọc Khánh Linh" split the word on a tracking sheet's header (qa20).
 * The joiner is what every kind's sections go through (kinds/render.ts renderSections): its
 * words are joined by no-break spaces, which the breaker keeps on one line.
 */
import { describe, expect, it } from 'vitest';
import { keptNames } from '../../src/kinds/kept-names.js';
import type { Group } from '../../src/load/types.js';
import { buildContext } from '../../src/model/context.js';
import { exampleInputs } from '../support/render.js';

describe("the ward's word for its groups", () => {
  it('is kept whole in a line naming the leader, as a heading and mid-sentence', async () => {
    const { campaign, groups } = await exampleInputs();
    const group: Group = { ...(groups[0] as Group), name: 'Khu phố 1' };
    const keep = keptNames(buildContext(campaign, group, 'khu-pho-1'));
    const [heading] = keep([{ text: 'Trưởng khu phố: Nguyễn Trần Hoàng Bảo Ngọc Khánh Linh' }]);
    expect(heading?.text).toContain('Trưởng\u00a0khu\u00a0phố:');
    const [sentence] = keep([{ text: 'Đề nghị các khu phố và trưởng khu phố triển khai.' }]);
    expect(sentence?.text).toContain('các khu\u00a0phố và trưởng\u00a0khu\u00a0phố triển');
  });
});
