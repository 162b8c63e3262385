/**
 * Model stage: the actions the share image prints. A campaign without an app lists its actions
 * on the share image (the poster's layout, share.ts), whose type shrinks to fit them: with two
 * codes and ten actions, each printed ~11 px high once Zalo shrinks the picture to 720 px. The
 * picture carries the first SHARE_ACTIONS and says how many more the flyer has; the build names
 * those left off (share.ts). The flyer, the checklist and the message print them all.
 */
import type { Campaign } from '../load/campaign.js';

/** The actions a share image prints, at most. */
export const SHARE_ACTIONS = 5;

/** The share image's actions, and how many it leaves to the flyer. */
export function shareActionsOf(actions: Campaign['actions']): {
  shareActions: Campaign['actions'];
  shareActionsLeft: number;
} {
  return {
    shareActions: actions.slice(0, SHARE_ACTIONS),
    shareActionsLeft: Math.max(0, actions.length - SHARE_ACTIONS),
  };
}
