/**
 * Output stage: what `merge-manifests` checks of each shard's manifest before it touches the
 * merged folder. It used to join whatever it was given: the shards of two campaigns (one
 * campaign's groups with another's notices, in one print file) and the record a stopped shard
 * build left (its groups the journal lists, missing without a word). A manifest of an older
 * version that does not say its campaign cannot be checked: it is refused too, never merged on
 * trust.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import {
  type CampaignIdentity,
  readCampaignIdentity,
  sameCampaign,
  seenFrom,
  shortName,
  shownPath,
} from './campaign-identity.js';
import { JOURNAL, MANIFEST, type Manifest } from './manifest.js';

interface Shard {
  dir: string;
  m: Manifest;
}

const rebuildHint = () =>
  msg`Build this shard again with this version (build --shard), then merge.`;

/**
 * Each shard's campaign; refuses a shard whose manifest names none (written before manifests
 * recorded it) or that a stopped build left.
 */
function campaignsOf(shards: readonly Shard[]): CampaignIdentity[] {
  return shards.map(({ dir, m }) => {
    const file = join(dir, MANIFEST);
    if (m.unfinished === true || existsSync(join(dir, JOURNAL)))
      throw new UserError(
        msg`the shard build in ${dir} did not finish (it was stopped or failed midway): ${file} lists only some of its groups`,
        { field: 'shards' },
        msg`Build this shard again until it finishes (build --shard i/n), then merge; nothing was written.`,
      );
    const campaign = readCampaignIdentity(m.campaign);
    if (!campaign)
      throw new UserError(
        msg`${file} was written by an older version of phuong-print and does not say which campaign its files are of`,
        { field: 'shards' },
        rebuildHint(),
      );
    return campaign;
  });
}

/**
 * Refuses shards of different campaigns, by the rule a build into a folder holding another
 * campaign is refused (campaign-identity.ts): another campaign file AND another name. The same
 * file seen from each shard's folder, or the same name (a shard built on another machine from
 * its own copy of the file), is one campaign.
 */
export function refuseOtherCampaigns(shards: readonly Shard[]): void {
  const campaigns = campaignsOf(shards);
  const [first] = shards;
  const [ours] = campaigns;
  if (!first || !ours) return;
  // Each file as seen from here: the shards' manifests name it from their own folders.
  const fromHere = (dir: string, c: CampaignIdentity) => ({
    ...c,
    file: seenFrom('.', resolve(dir, c.file)),
  });
  shards.forEach(({ dir }, i) => {
    const theirs = campaigns[i];
    if (!theirs || sameCampaign(fromHere(dir, theirs), fromHere(first.dir, ours))) return;
    throw new UserError(
      msg`${join(first.dir, MANIFEST)} is of the campaign “${shortName(ours.name)}” (${shownPath(first.dir, ours.file)}), but ${join(dir, MANIFEST)} is of another, “${shortName(theirs.name)}” (${shownPath(dir, theirs.file)})`,
      { field: 'shards' },
      msg`Merge only the shards of one campaign, each built from its campaign file with build --shard i/n; nothing was written.`,
    );
  });
}

/**
 * Refuses shards built from different versions of the inputs (the manifest's `inputs`,
 * inputs-hash.ts): a campaign edited, or a new list uploaded, between two shards' builds would
 * join one print file of two texts. The hash is of the text as read, so a copy of the same files
 * with Windows line endings or a BOM is the same inputs.
 */
export function refuseOtherInputs(shards: readonly Shard[]): void {
  const [first, ...others] = shards;
  if (!first?.m.inputs) return;
  for (const { dir, m } of others) {
    if (!m.inputs || m.inputs === first.m.inputs) continue;
    throw new UserError(
      msg`${join(first.dir, MANIFEST)} and ${join(dir, MANIFEST)} were built from different versions of the campaign, its groups file, its templates or rosters: one print file would hold two texts`,
      { field: 'shards' },
      msg`Build every shard again from the same campaign and groups files (build --shard i/n), then merge; nothing was written.`,
    );
  }
}
