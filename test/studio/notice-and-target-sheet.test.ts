/**
 * A campaign of a notice and a target (a blood-donation day's "Chỉ tiêu (người)") and no actions
 * now prints its tracking sheet (a sign-up sheet): the studio's form no longer says "Chỉ in
 * thông báo: muốn có … bảng theo dõi thì điền …", which sent the office to add actions to get a
 * sheet it gets; it says the notice and the sheet print, and what gives the household papers.
 * A notice with a measure that is no target still prints alone and is said so.
 */
import { describe, expect, it } from 'vitest';
import { say } from '../../src/messages/message.js';
import { checkCampaignText } from '../../src/studio/campaign-file.js';
import { NOTICE_ONLY } from '../support/inputs.js';

const said = async (yaml: string) =>
  (await checkCampaignText(yaml, 'campaign.yaml')).warnings.map((w) => say(w.text, 'vi'));

describe('the studio’s word on what a campaign without actions prints', () => {
  it('says the notice and the tracking sheet print when the first measure is a quota', async () => {
    const warnings = await said(
      `${NOTICE_ONLY}measures:\n  - { id: dk, label: Số người đăng ký hiến máu, of: Chỉ tiêu (người) }\n`,
    );
    expect(warnings.some((w) => w.startsWith('Chỉ in thông báo và bảng theo dõi:'))).toBe(true);
    expect(warnings.some((w) => w.startsWith('Chỉ in thông báo:'))).toBe(false);
  });

  it('says the notice prints alone when the measure has no target', async () => {
    const warnings = await said(
      `${NOTICE_ONLY}measures:\n  - { id: ho, label: Số hộ tham gia, of: households }\n`,
    );
    expect(warnings.some((w) => w.startsWith('Chỉ in thông báo:'))).toBe(true);
  });
});
