/**
 * The new-campaign page's choice of the ward's newest groups list (qa47 M1) in the ward's own
 * word (final-read47): an ấp's commune read "Dùng danh sách tổ mới nhất". The studio-made ấp
 * campaign (test/fixtures/studio-ap: its groups are "Ấp …", no group_term) on a real studio.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, plainText, studioWithCampaign, type TestStudio } from './studio.js';

const AP = 'test/fixtures/studio-ap';

describe('the new-campaign page of an ấp’s commune', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await studioWithCampaign('bau-cu-ap', [
      join(AP, 'campaign.yaml'),
      join(AP, 'groups.xlsx'),
    ]));
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('offers the newest list of ấp, not of tổ', async () => {
    const text = plainText((await c.get('/new')).text);
    expect(text).toContain('Bản sao mang theo danh sách ấp của chiến dịch được chọn.');
    expect(text).toMatch(
      /Dùng danh sách ấp mới nhất \(“[^”]+”, không rõ ngày tải lên\) cho bản sao/,
    );
    expect(text).not.toContain('danh sách tổ');
  });
});
