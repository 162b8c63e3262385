/**
 * Output stage: the pages of a print file's documents, kept beside the build for the next one
 * (`out/.cache/print-pages/<print file>.bin`, one file per print file, not one per group: a group
 * then costs the file system no inode of its own). When one group's row changes, the print file
 * is remade from the other groups' kept pages instead of laying out every group again.
 *
 * The main thread writes it, since it hands every group's pages to the print file anyway: each
 * document's pages as they pass (v8-serialised), then an index (document → group, key, place,
 * CRC-32) and a trailer that locates the index. It is written to a temporary name and renamed
 * over the previous one only when whole, so a crash or Ctrl-C leaves the previous store as it
 * was. A store that is torn (no trailer), damaged (a CRC that does not match), of another format
 * or written by another V8 is not trusted: those documents are laid out again, as before. Pages
 * are reused only under the key of the document they came from (keys.ts: inputs and code).
 * The images pages draw (a campaign's logo on every poster) are kept once per store, each an
 * entry of its own, and a document's entry names the ones its pages draw: a group's pages would
 * otherwise each carry the logo (3,000 groups, a 50 KB logo: 150 MB a print file).
 */

import {
  closeSync,
  createWriteStream,
  fstatSync,
  openSync,
  readSync,
  type WriteStream,
} from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';
import type { EncodedImage } from '../render/pdf/images.js';
import type { CapturedPage } from '../render/pdf/pages.js';
import { namingTarget } from './atomic-write.js';

const MAGIC = Buffer.from('PPPAGES\n', 'latin1');
/** Bumped when the layout of the file changes: an older store is then ignored. */
const FORMAT = 2;
const HEADER = MAGIC.length + 4;
/** Index offset (8), index length (4), index CRC-32 (4), the magic again (8). */
const TRAILER = 24;
/**
 * What the index records of every document: its group, key, where its pages are, and the images
 * they draw. An image's entry: no group, its name as its key, where it is.
 */
type Entry = [
  group: string,
  key: string,
  offset: number,
  length: number,
  crc: number,
  images?: string[],
];
/** An image's entry in the index, beside the documents' (which are paths: never this form). */
const imageEntry = (name: string) => `\u0000image/${name}`;
/** A page as kept: the images it draws by name (their bytes are entries of their own). */
type StoredPage = Omit<CapturedPage, 'images'> & { images?: Record<string, true> };
/** A document's kept entry, ready to go into the next store as it is. */
export interface KeptDocument {
  raw: Buffer;
  /** The serialised images its pages draw, by name. */
  images: Map<string, Buffer>;
}
interface Index {
  format: number;
  /** Serialised pages are read back by the V8 that wrote them only. */
  v8: string;
  entries: Record<string, Entry>;
}

/** Where a print file's pages are kept: `print/notice-all.pdf` → `.cache/print-pages/notice-all.bin`. */
export function pageStorePath(out: string, printPath: string): string {
  const name = printPath.replace(/^print\//, '').replace(/\.pdf$/, '');
  return join(out, '.cache/print-pages', `${name}.bin`);
}

/**
 * Where an earlier version kept each group's pages (`.cache/pages/<group>.bin`): never read, and
 * removed once a store of this version is written.
 */
const OLD_STORE = '.cache/pages';

/** A kept store, open for reading; `undefined` from `open` when there is none worth trusting. */
export class KeptPages {
  private constructor(
    readonly path: string,
    private readonly fd: number,
    private readonly entries: Map<string, Entry>,
  ) {}

  static open(path: string): KeptPages | undefined {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return undefined;
    }
    try {
      const index = readIndex(fd);
      if (index) return new KeptPages(path, fd, new Map(Object.entries(index.entries)));
    } catch {
      // Unreadable: as if there were none.
    }
    closeSync(fd);
    return undefined;
  }

  /** Images read back whole (every document of a print file draws the same logo), decoded. */
  private readonly imageBytes = new Map<string, Buffer>();
  private readonly images = new Map<string, EncodedImage>();

  /** Documents kept, with their groups (for carrying them over to the next store). */
  *documents(): Iterable<[document: string, group: string, key: string]> {
    for (const [document, [group, key]] of this.entries)
      if (!document.startsWith('\u0000')) yield [document, group, key];
  }

  /**
   * `document`'s entry as `raw` gives it, with the images its pages draw, if all of it reads back
   * whole; `undefined` otherwise.
   */
  kept(document: string, key: string): KeptDocument | undefined {
    const raw = this.raw(document, key);
    if (!raw) return undefined;
    const images = new Map<string, Buffer>();
    for (const name of this.entries.get(document)?.[5] ?? []) {
      const bytes = this.imageBytes.get(name) ?? this.raw(imageEntry(name), name);
      if (!bytes) return undefined;
      this.imageBytes.set(name, bytes);
      images.set(name, bytes);
    }
    return { raw, images };
  }

  /** The pages of a document `kept` gave, each with the images it draws, if they deserialise. */
  pages(kept: KeptDocument): CapturedPage[] | undefined {
    try {
      const stored = deserialize(kept.raw) as unknown;
      if (!Array.isArray(stored)) return undefined;
      return (stored as StoredPage[]).map((page) => {
        if (!page.images) return page as CapturedPage;
        const images: Record<string, EncodedImage> = {};
        for (const name of Object.keys(page.images)) {
          let image = this.images.get(name);
          if (!image) {
            const bytes = kept.images.get(name);
            if (!bytes) throw new Error(`a kept page draws ${name}, which its entry does not name`);
            image = deserialize(bytes) as EncodedImage;
            if (image?.name !== name || !(image.data instanceof Uint8Array)) {
              throw new Error(`the kept image ${name} is not one`);
            }
            this.images.set(name, image);
          }
          images[name] = image;
        }
        return { ...page, images };
      });
    } catch {
      return undefined;
    }
  }

  /**
   * The serialised pages of `document` if they were kept for this very key and read back whole
   * (their CRC-32 matches); `undefined` otherwise.
   */
  raw(document: string, key: string): Buffer | undefined {
    const entry = this.entries.get(document);
    if (!entry || entry[1] !== key) return undefined;
    const [, , offset, length, crc] = entry;
    const bytes = Buffer.allocUnsafe(length);
    try {
      if (readSync(this.fd, bytes, 0, length, offset) !== length) return undefined;
    } catch {
      return undefined;
    }
    return crc32(bytes) === crc ? bytes : undefined;
  }

  close(): void {
    closeSync(this.fd);
  }
}

function readIndex(fd: number): Index | undefined {
  const size = fstatSync(fd).size;
  if (size < HEADER + TRAILER) return undefined;
  const head = Buffer.alloc(HEADER);
  readSync(fd, head, 0, HEADER, 0);
  if (!head.subarray(0, MAGIC.length).equals(MAGIC) || head.readUInt32LE(MAGIC.length) !== FORMAT)
    return undefined;
  const tail = Buffer.alloc(TRAILER);
  readSync(fd, tail, 0, TRAILER, size - TRAILER);
  if (!tail.subarray(16).equals(MAGIC)) return undefined;
  const at = Number(tail.readBigUInt64LE(0));
  const length = tail.readUInt32LE(8);
  if (at < HEADER || at + length + TRAILER !== size) return undefined;
  const bytes = Buffer.alloc(length);
  if (readSync(fd, bytes, 0, length, at) !== length || crc32(bytes) !== tail.readUInt32LE(12))
    return undefined;
  const index = JSON.parse(bytes.toString('utf8')) as Index;
  if (index.format !== FORMAT || index.v8 !== process.versions.v8) return undefined;
  if (!index.entries || typeof index.entries !== 'object') return undefined;
  // Every record must lie between the header and the index.
  for (const [, , offset, len] of Object.values(index.entries))
    if (!(offset >= HEADER && len >= 0 && offset + len <= at)) return undefined;
  return index;
}

/** The next store of a print file, written as its pages pass, put in place by `commit`. */
export class KeptPagesWriter {
  private readonly tmp: string;
  private readonly stream: WriteStream;
  private readonly entries: Record<string, Entry> = {};
  private offset = HEADER;
  private failed: Error | undefined;

  private constructor(
    private readonly out: string,
    readonly path: string,
  ) {
    // `<name>.<pid>.tmp`: the form a killed build's leftovers are cleaned by (folder-lock.ts).
    this.tmp = `${path}.${process.pid}.tmp`;
    this.stream = createWriteStream(this.tmp);
    this.stream.on('error', (e) => {
      this.failed ??= e;
    });
    const head = Buffer.alloc(HEADER);
    MAGIC.copy(head);
    head.writeUInt32LE(FORMAT, MAGIC.length);
    this.stream.write(head);
  }

  static async open(out: string, path: string): Promise<KeptPagesWriter> {
    await mkdir(dirname(path), { recursive: true });
    return new KeptPagesWriter(out, path);
  }

  has(document: string): boolean {
    return document in this.entries;
  }

  /** Keeps a document's pages (or its entry as `KeptPages.kept` gave it) under its key. */
  add(document: string, group: string, key: string, pages: CapturedPage[] | KeptDocument): void {
    let bytes: Buffer;
    let images: string[] | undefined;
    if (Array.isArray(pages)) {
      const stored = pages.map((page): StoredPage => {
        if (!page.images) return page as StoredPage;
        for (const [name, image] of Object.entries(page.images))
          this.addImage(name, () => serialize(image));
        images = [...new Set([...(images ?? []), ...Object.keys(page.images)])];
        return {
          ...page,
          images: Object.fromEntries(Object.keys(page.images).map((n) => [n, true])),
        };
      });
      bytes = serialize(stored);
    } else {
      bytes = pages.raw;
      for (const [name, image] of pages.images) this.addImage(name, () => image);
      if (pages.images.size > 0) images = [...pages.images.keys()];
    }
    this.write(document, [group, key], bytes, images);
  }

  /** An image's bytes, once per store. */
  private addImage(name: string, bytes: () => Buffer): void {
    if (!(imageEntry(name) in this.entries)) this.write(imageEntry(name), ['', name], bytes());
  }

  private write(
    entry: string,
    [group, key]: [string, string],
    bytes: Buffer,
    images?: string[],
  ): void {
    const at = this.offset;
    this.entries[entry] = images
      ? [group, key, at, bytes.length, crc32(bytes), images]
      : [group, key, at, bytes.length, crc32(bytes)];
    this.offset += bytes.length;
    this.stream.write(bytes);
  }

  /**
   * The stream the pages go out by: the build counts the bytes waiting in it, with the print
   * files', and takes no more groups while they are many (backlog.ts).
   */
  get writing(): Writable {
    return this.stream;
  }

  /** Writes the index, and renames the whole store over the previous one. */
  async commit(): Promise<void> {
    const index: Index = { format: FORMAT, v8: process.versions.v8, entries: this.entries };
    const bytes = Buffer.from(JSON.stringify(index), 'utf8');
    const tail = Buffer.alloc(TRAILER);
    tail.writeBigUInt64LE(BigInt(this.offset), 0);
    tail.writeUInt32LE(bytes.length, 8);
    tail.writeUInt32LE(crc32(bytes), 12);
    MAGIC.copy(tail, 16);
    this.stream.write(bytes);
    this.stream.end(tail);
    try {
      await finished(this.stream);
      if (this.failed) throw this.failed;
      await rename(this.tmp, this.path);
    } catch (e) {
      await rm(this.tmp, { force: true });
      throw namingTarget(e, this.tmp, this.path);
    }
    await rm(join(this.out, OLD_STORE), { recursive: true, force: true });
  }

  /** Drops the unfinished store; the previous one, if any, stays. */
  async abort(): Promise<void> {
    await new Promise<void>((resolve) => {
      if (this.stream.closed) resolve();
      else this.stream.destroy().once('close', () => resolve());
    });
    await rm(this.tmp, { force: true });
  }
}
