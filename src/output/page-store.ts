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
import type { CapturedPage } from '../render/pdf/pages.js';
import { namingTarget } from './atomic-write.js';

const MAGIC = Buffer.from('PPPAGES\n', 'latin1');
/** Bumped when the layout of the file changes: an older store is then ignored. */
const FORMAT = 1;
const HEADER = MAGIC.length + 4;
/** Index offset (8), index length (4), index CRC-32 (4), the magic again (8). */
const TRAILER = 24;
/** What the index records of every document: its group, key, and where its pages are. */
type Entry = [group: string, key: string, offset: number, length: number, crc: number];
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

  /** Documents kept, with their groups (for carrying them over to the next store). */
  *documents(): Iterable<[document: string, group: string, key: string]> {
    for (const [document, [group, key]] of this.entries) yield [document, group, key];
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

/** The pages in `raw` (from `KeptPages.raw`), or `undefined` if they do not read as pages. */
export function pagesOf(raw: Uint8Array): CapturedPage[] | undefined {
  try {
    const pages = deserialize(raw) as unknown;
    return Array.isArray(pages) ? (pages as CapturedPage[]) : undefined;
  } catch {
    return undefined;
  }
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

  /** Keeps a document's pages (or their bytes as `KeptPages.raw` gave them) under its key. */
  add(document: string, group: string, key: string, pages: CapturedPage[] | Buffer): void {
    const bytes = Buffer.isBuffer(pages) ? pages : serialize(pages);
    this.entries[document] = [group, key, this.offset, bytes.length, crc32(bytes)];
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
