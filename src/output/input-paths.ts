/**
 * Output stage: which files and folders a build reads — the one answer for everything that must
 * know: `build --watch` (what to watch), `serve` (what to watch, and what to copy into its
 * snapshot of the inputs). In: the inputs as given (the campaign file, the groups file, the
 * rosters folder, --templates, the certificate of --sign). Out: every path the build reads,
 * including the image files campaign.yaml names under `assets`.
 *
 * The images are read from the campaign file as it is now, by the rule the loader uses
 * (load/campaign-assets.ts: a path relative to its folder, inside it). A campaign file that does not
 * parse names no images here; the loader reports it in its own words. Callers ask again after
 * each rebuild or reload, so an image named by an edit is watched from then on.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { assetsNamedIn, campaignAssetPath } from '../load/campaign-assets.js';

export interface InputSpecPaths {
  campaign: string;
  groups: string;
  rosters?: string;
  /** --templates; without it the campaign's own `templates/` folder. */
  templateDir?: string;
  /** The certificate of --sign. */
  certificate?: string;
}

export interface InputFiles {
  campaign: string;
  groups: string;
  rosters?: string;
  /**
   * The templates folder the build reads: --templates, else `templates/` beside campaign.yaml —
   * named even before it exists, so a folder made later is seen.
   */
  templates: string;
  /** True when `templates` is the campaign's own folder (not --templates). */
  ownTemplates: boolean;
  /** The image files campaign.yaml names (logo, signature, seal), relative to its folder. */
  assets: string[];
  certificate?: string;
}

/**
 * The images campaign.yaml names, relative to its folder; none that the loader refuses (outside
 * the folder: load/campaign-assets.ts says so in its own words).
 */
export async function assetFilesOf(campaignFile: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(campaignFile, 'utf8');
  } catch {
    return []; // the loader reports a campaign it cannot read, in its own words
  }
  const folder = dirname(resolve(campaignFile));
  const files = new Set<string>();
  for (const { field, given } of assetsNamedIn(text)) {
    const path = await campaignAssetPath(campaignFile, field, given).catch(() => undefined);
    const inside = path && relative(folder, path);
    if (inside) files.add(inside);
  }
  return [...files];
}

/** The templates folder a build reads: --templates, else `templates/` beside campaign.yaml. */
export const templatesFolderOf = (spec: { campaign: string; templateDir?: string }): string =>
  spec.templateDir ?? join(dirname(spec.campaign), 'templates');

/** Every input of a build, by its role (for the serve snapshot, which copies each its own way). */
export async function inputFiles(spec: InputSpecPaths): Promise<InputFiles> {
  return {
    campaign: spec.campaign,
    groups: spec.groups,
    ...(spec.rosters ? { rosters: spec.rosters } : {}),
    templates: templatesFolderOf(spec),
    ownTemplates: spec.templateDir === undefined,
    assets: await assetFilesOf(spec.campaign),
    ...(spec.certificate ? { certificate: spec.certificate } : {}),
  };
}

/** Every file and folder a build reads: a change to any of them is a new version of the inputs. */
export async function inputPaths(spec: InputSpecPaths): Promise<string[]> {
  const f = await inputFiles(spec);
  const paths = [
    f.campaign,
    f.groups,
    ...(f.rosters ? [f.rosters] : []),
    f.templates,
    ...f.assets.map((a) => join(dirname(f.campaign), a)),
    ...(f.certificate ? [f.certificate] : []),
  ];
  return [...new Set(paths)];
}
