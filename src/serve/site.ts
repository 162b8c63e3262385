/**
 * Serve stage: `build --site` — a static copy of the download pages in `<out>/site/`, for any
 * static web host or the ward's portal. In: the campaign, groups, secret, the kinds and sizes the
 * build was asked for (the only ones the site offers) and the files the build wrote. Out:
 * `g/<token>/index.html` with the group's files beside it (the same unguessable paths as the
 * server) and each PDF's page-by-page view (site-pages.ts), the office's page in `admin-<token>/`
 * (a static host has no password to ask), blank index pages so that a host listing folders shows
 * no links, and robots.txt.
 *
 * The site is written into a temporary folder and swapped in whole: links of an old secret and
 * removed groups disappear, and a half-written site is never published.
 */
import { createWriteStream } from 'node:fs';
import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { UserError } from '../errors.js';
import { KINDS } from '../kinds/registry.js';
import { expandOutputs, outputFileName } from '../kinds/render.js';
import { msg } from '../messages/message.js';
import { selectKinds } from '../output/build.js';
import { threadsFor } from '../output/threads.js';
import { builtFilesRenderer, type WrittenFile } from './built-files.js';
import { DocumentCache } from './cache.js';
import { mapFile, siteMapName } from './campaign-map.js';
import { ASSETS, readAsset, renderPage } from './html.js';
import {
  DocumentLibrary,
  GROUP_ZIP,
  PREVIEW,
  pagePreviewName,
  WARD_ZIP,
  type WardZipSource,
} from './library.js';
import { groupLinks, groupPath, linksSheet } from './links.js';
import { createDocumentPool } from './pool-renderer.js';
import { QR_SHEET, wardQrSheet } from './qr-sheet.js';
import { createInProcessPool, ownPool } from './renderer.js';
import { kindsOffered, siteDocuments } from './site-offered.js';
import { writePagesView } from './site-pages.js';
import { adminSiteToken } from './tokens.js';
import { adminView, type GroupLink, leaderView, searchLinks } from './views.js';
import { loadWard } from './ward.js';

export interface SiteOptions {
  campaign: string;
  groups: string;
  rosters?: string;
  /** Replace a `site/` folder that a build of ours did not write. */
  force?: boolean;
  /** The build's output folder: the site goes to `<out>/site/`. */
  out: string;
  secret: string;
  /** Where the site will be published; without it the office's page has no QR codes. */
  baseUrl?: string;
  /** Files the build just wrote: copied rather than rendered again. */
  written?: readonly WrittenFile[];
  templateDir?: string;
  /**
   * Each PDF's page-by-page view (site-pages.ts; default true). Without, "Xem" opens the PDF:
   * the site builds far faster, but Zalo's browser on Android downloads a PDF rather than show it.
   */
  views?: boolean;
  /**
   * Threads the pictures and any document not built are drawn in (default: by the site's size, as
   * the build's: one, this one, under SMALL_BUILD documents, else one a core).
   */
  jobs?: number;
  /**
   * The kinds the site offers, by name, as `build --kind` gives them (default: every kind): the
   * ones the build made, whose files it copies, and nothing the build was not asked for.
   */
  kinds?: string[];
  /** The poster sizes it offers, as `build --size` gives them (default: all). */
  variants?: string[];
}

export interface SiteResult {
  dir: string;
  /** The office's page, relative to the site's root: `admin-<token>/index.html`. */
  adminPage: string;
  /** The file that names the office's page (mode 600). */
  adminFile: string;
  files: number;
  /** Page pictures of the page-by-page views. */
  pictures: number;
  /** The kinds each group's page offers, by name, in the registry's order. */
  offered: string[];
  /**
   * The kinds the site this one replaced offered that `kinds` left out (a narrower `--kind`):
   * the leaders' links no longer lead to them. A kind the campaign stopped making is not one.
   */
  dropped: string[];
  /**
   * The sizes of a kind still offered that the site it replaced offered and `variants` left out
   * (a narrower `--size`: `{ kind: 'poster', variant: 'a3' }`).
   */
  droppedSizes: { kind: string; variant: string }[];
}

/**
 * The memory cache of the site's documents: one group's documents, their page texts, thumbnails
 * and ZIP, many times over (serve's default bound).
 */
const CACHE_BYTES = 64 * 1024 * 1024;

/** Beside the site, readable by its owner only: where the office's (secret) page is. */
export const SITE_ADMIN_FILE = 'site-admin.txt';

/**
 * A `site/` folder is replaced only when a build of ours wrote it (its SITE_ADMIN_FILE is beside
 * it): a folder of the user's own pages is never deleted, unless `force`.
 */
async function checkSiteFolder(out: string, force: boolean): Promise<void> {
  const dir = join(out, 'site');
  const present = async (p: string) =>
    stat(p).then(
      () => true,
      () => false,
    );
  if (force || !(await present(dir)) || (await present(join(out, SITE_ADMIN_FILE)))) return;
  throw new UserError(
    msg`${dir} already exists and was not written by phuong-print`,
    { file: dir, field: '--site' },
    msg`Move that folder away, build into another folder with --out, or add --force to replace it.`,
  );
}

export async function writeSite(opts: SiteOptions): Promise<SiteResult> {
  await checkSiteFolder(opts.out, opts.force ?? false);
  // In the registry's order, as a page lists them, whatever the order --kind names them in.
  const asked = selectKinds(opts.kinds);
  const ward = await loadWard({
    ...opts,
    kinds: KINDS.filter((k) => asked.includes(k)),
    ...(opts.variants?.length ? { variants: opts.variants } : {}),
  });
  // Before the pool starts: a throw between its start and the try below would leave its threads
  // running, and the build would never exit (final-read47).
  const dir = join(opts.out, 'site');
  const tmp = `${dir}.${process.pid}.tmp`;
  await rm(tmp, { recursive: true, force: true });
  // The build's worker threads (its pool has closed by now: a pool of the serve stage's own): the
  // views' page pictures were drawn on one thread, hours for a big ward's site. A small site is
  // drawn in this thread, by the build's own rule (output/threads.ts SMALL_BUILD): a worker costs
  // ~1 s of CPU to start, more than a few groups' previews and pictures. Its work: a preview a
  // document and, with the views, a picture a page (pages as many as the built files have).
  const views = opts.views ?? true;
  const written = opts.written ?? [];
  const pagesEach = written.length ? written.reduce((n, f) => n + f.pages, 0) / written.length : 1;
  const work = ward.groups.length * ward.outputs.length * (views ? 1 + pagesEach : 1);
  const threads = threadsFor(Math.round(work), ward.groups.length, opts.jobs);
  const pool = threads === 1 ? createInProcessPool() : createDocumentPool({ threads });
  const renderer = builtFilesRenderer(opts.out, written, ownPool(ward, pool));
  // A group's documents are asked for again for its ZIP, its views and its page: a cache bound
  // in bytes keeps the group's while it is written, whatever the size of the ward. The ward's ZIP
  // is made from the files written (below). It was made whole at the end from a 2 GB cache that
  // kept every document, and its group's ZIP (the same bytes again): the peak grew with the
  // ward's groups (issue 13; bench/results.md "h-sitemem").
  const lib = new DocumentLibrary(ward, renderer, new DocumentCache({ maxBytes: CACHE_BYTES }));
  let files = 0;
  let pictures = 0;
  const put = async (path: string, data: Uint8Array | string) => {
    await mkdir(dirname(join(tmp, path)), { recursive: true });
    await writeFile(join(tmp, path), data);
    files++;
  };
  try {
    const blank = (assets: string) =>
      renderPage('blank', { assets, ...ward.campaign.issuer, term: ward.term }, opts.templateDir);
    await put('index.html', blank('assets/'));
    await put('g/index.html', blank('../assets/'));
    await put('robots.txt', 'User-agent: *\nDisallow: /\n');
    for (const name of Object.keys(ASSETS)) await put(`assets/${name}`, readAsset(name));

    // The campaign's map, the same for every group: one copy beside the pages' style, not one
    // in each group's folder (review44 #6: 3,000 copies of 0.5–2 MB for a big ward).
    const first = ward.groups[0];
    const map = first ? await mapFile(ward.contextOf(first.id)) : undefined;
    if (map) await put(`assets/${siteMapName(map)}`, map.bytes);
    for (const g of ward.groups) {
      const path = groupPath(opts.secret, g.id);
      // A group the fonts cannot print has its page (which says why) and no files.
      const printed = ward.unprintable(g.id) ? [] : ward.outputs;
      for (const o of printed) {
        const name = outputFileName(o);
        await put(`${path}${name}`, (await lib.file(g.id, name))?.bytes ?? '');
      }
      const previews = printed.map(pagePreviewName);
      const extras = printed.length ? [GROUP_ZIP, ...(lib.previewSource ? [PREVIEW] : [])] : [];
      for (const name of [...extras, ...previews]) {
        await put(`${path}${name}`, (await lib.file(g.id, name))?.bytes ?? '');
      }
      // "Xem" opens the document's pages as pictures, as on the server: Zalo's browser on
      // Android downloads a PDF rather than show it, and the download often vanishes (qa48 M1).
      if (views) {
        const drawn = await Promise.all(
          printed.map((o) => writePagesView(lib, g.id, o, path, put, opts.templateDir)),
        );
        pictures += drawn.reduce((a, b) => a + b, 0);
      }
      const view = await leaderView(lib, g.id, {
        files: '',
        assets: '../../assets/',
        viewQuery: '',
        pageViews: views,
        inApp: 'unknown',
        // From g/<token>/ to another group's page.
        groupHref: (id) => `../../${groupPath(opts.secret, id)}`,
        ...(map ? { map: `../../assets/${siteMapName(map)}` } : {}),
      });
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
    // Streamed from the documents just written, one at a time: never held whole, nothing drawn
    // again, and the same bytes as serve's.
    const fromSite: WardZipSource = async (id, name) => {
      const o = ward.output(name);
      if (!o) return undefined;
      const bytes = await readFile(join(tmp, `${groupPath(opts.secret, id)}${name}`));
      return { bytes, downloadName: lib.labelsOf(id).fileName(o) };
    };
    await mkdir(join(tmp, admin), { recursive: true });
    await pipeline(lib.wardZipStream(fromSite), createWriteStream(join(tmp, admin, WARD_ZIP)));
    files++;
    if (opts.baseUrl) {
      await put(`${admin}links.csv`, linksSheet(searchLinks(lib, links), ward.term));
      await put(`${admin}${QR_SHEET}`, await wardQrSheet(lib, searchLinks(lib, links)));
    }
    const view = await adminView(lib, {
      links: anchors,
      wardZip: WARD_ZIP,
      linksCsv: opts.baseUrl ? 'links.csv' : null,
      assets: '../assets/',
      qr: opts.baseUrl !== undefined,
      qrSheet: QR_SHEET,
    });
    await put(`${admin}index.html`, renderPage('admin', view, opts.templateDir));

    const offered = [...new Set(ward.outputs.map((o) => o.kind.name))];
    const askedNames = asked.map((k) => k.name);
    // The old site's documents, read once: the kinds it drops, and the sizes.
    const before = await siteDocuments(dir);
    const dropped = kindsOffered(before).filter(
      (k) => !offered.includes(k) && !askedNames.includes(k),
    );
    // A kind still offered in fewer sizes (`--size a4` after a site with A3 posters).
    const now = new Set(ward.outputs.map(outputFileName));
    const droppedSizes = expandOutputs(KINDS)
      .filter((o) => o.variant && offered.includes(o.kind.name))
      .filter((o) => !now.has(outputFileName(o)) && before.includes(outputFileName(o)))
      .map((o) => ({ kind: o.kind.name, variant: o.variant ?? '' }));
    // Swap: the old site goes only once the new one is complete.
    const old = `${dir}.${process.pid}.old`;
    await rename(dir, old).catch(() => {});
    await rename(tmp, dir);
    await rm(old, { recursive: true, force: true });
    // The office's page is a secret path: written to a file only its owner reads, not to stdout
    // (which ends up in CI logs and terminals' scrollback).
    const adminFile = join(opts.out, SITE_ADMIN_FILE);
    await writeFile(adminFile, `site/${admin}index.html\n`, { mode: 0o600 });
    await chmod(adminFile, 0o600);
    return {
      dir,
      adminPage: `${admin}index.html`,
      adminFile,
      files,
      pictures,
      offered,
      dropped,
      droppedSizes,
    };
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  } finally {
    await renderer.close();
  }
}
