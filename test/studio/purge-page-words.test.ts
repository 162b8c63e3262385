/**
 * "Xoá hẳn" of a deleted campaign speaks of its groups in the ward's word: a commune of thôn
 * (the qa22 PCCC campaign, groups "Thôn …") is told "danh sách thôn", "số liệu các thôn",
 * "đường dẫn trưởng thôn", never the tổ of a ward of tổ dân phố. Real studio on loopback.
 */
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PCCC_CAMPAIGN, PCCC_GROUPS } from '../support/qa22-pccc.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { visible } from './results-figures.js';
import { type Client, studioWithCampaign, type TestStudio } from './studio.js';

const SLUG = 'pccc-xoa';
let s: TestStudio;
let c: Client;
beforeAll(async () => {
  // The studio reads a campaign's list as groups.<ext>.
  const groups = join(await makeTempDir(), 'groups.csv');
  await copyFile(PCCC_GROUPS, groups);
  ({ s, c } = await studioWithCampaign(SLUG, [PCCC_CAMPAIGN, groups]));
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

it('names the thôn, their list and their heads on the page before removing for good', async () => {
  expect((await c.post(`/c/${SLUG}/delete`, {}, `/c/${SLUG}/delete`)).status).toBe(303);
  const page = await c.get(`/deleted/${SLUG}/purge`);
  expect(page.status).toBe(200);
  const said = visible(page.text);
  expect(said).toContain('danh sách thôn đã tải lên');
  expect(said).toContain('số liệu các thôn đã báo cáo');
  expect(said).toContain('các đường dẫn trưởng thôn đã gửi');
  expect(said).not.toMatch(/\btổ\b/);
});
