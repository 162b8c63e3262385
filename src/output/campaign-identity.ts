/**
 * Output stage: which campaign an output folder's files are of, as its manifest records it. The
 * CLI's `--out` defaults to `out`: the office's next campaign built without `--out` would remove
 * the last one's files (the notices and posters still being handed out) and call its groups
 * "renamed". A build of another campaign into a folder that holds one is refused unless forced.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import type { Campaign } from '../load/campaign-schema.js';
import { msg } from '../messages/message.js';

export interface CampaignIdentity {
  /** The campaign file, relative to the output folder (a studio's campaign folder moves whole). */
  file: string;
  /** The campaign's short name, else its notice's subject: what the office calls it. */
  name: string;
}

export function campaignIdentity(
  out: string,
  campaignFile: string,
  campaign: Campaign,
): CampaignIdentity {
  const name = (campaign.title.trim() || campaign.notice.subject).replace(/\s+/g, ' ').trim();
  return { file: seenFrom(out, campaignFile), name };
}

/** `file` as the manifest of the folder `out` records it: relative to it, with forward slashes. */
export const seenFrom = (out: string, file: string) =>
  relative(resolve(out), resolve(file)).split(sep).join('/');

/** A manifest's `campaign`, when it is one (a hand-edited or older manifest has none). */
export function readCampaignIdentity(value: unknown): CampaignIdentity | undefined {
  const v = value as Partial<CampaignIdentity> | undefined;
  return typeof v?.file === 'string' && typeof v.name === 'string'
    ? { file: v.file, name: v.name }
    : undefined;
}

/** A notice's subject can run to two lines: its first words are enough to tell campaigns apart. */
const SHORT_NAME = 60;

export function shortName(name: string): string {
  if (name.length <= SHORT_NAME) return name;
  const cut = name.slice(0, SHORT_NAME);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : SHORT_NAME)} …`;
}

/** The other campaign's file as the user would type it: from here when under here, else whole. */
export function shownPath(out: string, file: string): string {
  const path = resolve(out, file);
  const here = relative(process.cwd(), path);
  return here.startsWith('..') || isAbsolute(here) ? path : here;
}

/**
 * The rule that tells two campaigns apart: another file AND another name. The same file
 * retitled, or the same campaign's file moved or renamed, is one campaign. `file`s compared as
 * given: the caller makes them comparable (relative to one folder).
 */
export const sameCampaign = (a: CampaignIdentity, b: CampaignIdentity): boolean =>
  a.file === b.file || a.name === b.name;

/**
 * Refuses to build `now` into `out` when its files are of another campaign: another file AND
 * another name. The same file retitled, or the same campaign's file moved or renamed, is the
 * same campaign.
 */
export function refuseOtherCampaign(
  out: string,
  before: CampaignIdentity | undefined,
  now: CampaignIdentity,
): void {
  if (!before || sameCampaign(before, now)) return;
  throw new UserError(
    msg`the folder ${out} holds the files of another campaign, “${shortName(before.name)}” (${shownPath(out, before.file)}): building “${shortName(now.name)}” there would replace them`,
    { file: out, field: '--out' },
    msg`Give this campaign its own folder with --out (for example --out out-new-campaign), or add --force to replace the other campaign's files.`,
  );
}
