/**
 * Results: which campaign a figure belongs to. One data folder can outlive a campaign (the next
 * notice, the next contest); figures are kept per campaign, keyed by what names a notice: its
 * year, number and symbol ("2025-5-UBND-VHXH"). Re-editing the body or the measures keeps the
 * figures; a new notice starts afresh.
 */
import type { Campaign } from '../load/campaign.js';

export function campaignKey(campaign: Pick<Campaign, 'issued' | 'notice'>): string {
  return `${campaign.issued.slice(0, 4)}-${campaign.notice.number}-${campaign.notice.symbol}`;
}
