/**
 * Serve stage: the inputs the server works from, frozen when it starts. The office edits the
 * groups file or the campaign while the server runs; if the render workers read the files
 * themselves, one response set would mix versions (a flyer with the new name beside a page with
 * the old), cached under the old content key. So the server copies what it reads — the campaign
 * file, its templates folder and logo, the groups file, the rosters, a --templates folder — into
 * a private folder, loads the ward from there, and gives its workers the same copy. A new
 * version is a new copy, served whole once it loads (reload.ts); a half-saved file is never seen.
 */
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { isUserError, UserError } from '../errors.js';
import { mapValues } from '../messages/message.js';
import { campaignTemplateDir } from '../output/inputs.js';
import type { WardOptions } from './ward.js';

export interface InputSnapshot {
  options: WardOptions;
  /** Names errors by the user's files, not the copies. */
  original(e: unknown): unknown;
  remove(): Promise<void>;
}

/** The logo a campaign names, relative to its folder, if it names one inside it. */
export async function logoOf(campaignFile: string): Promise<string | undefined> {
  try {
    const logo = parseDocument(await readFile(campaignFile, 'utf8')).getIn(['assets', 'logo']);
    if (typeof logo !== 'string' || isAbsolute(logo)) return undefined;
    const inside = relative(dirname(campaignFile), resolve(dirname(campaignFile), logo));
    return inside.startsWith('..') ? undefined : inside;
  } catch {
    return undefined; // the loader reports a campaign it cannot read, with its own words
  }
}

export async function snapshotInputs(opts: WardOptions): Promise<InputSnapshot> {
  const dir = await mkdtemp(join(tmpdir(), 'phuong-print-serve-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const campaign = join(dir, 'campaign', basename(opts.campaign));
    await mkdir(dirname(campaign), { recursive: true });
    await copyFile(opts.campaign, campaign);
    const ownTemplates = campaignTemplateDir(opts.campaign);
    if (ownTemplates)
      await cp(ownTemplates, join(dirname(campaign), 'templates'), { recursive: true });
    const logo = await logoOf(opts.campaign);
    if (logo) {
      const to = join(dirname(campaign), logo);
      await mkdir(dirname(to), { recursive: true });
      await copyFile(join(dirname(opts.campaign), logo), to).catch(() => {});
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
    if (opts.templateDir) {
      templateDir = join(dir, 'templates-given');
      await cp(opts.templateDir, templateDir, { recursive: true });
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
