/**
 * Studio: which campaigns' leader links were handed out, kept in the store (qa27 F2). A link's
 * secret lives in `DIR/published/<campaign>.json` (publications.ts), beside the store, not in
 * it: a data folder moved to a new computer with the store and the campaigns but without
 * `published/` has lost every link and printed QR code, and opening the pages again would make
 * new ones without a word. The store remembers when a campaign's links were first handed out
 * (`store_meta`, one row a campaign: `leader-links:<campaign key>`), so the leaders' tab can say
 * the old links no longer open; for pages opened before this was kept, a figure a leader sent
 * through a link says the same.
 */
import type { StoreDb } from '../store/open-store.js';

/**
 * The record's key: the campaign's figures key and its folder, whose `published/<slug>.json`
 * holds the secret (two folders of one campaign key, a copy whose id was kept, each have theirs).
 */
const keyOf = (campaign: string, slug: string) => `leader-links:${campaign} @ ${slug}`;

/** Records that `campaign`'s links (folder `slug`) were handed out at `at` (the first time kept). */
export async function recordLinksHanded(
  db: StoreDb,
  campaign: string,
  slug: string,
  at: string,
): Promise<void> {
  await db
    .insertInto('store_meta')
    .values({ key: keyOf(campaign, slug), value: at })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

export interface HandedBefore {
  /** When the links were first handed out (or the first figure a leader sent by one), ISO. */
  at: string;
  /** Leaders had sent figures through them. */
  reported: boolean;
  /**
   * This store recorded the handing out (a studio of this version opened the pages). Without the
   * record, leaders' figures alone are no proof the links came from this data folder: a `serve`
   * of its own on the same store, figures stored otherwise (review36a #3) — the tab says it may
   * be so, and its button is not held back.
   */
  recorded: boolean;
}

/** Whether `campaign`'s links were handed out before, by this store's record. */
export async function linksHandedBefore(
  db: StoreDb,
  campaign: string,
  slug: string,
): Promise<HandedBefore | undefined> {
  const row = await db
    .selectFrom('store_meta')
    .select('value')
    .where('key', '=', keyOf(campaign, slug))
    .executeTakeFirst();
  const first = await db
    .selectFrom('result_submissions')
    .select((eb) => eb.fn.min('recorded_at').as('at'))
    .where('campaign', '=', campaign)
    .where('source', '=', 'leader')
    .executeTakeFirst();
  const reportedAt = first?.at ?? undefined;
  const at = row?.value ?? reportedAt;
  return at ? { at, reported: reportedAt !== undefined, recorded: row !== undefined } : undefined;
}
