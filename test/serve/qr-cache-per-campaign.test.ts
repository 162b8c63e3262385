/**
 * The admin page's QR codes are kept per campaign (review: one cache of 1,000 codes was shared
 * by every campaign the studio serves, so paging through one big ward's codes evicted all the
 * others'). A code kept is the same promise asked again: not drawn anew.
 */
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/serve/views.js';

const linkOf = (campaign: string, n: number) => `https://in.phuong.example/p/${campaign}/g/${n}`;

describe('the QR codes kept for the admin pages', () => {
  it('keeps a campaign’s codes while another campaign draws more than a thousand', async () => {
    const small = qrSvg(linkOf('tiem-chung', 1), 'tiem-chung');
    await small;
    // A ward of 1,200 groups paged through on the other campaign's page.
    const big = Array.from({ length: 1200 }, (_, n) => qrSvg(linkOf('bau-cu', n), 'bau-cu'));
    await Promise.all(big);
    expect(qrSvg(linkOf('tiem-chung', 1), 'tiem-chung')).toBe(small);
    // Each campaign's own codes are still bounded: the big ward's first code was let go.
    expect(qrSvg(linkOf('bau-cu', 0), 'bau-cu')).not.toBe(big[0]);
    expect(qrSvg(linkOf('bau-cu', 1199), 'bau-cu')).toBe(big[1199]);
  });
});
