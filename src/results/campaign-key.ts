/**
 * Results: which campaign a figure belongs to. One data folder (and one studio's store) holds
 * many campaigns; figures are kept per campaign, under its `id` (campaign.yaml), written once
 * when the campaign is made: re-editing the body, the measures or the notice's number keeps the
 * figures, and a copy (a new id) starts afresh. A file made before ids is given, by the loader,
 * the key its figures were stored under then (load/notice-key.ts), which the studio writes as
 * its id the first time it saves it, so they stay when the number changes.
 */
import type { Campaign } from '../load/campaign.js';
import { noticeKey } from '../load/notice-key.js';

export function campaignKey(campaign: Pick<Campaign, 'id' | 'issued' | 'notice'>): string {
  // A draft without an id declares no measures (the loader refuses one that does): nothing is
  // ever stored under this last key.
  return (
    campaign.id ??
    noticeKey(campaign) ??
    `${campaign.issued.slice(0, 4)}-draft-${campaign.notice.symbol}`
  );
}
