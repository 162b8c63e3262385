/**
 * Serve stage: the inputs the server works from, frozen when it starts. The office edits the
 * groups file or the campaign while the server runs; if the render workers read the files
 * themselves, one response set would mix versions (a flyer with the new name beside a page with
 * the old), cached under the old content key. So the server copies what it reads — every input
 * of the build (output/input-paths.ts: the campaign file, its templates folder and the images it
 * names, the groups file, the rosters, a --templates folder) — into
 * a private folder, loads the ward from there, and gives its workers the same copy. A new
 * version is a new copy, served whole once it loads (reload.ts); a half-saved file is never seen.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { isUserError, UserError } from '../errors.js';
import { mapValues } from '../messages/message.js';
import { inputFiles } from '../output/input-paths.js';
import type { WardOptions } from './ward.js';

export interface InputSnapshot {
  options: WardOptions;
  /** Names errors by the user's files, not the copies. */
  original(e: unknown): unknown;
  remove(): Promise<void>;
}

/** True when `path`, links followed, is not inside `folder` (a missing file is not). */
function leadsOutside(folder: string, path: string): boolean {
  if (!existsSync(path)) return false;
  const inside = relative(realpathSync(folder), realpathSync(path));
  return inside.startsWith('..') || isAbsolute(inside);
}

const isFolder = (path: string) =>
  statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

export async function snapshotInputs(opts: WardOptions): Promise<InputSnapshot> {
  const dir = await mkdtemp(join(tmpdir(), 'phuong-print-serve-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const files = await inputFiles(opts);
    const campaign = join(dir, 'campaign', basename(opts.campaign));
    await mkdir(dirname(campaign), { recursive: true });
    await copyFile(opts.campaign, campaign);
    if (files.ownTemplates && isFolder(files.templates))
      await cp(files.templates, join(dirname(campaign), 'templates'), { recursive: true });
    // A missing image is left to the loader, which names the field. An image that is a link
    // out of the campaign's folder is not copied (the copy would be inside): the loader, reading
    // the user's files when the snapshot fails (reload.ts), refuses it with its own words.
    for (const asset of files.assets) {
      const from = join(dirname(opts.campaign), asset);
      if (leadsOutside(dirname(opts.campaign), from))
        throw new Error(`${from} leads out of the campaign's folder`);
      const to = join(dirname(campaign), asset);
      await mkdir(dirname(to), { recursive: true });
      await copyFile(from, to).catch(() => {});
    }
    const groups = join(dir, 'groups', basename(opts.groups));
    await mkdir(dirname(groups), { recursive: true });
    await copyFile(opts.groups, groups);
    let rosters: string | undefined;
    if (opts.rosters) {
      rosters = join(dir, 'rosters');
      await mkdir(rosters);
      for (const e of await readdir(opts.rosters, { withFileTypes: true }))
        if (e.isFile()) await copyFile(join(opts.rosters, e.name), join(rosters, e.name));
    }
    let templateDir: string | undefined;
    if (!files.ownTemplates) {
      templateDir = join(dir, 'templates-given');
      await cp(files.templates, templateDir, { recursive: true });
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
      const text = mapValues(e.text, (v) =>
        typeof v === 'string' ? v.split(hit[0]).join(hit[1]) : v,
      );
      return new UserError(text, { ...e.where, file }, e.hintText);
    };
    return {
      options: { campaign, groups, rosters, templateDir },
      original,
      remove,
    };
  } catch (e) {
    await remove();
    throw e;
  }
}
