/**
 * review57a #11b: the studio's Kết quả tab totalled by khu phố said "(0/0 tổ đã báo cáo)" of a
 * khu phố whose only tổ has nothing to do (test/fixtures/qa56-mungtho: Tổ 3, 0 elders and a
 * budget of 0, put alone in Khu phố 2). It says so plainly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mungthoByArea } from '../support/mungtho-areas.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { visible } from './results-figures.js';
import type { Client, TestStudio } from './studio.js';
import { studioWithCampaign } from './studio.js';

let s: TestStudio;
let c: Client;
beforeAll(async () => {
  const { campaign, groups } = await mungthoByArea(await makeTempDir('studio-areas-idle-'));
  ({ s, c } = await studioWithCampaign('mung-tho', [campaign, groups]));
});
afterAll(async () => {
  await s.close();
  await removeTempDirs();
});

describe('the Kết quả tab’s khu phố whose tổ have nothing to do', () => {
  it('says none of its tổ has to report, not "0/0"', async () => {
    const text = visible((await c.get('/c/mung-tho/results')).text);
    expect(text).toContain('Khu phố 1 (0/2 tổ đã báo cáo)');
    expect(text).toContain('Khu phố 2 (không có tổ nào phải báo cáo)');
    expect(text).not.toContain('(0/0 tổ');
  });
});
