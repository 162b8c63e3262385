/**
 * Serve stage: every file the download pages offer, by group. In: the ward, a Renderer and the
 * cache. Out: documents, the preview image, each document's first-page thumbnail and each of its
 * pages as a picture, the group's ZIP and the ward's ZIP, each with its ETag (known before
 * rendering: it is the content key) and its Vietnamese download name.
 *
 * A file is rendered once however many requests ask for it at the same moment (the first request
 * renders, the others wait for the same promise), then served from the cache.
 */

import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { type Labels, labelsFor, safeFileName } from '../kinds/labels.js';
import type { Output } from '../kinds/render.js';
import { outputFileName } from '../kinds/render.js';
import { loadSharp } from '../layout/sharp.js';
import type { QrSheetTask } from '../output/qr-sheet.js';
import { StoredZipWriter, zipDate } from '../output/stored-zip.js';
import { pictureType } from '../render/image/page-images.js';
import { isSignedPdf } from '../render/pdf/sign.js';
import type { TextBlock } from '../render/text/page-text.js';
import type { CachedFile, CacheUse, DocumentCache } from './cache.js';
import { CONTENT_TYPES, type RenderedPage, type Renderer } from './renderer.js';
import type { Ward } from './ward.js';
import { makeZip } from './zip.js';

/** How a document is asked for: kept (cache.ts `CacheUse`), and drawn in the background. */
export interface FileUse extends CacheUse {
  background?: boolean;
}

export interface ServedFile extends CachedFile {
  contentType: string;
  /** Strong ETag, quoted. */
  etag: string;
  downloadName: string;
}

/**
 * Documents of the ward's ZIP asked for at once: the one going out next and the one after it,
 * both drawn in the background: the server's pool puts them on one thread (pool-renderer.ts
 * `SERVE_POOL`), never idle between documents, so the office's download does not take every
 * core from the leaders, and the server's RSS stays within its budget (issue 16: a 3,000-group
 * ward in 500 MB).
 */
const WARD_ZIP_AHEAD = 2;

/**
 * Documents of leaders' pages drawn in the background at once (`drawLater`): the page is answered
 * from what is drawn already, and the rest of the group's documents follow one at a time on the
 * pool's background thread. Only these are in the pool's queue, which is first come first served:
 * a burst of first visits (30 leaders opening the Zalo link in the same minute) would otherwise
 * queue 180 documents ahead of the thumbnails and the downloads leaders wait for.
 */
const DRAWN_LATER_AT_ONCE = 1;

/** How long a document whose background drawing failed is not drawn in the background again. */
const FAILED_LATER_MS = 10 * 60_000;

/** URL names of the files that are not documents. */
export const GROUP_ZIP = 'all.zip';
export const WARD_ZIP = 'ward.zip';
export const PREVIEW = 'preview.jpg';
const PREVIEW_WIDTH = 360;
/**
 * Thumbnails are shown in a 72×96 CSS px box: 216 px is sharp at 3 device pixels to the CSS pixel
 * (a 3× phone, or a 2× phone with its text at 150 %). qa25c F7: at 360 px they were 223 KB of
 * the leader page's 253 KB.
 */
const PAGE_PREVIEW_WIDTH = 216;

/**
 * Pages in the page-by-page view are shown phone-wide (about 330 CSS px on a phone, at most
 * 720 CSS px on a computer): 720 px is sharp at 2× on a phone, exact on a computer. qa25c F3: at 1080 px the notice's view was
 * 958 KB, seven times its PDF.
 */
export const PAGE_IMAGE_WIDTH = 720;
/** A page picture alone, when tapped: small print stays readable when zoomed. */
export const PAGE_LARGE_WIDTH = 1080;
/**
 * How page pictures are encoded (page-images.ts `phone`); part of their content keys, so a
 * change of encoding is a new key and no cached picture of the old one is served.
 */
const PICTURE_ENCODING = 'phone-2';
/** How page texts are read from a layout (page-text.ts): part of their keys, as PICTURE_ENCODING. */
const PAGE_TEXT_VERSION = 'text-1';
/** More pages than any document has: a bound on what a URL may ask for. */
const MAX_PAGES = 99;

/** A picture for the page itself (shown, never saved): the preview, thumbnails, page images. */
export const isPreviewName = (name: string) =>
  name === PREVIEW || name.endsWith('.preview.png') || /\.page-\d+(\.large)?\.png$/.test(name);

/** `poster-a4`: an output's file name without its extension, the stem of its pictures' names. */
export const outputStem = (o: Output) => outputFileName(o).replace(/\.[^.]+$/, '');

/**
 * `poster-a4.preview.png`: the URL name of a document's first-page thumbnail, a PNG as every page
 * picture is (page-images.ts `phone`).
 */
export function pagePreviewName(o: Output): string {
  return `${outputStem(o)}.preview.png`;
}

/** `notice.html`: the URL name of the page that shows a document page by page, as pictures. */
export function pagesViewName(o: Output): string {
  return `${outputStem(o)}.html`;
}

/**
 * `notice.page-2.png`: the URL name of page `page` (1-based) of a document as a picture, phone-wide;
 * `notice.page-2.large.png` when `large` (the picture alone, tapped). Always a PNG
 * (page-images.ts `phone`): the name says what the bytes are before they are drawn.
 */
export function pageImageName(o: Output, page: number, large = false): string {
  return `${outputStem(o)}.page-${page}${large ? '.large' : ''}.png`;
}

/**
 * Where the ward ZIP's stream takes a group's document from (`name`: its URL name, `notice.pdf`):
 * its bytes and its name in the group's folder; undefined for none.
 */
export type WardZipSource = (
  groupId: string,
  name: string,
) => Promise<{ bytes: Uint8Array; downloadName: string } | undefined>;

const hash = (...parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('hex');
const etagOf = (key: string) => `"${key.slice(0, 32)}"`;

export class DocumentLibrary {
  private readonly inFlight = new Map<string, Promise<CachedFile | undefined>>();
  /** Documents to draw in the background (`drawLater`), in order, each once: "group\0name". */
  private readonly later = new Set<string>();
  /** The background drawings under way (`stopDrawingLater` waits for them). */
  private readonly drawing = new Set<Promise<void>>();
  /** When a document drawn in the background failed, by "group\0name" (`drawLater`). */
  private readonly failedLater = new Map<string, number>();
  private drawingLater = 0;
  private stopped = false;
  private readonly labels = new Map<string, Labels>();
  private folders: Map<string, string> | undefined;

  constructor(
    readonly ward: Ward,
    private readonly renderer: Renderer,
    private readonly cache: DocumentCache,
  ) {}

  labelsOf(groupId: string): Labels {
    let l = this.labels.get(groupId);
    if (!l) {
      l = labelsFor(
        this.ward.contextOf(groupId),
        this.ward.templateDir,
        this.ward.outputs.map((o) => o.kind.name),
      );
      this.labels.set(groupId, l);
    }
    return l;
  }

  /**
   * The group's folder in the ward's ZIP: its name (cut for file names, kinds/labels.ts), with its
   * id added when another group's folder would read the same (two long names alike in their first
   * 50 characters, or two equal names): extracting would merge them and keep one group's files.
   */
  folderOf(groupId: string): string {
    if (!this.folders) {
      const named = this.ward.groups.map((g) => [g.id, this.labelsOf(g.id).groupFolder] as const);
      const count = new Map<string, number>();
      for (const [, f] of named) count.set(f.toLowerCase(), (count.get(f.toLowerCase()) ?? 0) + 1);
      this.folders = new Map(
        named.map(([id, f]) => [
          id,
          // The id as typed in the groups file may hold a "/" or end the name with a dot.
          (count.get(f.toLowerCase()) ?? 0) > 1 ? safeFileName(`${f} (mã ${id})`) : f,
        ]),
      );
    }
    return this.folders.get(groupId) ?? this.labelsOf(groupId).groupFolder;
  }

  /** The document whose page-by-page view `name` is (`notice.html`); PDFs only. */
  pagedOutput(name: string): Output | undefined {
    return this.ward.outputs.find((o) => o.kind.ext !== 'png' && pagesViewName(o) === name);
  }

  /** The output whose image previews the group's documents (the share image), if any. */
  get previewSource(): Output | undefined {
    return this.ward.outputs.find((o) => o.kind.ext === 'png');
  }

  /** The ETag `name` would be served with; undefined for a name the group does not have. */
  etag(groupId: string, name: string): string | undefined {
    const key = this.keyOf(groupId, name);
    return key && etagOf(key);
  }

  private keyOf(groupId: string, name: string): string | undefined {
    // A group whose row the fonts cannot print has a page but no files (Ward.unprintable).
    if (this.ward.unprintable(groupId)) return undefined;
    const o = this.ward.output(name);
    if (o) return this.ward.keyOf(groupId, o);
    const keys = () => this.ward.outputs.map((x) => this.ward.keyOf(groupId, x));
    if (name === GROUP_ZIP) return hash('zip', this.labelsKey(groupId), ...keys());
    const src = this.previewSource;
    if (name === PREVIEW && src) return hash('preview', this.ward.keyOf(groupId, src));
    const previewed = this.previewedOutput(name);
    if (previewed)
      return hash(
        'page-preview',
        String(PAGE_PREVIEW_WIDTH),
        PICTURE_ENCODING,
        this.ward.keyOf(groupId, previewed),
      );
    const paged = this.pageOf(name);
    if (paged)
      return hash(
        'page-image',
        String(paged.page),
        String(paged.width),
        PICTURE_ENCODING,
        this.ward.keyOf(groupId, paged.output),
      );
    return undefined;
  }

  private previewedOutput(name: string): Output | undefined {
    return this.ward.outputs.find((o) => pagePreviewName(o) === name);
  }

  /** The output, page and width a page image's name asks for (`notice.page-2.large.png`). */
  private pageOf(name: string): { output: Output; page: number; width: number } | undefined {
    const m = /^(.+)\.page-([1-9]\d?)(\.large)?\.png$/.exec(name);
    if (!m) return undefined;
    const output = this.ward.outputs.find((o) => outputStem(o) === m[1]);
    const page = Number(m[2]);
    const width = m[3] ? PAGE_LARGE_WIDTH : PAGE_IMAGE_WIDTH;
    return output && page <= MAX_PAGES ? { output, page, width } : undefined;
  }

  private labelsKey(groupId: string): string {
    const l = this.labelsOf(groupId);
    return JSON.stringify([
      l.groupZip,
      l.groupFolder,
      ...this.ward.outputs.map((o) => l.fileName(o)),
    ]);
  }

  /**
   * A document, the preview or the group's ZIP by its name in the URL; undefined if unknown.
   * `use` says how a document is kept (cache.ts: the ward's ZIP reads each one once) and
   * whether it is drawn in the background (the ward's ZIP: one thread, Renderer's
   * `renderInBackground`).
   */
  async file(groupId: string, name: string, use: FileUse = {}): Promise<ServedFile | undefined> {
    const key = this.keyOf(groupId, name);
    if (!key) return undefined;
    const labels = this.labelsOf(groupId);
    const o = this.ward.output(name);
    if (o) {
      const { renderer } = this;
      const draw = (use.background && renderer.renderInBackground) || renderer.render;
      const file = await this.once(
        key,
        async () => {
          const r = await draw.call(renderer, groupId, name);
          // Whether it is signed is found here, once: the cache keeps it with the bytes.
          const signed = o.kind.signs === true && isSignedPdf(r.bytes);
          return { bytes: r.bytes, pages: r.pages, ...(signed ? { signed } : {}) };
        },
        use,
      );
      return this.servedAs(key, file, labels, o);
    }
    if (name === GROUP_ZIP) {
      const file = await this.once(key, async () => ({
        bytes: makeZip(await this.entries(groupId, ''), this.ward.campaign.issued),
        pages: 0,
      }));
      return this.servedAs(key, file, labels);
    }
    const previewed = this.previewedOutput(name);
    if (previewed) {
      const file = await this.once(key, () =>
        this.pageImage(groupId, previewed, 1, PAGE_PREVIEW_WIDTH),
      );
      return file && this.picture(key, file, labels.title(previewed));
    }
    const paged = this.pageOf(name);
    if (paged) {
      const { output, page, width } = paged;
      // Beyond the document's last page: known from its page count, without drawing anything.
      const doc = await this.file(groupId, outputFileName(output));
      if (!doc || page > doc.pages) return undefined;
      const file = await this.once(key, () => this.pageImage(groupId, output, page, width), use);
      return file && this.picture(key, file, `${labels.title(output)} - trang ${page}`);
    }
    const src = this.previewSource;
    if (!src) return undefined;
    const file = await this.once(key, async () => {
      const image = await this.file(groupId, outputFileName(src));
      const sharp = await loadSharp();
      const bytes = await sharp(image?.bytes).resize({ width: PREVIEW_WIDTH }).jpeg().toBuffer();
      return { bytes: new Uint8Array(bytes), pages: 1 };
    });
    return this.served(key, file, 'image/jpeg', `${labels.title(src)}.jpg`);
  }

  /**
   * What each page of `o` says (render/text/page-text.ts), for the page-by-page view: drawn once
   * (a layout without a file, in a worker when there are workers) and kept as the documents are,
   * by its document's content key. Empty when the group has no files.
   */
  async pageTexts(groupId: string, o: Output): Promise<TextBlock[][]> {
    const doc = this.keyOf(groupId, outputFileName(o));
    const { renderer } = this;
    if (!doc) return [];
    const file = await this.once(hash('page-text', PAGE_TEXT_VERSION, doc), async () => {
      const pages = await renderer.renderText(groupId, outputFileName(o));
      return { bytes: new TextEncoder().encode(JSON.stringify(pages)), pages: pages.length };
    });
    return JSON.parse(new TextDecoder().decode(file.bytes)) as TextBlock[][];
  }

  /** A sheet of codes (qr-sheet.ts), drawn by the renderer: off the event loop with a pool. */
  renderQrSheet(task: QrSheetTask): Promise<RenderedPage> {
    return this.renderer.renderQrSheet(task);
  }

  /**
   * Page `page` of `o` as a picture, drawn from its layout by the renderer (in a worker when it
   * has them: a burst of first visits draws many, and the event loop must keep answering).
   */
  private async pageImage(
    groupId: string,
    o: Output,
    page: number,
    width: number,
  ): Promise<CachedFile | undefined> {
    const r = await this.renderer.renderPage(groupId, outputFileName(o), page, width);
    return r && { bytes: r.bytes, pages: 1 };
  }

  /**
   * A file as drawn already (the memory or disk cache), without drawing it: undefined when it is
   * not drawn yet, or is being drawn.
   */
  async drawn(groupId: string, name: string): Promise<ServedFile | undefined> {
    const key = this.keyOf(groupId, name);
    if (!key || this.inFlight.has(key)) return undefined;
    const hit = await this.cache.get(key);
    if (!hit) return undefined;
    const o = this.ward.output(name);
    const labels = this.labelsOf(groupId);
    if (o || name === GROUP_ZIP) return this.servedAs(key, hit, labels, o);
    return undefined;
  }

  /**
   * Every document of the group as drawn so far (`drawn`): what a leader's page shows on a first
   * visit without waiting for the documents (the rest: `drawLater`).
   */
  async drawnDocuments(groupId: string): Promise<{ output: Output; file?: ServedFile }[]> {
    if (this.ward.unprintable(groupId)) return [];
    const files = await Promise.all(
      this.ward.outputs.map((o) => this.drawn(groupId, outputFileName(o))),
    );
    return this.ward.outputs.map((output, i) => {
      const file = files[i];
      return file ? { output, file } : { output };
    });
  }

  /**
   * Draws the group's documents and its ZIP in the background, those not drawn yet, after those
   * asked for before (DRAWN_LATER_AT_ONCE at a time, on the pool's background thread): the
   * leader's page shows their page counts and sizes from then on. A document someone asks for
   * meanwhile is drawn for them at once, and only once — except the one the background is
   * drawing: that request joins its drawing, which with the pool may wait its turn behind one
   * document of a ward.zip being made (pool-renderer.ts `backgroundTurns`, one queued at a
   * time). A document whose drawing failed is not drawn again in the background for
   * FAILED_LATER_MS: every view of the page would otherwise draw it, and the ZIP, again.
   */
  drawLater(groupId: string): void {
    if (this.stopped || this.ward.unprintable(groupId)) return;
    const now = Date.now();
    for (const name of [...this.ward.outputs.map(outputFileName), GROUP_ZIP]) {
      const key = `${groupId}\u0000${name}`;
      const failedAt = this.failedLater.get(key);
      if (failedAt !== undefined && now - failedAt < FAILED_LATER_MS) continue;
      this.failedLater.delete(key);
      this.later.add(key);
    }
    this.drawNext();
  }

  /**
   * No more background drawing: this library's ward was replaced by a newer one (reload), or its
   * server closes. Resolves once the documents being drawn have ended, their disk cache files
   * written or not: whoever removes the cache folder next (the studio deleting or closing a
   * campaign) must not race a file written into it (rm's ENOTEMPTY: the deletion answered 500).
   */
  async stopDrawingLater(): Promise<void> {
    this.stopped = true;
    this.later.clear();
    await Promise.allSettled([...this.drawing]);
  }

  private drawNext(): void {
    while (!this.stopped && this.drawingLater < DRAWN_LATER_AT_ONCE) {
      const next = this.later.values().next();
      if (next.done) return;
      this.later.delete(next.value);
      const [groupId = '', name = ''] = next.value.split('\u0000');
      this.drawingLater++;
      const key = next.value;
      const drawing: Promise<void> = this.file(groupId, name, { background: true })
        .then(() => {})
        // A document that fails is said when it is asked for (its link), not here.
        .catch(() => {
          this.failedLater.set(key, Date.now());
        })
        .finally(() => {
          this.drawing.delete(drawing);
          this.drawingLater--;
          this.drawNext();
        });
      this.drawing.add(drawing);
    }
  }

  /** Every document of the group, rendered (the page shows their page counts and sizes). */
  async documents(groupId: string): Promise<{ output: Output; file: ServedFile }[]> {
    if (this.ward.unprintable(groupId)) return [];
    const files = await Promise.all(
      this.ward.outputs.map((o) => this.file(groupId, outputFileName(o))),
    );
    return this.ward.outputs.map((output, i) => ({ output, file: files[i] as ServedFile }));
  }

  private wardKey(): string {
    const all = this.ward.groups.map((g) => this.keyOf(g.id, GROUP_ZIP) ?? '');
    return hash('ward-zip', this.labelsOf(this.ward.groups[0]?.id ?? '').wardZip, ...all);
  }

  /** Every group's documents, one folder per group, in ward order. */
  async wardZip(): Promise<ServedFile> {
    const key = this.wardKey();
    const file = await this.once(key, async () => {
      const entries = [];
      for (const g of this.ward.groups) {
        entries.push(...(await this.entries(g.id, `${this.folderOf(g.id)}/`)));
      }
      return { bytes: makeZip(entries, this.ward.campaign.issued), pages: 0 };
    });
    const name = this.labelsOf(this.ward.groups[0]?.id ?? '').wardZip;
    return this.served(key, file, 'application/zip', `${name}.zip`);
  }

  /**
   * The ward's ZIP as a stream, document after document: the same bytes as wardZip(), but a
   * city's archive (gigabytes) is never held. Each document comes from `source`, WARD_ZIP_AHEAD
   * at a time: by default through the disk cache (read once: not kept in memory), drawn in the
   * background when it is not there. When the reader goes away the stream is destroyed and no
   * further document is asked for.
   */
  wardZipStream(source?: WardZipSource): Readable {
    const lib = this;
    const read: WardZipSource =
      source ?? ((groupId, name) => lib.file(groupId, name, { memory: false, background: true }));
    // Every document of the ward, in archive order; a group the fonts cannot print has none.
    function* documents() {
      for (const g of lib.ward.groups) {
        if (lib.ward.unprintable(g.id)) continue;
        for (const o of lib.ward.outputs) yield { g, name: outputFileName(o) };
      }
    }
    async function* chunks() {
      const writer = new StoredZipWriter(zipDate(lib.ward.campaign.issued));
      const todo = documents();
      const asked: { folder: string; file: ReturnType<WardZipSource> }[] = [];
      const ask = () => {
        while (asked.length < WARD_ZIP_AHEAD) {
          const next = todo.next();
          if (next.done) return;
          const { g, name } = next.value;
          const file = read(g.id, name);
          // A reader that leaves drops what was asked ahead: its failure is nobody's to report.
          file.catch(() => {});
          asked.push({ folder: lib.folderOf(g.id), file });
        }
      };
      ask();
      for (let head = asked.shift(); head; head = asked.shift()) {
        const file = await head.file;
        ask();
        if (!file) continue;
        writer.add({ name: `${head.folder}/${file.downloadName}`, bytes: file.bytes });
        // Each document goes out as soon as it is there.
        yield* writer.take();
      }
      yield* writer.end();
    }
    return Readable.from(chunks(), { objectMode: false });
  }

  /** The ward ZIP's download name, as wardZip() gives it. */
  get wardZipName(): string {
    return `${this.labelsOf(this.ward.groups[0]?.id ?? '').wardZip}.zip`;
  }

  private async entries(groupId: string, folder: string) {
    if (this.ward.unprintable(groupId)) return [];
    const docs = await this.documents(groupId);
    return docs.map(({ file }) => ({ path: `${folder}${file.downloadName}`, bytes: file.bytes }));
  }

  /** A page picture, named for what it is (a page without colour is a PNG: page-images.ts). */
  private picture(key: string, file: CachedFile, title: string) {
    const type = pictureType(file.bytes);
    return this.served(key, file, type, `${title}.${type === 'image/png' ? 'png' : 'jpg'}`);
  }

  private served(key: string, file: CachedFile, contentType: string, downloadName: string) {
    return { ...file, contentType, etag: etagOf(key), downloadName };
  }

  /** `file` served as the document `o` (its type and download name), or else as the group's ZIP. */
  private servedAs(key: string, file: CachedFile, labels: Labels, o?: Output) {
    return o
      ? this.served(
          key,
          file,
          CONTENT_TYPES[o.kind.ext ?? 'pdf'] ?? 'application/octet-stream',
          labels.fileName(o),
        )
      : this.served(key, file, 'application/zip', `${labels.groupZip}.zip`);
  }

  private once(key: string, make: () => Promise<CachedFile>, use?: CacheUse): Promise<CachedFile>;
  private once(
    key: string,
    make: () => Promise<CachedFile | undefined>,
    use?: CacheUse,
  ): Promise<CachedFile | undefined>;
  private once(
    key: string,
    make: () => Promise<CachedFile | undefined>,
    use: CacheUse = {},
  ): Promise<CachedFile | undefined> {
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const run = (async () => {
      const hit = await this.cache.get(key, use);
      if (hit) return hit;
      const made = await make();
      if (made) await this.cache.set(key, made, use);
      return made;
    })().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, run);
    return run;
  }
}
