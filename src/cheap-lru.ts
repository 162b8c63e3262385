/**
 * The build's hot caches (line breaking, a table's row keys, a word's glyphs, Markdown's inline
 * runs, a run's TJ array…): a map of at most `max` entries that forgets the one read longest ago,
 * and nothing else. lru-cache's cache, which this was (read through one options object, h-alloc),
 * spent each read on its options' defaults, its diagnostics channel's subscribers, its ttl and
 * fetch checks: its `get` was ~3 % of each drawing thread's CPU in a 1,000-group build of every
 * PDF kind, more than the map lookup it wraps (`node --cpu-prof`, h-perf15; docs/architecture.md,
 * the tricks table). The same policy (a read or a write makes an entry the newest; a write to a
 * full cache drops the oldest), so the same entries are kept; a cache that needs a ttl, a size a
 * value or a dispose callback is an LRUCache.
 */

/** What a CheapLru is made with: its size alone. */
export interface CheapLruOptions {
  /** How many entries it keeps; the one read longest ago goes first. */
  max: number;
}

/** No slot: the end of the list of entries from newest to oldest. */
const NONE = -1;

/** lru-cache's own bounds on keys and values (`{}`: anything but null and undefined). */
export class CheapLru<K extends {}, V extends {}> {
  /** How many entries it keeps. */
  readonly max: number;
  /** Each key's slot. */
  readonly #slots = new Map<K, number>();
  readonly #keys: (K | undefined)[] = [];
  readonly #values: (V | undefined)[] = [];
  /** Each slot's neighbours in the list from newest to oldest (NONE at its ends). */
  readonly #older: Int32Array;
  readonly #newer: Int32Array;
  #newest = NONE;
  #oldest = NONE;
  /** Slots emptied by `delete`, taken again before new ones. */
  readonly #free: number[] = [];

  constructor({ max }: CheapLruOptions) {
    if (!Number.isInteger(max) || max < 1) throw new TypeError('max must be a positive integer');
    this.max = max;
    this.#older = new Int32Array(max);
    this.#newer = new Int32Array(max);
  }

  /** How many entries it holds. */
  get size(): number {
    return this.#slots.size;
  }

  /** The value kept for `key`, which becomes the newest entry; undefined when none is. */
  get(key: K): V | undefined {
    const slot = this.#slots.get(key);
    if (slot === undefined) return undefined;
    this.#makeNewest(slot);
    return this.#values[slot];
  }

  /** Whether a value is kept for `key` (which does not make it newer). */
  has(key: K): boolean {
    return this.#slots.has(key);
  }

  /** Keeps `value` for `key` as the newest entry, dropping the oldest when the cache is full. */
  set(key: K, value: V): this {
    let slot = this.#slots.get(key);
    if (slot !== undefined) {
      this.#values[slot] = value;
      this.#makeNewest(slot);
      return this;
    }
    if (this.#slots.size >= this.max) {
      slot = this.#oldest;
      this.#unlink(slot);
      this.#slots.delete(this.#keys[slot] as K);
    } else slot = this.#free.pop() ?? this.#keys.length;
    this.#keys[slot] = key;
    this.#values[slot] = value;
    this.#slots.set(key, slot);
    this.#linkNewest(slot);
    return this;
  }

  /** Forgets `key`; whether it was kept. */
  delete(key: K): boolean {
    const slot = this.#slots.get(key);
    if (slot === undefined) return false;
    this.#slots.delete(key);
    this.#unlink(slot);
    this.#keys[slot] = undefined;
    this.#values[slot] = undefined;
    this.#free.push(slot);
    return true;
  }

  /** Forgets every entry. */
  clear(): void {
    this.#slots.clear();
    this.#keys.length = 0;
    this.#values.length = 0;
    this.#free.length = 0;
    this.#newest = NONE;
    this.#oldest = NONE;
  }

  /** The keys, newest first (as lru-cache's `keys()`). */
  *keys(): Generator<K> {
    for (let slot = this.#newest; slot !== NONE; slot = this.#older[slot] as number)
      yield this.#keys[slot] as K;
  }

  /** The entries, newest first (as lru-cache's `entries()`). */
  *entries(): Generator<[K, V]> {
    for (let slot = this.#newest; slot !== NONE; slot = this.#older[slot] as number)
      yield [this.#keys[slot] as K, this.#values[slot] as V];
  }

  #makeNewest(slot: number): void {
    if (slot === this.#newest) return;
    this.#unlink(slot);
    this.#linkNewest(slot);
  }

  #linkNewest(slot: number): void {
    this.#older[slot] = this.#newest;
    this.#newer[slot] = NONE;
    if (this.#newest !== NONE) this.#newer[this.#newest] = slot;
    else this.#oldest = slot;
    this.#newest = slot;
  }

  #unlink(slot: number): void {
    const older = this.#older[slot] as number;
    const newer = this.#newer[slot] as number;
    if (newer !== NONE) this.#older[newer] = older;
    else this.#newest = older;
    if (older !== NONE) this.#newer[older] = newer;
    else this.#oldest = newer;
  }
}
