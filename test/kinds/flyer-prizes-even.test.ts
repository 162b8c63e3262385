/**
 * A full flyer sets short lines of its lists two to a row; the prizes, read in order ("01 giải
 * nhất" … "05 giải khuyến khích"), were paired where two fitted and not elsewhere: "01 | 02", then
 * "03", then "05" under the left column, a grid broken halfway. Now the prizes are set two to a
 * row only all together, or one a line while the flyer still fits so (the numbers to call still
 * pair). What a household sees: where each prize line stands on the page.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { pdfTextItems, type TextItem } from '../support/pdf-items.js';
import { removeTempDirs } from '../support/tmp.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/hai-phong/campaign.yaml');
/** The example's prizes as the flyer prints them: count and rank. */
const PRIZES = ['01 giải nhất', '02 giải nhì', '03 giải ba', '05 giải khuyến khích'];
const HOTLINES = [
  'Hỗ trợ kỹ thuật cuộc thi: 0904 540 490',
  'Công an phường: 0225 3 842 113',
  'Trạm Y tế phường: 0225 3 842 115',
];

let built: TextBuild;
beforeAll(async () => {
  // The example with two groups eligible (not three), one thing to bring and three numbers to
  // call: full enough that its short lines pair, with room for the prizes one a line.
  const yaml = (await readFile(EXAMPLE, 'utf8')).replace(
    '    - Nhân dân trên địa bàn phường\n',
    '',
  );
  const lists = `\nbring:\n  - Điện thoại thông minh đã sạc đầy pin\nhotlines:\n${HOTLINES.map((h) => `  - "${h}"\n`).join('')}`;
  built = await buildCampaignText(yaml + lists, 'STT,Tên tổ dân phố\n1,Tổ dân phố 1\n', 'flyer');
}, 120_000);
afterAll(removeTempDirs);

/** The left flyer's items (the sheet holds two copies side by side). */
async function leftItems(): Promise<TextItem[]> {
  const pdf = await readFile(join(built.dir, 'out', 'to-dan-pho-1', 'flyer.pdf'));
  const [page] = await pdfTextItems(new Uint8Array(pdf));
  return (page?.items ?? []).filter((i) => i.xMm < 148);
}

const itemOf = (items: readonly TextItem[], text: string) => {
  const found = items.find((i) => i.str.includes(text));
  expect(found, text).toBeDefined();
  return found as TextItem;
};

describe('the prizes on a full flyer', () => {
  it('builds', () => {
    expect(built.code, built.stderr).toBe(0);
  });

  it('are one a line, in one column, in their order, while the numbers to call pair', async () => {
    const items = await leftItems();
    const prizes = PRIZES.map((p) => itemOf(items, p));
    const baselines = prizes.map((p) => p.baselineMm);
    for (let k = 1; k < baselines.length; k++)
      expect(baselines[k], PRIZES[k]).toBeGreaterThan((baselines[k - 1] as number) + 1);
    const left = Math.min(...prizes.map((p) => p.xMm));
    for (const [k, p] of prizes.entries()) expect(p.xMm - left, PRIZES[k]).toBeLessThan(1);
    // The flyer is full: its first two numbers to call share a row.
    const [one, two] = HOTLINES.map((h) => itemOf(items, (h.split(':')[0] as string).trim()));
    expect(Math.abs((one as TextItem).baselineMm - (two as TextItem).baselineMm)).toBeLessThan(0.5);
  });
});
