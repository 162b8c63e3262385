/**
 * Serve stage: the inputs the server and the static site work from. In: the campaign file, the
 * groups file and optionally a rosters folder. Out: a Ward — the groups in ward order, each
 * group's document context, the outputs (kind + variant) to offer, and a content key per
 * document that changes whenever anything the document is made from changes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';
import { KINDS } from '../kinds/registry.js';
import { expandOutputs, type Output, outputFileName } from '../kinds/render.js';
import { type Campaign, loadCampaign } from '../load/campaign.js';
import { compareGroups, loadGroups } from '../load/groups/index.js';
import { type LoadedRoster, loadRosters } from '../load/roster-folder.js';
import type { Group } from '../load/types.js';
import { buildContext, type DocContext, groupSlugs } from '../model/context.js';

export const TEMPLATE_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/** Bumped when the cache's content changes meaning, so old disk caches are ignored. */
const CACHE_FORMAT = 'phuong-print-serve-1';
const PACKAGE_VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

export interface WardOptions {
  campaign: string;
  groups: string;
  /** Folder of `<group id>.csv|.xlsx` rosters for the tracking sheet (personal data). */
  rosters?: string;
  templateDir?: string;
}

export interface Ward {
  campaign: Campaign;
  /** Groups in ward order ("số 2" before "số 10"). */
  groups: Group[];
  /** Every output offered for each group, in the registry's order. */
  outputs: Output[];
  /** The PDFs' fixed creation date, also the ZIP entries' date. */
  created: Date;
  templateDir?: string;
  group(id: string): Group | undefined;
  contextOf(id: string): DocContext;
  output(fileName: string): Output | undefined;
  /** Content hash of one document: kind, variant, the group's row, campaign, template, roster. */
  keyOf(groupId: string, output: Output): string;
}

const sha256 = (...parts: (string | Uint8Array)[]) => {
  const h = createHash('sha256');
  // Length-prefixed so that ("ab", "c") and ("a", "bc") hash differently.
  for (const p of parts) h.update(`${p.length}:`).update(p);
  return h.digest('hex');
};

export async function loadWard(opts: WardOptions): Promise<Ward> {
  const { campaign, bytes: campaignBytes } = await loadCampaign(opts.campaign);
  const groups = (await loadGroups(opts.groups)).sort(compareGroups);
  const ids = groups.map((g) => g.id);
  const rosters = opts.rosters
    ? await loadRosters(opts.rosters, ids)
    : new Map<string, LoadedRoster>();
  const slugs = groupSlugs(groups);
  const byId = new Map(groups.map((g) => [g.id, g]));
  const outputs = expandOutputs(KINDS);
  const byFile = new Map(outputs.map((o) => [outputFileName(o), o]));
  const templateDir = opts.templateDir ?? TEMPLATE_DIR;
  const templates = new Map<string, string>();
  const templateOf = (o: Output) => {
    let text = templates.get(o.kind.template);
    if (text === undefined) {
      text = readFileSync(join(templateDir, o.kind.template), 'utf8');
      templates.set(o.kind.template, text);
    }
    return text;
  };
  const keys = new Map<string, string>();
  const known = (id: string): Group => {
    const g = byId.get(id);
    if (!g) throw new UserError(`no group with id "${id}"`, { file: opts.groups });
    return g;
  };
  return {
    campaign,
    groups,
    outputs,
    created: new Date(`${campaign.issued}T00:00:00+07:00`),
    templateDir: opts.templateDir,
    group: (id) => byId.get(id),
    contextOf: (id) =>
      buildContext(campaign, known(id), slugs.get(id) ?? id, rosters.get(id)?.residents),
    output: (fileName) => byFile.get(fileName),
    keyOf: (id, o) => {
      // The inputs are read once, so a key never changes: hash once per document.
      const memo = `${id}\u0000${o.kind.name}\u0000${o.variant ?? ''}`;
      const hit = keys.get(memo);
      if (hit) return hit;
      const { source: _source, ...row } = known(id);
      const key = sha256(
        CACHE_FORMAT,
        PACKAGE_VERSION,
        o.kind.name,
        o.variant ?? '',
        JSON.stringify(row),
        slugs.get(id) ?? id,
        campaignBytes,
        templateOf(o),
        rosters.get(id)?.bytes ?? '',
      );
      keys.set(memo, key);
      return key;
    },
  };
}
