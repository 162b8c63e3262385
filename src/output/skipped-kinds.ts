/**
 * Output stage: the one line that says which documents a campaign does not make, and why, in the
 * office's words ("chỉ làm thông báo: chiến dịch không có ứng dụng, việc cần làm hay đường dẫn
 * (không làm áp phích, …)"), naming the campaign file: the kinds left out are the campaign's
 * doing, not the tool's templates'.
 */
import { UserError } from '../errors.js';
import type { DocumentKind } from '../kinds/kind.js';
import type { Campaign } from '../load/campaign.js';
import { joined, type Message, msg, verbatim } from '../messages/message.js';

/** What the office calls each kind's documents. */
const KIND_NAMES: Record<string, Message> = {
  notice: msg`notices`,
  poster: msg`posters`,
  share: msg`share images`,
  flyer: msg`flyers`,
  checklist: msg`checklists`,
  tracker: msg`tracking sheets`,
};

const nameOf = (k: Pick<DocumentKind, 'name'>): Message => KIND_NAMES[k.name] ?? verbatim(k.name);

/** "posters, share images": kinds by their names, in the office's words. */
export const kindWords = (names: readonly string[]): Message =>
  joined(
    names.map((name) => nameOf({ name })),
    ', ',
  );

/** "a, b or c". */
function orList(items: readonly Message[]): Message {
  const last = items.at(-1);
  if (!last || items.length === 1) return last ?? verbatim('');
  return msg`${joined(items.slice(0, -1), ', ')} or ${last}`;
}

/** What the kinds other than the notice print from, that this campaign does not have. */
function lacking(campaign: Campaign): Message[] {
  return [
    ...(campaign.contest ? [] : [msg`contest`]),
    ...(campaign.app ? [] : [msg`app`]),
    ...(campaign.actions.length > 0 ? [] : [msg`actions for residents`]),
    ...(Object.keys(campaign.links).length > 0 ? [] : [msg`links`]),
  ];
}

/**
 * A campaign with nothing but its notice: no contest, app, actions or links, so no flyer,
 * checklist, tracking sheet or poster is made (a Word import starts so).
 */
export const isNoticeOnly = (campaign: Campaign): boolean => lacking(campaign).length === 4;

/** The note for the kinds skipped, or undefined when none is. */
export function skippedKindsNote(
  skipped: readonly DocumentKind[],
  made: readonly DocumentKind[],
  campaign: Campaign,
  campaignFile: string,
): UserError | undefined {
  if (skipped.length === 0) return undefined;
  const left = joined(skipped.map(nameOf), ', ');
  const lacks = lacking(campaign);
  const why =
    lacks.length > 0
      ? msg`the campaign has no ${orList(lacks)}`
      : msg`its templates print nothing for this campaign`;
  return new UserError(
    made.length > 0
      ? msg`only ${joined(made.map(nameOf), ', ')} made: ${why} (no ${left})`
      : msg`${left} not made: ${why}`,
    { file: campaignFile },
  );
}
