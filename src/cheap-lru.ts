/**
 * lru-cache's cache, read without a new object per call. lru-cache's get() and set() take an
 * options argument that defaults to a new `{}` at every call (`get(k, getOptions = {})`), and
 * write its `status` back into it: on a build's hot paths (line breaking, a table's row keys, a
 * word's glyphs, Markdown's inline runs) that was 2.1 % of every byte a 100-group build
 * allocated (bench/results.md "h-alloc"). Here both pass one object made once per cache;
 * lru-cache reads its fields with this cache's defaults, as it reads an empty one, and sets
 * `status` to undefined in it (no diagnostics channel subscribes). Calls with options of their
 * own are left as they are. Should something subscribe to lru-cache's diagnostics channel, the
 * status object made for the first call would be handed on by every later one: nothing does.
 */
import { LRUCache } from 'lru-cache';

/** lru-cache's own bounds on keys and values (`{}`: anything but null and undefined). */
export class CheapLru<K extends {}, V extends {}> extends LRUCache<K, V> {
  /** The one options object this cache's plain reads and writes hand to lru-cache. */
  readonly #options: LRUCache.GetOptions<K, V, unknown> & LRUCache.SetOptions<K, V, unknown> = {};

  override get(key: K, options?: LRUCache.GetOptions<K, V, unknown>): V | undefined {
    return super.get(key, options ?? this.#options);
  }

  override set(key: K, value: V | undefined, options?: LRUCache.SetOptions<K, V, unknown>): this {
    return super.set(key, value, options ?? this.#options);
  }
}
