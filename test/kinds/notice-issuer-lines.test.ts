/**
 * The issuer's block at the top left of a notice (cơ quan chủ quản, cơ quan ban hành): a line
 * wider than its column breaks between administrative words, evenly, as Decree 30/2020's
 * samples set it — "ỦY BAN NHÂN DÂN" over "THÀNH PHỐ HỒ CHÍ MINH" — never inside a name
 * ("…THÀNH PHỐ" | "HỒ CHÍ MINH", "…HÒA KHU" | "VỰC MỚI…"). The lines expected are the input's
 * own phrases; the block is read from the first lines of the extracted layout text, left column.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import type { Campaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { pdfPageTexts } from '../support/pdf-text.js';
import { exampleInputs, renderFor } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

const CASES = [
  {
    what: 'a ward under a city, its name with a long addition',
    parent: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH',
    name: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG BÌNH HƯNG HÒA KHU VỰC MỚI SÁP NHẬP'],
    block: [
      'ỦY BAN NHÂN DÂN',
      'THÀNH PHỐ HỒ CHÍ MINH',
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG BÌNH HƯNG HÒA',
      'KHU VỰC MỚI SÁP NHẬP',
    ],
  },
  {
    what: 'a special zone written on one line',
    parent: 'UBND TỈNH QUẢNG NINH',
    name: ['ỦY BAN NHÂN DÂN ĐẶC KHU VÂN ĐỒN'],
    block: ['UBND TỈNH QUẢNG NINH', 'ỦY BAN NHÂN DÂN', 'ĐẶC KHU VÂN ĐỒN'],
  },
];

let campaign: Campaign;
let group: Group;

beforeAll(async () => {
  const inputs = await exampleInputs();
  campaign = inputs.campaign;
  group = inputs.groups[0] as Group;
});
afterAll(removeTempDirs);

describe.each(CASES)('the issuer block of $what', ({ parent, name, block }) => {
  it('breaks between administrative words, each name whole on its line', async () => {
    const c = { ...campaign, issuer: { ...campaign.issuer, parent, name } };
    const [first = ''] = await pdfPageTexts((await renderFor(notice, c, group)).bytes, {
      layout: true,
    });
    // The left column: what a line holds before the gap to the right column.
    const left = first
      .split('\n')
      .map((l) => l.trim().split(/\s{3,}/)[0] ?? '')
      .filter((l) => l !== '');
    expect(left.slice(0, block.length)).toEqual(block);
  });
});
