/**
 * Studio: a group's leader as the record of what the leaders were handed keeps them
 * (publications.ts `Sent.leaders`). The record only has to tell that a group's leader changed
 * since (the leaders tab's "đổi tổ trưởng", the leader page's note), yet it kept each leader's
 * name and phone as first sent, a replaced leader's for the campaign's life (Decree
 * 13/2023/NĐ-CP: personal data kept no longer than its purpose needs). Now it keeps a digest
 * of them, keyed by the campaign's link secret, in the form sameLeader compares them: equal for
 * the same person written otherwise, and no name or phone to read in published/<slug>.json.
 * This is pseudonymisation, not protection: the key (`Publication.secret`) sits in the same
 * file (and every backup), so whoever holds the file can try every phone number for a known
 * name (~10^7 per mobile prefix, about a minute in Node: review47 #3). It keeps the names from
 * a casual reader; a mark is needed only until the office says the link was sent.
 */
import { createHmac } from 'node:crypto';
import { leaderForm, leaderKey, sameLeader } from '../load/groups/same-names.js';

const MARK = 'hmac:';

/** A kept leader that is a mark (else an older studio's "name|phone"). */
const isMark = (kept: string) => kept.startsWith(MARK) && !kept.includes('|');

/** The mark of a leader as `leaderKey` writes them (a mark is kept as it is). */
export function leaderMark(secret: string, key: string): string {
  if (isMark(key)) return key;
  return MARK + createHmac('sha256', secret).update(leaderForm(key)).digest('base64url');
}

/**
 * Group `g`'s leader is another than the one kept for it (a mark, or an older record's
 * "name|phone"); false when none is kept (a group new since).
 */
export function leaderChanged(
  secret: string,
  kept: string | undefined,
  g: { leader?: string; phone?: string },
): boolean {
  if (kept === undefined) return false;
  return isMark(kept) ? kept !== leaderMark(secret, leaderKey(g)) : !sameLeader(kept, leaderKey(g));
}
