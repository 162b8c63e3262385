/**
 * A prize of several awards says each award's amount (qa7 F2): "02 giải nhì: 1.000.000 đồng"
 * read as the total for both; the notices offices write say "02 giải nhì, mỗi giải 1.000.000
 * đồng". A single award keeps "01 giải nhất: 1.500.000 đồng". What a household sees: the
 * flyer's text of a build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';

const CAMPAIGN = `${NOTICE_ONLY}contest:
  name: Tìm hiểu Luật Căn cước năm 2023
  platform: Cổng thi trực tuyến của tỉnh
  starts: 2026-12-10
  ends: 2026-12-31
  prizes:
    individual:
      title: Giải cá nhân
      items:
        - { count: 1, rank: giải nhất, amount: 1500000 }
        - { count: 2, rank: giải nhì, amount: 1000000 }
        - { count: 10, rank: giải khuyến khích, amount: 200000 }
links:
  contest:
    url: "https://thi.example.gov.vn/cuoc-thi"
    label: Trang cuộc thi
`;

let built: TextBuild;

beforeAll(async () => {
  built = await buildCampaignText(CAMPAIGN, 'STT,Tên thôn\n1,Thôn Đông Bình\n', 'flyer');
});
afterAll(removeTempDirs);

describe('individual prizes on the flyer', () => {
  it('builds', () => {
    expect(built.code, built.stderr).toBe(0);
  });

  it('says "mỗi giải" for a prize of several awards, the amount alone for one', async () => {
    const text = await built.text('thon-dong-binh', 'flyer');
    expect(text).toContain('01 giải nhất: 1.500.000 đồng');
    expect(text).toContain('02 giải nhì, mỗi giải 1.000.000 đồng');
    expect(text).toContain('10 giải khuyến khích, mỗi giải 200.000 đồng');
  });
});
