/**
 * A small online contest as an office sets it (qa7 campaign F): optional parts left out must not
 * leave a heading standing over nothing. What a household sees: the PDF text of a build.
 * F1: a contest without `rules` printed "Điều kiện bài thi hợp lệ" over an empty list on every
 * checklist; a contest with `prizes: {}` or without `eligible` must likewise print no bare heading
 * on the flyer. F5: a contest without `support_phone` printed "Hỗ trợ kỹ thuật:" with nothing after
 * it on the checklist and both flyers; the office and its phone are whom to call then.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';

const GROUPS = ['STT,Tên thôn,Trưởng thôn', '1,Thôn Đông Bình,Nguyễn Văn An'].join('\n');

const SUPPORT_PHONE = '0227 3 851 113';
const OFFICE_PHONE = '028 3820 1234';
/** The office's phone given: what a contest without its own support phone falls back to. */
const WITH_OFFICE_PHONE = NOTICE_ONLY.replace(
  '  office: Phòng Văn hóa - Xã hội\n',
  `  office: Phòng Văn hóa - Xã hội\n  phone: "${OFFICE_PHONE}"\n`,
);

const CONTEST = (extra: string, supportPhone = true) => `contest:
  name: Tìm hiểu Luật Căn cước năm 2023
  platform: Cổng thi trực tuyến của tỉnh
  starts: 2026-12-10
  ends: 2026-12-31
${supportPhone ? `  support_phone: "${SUPPORT_PHONE}"\n` : ''}${extra}links:
  contest:
    url: "https://thi.example.gov.vn/cuoc-thi"
    label: Trang cuộc thi
`;

let bare: TextBuild;
let full: TextBuild;

beforeAll(async () => {
  [bare, full] = await Promise.all([
    // No rules, no eligible, prizes with neither kind of award, no support phone.
    buildCampaignText(
      `${WITH_OFFICE_PHONE}${CONTEST('  prizes: {}\n', false)}`,
      `${GROUPS}\n`,
      'checklist,flyer',
    ),
    buildCampaignText(
      `${NOTICE_ONLY}${CONTEST(`  rules:
    - Mỗi người chỉ dự thi một lần
  eligible:
    - Công dân từ đủ 14 tuổi
  prizes:
    individual:
      title: Giải cá nhân
      items:
        - { count: 1, rank: giải nhất, amount: 1500000 }
`)}`,
      `${GROUPS}\n`,
      'checklist,flyer',
    ),
  ]);
});
afterAll(removeTempDirs);

const slug = 'thon-dong-binh';

describe('a contest’s optional parts', () => {
  it('builds both campaigns', () => {
    expect(bare.code, bare.stderr).toBe(0);
    expect(full.code, full.stderr).toBe(0);
  });

  it('prints no validity-rules heading on the checklist of a contest without rules', async () => {
    const text = await bare.text(slug, 'checklist');
    expect(text).toContain('Các bước dự thi');
    expect(text).not.toContain('Điều kiện bài thi hợp lệ');
  });

  it('prints the heading over the rules when there are rules', async () => {
    const text = await full.text(slug, 'checklist');
    expect(text).toMatch(/Điều kiện bài thi hợp lệ .*Mỗi người chỉ dự thi một lần/);
  });

  it('prints no prizes or eligibility heading on the flyer when they are empty', async () => {
    const text = await bare.text(slug, 'flyer');
    expect(text).toContain('Cách tham gia');
    expect(text).not.toContain('Giải thưởng');
    expect(text).not.toContain('Ai được tham gia?');
  });

  it('prints them over their lines when given', async () => {
    const text = await full.text(slug, 'flyer');
    expect(text).toMatch(/Ai được tham gia\? .*Công dân từ đủ 14 tuổi/);
    expect(text).toMatch(/Giải thưởng .*Giải cá nhân/);
  });

  it.each(['checklist', 'flyer'])(
    'names the office and its phone on the %s of a contest without a support phone',
    async (kind) => {
      const text = await bare.text(slug, kind);
      expect(text).not.toContain('Hỗ trợ kỹ thuật');
      expect(text).toContain('Liên hệ: Phòng Văn hóa - Xã hội, phường Tân Định');
      expect(text).toContain(OFFICE_PHONE);
    },
  );

  it.each(['checklist', 'flyer'])(
    'prints the contest’s own support phone on the %s when it has one',
    async (kind) => {
      const text = await full.text(slug, kind);
      expect(text).toContain(`Hỗ trợ kỹ thuật: ${SUPPORT_PHONE}`);
    },
  );
});
