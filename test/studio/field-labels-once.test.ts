/**
 * A stage's sentence naming campaign.yaml keys, as the studio shows it with the form's labels
 * (studio/messages.ts withFieldLabels). qa53 p7: "ghi các nơi nhận ở notice.cc (“Nơi nhận”)"
 * read "ở “Nơi nhận” (“Nơi nhận”)" right after importing a Word notice.
 */
import { describe, expect, it } from 'vitest';
import { withFieldLabels } from '../../src/studio/messages.js';

describe('a key with its label after it', () => {
  it('says the label once', () => {
    expect(
      withFieldLabels(
        'Để trống notice.recipients và ghi các nơi nhận ở notice.cc (“Nơi nhận”), hoặc ban hành dưới dạng công văn.',
      ),
    ).toBe(
      'Để trống “Kính gửi” và ghi các nơi nhận ở “Nơi nhận”, hoặc ban hành dưới dạng công văn.',
    );
  });
});
