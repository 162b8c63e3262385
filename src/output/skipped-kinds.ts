/**
 * Output stage: the one line that says which documents a campaign does not make, and why, in the
 * office's words ("chỉ làm thông báo: chiến dịch không có cuộc thi, việc người dân cần làm hoặc
 * đường dẫn (không làm áp phích, …)"), naming the campaign file: the kinds left out are the
 * campaign's doing, not the tool's templates'.
 */
import { UserError } from '../errors.js';
import { fillsFlyerEvent } from '../kinds/flyer-needs.js';
import type { DocumentKind } from '../kinds/kind.js';
import { kindInfo } from '../kinds/names.js';
import type { Campaign } from '../load/campaign.js';
import { joined, type Message, msg, phrase, verbatim } from '../messages/message.js';
import { isTarget } from '../model/measure-base.js';

/** What the office calls each kind's documents, as kinds/names.ts describes it. */
const nameOf = (k: Pick<DocumentKind, 'name'>): Message => {
  const info = kindInfo(k.name);
  return info ? phrase(info.en, info.vi) : verbatim(k.name);
};

/**
 * "posters, share images": kinds by their names, in the office's words; `end` 'and': "posters and
 * share images" ("áp phích và tờ rơi"), for a sentence.
 */
export const kindWords = (names: readonly string[], end: 'commas' | 'and' = 'commas'): Message => {
  const words = names.map((name) => nameOf({ name }));
  return end === 'and' ? listed(words, 'and') : joined(words, ', ');
};

/** The poster or its share image, made from links too, as kinds/names.ts describes it. */
const printsLinks = (k: Pick<DocumentKind, 'name'>): boolean =>
  kindInfo(k.name)?.printsLinks === true;

/** "a, b or c", or "a, b and c". */
function listed(items: readonly Message[], word: 'and' | 'or'): Message {
  const last = items.at(-1);
  if (!last || items.length === 1) return last ?? verbatim('');
  const rest = joined(items.slice(0, -1), ', ');
  return word === 'or' ? msg`${rest} or ${last}` : msg`${rest} and ${last}`;
}

/**
 * What the kinds `skipped` print from, that this campaign does not have: a contest's steps or the
 * actions, and for the poster and its share image the links too (their QR codes). Only what
 * would make them: naming what the campaign had sent the office to add it (qa13).
 */
function lackingFor(skipped: readonly DocumentKind[], campaign: Campaign): Message[] {
  const posters = skipped.some(printsLinks);
  return [
    ...(campaign.contest ? [] : [msg`contest`]),
    ...(campaign.actions.length > 0 ? [] : [msg`actions for residents`]),
    ...(hasLinks(campaign) || !posters ? [] : [msg`links`]),
  ];
}

/**
 * A campaign with no contest, app or actions, so no checklist is made, nor a flyer or a poster
 * unless points, when, where, a deadline or (the poster) links make one (a Word import starts so).
 */
const hasNoSteps = (campaign: Campaign): boolean =>
  !campaign.app && !campaign.contest && campaign.actions.length === 0;

/** A campaign with links: their codes make a poster and its share image (kinds/poster.ts). */
const hasLinks = (campaign: Pick<Campaign, 'links'>): boolean =>
  Object.keys(campaign.links ?? {}).length > 0;

/**
 * The hint for a poster left out, beside the links its kinds' hint names: what else makes one
 * (kinds/poster.ts POSTER_NEEDS); with a flyer left out too, one sentence for both.
 */
const POSTER_FIELDS = msg`A poster and its share image are made without actions too from points (what residents are to know, nothing to tick) or when, where or deadline (the time, the place, the deadline).`;
const FLYER_AND_POSTER_FIELDS = msg`A flyer, a poster and its share image are made without actions too from points (what residents are to know, nothing to tick) or when, where or deadline (the time, the place, the deadline); bring and hotlines print on them beside these, not alone.`;

/** The hint for a flyer left out: the fields that make one without actions (kinds/flyer-needs.ts). */
const FLYER_FIELDS = msg`A flyer is made without actions too from points (what residents are to know, nothing to tick) or when, where or deadline (the time, the place, the deadline); bring and hotlines print on it beside them, not alone.`;

const skipsFlyer = (skipped: readonly DocumentKind[]): boolean =>
  skipped.some((k) => k.name === 'flyer');

/**
 * A campaign whose first measure is a target ("Chỉ tiêu (người)", "Khối lượng dự kiến (kg)"): with
 * nothing to tick its tracking sheet is still made, a sign-up sheet or one result column
 * (model/context.ts Tally.result).
 */
const tracksTarget = (campaign: Campaign): boolean => {
  const [first] = campaign.measures ?? [];
  return first !== undefined && isTarget(first);
};

/** Whether anything but the steps makes a paper: when, where, a deadline, points (a flyer, a poster), or links (a poster). */
const madeOtherwise = (campaign: Campaign): boolean =>
  fillsFlyerEvent(campaign) || hasLinks(campaign) || campaign.points.length > 0;

/** A campaign with nothing but its notice: no steps, and no target for a tracking sheet. */
export const isNoticeOnly = (campaign: Campaign): boolean =>
  hasNoSteps(campaign) && !madeOtherwise(campaign) && !tracksTarget(campaign);

/**
 * A campaign with no steps whose flyer and poster are made from when, where or deadline (qa40
 * M3), or its poster from its links: the build says which kinds it makes ("chỉ làm thông báo,
 * áp phích, …"), the studio says the same.
 */
export const madeWithoutSteps = (campaign: Campaign): boolean =>
  hasNoSteps(campaign) && madeOtherwise(campaign);

/** A campaign with its notice and a tracking sheet of its target only (no flyer, checklist). */
export const isNoticeAndSheet = (campaign: Campaign): boolean =>
  hasNoSteps(campaign) && !madeOtherwise(campaign) && tracksTarget(campaign);

/** The hint for the kinds left out: what else makes a flyer, a poster. */
function otherFields(skipped: readonly DocumentKind[]): Message | undefined {
  const flyer = skipsFlyer(skipped);
  const posters = skipped.some(printsLinks);
  if (flyer && posters) return FLYER_AND_POSTER_FIELDS;
  if (flyer) return FLYER_FIELDS;
  return posters ? POSTER_FIELDS : undefined;
}

/**
 * The error when none of the kinds asked for (`--kind poster`) has anything to print for this
 * campaign: nothing is built and no ZIP is written (an empty ZIP sent on Zalo sends nothing),
 * and the hint names the field that makes each kind asked.
 */
export function nothingMadeError(
  skipped: readonly DocumentKind[],
  campaign: Campaign,
  campaignFile: string,
): UserError {
  const lacks = lackingFor(skipped, campaign);
  const why =
    lacks.length > 0
      ? msg`the campaign has no ${listed(lacks, 'or')}`
      : msg`its templates print nothing for this campaign`;
  const fields = skipped.some(printsLinks)
    ? msg`actions (the actions for residents), contest (a contest) or links (the links)`
    : msg`actions (the actions for residents) or contest (a contest)`;
  const hint = msg`They print what ${fields} gives in the campaign file: add it (README.md › Inputs › campaign.yaml), or ask for other kinds with --kind; no file was written.`;
  const other = otherFields(skipped);
  return new UserError(
    msg`${joined(skipped.map(nameOf), ', ')} cannot be made: ${why}`,
    { file: campaignFile },
    other ? joined([hint, other], ' ') : hint,
  );
}

/** The kinds only a campaign's steps make: a tick or a figure a group for each thing to do. */
const MADE_FROM_STEPS: ReadonlySet<string> = new Set(['checklist', 'tracker']);

/**
 * The kinds skipped that are worth saying: all of them, but for a campaign of points to know and
 * nothing to do or count (`points`, no contest, app, actions or measures: an awareness
 * campaign, qa56 M6), which is meant to have no checklist or tracking sheet.
 */
export function surprisingSkips<K extends Pick<DocumentKind, 'name'>>(
  skipped: readonly K[],
  campaign: Campaign,
): K[] {
  const knowOnly =
    hasNoSteps(campaign) && campaign.points.length > 0 && (campaign.measures ?? []).length === 0;
  return knowOnly ? skipped.filter((k) => !MADE_FROM_STEPS.has(k.name)) : [...skipped];
}

/** The note for the kinds skipped, or undefined when none is worth saying (surprisingSkips). */
export function skippedKindsNote(
  allSkipped: readonly DocumentKind[],
  made: readonly DocumentKind[],
  campaign: Campaign,
  campaignFile: string,
): UserError | undefined {
  const skipped = surprisingSkips(allSkipped, campaign);
  if (skipped.length === 0) return undefined;
  const left = joined(skipped.map(nameOf), ', ');
  const lacks = lackingFor(skipped, campaign);
  const why =
    lacks.length > 0
      ? msg`the campaign has no ${listed(lacks, 'or')}`
      : msg`its templates print nothing for this campaign`;
  return new UserError(
    made.length > 0
      ? msg`only ${joined(made.map(nameOf), ', ')} made: ${why} (no ${left})`
      : msg`${left} not made: ${why}`,
    { file: campaignFile },
    otherFields(skipped),
  );
}

/** The campaign's pictures, each printed only by the kinds that say so (kind.ts). */
export type Picture = 'logo' | 'map';

/**
 * The warnings for the campaign's pictures (`assets.logo`, `assets.map`) that no document of
 * this campaign prints: the kinds that print one (posters a logo, the flyer and the notice a map)
 * have nothing to print (`nothingToPrint`, as the build judges it). Judged on every kind (`kinds`:
 * the registry's, which the CLI's option checks must not load), not on those asked: a build of
 * notices alone is no reason to say so. The studio's upload answer is judged the same way.
 */
export function unprintedPictures(
  campaign: Campaign,
  campaignFile: string,
  kinds: readonly DocumentKind[],
  nothingToPrint: (kind: DocumentKind) => boolean,
): UserError[] {
  return (['logo', 'map'] as const).flatMap(
    (field) => unprintedPicture(campaign, campaignFile, field, kinds, nothingToPrint) ?? [],
  );
}

/** The warning for the campaign's picture at `assets.<field>` when no kind that prints it prints. */
export function unprintedPicture(
  campaign: Campaign,
  campaignFile: string,
  field: Picture,
  kinds: readonly DocumentKind[],
  nothingToPrint: (kind: DocumentKind) => boolean,
): UserError | undefined {
  if (!campaign.assets?.[field]) return undefined;
  const printers = kinds.filter((k) => (field === 'logo' ? k.printsLogo : k.printsMap));
  if (printers.some((k) => !nothingToPrint(k))) return undefined;
  const names = joined(printers.map(nameOf), ', ');
  const where = { file: campaignFile, field: `assets.${field}` };
  return field === 'logo'
    ? new UserError(
        msg`the logo is not printed: only ${names} print it, and this campaign makes none`,
        where,
        msg`A poster is made from the campaign's actions, points to know, links, time or place (actions, points, links, when, where): add one of them, or leave the logo out.`,
      )
    : new UserError(
        msg`the map is not printed: only ${names} print it, and this campaign makes none`,
        where,
        msg`Give the flyer or the notice something to print, or leave the map out.`,
      );
}
