/**
 * Serve stage: the document cache. In: a content key (SHA-256 hex of everything the document is
 * made from) and the rendered bytes. Out: the same bytes on the next request, from memory (an LRU
 * bounded in bytes) or from the disk folder (which survives restarts).
 *
 * Keys are content hashes, so an entry never goes stale: a changed input is a different key.
 * Disk files are written to a temporary name and renamed, so a crash never leaves half a file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../output/atomic-write.js';

export interface CachedFile {
  bytes: Uint8Array;
  pages: number;
}

export interface CacheOptions {
  /** Folder of the disk cache; memory only when absent. */
  dir?: string;
  /** Bound of the memory cache in bytes (default 64 MB). */
  maxBytes?: number;
}

const MAGIC = 'PPC1';
const KEY = /^[0-9a-f]{64}$/;

export class DocumentCache {
  private readonly memory = new Map<string, CachedFile>();
  private size = 0;
  readonly maxBytes: number;

  constructor(private readonly opts: CacheOptions = {}) {
    this.maxBytes = opts.maxBytes ?? 64 * 1024 * 1024;
  }

  /** Bytes held in memory now. */
  get memoryBytes(): number {
    return this.size;
  }

  async get(key: string): Promise<CachedFile | undefined> {
    const hit = this.memory.get(key);
    if (hit) {
      // Re-insert: a Map iterates in insertion order, so the first entry is the least recent.
      this.memory.delete(key);
      this.memory.set(key, hit);
      return hit;
    }
    const fromDisk = await this.readDisk(key);
    if (fromDisk) this.remember(key, fromDisk);
    return fromDisk;
  }

  async set(key: string, file: CachedFile): Promise<void> {
    this.remember(key, file);
    if (!this.opts.dir) return;
    const header = Buffer.alloc(8);
    header.write(MAGIC, 0, 'latin1');
    header.writeUInt32BE(file.pages, 4);
    // A full or read-only disk must not fail the request: the memory copy still serves it.
    await writeFileAtomic(this.path(key), Buffer.concat([header, file.bytes])).catch(() => {});
  }

  private remember(key: string, file: CachedFile): void {
    if (file.bytes.length > this.maxBytes) return;
    const old = this.memory.get(key);
    if (old) {
      this.memory.delete(key);
      this.size -= old.bytes.length;
    }
    this.memory.set(key, file);
    this.size += file.bytes.length;
    for (const [k, v] of this.memory) {
      if (this.size <= this.maxBytes) break;
      this.memory.delete(k);
      this.size -= v.bytes.length;
    }
  }

  private path(key: string): string {
    if (!KEY.test(key)) throw new Error('cache keys are SHA-256 hex digests');
    return join(this.opts.dir ?? '', key.slice(0, 2), `${key}.bin`);
  }

  private async readDisk(key: string): Promise<CachedFile | undefined> {
    if (!this.opts.dir) return undefined;
    try {
      const data = await readFile(this.path(key));
      if (data.length < 8 || data.toString('latin1', 0, 4) !== MAGIC) return undefined;
      return { pages: data.readUInt32BE(4), bytes: data.subarray(8) };
    } catch {
      return undefined;
    }
  }
}
