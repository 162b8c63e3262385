/**
 * Results: which campaign a figure belongs to. One data folder (and one studio's store) holds
 * many campaigns; figures are kept per campaign, under its `id` (campaign.yaml), written once
 * when the campaign is made: re-editing the body, the measures or the notice's number keeps the
 * figures, and a copy (a new id) starts afresh. A file made before ids has none: its figures
 * are under what named a notice then, its year, number and symbol ("2025-5-UBND-VHXH"), which
 * the studio writes as its id the first time it saves it, so they stay when the number changes.
 */
import type { Campaign } from '../load/campaign.js';

export function campaignKey(campaign: Pick<Campaign, 'id' | 'issued' | 'notice'>): string {
  return campaign.id ?? noticeKey(campaign);
}

/** The key of a campaign without an id: its notice's year, number and symbol. */
export function noticeKey(campaign: {
  issued: string;
  notice: { number: number | null; symbol: string };
}): string {
  // A draft awaiting its number (notice.number empty) is keyed as such until it has one.
  return `${campaign.issued.slice(0, 4)}-${campaign.notice.number ?? 'draft'}-${campaign.notice.symbol}`;
}
