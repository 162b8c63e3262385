/**
 * Serve stage: the inputs the server works from, frozen when it starts. The office edits the
 * groups file or the campaign while the server runs; if the render workers read the files
 * themselves, one response set would mix versions (a flyer with the new name beside a page with
 * the old), cached under the old content key. So the server copies what it reads — every input
 * of the build (the campaign file, its templates folder and the images it names, the groups
 * file, the rosters, a --templates folder), each file read once — into a private folder, loads
 * the ward from there, and gives its workers the same copy (a rosters folder's files, or the
 * ward-wide rosters file). A new
 * version is a new copy, served whole once it loads (reload.ts); a half-saved file is never seen.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { isUserError, UserError } from '../errors.js';
import { assetsNamedIn, campaignAssetPath } from '../load/campaign-assets.js';
import { mapValues } from '../messages/message.js';
import { templatesFolderOf } from '../output/input-paths.js';
import type { WardOptions } from './ward.js';

export interface InputSnapshot {
  options: WardOptions;
  /** Names errors by the user's files, not the copies. */
  original(e: unknown): unknown;
  remove(): Promise<void>;
}

const isFolder = async (path: string) =>
  (await stat(path).catch(() => undefined))?.isDirectory() ?? false;

/** `bytes` written at `path`, its folders made first. */
async function put(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
}

/**
 * Copies the inputs into `into` (made now; it must not exist), or a new temporary folder. The
 * copy's campaign file is `campaign/<its name>`, its groups file `groups/<its name>`.
 */
export async function snapshotInputs(opts: WardOptions, into?: string): Promise<InputSnapshot> {
  const dir = into ?? (await mkdtemp(join(tmpdir(), 'phuong-print-serve-')));
  if (into) await mkdir(into, { recursive: true, mode: 0o700 });
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    // campaign.yaml is read once: the images copied are the ones these bytes name, so an edit
    // saved meanwhile cannot give the copy one version's text and another's images.
    const campaignBytes = await readFile(opts.campaign);
    const campaign = join(dir, 'campaign', basename(opts.campaign));
    await put(campaign, campaignBytes);
    const ownTemplates = opts.templateDir === undefined;
    const templates = templatesFolderOf(opts);
    if (ownTemplates && (await isFolder(templates)))
      await cp(templates, join(dirname(campaign), 'templates'), { recursive: true });
    // An image outside the campaign's folder is refused as the loader refuses it (the copy would
    // be inside). A missing image is left to the loader, which names the field.
    const folder = dirname(resolve(opts.campaign));
    for (const { field, given } of assetsNamedIn(new TextDecoder().decode(campaignBytes))) {
      const from = await campaignAssetPath(opts.campaign, field, given);
      const bytes = await readFile(from).catch(() => undefined);
      if (bytes) await put(join(dirname(campaign), relative(folder, from)), bytes);
    }
    const groups = join(dir, 'groups', basename(opts.groups));
    await put(groups, await readFile(opts.groups));
    let rosters: string | undefined;
    if (opts.rosters && !(await isFolder(opts.rosters))) {
      // One list for the whole ward: copied as a file, under its own name.
      rosters = join(dir, 'rosters', basename(opts.rosters));
      await put(rosters, await readFile(opts.rosters));
    } else if (opts.rosters) {
      rosters = join(dir, 'rosters');
      await mkdir(rosters);
      for (const e of await readdir(opts.rosters, { withFileTypes: true }))
        if (e.isFile())
          await put(join(rosters, e.name), await readFile(join(opts.rosters, e.name)));
    }
    let templateDir: string | undefined;
    if (!ownTemplates) {
      templateDir = join(dir, 'templates-given');
      await cp(templates, templateDir, { recursive: true });
    }
    const pairs: [string, string][] = [
      [campaign, opts.campaign],
      [groups, opts.groups],
      ...(rosters && opts.rosters ? [[rosters, opts.rosters] as [string, string]] : []),
      ...(templateDir && opts.templateDir
        ? [[templateDir, opts.templateDir] as [string, string]]
        : []),
      [dirname(campaign), dirname(opts.campaign)],
    ];
    const original = (e: unknown) => {
      if (!isUserError(e) || !e.where.file) return e;
      const hit = pairs.find(([copy]) => e.where.file?.startsWith(copy));
      if (!hit) return e;
      const file = hit[1] + e.where.file.slice(hit[0].length);
      // Every copy's path a message's values name (a file, or the folder a missing image was
      // looked for in), longest first, as the user's.
      const text = mapValues(e.text, (v) =>
        typeof v === 'string'
          ? pairs.reduce((s, [copy, given]) => s.split(copy).join(given), v)
          : v,
      );
      return new UserError(text, { ...e.where, file }, e.hintText);
    };
    return {
      // The copy is loaded as the files given would be, by the same clock.
      options: { campaign, groups, rosters, templateDir, today: opts.today },
      original,
      remove,
    };
  } catch (e) {
    await remove();
    throw e;
  }
}
