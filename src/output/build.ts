/**
 * Output stage: `build` — campaign + groups → one PDF per group and kind under the output folder,
 * plus manifest.json. Everything that can be checked is checked before the first file is
 * written, so a run that fails validation writes nothing.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isUserError, UserError } from '../errors.js';
import type { DocumentKind } from '../kinds/kind.js';
import { findKind, KINDS, kindNames } from '../kinds/registry.js';
import {
  expandOutputs,
  outputFileName,
  renderDocument,
  renderSections,
  templateFile,
  templateText,
} from '../kinds/render.js';
import {
  DEFAULT_FONT_DIR,
  describeCharacter,
  type FontFamilyName,
  type FontSet,
  loadFonts,
  missingCharacters,
} from '../layout/fonts.js';
import { campaignValueLine, loadCampaign } from '../load/campaign.js';
import { compareGroups, loadGroups } from '../load/groups/index.js';
import { ROSTER_COLUMNS } from '../load/roster.js';
import { type LoadedRoster, loadRosters } from '../load/roster-folder.js';
import { buildContext, groupSlugs } from '../model/context.js';
import { CAMPAIGN_VALUE } from '../template/handlebars.js';
import { writeFileAtomic } from './atomic-write.js';
import { type Manifest, type ManifestFile, sha256 } from './manifest.js';
import { checkCoverage } from './preflight.js';

export interface BuildOptions {
  campaign: string;
  groups: string;
  out: string;
  /** Kind names; all kinds when empty. */
  kinds?: string[];
  /** Variants to build (poster sizes: a4, a3); all when empty. */
  variants?: string[];
  /** Group ids; all groups when empty. */
  groupIds?: string[];
  /** Folder of residents rosters, `<group id>.csv` or `.xlsx`, for the tracking sheet. */
  rosters?: string;
  fontDir?: string;
  templateDir?: string;
  log?: (line: string) => void;
}

export interface BuildResult {
  manifest: Manifest;
  written: ManifestFile[];
}

function selectKinds(names: string[] | undefined): DocumentKind[] {
  if (!names || names.length === 0 || names.includes('all')) return [...KINDS];
  return names.map((n) => {
    const kind = findKind(n);
    if (!kind)
      throw new UserError(
        `unknown document kind "${n}"`,
        { field: '--kind' },
        `Known kinds: ${kindNames().join(', ')}.`,
      );
    return kind;
  });
}

/** An error in a campaign value that is a template names the campaign file and its line there. */
function inCampaignFile(e: unknown, file: string, text: string): unknown {
  if (!isUserError(e) || e.where.file !== CAMPAIGN_VALUE) return e;
  const { field, line } = e.where;
  return new UserError(
    e.message,
    {
      file,
      field,
      line: field && line !== undefined ? campaignValueLine(text, field, line) : undefined,
    },
    e.hint,
  );
}

/** Every resident's text must be in the fonts too; the error names file, row and column only
 * (rosters are personal data). */
function checkRosterCoverage(
  rosters: Map<string, LoadedRoster>,
  fonts: FontSet,
  families: FontFamilyName[],
): void {
  for (const { residents } of rosters.values()) {
    for (const { source, ...fields } of residents) {
      for (const [field, value] of Object.entries(fields)) {
        const missing = families.flatMap((f) => missingCharacters(String(value), fonts, f));
        if (missing.length === 0) continue;
        const column = ROSTER_COLUMNS.headers[field as keyof typeof ROSTER_COLUMNS.headers][0];
        throw new UserError(
          `the fonts have no glyph for ${[...new Set(missing)].map(describeCharacter).join(', ')}`,
          { file: source.file, row: source.row, field: column },
          'Replace the character (look for look-alikes pasted from other scripts, or symbols).',
        );
      }
    }
  }
}

async function readManifest(path: string): Promise<ManifestFile[]> {
  try {
    const m = JSON.parse(await readFile(path, 'utf8')) as Partial<Manifest>;
    return Array.isArray(m.files) ? m.files : [];
  } catch {
    return [];
  }
}

export async function build(opts: BuildOptions): Promise<BuildResult> {
  const log = opts.log ?? (() => {});
  const { campaign, bytes: campaignBytes } = await loadCampaign(opts.campaign);
  const allGroups = await loadGroups(opts.groups);
  const kinds = selectKinds(opts.kinds);
  const slugs = groupSlugs(allGroups);
  const wanted = new Set(opts.groupIds ?? []);
  for (const id of wanted) {
    if (!allGroups.some((g) => g.id === id)) {
      throw new UserError(
        `no group with id "${id}"`,
        { file: opts.groups, field: '--group' },
        'Use an id from the STT / Mã tổ column.',
      );
    }
  }
  const groups = allGroups.filter((g) => wanted.size === 0 || wanted.has(g.id)).sort(compareGroups);
  // Rosters are inputs like the groups: all read and validated before any file is written.
  const rosters = opts.rosters
    ? await loadRosters(
        opts.rosters,
        groups.map((g) => g.id),
        allGroups.map((g) => g.id),
      )
    : new Map<string, LoadedRoster>();
  const contextOf = (g: (typeof groups)[number]) =>
    buildContext(campaign, g, slugs.get(g.id) ?? g.id, rosters.get(g.id)?.residents);

  const fonts = loadFonts(opts.fontDir ?? DEFAULT_FONT_DIR);
  const templates = kinds.map((k) => {
    const file = templateFile(k, opts.templateDir);
    return { file, text: templateText(file) };
  });
  checkCoverage({
    campaign,
    campaignFile: opts.campaign,
    groups,
    templates,
    fonts,
    families: [...new Set(kinds.map((k) => k.family))],
  });
  checkRosterCoverage(rosters, fonts, [...new Set(kinds.map((k) => k.family))]);
  // Template errors (a misspelt variable) surface here, before any file is written.
  try {
    for (const g of groups) {
      const ctx = contextOf(g);
      for (const kind of kinds) renderSections(kind, ctx, opts.templateDir);
    }
  } catch (e) {
    throw inCampaignFile(e, opts.campaign, new TextDecoder().decode(campaignBytes));
  }

  const created = new Date(`${campaign.issued}T00:00:00+07:00`);
  const outputs = expandOutputs(kinds, opts.variants);
  const written: ManifestFile[] = [];
  for (const g of groups) {
    const ctx = contextOf(g);
    for (const { kind, variant } of outputs) {
      const doc = await renderDocument(kind, ctx, {
        fonts,
        created,
        templateDir: opts.templateDir,
        variant,
      });
      const path = `${ctx.group.slug}/${outputFileName({ kind, variant })}`;
      await writeFileAtomic(join(opts.out, path), doc.bytes);
      written.push({
        group: g.id,
        kind: kind.name,
        ...(variant ? { variant } : {}),
        path,
        pages: doc.pages,
        bytes: doc.bytes.length,
        sha256: sha256(doc.bytes),
      });
    }
    log(`${g.id} ${g.name}: ${outputs.map(outputFileName).join(', ')}`);
  }

  // A partial build (--group, --kind) updates its entries and keeps the others.
  const manifestPath = join(opts.out, 'manifest.json');
  const key = (f: ManifestFile) => f.path;
  const fresh = new Set(written.map(key));
  const order = new Map(
    allGroups
      .slice()
      .sort(compareGroups)
      .map((g, i) => [g.id, i]),
  );
  const files = [
    ...(await readManifest(manifestPath)).filter((f) => !fresh.has(key(f)) && order.has(f.group)),
    ...written,
  ].sort(
    (a, b) => (order.get(a.group) ?? 0) - (order.get(b.group) ?? 0) || a.path.localeCompare(b.path),
  );
  const groupsBytes = await readFile(opts.groups);
  const inputs = sha256(
    [
      sha256(campaignBytes),
      sha256(groupsBytes),
      ...templates.map((t) => sha256(t.text)),
      ...[...rosters.values()].map((r) => sha256(r.bytes)),
    ].join('\n'),
  );
  const manifest: Manifest = { tool: 'phuong-print', inputs, files };
  await writeFileAtomic(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, written };
}
