/**
 * Serve stage: `build --site` — a static copy of the download pages in `<out>/site/`, for any
 * static web host or the ward's portal. In: the campaign, groups, secret and the files the build
 * wrote. Out: `g/<token>/index.html` with the group's files beside it (the same unguessable paths
 * as the server), the office's page in `admin-<token>/` (a static host has no password to ask),
 * blank index pages so that a host listing folders shows no links, and robots.txt.
 *
 * The site is written into a temporary folder and swapped in whole: links of an old secret and
 * removed groups disappear, and a half-written site is never published.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { outputFileName } from '../kinds/render.js';
import { builtFilesRenderer, type WrittenFile } from './built-files.js';
import { DocumentCache } from './cache.js';
import { ASSETS, readAsset, renderPage } from './html.js';
import { DocumentLibrary, GROUP_ZIP, PREVIEW, WARD_ZIP } from './library.js';
import { groupLinks, groupPath, linksCsv } from './links.js';
import { createInProcessRenderer } from './renderer.js';
import { adminSiteToken } from './tokens.js';
import { adminView, type GroupLink, leaderView } from './views.js';
import { loadWard } from './ward.js';

export interface SiteOptions {
  campaign: string;
  groups: string;
  rosters?: string;
  /** The build's output folder: the site goes to `<out>/site/`. */
  out: string;
  secret: string;
  /** Where the site will be published; without it the office's page has no QR codes. */
  baseUrl?: string;
  /** Files the build just wrote: copied rather than rendered again. */
  written?: readonly WrittenFile[];
  templateDir?: string;
}

export interface SiteResult {
  dir: string;
  /** The office's page, relative to the site's root: `admin-<token>/index.html`. */
  adminPage: string;
  files: number;
}

export async function writeSite(opts: SiteOptions): Promise<SiteResult> {
  const ward = await loadWard(opts);
  const renderer = builtFilesRenderer(opts.out, opts.written ?? [], createInProcessRenderer(ward));
  // The ward's ZIP needs every document again: keep them all in memory for this run.
  const lib = new DocumentLibrary(ward, renderer, new DocumentCache({ maxBytes: 2 ** 31 }));
  const dir = join(opts.out, 'site');
  const tmp = `${dir}.${process.pid}.tmp`;
  await rm(tmp, { recursive: true, force: true });
  let files = 0;
  const put = async (path: string, data: Uint8Array | string) => {
    await mkdir(dirname(join(tmp, path)), { recursive: true });
    await writeFile(join(tmp, path), data);
    files++;
  };
  try {
    const blank = (assets: string) =>
      renderPage('blank', { assets, ...ward.campaign.issuer }, opts.templateDir);
    await put('index.html', blank('assets/'));
    await put('g/index.html', blank('../assets/'));
    await put('robots.txt', 'User-agent: *\nDisallow: /\n');
    for (const name of Object.keys(ASSETS)) await put(`assets/${name}`, readAsset(name));

    for (const g of ward.groups) {
      const path = groupPath(opts.secret, g.id);
      for (const o of ward.outputs) {
        const name = outputFileName(o);
        await put(`${path}${name}`, (await lib.file(g.id, name))?.bytes ?? '');
      }
      for (const name of [GROUP_ZIP, ...(lib.previewSource ? [PREVIEW] : [])]) {
        await put(`${path}${name}`, (await lib.file(g.id, name))?.bytes ?? '');
      }
      const view = await leaderView(lib, g.id, { files: '', assets: '../../assets/' });
      await put(`${path}index.html`, renderPage('leader', view, opts.templateDir));
    }

    const admin = `admin-${adminSiteToken(opts.secret)}/`;
    // Shown and scanned: the public links when the site's address is known, else site paths.
    // The anchors stay relative, so the office's page works wherever the site is opened.
    const links: GroupLink[] = opts.baseUrl
      ? groupLinks(ward.groups, opts.secret, opts.baseUrl)
      : ward.groups.map((g) => ({
          id: g.id,
          name: g.name,
          url: groupPath(opts.secret, g.id),
          href: '',
        }));
    const anchors = links.map((l) => ({ ...l, href: `../${groupPath(opts.secret, l.id)}` }));
    await put(`${admin}${WARD_ZIP}`, (await lib.wardZip()).bytes);
    if (opts.baseUrl) await put(`${admin}links.csv`, `\uFEFF${linksCsv(links)}`);
    const view = await adminView(lib, {
      links: anchors,
      wardZip: WARD_ZIP,
      linksCsv: opts.baseUrl ? 'links.csv' : null,
      assets: '../assets/',
      qr: opts.baseUrl !== undefined,
    });
    await put(`${admin}index.html`, renderPage('admin', view, opts.templateDir));

    // Swap: the old site goes only once the new one is complete.
    const old = `${dir}.${process.pid}.old`;
    await rename(dir, old).catch(() => {});
    await rename(tmp, dir);
    await rm(old, { recursive: true, force: true });
    return { dir, adminPage: `${admin}index.html`, files };
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  } finally {
    await renderer.close();
  }
}
