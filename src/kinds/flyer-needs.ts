/**
 * Kinds stage: what makes a flyer, in one place. The flyer reads it on its drawn sections (its
 * `needs`); the office's note of the documents a campaign makes reads it on the campaign's fields
 * before anything is drawn (output/skipped-kinds.ts, the studio's "chỉ làm thông báo"). Kept apart
 * from flyer.ts so that note does not load the layout.
 */
import type { Campaign } from '../load/campaign.js';

/**
 * The sections a flyer needs one of: what residents are to do (the steps), or when and where to
 * come (the event: an election's notice has no action, but its flyer is what voters are handed,
 * qa40 M3). What to bring and whom to call print beside them, and make no flyer alone: a fee
 * notice with one hotline got a half-sheet for every household holding its title and that number
 * (review42 #2). The points to know (`points`, "Điều cần biết") make one too: an awareness
 * campaign has nothing to do or to come to, only what residents should know (qa56 M6).
 */
export const FLYER_NEEDS: readonly string[] = ['steps', 'event', 'points'];

/**
 * Whether the campaign fills the flyer's event section (templates/flyer.hbs "@@ event": the time,
 * the place, the deadline), so that a campaign without steps still gets a flyer.
 */
export const fillsFlyerEvent = (campaign: Pick<Campaign, 'when' | 'where' | 'deadline'>): boolean =>
  [campaign.when, campaign.where, campaign.deadline].some((v) => (v ?? '').trim() !== '');

/**
 * Whether the campaign makes a flyer, and so the flyer's picture (kind share-flyer), by its
 * fields: a contest's steps or the actions, the points to know, or the event (templates/flyer.hbs "@@ steps", "@@
 * event"). The labels say by it which picture goes to the group's Zalo chat (labels.hbs).
 */
export const makesFlyer = (
  campaign: Pick<Campaign, 'when' | 'where' | 'deadline' | 'actions'> & {
    contest?: unknown;
    points?: readonly string[];
  },
): boolean =>
  Boolean(campaign.contest) ||
  (campaign.actions?.length ?? 0) > 0 ||
  (campaign.points?.length ?? 0) > 0 ||
  fillsFlyerEvent(campaign);
