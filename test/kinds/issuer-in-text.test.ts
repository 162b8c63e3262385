/**
 * qa11 Q13: `{{issuerInText}}` in the body names the issuer as running text ("tại Ủy ban nhân dân
 * phường Tân Định"), also when `issuer.name` is the header typed on one line (as a clerk types it,
 * and as import-docx writes it): it printed the header's capitals mid-sentence.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

describe('the issuer in the body when its header is one line', () => {
  it('prints "Ủy ban nhân dân phường Tân Định" in the sentence, the header in capitals', async () => {
    const campaign = NOTICE_ONLY.replace(
      'name: [ỦY BAN NHÂN DÂN, PHƯỜNG TÂN ĐỊNH]',
      'name: [ỦY BAN NHÂN DÂN PHƯỜNG TÂN ĐỊNH]',
    ).replace(
      'body: Đề nghị các khu phố triển khai.',
      'body: Đề nghị các khu phố đăng ký tại {{issuerInText}}./.',
    );
    const built = await buildCampaignText(
      campaign,
      'STT,Tên tổ dân phố\n1,Tổ dân phố số 1\n',
      'notice',
    );
    expect(built.code, built.stderr).toBe(0);
    const text = await built.text('to-dan-pho-so-1', 'notice');
    expect(text).toContain('đăng ký tại Ủy ban nhân dân phường Tân Định./.');
    expect(text).toContain('ỦY BAN NHÂN DÂN PHƯỜNG TÂN ĐỊNH');
    expect(text).not.toContain('tại ỦY BAN');
  });
});
