/**
 * Output stage: everything a build reads, loaded and checked once — in the main thread to plan,
 * and once per worker thread to render. Problems with the campaign or the templates stop the
 * build; a problem with one group's row fails only that group (unless --strict).
 */
import { readFile } from 'node:fs/promises';
import { isUserError, type UserError } from '../errors.js';
import type { DocumentKind } from '../kinds/kind.js';
import { KINDS } from '../kinds/registry.js';
import { renderSections, templateFile, templateText } from '../kinds/render.js';
import { DEFAULT_FONT_DIR, type FontSet, loadFonts } from '../layout/fonts.js';
import { type Campaign, loadCampaign } from '../load/campaign.js';
import { compareGroups, loadGroupsReport } from '../load/groups/index.js';
import { type LoadedRoster, loadRosters } from '../load/roster-folder.js';
import type { Group } from '../load/types.js';
import { buildContext, type DocContext, groupSlugs } from '../model/context.js';
import { checkCampaignCoverage, checkGroupCoverage, checkRosterCoverage } from './preflight.js';
import { checkTemplates, inCampaignFile } from './template-checks.js';

export interface InputSpec {
  campaign: string;
  groups: string;
  rosters?: string;
  fontDir?: string;
  templateDir?: string;
}

/** A group that will not be built, and why. */
export interface GroupFailure {
  id?: string;
  name?: string;
  row?: number;
  error: UserError;
}

export interface BuildInputs {
  spec: InputSpec;
  campaign: Campaign;
  campaignBytes: Uint8Array;
  groupsBytes: Uint8Array;
  /** Good groups in print order (Vietnamese collation: "số 2" before "số 10"). */
  groups: Group[];
  failures: GroupFailure[];
  slugs: Map<string, string>;
  rosters: Map<string, LoadedRoster>;
  fonts: FontSet;
  templates: Map<string, string>;
  created: Date;
  contextOf(group: Group): DocContext;
  /** Worth telling the user though nothing failed: a file converted from a legacy encoding… */
  warnings: UserError[];
}

export async function loadBuildInputs(
  spec: InputSpec,
  kinds: readonly DocumentKind[] = KINDS,
): Promise<BuildInputs> {
  const { campaign, bytes: campaignBytes, warnings } = await loadCampaign(spec.campaign);
  const report = await loadGroupsReport(spec.groups);
  const failures: GroupFailure[] = report.failures.map((f) => ({ ...f }));
  const groups = [...report.groups].sort(compareGroups);
  const slugs = groupSlugs(groups);
  const rosters = spec.rosters
    ? await loadRosters(
        spec.rosters,
        groups.map((g) => g.id),
        groups.map((g) => g.id),
      )
    : new Map<string, LoadedRoster>();
  const fonts = loadFonts(spec.fontDir ?? DEFAULT_FONT_DIR);
  const families = [...new Set(kinds.map((k) => k.family))];
  const templates = new Map(
    kinds.map((k) => {
      const file = templateFile(k, spec.templateDir);
      return [file, templateText(file)];
    }),
  );
  // Every branch of every template, before fonts: a misspelt name is found even where the first
  // group's documents do not go.
  checkTemplates(campaign, spec.campaign, campaignBytes, templates);
  checkCampaignCoverage(
    campaign,
    spec.campaign,
    [...templates].map(([file, text]) => ({ file, text })),
    fonts,
    families,
  );
  checkRosterCoverage(rosters, fonts, families);
  const good: Group[] = [];
  for (const g of groups) {
    try {
      checkGroupCoverage(g, fonts, families);
      good.push(g);
    } catch (e) {
      if (!isUserError(e)) throw e;
      failures.push({ id: g.id, name: g.name, row: g.source.row, error: e });
    }
  }
  const contextOf = (g: Group) =>
    buildContext(campaign, g, slugs.get(g.id) ?? g.id, rosters.get(g.id)?.residents);
  // A template error (a misspelt variable) is the campaign's or the template's, not a group's:
  // found on the first group, it stops the build before any file is written.
  const first = good[0];
  if (first) {
    try {
      for (const kind of kinds) renderSections(kind, contextOf(first), spec.templateDir);
    } catch (e) {
      throw inCampaignFile(e, spec.campaign, campaignBytes);
    }
  }
  return {
    spec,
    campaign,
    campaignBytes,
    groupsBytes: report.bytes,
    groups: good,
    failures,
    slugs,
    rosters,
    fonts,
    templates,
    created: new Date(`${campaign.issued}T00:00:00+07:00`),
    contextOf,
    warnings: [
      ...warnings,
      ...report.warnings,
      ...[...rosters.values()].flatMap((r) => r.warnings ?? []),
    ],
  };
}

/** Bytes of the optional logo, part of a poster's inputs. */
export async function logoBytes(campaign: Campaign): Promise<Uint8Array | undefined> {
  const path = campaign.assets?.logo;
  if (!path) return undefined;
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
}
