/**
 * Load stage: where the images campaign.yaml names (logo, signature, seal, map) are, by the one rule
 * for them: relative to the campaign file's folder and inside it, links followed. A campaign
 * shared by someone else must not be able to print any image of the machine it is built on.
 *
 * Everyone who reads those images asks here, so a path is refused the same way by `check` and
 * `build` (the loader, resolveAssetPaths), by `serve` (its snapshot copies the images,
 * serve/snapshot.ts) and is not watched by `build --watch` (output/input-paths.ts).
 */
import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { throwProblems, UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import { assetImageProblem } from './campaign-images.js';
import { ASSET_FILES, type Campaign } from './campaign-schema.js';
import { normalizeText } from './normalize.js';
import { boundedDataOrNothing } from './yaml-data.js';

export type AssetField = (typeof ASSET_FILES)[number];

/** `path` with its links followed; a path that does not exist (yet) as it is written. */
const real = (path: string) => realpath(path).catch(() => path);

/**
 * The absolute path of the image `given` names at `assets.<field>` of `campaignFile`; a
 * UserError naming the field when it is absolute or lies outside the campaign's folder (through
 * `..` or a link). A missing file is not refused here (those who copy or watch the images ask
 * before the file exists); the loader checks it (resolveAssetPaths).
 */
export async function campaignAssetPath(
  campaignFile: string,
  field: AssetField,
  given: string,
  line?: number,
): Promise<string> {
  const folder = dirname(resolve(campaignFile));
  const path = resolve(folder, given);
  const inside = relative(await real(folder), await real(path));
  if (isAbsolute(given) || inside.startsWith('..') || isAbsolute(inside)) {
    throw new UserError(
      msg`the ${field} image "${given}" is outside the campaign's folder`,
      { file: campaignFile, line, field: `assets.${field}` },
      msg`Copy the image into the folder of campaign.yaml (e.g. assets/${field}.png) and give its path from there.`,
    );
  }
  return path;
}

/**
 * Asset paths made absolute against the campaign file's folder (for the loader to call), each
 * image checked there and printable (campaign-images.ts; unless `checkImages` is false): every
 * problem is thrown at once, on the field's line of the file (`lineOf`) when known.
 */
export async function resolveAssetPaths(
  campaign: Campaign,
  campaignFile: string,
  lineOf: (field: AssetField) => number | undefined = () => undefined,
  checkImages = true,
  /** Where what prints poorly (a picture too small to print sharp) is said. */
  warnings: UserError[] = [],
): Promise<Campaign> {
  const { assets } = campaign;
  if (!assets) return campaign;
  const resolved = { ...assets };
  const problems: UserError[] = [];
  for (const field of ASSET_FILES) {
    const given = assets[field];
    if (!given) continue;
    const line = lineOf(field);
    const path = await campaignAssetPath(campaignFile, field, given, line);
    const problem = checkImages
      ? await assetImageProblem(campaignFile, { field, given, path, line }, warnings)
      : undefined;
    if (problem) problems.push(problem);
    resolved[field] = path;
  }
  throwProblems(problems);
  return { ...campaign, assets: resolved };
}

/**
 * The images a campaign file's text names, by field, before it is loaded (for those who copy or
 * watch them). A text that does not parse names none: the loader reports it in its own words.
 */
export function assetsNamedIn(text: string): { field: AssetField; given: string }[] {
  const data = boundedDataOrNothing(parseDocument(text.replace(/^\uFEFF/, '')));
  const assets = (data as { assets?: unknown } | null | undefined)?.assets;
  if (typeof assets !== 'object' || assets === null) return [];
  const named: { field: AssetField; given: string }[] = [];
  for (const field of ASSET_FILES) {
    const value = (assets as Record<string, unknown>)[field];
    // The map may be given with its caption: `map: { file: so-do.png, caption: … }`.
    const given =
      typeof value === 'object' && value !== null ? (value as { file?: unknown }).file : value;
    // As the loader reads every text of the file (NFC, invisible characters removed).
    if (typeof given === 'string' && given !== '')
      named.push({ field, given: normalizeText(given) });
  }
  return named;
}
