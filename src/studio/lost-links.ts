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

const keyOf = (campaign: string) => `leader-links:${campaign}`;

/** Records that `campaign`'s links were handed out at `at` (the first time is kept). */
export async function recordLinksHanded(db: StoreDb, campaign: string, at: string): Promise<void> {
  await db
    .insertInto('store_meta')
    .values({ key: keyOf(campaign), value: at })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

export interface HandedBefore {
  /** When the links were first handed out (or the first figure a leader sent by one), ISO. */
  at: string;
  /** Leaders had sent figures through them. */
  reported: boolean;
}

/** Whether `campaign`'s links were handed out before, by this store's record. */
export async function linksHandedBefore(
  db: StoreDb,
  campaign: string,
): Promise<HandedBefore | undefined> {
  const row = await db
    .selectFrom('store_meta')
    .select('value')
    .where('key', '=', keyOf(campaign))
    .executeTakeFirst();
  const first = await db
    .selectFrom('result_submissions')
    .select((eb) => eb.fn.min('recorded_at').as('at'))
    .where('campaign', '=', campaign)
    .where('source', '=', 'leader')
    .executeTakeFirst();
  const reportedAt = first?.at ?? undefined;
  const at = row?.value ?? reportedAt;
  return at ? { at, reported: reportedAt !== undefined } : undefined;
}
