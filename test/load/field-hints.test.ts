/**
 * What `check` says of a missing or mistyped campaign field: a real example naming the field,
 * never a stub ("ví dụ field: …"); the app's QR captions, when left out, are written from the
 * app's name.
 */
import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../src/errors.js';
import { parseCampaignReport } from '../../src/load/campaign.js';
import { NOTICE_ONLY, userErrorSync } from '../support/inputs.js';

const APP = `app:
  name: VNeID
  ios: { url: "https://apps.apple.com/vn/app/vneid/id1582750311", label: iPhone }
  android: { url: "https://play.google.com/store/apps/details?id=com.vnid", label: Android }
`;

describe('campaign field hints', () => {
  it('an app without QR captions gets them from its name', () => {
    const { campaign } = parseCampaignReport(`${NOTICE_ONLY}${APP}`, 'campaign.yaml');
    expect(campaign.app?.qr_caption_ios).toBe(
      'Mã QR tải ứng dụng VNeID (dùng cho điện thoại iPhone)',
    );
    expect(campaign.app?.qr_caption_android).toBe(
      'Mã QR tải ứng dụng VNeID (dùng cho điện thoại Android)',
    );
  });

  it.each([
    [
      'app:\n  ios: { url: "https://apps.apple.com/vn/app/vneid/id1", label: iPhone }\n  android: { url: "https://play.google.com/store/apps/details?id=x", label: Android }\n',
      'app.name',
      'ví dụ name: VNeID',
    ],
    [
      'contest:\n  platform: One Touch\n  starts: 2026-04-01\n  ends: 2026-04-30\n  support_phone: 5\n',
      'contest.support_phone',
      'ví dụ support_phone: …',
    ],
  ])('names a real example, not a stub (%#)', (extra, field, example) => {
    const e = userErrorSync(() => parseCampaignReport(`${NOTICE_ONLY}${extra}`, 'campaign.yaml'));
    const hints = problemsOf(e)
      .filter((p) => p.where.field === field)
      .map((p) => p.hintIn('vi'));
    expect(hints.length).toBeGreaterThan(0);
    for (const h of hints) {
      expect(h).toContain(example);
      expect(h).not.toContain('field:');
    }
  });
});
