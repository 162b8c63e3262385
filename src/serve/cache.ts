/**
 * Serve stage: the document cache. In: a content key (SHA-256 hex of everything the document is
 * made from) and the rendered bytes. Out: the same bytes on the next request, from memory (an LRU
 * bounded in bytes) or from the disk folder (which survives restarts).
 *
 * Keys are content hashes, so an entry never goes stale: a changed input is a different key.
 * Disk files are written to a temporary name and renamed, so a crash never leaves half a file,
 * and carry a checksum that is verified on every read.
 */
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { LRUCache } from 'lru-cache';
import { writeFileAtomic } from '../output/atomic-write.js';

export interface CachedFile {
  bytes: Uint8Array;
  pages: number;
  /**
   * The PDF carries a digital signature (build --sign): found once, when the file is made, and
   * kept with it, so the download page does not search the bytes on every view.
   */
  signed?: boolean;
}

/**
 * How an entry is used: `memory: false` for a document read once (the ward's ZIP streams every
 * group's): it goes to and comes from the disk only, so it neither evicts the documents leaders
 * ask for again nor adds its bytes to the server's memory.
 */
export interface CacheUse {
  memory?: boolean;
}

export interface CacheOptions {
  /** Folder of the disk cache; memory only when absent. */
  dir?: string;
  /** Bound of the memory cache in bytes (default 64 MB). */
  maxBytes?: number;
  /**
   * A memory cache shared with other caches (`memoryCache`), whose bound then holds for them all
   * (the studio's open campaigns: one bound however many are open); `maxBytes` is then ignored.
   * Keys are digests of what a document is made from, so caches never mix up their documents.
   */
  memory?: MemoryCache;
}

/** The memory part of a DocumentCache, bounded by its entries' bytes. */
export type MemoryCache = LRUCache<string, CachedFile>;

/** A memory cache of at most `maxBytes` (> 0) of documents, to share between DocumentCaches. */
export const memoryCache = (maxBytes: number): MemoryCache =>
  new LRUCache<string, CachedFile>({
    maxSize: maxBytes,
    // lru-cache refuses (does not keep) an entry larger than the whole bound.
    maxEntrySize: maxBytes,
    sizeCalculation: (file) => Math.max(1, file.bytes.length),
  });

// Header: magic, page count, flags (1: signed), SHA-256 of those and the bytes. A cache file
// damaged on disk (truncated, a flipped bit) no longer matches its checksum and is dropped and rendered
// again, never served; so is a file of an older header.
const MAGIC = 'PPC3';
const HEADER = 4 + 4 + 4 + 32;
const SIGNED = 1;
const KEY = /^[0-9a-f]{64}$/;

/** The checksum: of the page count and flags (header bytes 4–11) as well as the file. */
const digest = (meta: Uint8Array, bytes: Uint8Array) =>
  createHash('sha256').update(meta).update(bytes).digest();

export class DocumentCache {
  /** Absent with a bound of 0 (`--cache-mb 0`: no memory cache; lru-cache refuses a 0 bound). */
  private readonly memory: MemoryCache | undefined;
  readonly maxBytes: number;

  constructor(private readonly opts: CacheOptions = {}) {
    this.maxBytes = opts.memory?.maxSize ?? opts.maxBytes ?? 64 * 1024 * 1024;
    this.memory = opts.memory ?? (this.maxBytes > 0 ? memoryCache(this.maxBytes) : undefined);
  }

  /** Bytes held in memory now (by every cache sharing its memory). */
  get memoryBytes(): number {
    return this.memory?.calculatedSize ?? 0;
  }

  async get(key: string, use: CacheUse = {}): Promise<CachedFile | undefined> {
    // A read-once use (the ward's ZIP) peeks: it must not move the entry up the eviction order
    // ahead of the documents leaders come back for.
    const hit = use.memory === false ? this.memory?.peek(key) : this.memory?.get(key);
    if (hit) return hit;
    const fromDisk = await this.readDisk(key);
    if (fromDisk && use.memory !== false) this.remember(key, fromDisk);
    return fromDisk;
  }

  async set(key: string, file: CachedFile, use: CacheUse = {}): Promise<void> {
    if (use.memory !== false) this.remember(key, file);
    if (!this.opts.dir) return;
    const header = Buffer.alloc(HEADER);
    header.write(MAGIC, 0, 'latin1');
    header.writeUInt32BE(file.pages, 4);
    header.writeUInt32BE(file.signed ? SIGNED : 0, 8);
    digest(header.subarray(4, 12), file.bytes).copy(header, 12);
    // A full or read-only disk must not fail the request: the memory copy still serves it.
    await writeFileAtomic(this.path(key), Buffer.concat([header, file.bytes])).catch(() => {});
  }

  private remember(key: string, file: CachedFile): void {
    if (file.bytes.length > this.maxBytes) return;
    this.memory?.set(key, file);
  }

  private path(key: string): string {
    if (!KEY.test(key)) throw new Error('cache keys are SHA-256 hex digests');
    return join(this.opts.dir ?? '', key.slice(0, 2), `${key}.bin`);
  }

  private async readDisk(key: string): Promise<CachedFile | undefined> {
    if (!this.opts.dir || !KEY.test(key)) return undefined;
    const path = this.path(key);
    let data: Buffer;
    try {
      data = await readFile(path);
    } catch {
      return undefined;
    }
    const bytes = data.subarray(HEADER);
    const whole =
      data.length >= HEADER &&
      data.toString('latin1', 0, 4) === MAGIC &&
      digest(data.subarray(4, 12), bytes).equals(data.subarray(12, HEADER));
    if (!whole) {
      await rm(path, { force: true }).catch(() => {});
      return undefined;
    }
    const signed = (data.readUInt32BE(8) & SIGNED) !== 0;
    return { pages: data.readUInt32BE(4), bytes, ...(signed ? { signed } : {}) };
  }
}
