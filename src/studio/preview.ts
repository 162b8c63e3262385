/**
 * Studio: the live preview. In: a campaign folder, a group and an output (kind + variant, by its
 * file name). Out: the document rendered from the saved inputs — its PDF (or PNG) and each page
 * as a picture — with the same loader, checks and content keys as `build` (serve/ward.ts), so the
 * preview is the printed document. Documents are drawn in worker threads (serve's
 * `createDocumentPool`, shared with the download server's renderer): the layout once, giving the
 * PDF and each page's SVG, then each page's picture as its own task, so both cores draw pages.
 *
 * Caches: the loaded inputs per campaign, kept while the files' sizes and times are the same,
 * and rendered documents and pictures by content key, so an image asked for twice (or a save
 * that changed nothing a document uses) is not rendered again.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LRUCache } from 'lru-cache';
import { problemsOf, throwProblems } from '../errors.js';
import type { Output } from '../kinds/render.js';
import { stampOrDigest } from '../load/file-stamp.js';
import {
  type FileWithPages,
  PICTURE_TYPES,
  type PictureFormat,
} from '../render/image/page-images.js';
import { createDocumentPool } from '../serve/pool-renderer.js';
import { type DocumentPool, documentTaskOf } from '../serve/renderer.js';
import { loadWard, type Ward } from '../serve/ward.js';
import { type WardToday, wardDay } from '../ward-time.js';
import type { CampaignPaths } from './campaign-folders.js';
import { groupsReportOf } from './groups-read.js';

/** Wide enough for a phone at twice its 360 px, and for a desk's column. */
export const PREVIEW_WIDTH = 900;

/**
 * How the preview's page pictures are encoded, their media type and address. JPEG: drawn in the
 * same time as a PNG (the time is librsvg's drawing, not the encoding), a quarter smaller, and
 * its text as legible at this width (bench/results.md, preview).
 */
export const PREVIEW_PICTURE: { format: PictureFormat; type: string; file: string } = {
  format: 'jpeg',
  type: PICTURE_TYPES.jpeg,
  file: 'page.jpg',
};

/** The preview's rendered documents in memory at most (files and page SVGs). */
export const PREVIEW_DOCUMENT_BYTES = 32 * 1024 * 1024;
/** The preview's page pictures in memory at most. */
export const PREVIEW_PICTURE_BYTES = 16 * 1024 * 1024;

export interface PreviewFile {
  bytes: Uint8Array;
  mediaType: string;
  pages: number;
}

/**
 * What the campaign's inputs are now: each file's stamp (cheap to take every request), its
 * bytes' digest just after a save (load/file-stamp.ts).
 */
function inputsStamp(c: CampaignPaths): string {
  const stamp = (f: string) => `${f}:${stampOrDigest(f) ?? '-'}`;
  const templates = join(c.folder, 'templates');
  const templateFiles = existsSync(templates)
    ? readdirSync(templates, { recursive: true, encoding: 'utf8' }).map((f) => join(templates, f))
    : [];
  return [c.file, c.groups ?? '', c.rosters ?? '', ...templateFiles].map(stamp).join('\n');
}

/**
 * The cache's promise for `key`, made now when absent; a failure is not kept (a retry renders).
 * The cache is bounded by bytes: an entry counts 1 while it renders, then `bytesOf` its value.
 */
function cached<T>(
  cache: LRUCache<string, Promise<T>>,
  key: string,
  make: () => Promise<T>,
  bytesOf: (value: T) => number,
): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    const made = make();
    made.then(
      (done) => {
        // Still this entry: set again with its size (the bound may evict older ones). Deleted
        // first: lru-cache keeps the old size when the same value is set again.
        if (cache.peek(key) !== made) return;
        cache.delete(key);
        cache.set(key, made, { size: Math.max(1, bytesOf(done)) });
      },
      () => cache.delete(key),
    );
    cache.set(key, made, { size: 1 });
    value = made;
  }
  return value;
}

/** What a rendered document holds: its file and its pages' SVG text. */
const documentBytes = (doc: FileWithPages) =>
  doc.bytes.length + doc.svgs.reduce((n, svg) => n + svg.length, 0);

/**
 * How long the studio's worker threads stay warm without work: an office editing, printing or
 * whose leaders are opening their pages keeps them (a cold worker costs about a second); a studio
 * left idle ends them and gives back their memory (each thread's heap, fonts and caches: ~60–90
 * MB; bench/results.md "## h-smem").
 */
export const IDLE_THREADS_MS = 5 * 60_000;

/**
 * The studio's worker threads: started on demand (`warmUp` when a page with a preview is
 * served), ended after `idleMs` without work, started again by the next task. At most `threads`
 * (one per core by default).
 */
export const previewThreads = (idleMs = IDLE_THREADS_MS, threads?: number): DocumentPool =>
  createDocumentPool({ minThreads: 0, idleTimeout: idleMs, ...(threads ? { threads } : {}) });

/**
 * How many campaigns' loaded inputs the studio keeps (the preview's, the build tab's, the leaders'
 * pages'): the ones the office works on. Every campaign ever opened was kept for the life of the
 * studio, ~60 MB after a year's campaigns (bench/results.md "## h-smem"); one not kept is loaded
 * again when next asked for (a few hundred ms).
 */
export const KEPT_WARDS = 6;

export class Previewer {
  private readonly wards = new LRUCache<string, { stamp: string; ward: Promise<Ward> }>({
    max: KEPT_WARDS,
  });
  /**
   * Each document's file and page SVGs (a notice's are ~2 MB), by content key; bounded by bytes
   * as well as entries: a long tracking sheet's SVGs alone can be tens of MB.
   */
  private readonly documents = new LRUCache<string, Promise<FileWithPages>>({
    max: 16,
    maxSize: PREVIEW_DOCUMENT_BYTES,
  });
  private readonly pictures = new LRUCache<string, Promise<Uint8Array>>({
    max: 128,
    maxSize: PREVIEW_PICTURE_BYTES,
  });

  private made: DocumentPool | undefined;
  private warm: Promise<void> | undefined;

  /**
   * `makePool` makes what draws the documents, when the first preview is asked for (a studio
   * that previews nothing starts no threads): by default worker threads (`previewThreads`).
   * `today` is the clock a deadline already over is judged by (StudioOptions.today).
   */
  constructor(
    private readonly makePool: () => DocumentPool = previewThreads,
    private readonly today: WardToday = wardDay,
  ) {}

  private get pool(): DocumentPool {
    this.made ??= this.makePool();
    return this.made;
  }

  /** The worker threads that draw the previews; the published leader pages draw in them too. */
  documentPool(): DocumentPool {
    return this.pool;
  }

  /**
   * Starts the threads and loads their fonts now: called when a page that shows a preview is
   * served, so the panel's request that follows finds them ready.
   */
  warmUp(): void {
    // Again after the threads ended idle (a warm pool answers it at once).
    if (this.warm) return;
    this.warm = this.pool
      .warmUp()
      .catch(() => {})
      .finally(() => {
        this.warm = undefined;
      });
  }

  /**
   * The campaign's inputs loaded as the build loads them; a UserError names what is wrong, a
   * kind whose template cannot be drawn too (the leaders' pages and the build tab need them all).
   */
  async ward(c: CampaignPaths): Promise<Ward> {
    const ward = await this.previewWard(c);
    throwProblems(ward.listed.flatMap((l) => (l.problem ? problemsOf(l.problem) : [])));
    return ward;
  }

  /**
   * The same, but a kind whose template cannot be drawn does not stop it: that kind is listed
   * with its problem (`Ward.listed`), and the others preview.
   */
  previewWard(c: CampaignPaths): Promise<Ward> {
    if (!c.groups) throw new Error('no groups file');
    const stamp = inputsStamp(c);
    const known = this.wards.get(c.slug);
    if (known?.stamp === stamp) return known.ward;
    const ward = loadWard({
      campaign: c.file,
      groups: c.groups,
      ...(c.rosters ? { rosters: c.rosters } : {}),
      perKind: true,
      // The office's own preview, never online: a notice marked MẬT is shown too.
      office: true,
      // The groups tab's own reading of the same file, not a second one (qa25b F4).
      readGroups: groupsReportOf,
      today: this.today,
    });
    // A failed load is not kept: the next request, after a fix, loads again.
    ward.catch(() => {
      if (this.wards.peek(c.slug)?.ward === ward) this.wards.delete(c.slug);
    });
    this.wards.set(c.slug, { stamp, ward });
    return ward;
  }

  /** The document's file (PDF, or PNG for an image kind). */
  async file(ward: Ward, groupId: string, output: Output): Promise<PreviewFile> {
    const { bytes, mediaType, pages } = await this.document(ward, groupId, output);
    return { bytes, mediaType, pages };
  }

  /** How many page pictures the document has (an image kind is its own single page). */
  async pageCount(ward: Ward, groupId: string, output: Output): Promise<number> {
    if (output.kind.ext === 'png') return 1;
    return (await this.document(ward, groupId, output)).svgs.length;
  }

  /** Page `n` (1-based) as a picture (PREVIEW_PICTURE); undefined past the last page. */
  async page(
    ward: Ward,
    groupId: string,
    output: Output,
    n: number,
  ): Promise<Uint8Array | undefined> {
    const doc = await this.document(ward, groupId, output);
    if (output.kind.ext === 'png') return n === 1 ? doc.bytes : undefined;
    const svg = doc.svgs[n - 1];
    if (!svg) return undefined;
    return cached(
      this.pictures,
      `${ward.keyOf(groupId, output)}:${n}`,
      async () => {
        const task = {
          svg,
          pageWidth: output.kind.pageSize(output.variant)[0],
          width: PREVIEW_WIDTH,
          format: PREVIEW_PICTURE.format,
        };
        return (await this.pool.renderPicture(task)).bytes;
      },
      (bytes) => bytes.length,
    );
  }

  async close(): Promise<void> {
    await this.made?.close();
  }

  /**
   * The file and page SVGs, laid out once, in a worker. As soon as they are there, every page's
   * picture is started too (each on whichever worker is free, the first page first): the browser
   * asks for them right after the panel, and they are then already under way.
   */
  private document(ward: Ward, groupId: string, output: Output): Promise<FileWithPages> {
    const key = ward.keyOf(groupId, output);
    const known = this.documents.get(key);
    if (known) return known;
    const made = cached(
      this.documents,
      key,
      () => this.pool.renderWithPages(documentTaskOf(ward, groupId, output)),
      documentBytes,
    );
    made.then(
      (doc) => {
        for (let n = 1; n <= doc.svgs.length; n++) {
          this.page(ward, groupId, output, n).catch(() => {});
        }
      },
      () => {},
    );
    return made;
  }
}
