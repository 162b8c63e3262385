/**
 * lru-cache's cache, read without a new object per call. lru-cache's get() and set() take an
 * options argument that defaults to a new `{}` at every call (`get(k, getOptions = {})`), and
 * write its `status` back into it: on a build's hot paths (line breaking, a table's row keys, a
 * word's glyphs, Markdown's inline runs) that was 2.1 % of every byte a 100-group build
 * allocated (bench/results.md "h-alloc"). Here both pass one object made once per cache;
 * lru-cache reads its fields with this cache's defaults, as it reads an empty one, and sets
 * `status` to undefined in it (no diagnostics channel subscribes). It is made with a size alone,
 * and its get and set take no options (CheapLruOptions). Should something subscribe to lru-cache's diagnostics channel, the
 * status object made for the first call would be handed on by every later one: nothing does.
 */
import { LRUCache } from 'lru-cache';

/**
 * What a CheapLru is made with: its size alone. lru-cache's other options (ttl, dispose,
 * sizeCalculation, fetchMethod…) are no CheapLru's: its reads and writes share one options
 * object, which is sound only as long as lru-cache takes nothing from it but its defaults, and no
 * cache on the build path needs them. A cache that does is an LRUCache.
 */
export interface CheapLruOptions {
  /** How many entries it keeps; the one read longest ago goes first. */
  max: number;
}

/** lru-cache's own bounds on keys and values (`{}`: anything but null and undefined). */
export class CheapLru<K extends {}, V extends {}> extends LRUCache<K, V> {
  /** The one options object this cache's reads and writes hand to lru-cache. */
  readonly #options: LRUCache.GetOptions<K, V, unknown> & LRUCache.SetOptions<K, V, unknown> = {};

  constructor({ max }: CheapLruOptions) {
    super({ max });
  }

  /** lru-cache's get, without options of its own (with them, an LRUCache's get is as cheap). */
  override get(key: K): V | undefined {
    return super.get(key, this.#options);
  }

  /** lru-cache's set, without options of its own: no ttl, size or dispose a call. */
  override set(key: K, value: V): this {
    return super.set(key, value, this.#options);
  }
}
