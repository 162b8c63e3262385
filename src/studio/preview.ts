/**
 * Studio: the live preview. In: a campaign folder, a group and an output (kind + variant, by its
 * file name). Out: the document rendered from the saved inputs — its PDF (or PNG) and each page
 * as a PNG — with the same loader, checks and content keys as `build` (serve/ward.ts), so the
 * preview is the printed document.
 *
 * Two caches: the loaded inputs per campaign, kept while the files' sizes and times are the same,
 * and rendered documents by content key, so an image asked for twice (or a save that changed
 * nothing a document uses) is not rendered again.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LRUCache } from 'lru-cache';
import type { Output } from '../kinds/render.js';
import { loadFonts } from '../layout/fonts.js';
import { pagePng, renderPageSvgs } from '../render/image/page-images.js';
import { renderOutput } from '../render/output.js';
import { loadWard, type Ward } from '../serve/ward.js';
import type { CampaignPaths } from './campaign-folders.js';

/** Wide enough for a phone at twice its 360 px, and for a desk's column. */
export const PREVIEW_WIDTH = 900;

export interface PreviewFile {
  bytes: Uint8Array;
  mediaType: string;
  pages: number;
}

/** What the campaign's inputs are now: each file's size and time (cheap to take every request). */
function inputsStamp(c: CampaignPaths): string {
  const stamp = (f: string) => {
    const s = statSync(f, { throwIfNoEntry: false });
    return s ? `${f}:${s.size}:${s.mtimeMs}` : `${f}:-`;
  };
  const templates = join(c.folder, 'templates');
  const templateFiles = existsSync(templates)
    ? readdirSync(templates, { recursive: true, encoding: 'utf8' }).map((f) => join(templates, f))
    : [];
  return [c.file, c.groups ?? '', ...templateFiles].map(stamp).join('\n');
}

const renderOptions = (ward: Ward, output: Output) => ({
  fonts: loadFonts(),
  created: ward.created,
  templateDir: ward.templateDir,
  variant: output.variant,
});

/** The cache's promise for `key`, made now when absent; a failure is not kept (a retry renders). */
function cached<T>(
  cache: LRUCache<string, Promise<T>>,
  key: string,
  make: () => Promise<T>,
): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = make();
    value.catch(() => cache.delete(key));
    cache.set(key, value);
  }
  return value;
}

export class Previewer {
  private readonly wards = new Map<string, { stamp: string; ward: Promise<Ward> }>();
  private readonly files = new LRUCache<string, Promise<PreviewFile>>({ max: 64 });
  private readonly svgs = new LRUCache<string, Promise<Uint8Array[]>>({ max: 64 });
  private readonly pngs = new LRUCache<string, Promise<Uint8Array>>({ max: 256 });

  /** The campaign's inputs loaded as the build loads them; a UserError names what is wrong. */
  ward(c: CampaignPaths): Promise<Ward> {
    if (!c.groups) throw new Error('no groups file');
    const stamp = inputsStamp(c);
    const known = this.wards.get(c.slug);
    if (known?.stamp === stamp) return known.ward;
    const ward = loadWard({ campaign: c.file, groups: c.groups });
    // A failed load is not kept: the next request, after a fix, loads again.
    ward.catch(() => this.wards.delete(c.slug));
    this.wards.set(c.slug, { stamp, ward });
    return ward;
  }

  /** The document's file (PDF, or PNG for an image kind). */
  file(ward: Ward, groupId: string, output: Output): Promise<PreviewFile> {
    return cached(this.files, ward.keyOf(groupId, output), async () => {
      const r = await renderOutput(
        output.kind,
        ward.contextOf(groupId),
        renderOptions(ward, output),
      );
      return { bytes: r.bytes, mediaType: r.mediaType, pages: r.pages };
    });
  }

  /** How many page images the document has (an image kind is its own single page). */
  async pageCount(ward: Ward, groupId: string, output: Output): Promise<number> {
    if (output.kind.ext === 'png') return 1;
    return (await this.pageSvgs(ward, groupId, output)).length;
  }

  /** Page `n` (1-based) as a PNG; undefined past the last page. */
  async page(
    ward: Ward,
    groupId: string,
    output: Output,
    n: number,
  ): Promise<Uint8Array | undefined> {
    if (output.kind.ext === 'png') {
      return n === 1 ? (await this.file(ward, groupId, output)).bytes : undefined;
    }
    const svg = (await this.pageSvgs(ward, groupId, output))[n - 1];
    if (!svg) return undefined;
    return cached(this.pngs, `${ward.keyOf(groupId, output)}:${n}`, () =>
      pagePng(svg, output.kind.pageSize(output.variant)[0], PREVIEW_WIDTH),
    );
  }

  private pageSvgs(ward: Ward, groupId: string, output: Output): Promise<Uint8Array[]> {
    return cached(this.svgs, ward.keyOf(groupId, output), () =>
      renderPageSvgs(output.kind, ward.contextOf(groupId), renderOptions(ward, output)),
    );
  }
}
