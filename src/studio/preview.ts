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
import { renderPagePngs } from '../render/image/page-images.js';
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

export class Previewer {
  private readonly wards = new Map<string, { stamp: string; ward: Promise<Ward> }>();
  private readonly files = new LRUCache<string, Promise<PreviewFile>>({ max: 64 });
  private readonly images = new LRUCache<string, Promise<Uint8Array[]>>({ max: 64 });

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
    const key = ward.keyOf(groupId, output);
    let file = this.files.get(key);
    if (!file) {
      file = renderOutput(output.kind, ward.contextOf(groupId), {
        fonts: loadFonts(),
        created: ward.created,
        templateDir: ward.templateDir,
        variant: output.variant,
      }).then((r) => ({ bytes: r.bytes, mediaType: r.mediaType, pages: r.pages }));
      file.catch(() => this.files.delete(key));
      this.files.set(key, file);
    }
    return file;
  }

  /** Each page as a PNG (an image kind is its own single page). */
  pages(ward: Ward, groupId: string, output: Output): Promise<Uint8Array[]> {
    const key = ward.keyOf(groupId, output);
    let pages = this.images.get(key);
    if (!pages) {
      pages =
        output.kind.ext === 'png'
          ? this.file(ward, groupId, output).then((f) => [f.bytes])
          : renderPagePngs(
              output.kind,
              ward.contextOf(groupId),
              {
                fonts: loadFonts(),
                created: ward.created,
                templateDir: ward.templateDir,
                variant: output.variant,
              },
              PREVIEW_WIDTH,
            );
      pages.catch(() => this.images.delete(key));
      this.images.set(key, pages);
    }
    return pages;
  }
}
