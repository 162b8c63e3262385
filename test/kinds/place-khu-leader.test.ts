/**
 * qa56 p3: QA's 63 groups (test/fixtures/qa56-luadao's header, "Tên tổ;Tổ trưởng") end with
 * "Khu tập thể Z179", a housing block's name, whose leader was printed "Trưởng khu: Vũ Thị An" on
 * the tracking sheet and "Liên hệ trưởng khu" on the flyer. "Khu tập thể", like "Khu đô thị", is
 * a place, not the unit word "khu": its leader is a tổ trưởng, as the groups file says.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { removeTempDirs } from '../support/tmp.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa56-luadao/${name}`, import.meta.url));

let built: TextBuild;
beforeAll(async () => {
  const yaml = await readFile(fixture('campaign.yaml'), 'utf8');
  const [header, first] = (await readFile(fixture('groups.csv'), 'utf8')).split('\r\n');
  // QA's row 63, after Tổ 1A.
  const rows = [header, first, '63;Khu tập thể Z179;Vũ Thị An;0964 897 926;175;525', ''];
  built = await buildCampaignText(yaml, rows.join('\r\n'), 'flyer');
}, 120_000);
afterAll(removeTempDirs);

describe('a housing block named “Khu tập thể …” (qa56 p3)', () => {
  it('has a tổ trưởng on its flyer, as the groups file’s header says', async () => {
    expect(built.code, built.stderr).toBe(0);
    const text = await built.text('khu-tap-the-z179', 'flyer');
    expect(text).toContain('Liên hệ tổ trưởng Vũ Thị An');
    expect(text).not.toMatch(/trưởng khu/i);
  });
});
