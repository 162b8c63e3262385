/**
 * Model: whether a campaign warns residents against links (a scam warning: "Cảnh giác lừa đảo qua
 * mạng", "không bấm đường link lạ"). Its share picture then does not tell them to tap the link in
 * the message they were sent ("Bấm đường dẫn trong tin nhắn…", qa56 p1), only to scan its code and
 * read the address under it.
 */
import type { Campaign } from '../load/campaign.js';

/** A scam, or a strange link: "lừa đảo", "link lạ", "đường dẫn lạ", "liên kết lạ". */
const WARNS = /lừa đảo|(?:link|đường dẫn|liên kết) lạ(?![\p{L}\p{M}])/iu;

/** The campaign's texts that say what it is about. */
type Texts = Pick<Campaign, 'title' | 'slogan' | 'actions'> & {
  notice: Pick<Campaign['notice'], 'subject' | 'body'>;
  points?: readonly string[];
};

/** Whether the campaign warns of scams or strange links (see above). */
export function warnsOfLinks(campaign: Texts): boolean {
  const texts = [
    campaign.title,
    campaign.slogan,
    campaign.notice.subject,
    campaign.notice.body,
    ...(campaign.actions ?? []).map((a) => a.step),
    ...(campaign.points ?? []),
  ];
  return texts.some((t) => WARNS.test((t ?? '').normalize('NFC')));
}
