/**
 * CheapLru (src/cheap-lru.ts): the build's hot caches, a map that forgets the entry read longest
 * ago, as lru-cache's cache does. It is made with a size alone and its get and set take no
 * options: lru-cache's others (a ttl, a size a value, options a call) are not its. The types say
 * so (tsc, `npm run check`: each `@ts-expect-error` below fails when the type accepts the option
 * again); what it keeps is seen here, and against lru-cache's own cache over random reads and
 * writes.
 */
import { LRUCache } from 'lru-cache';
import { describe, expect, it } from 'vitest';
import { CheapLru } from '../src/cheap-lru.js';

describe('CheapLru', () => {
  it('keeps its size, the entry read longest ago going first', () => {
    const cache = new CheapLru<string, number>({ max: 2 });
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect([...cache.keys()].sort()).toEqual(['a', 'c']);
    expect(cache.get('b')).toBeUndefined();
  });

  it('is made with a size alone, and reads and writes without options', () => {
    // @ts-expect-error: a time to live is lru-cache's, not a CheapLru's
    const timed = new CheapLru<string, number>({ max: 2, ttl: 1_000 });
    // @ts-expect-error: neither is a size a value
    new CheapLru<string, number>({ max: 2, maxSize: 10, sizeCalculation: () => 1 });
    // @ts-expect-error: nor options a call
    timed.get('a', { allowStale: true });
    // @ts-expect-error: nor a ttl a write
    timed.set('a', 1, { ttl: 5 });
    // What it was made with, whatever the object held: its size, and no time to live.
    expect(timed.max).toBe(2);
    expect('ttl' in timed).toBe(false);
  });

  it('keeps, reads and forgets the entries lru-cache keeps, in its order', () => {
    // A fixed pseudo-random sequence (a linear congruential generator): the same run every time.
    let seed = 12345;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (const max of [1, 2, 3, 8]) {
      const cheap = new CheapLru<string, number>({ max });
      const lru = new LRUCache<string, number>({ max });
      for (let step = 0; step < 800; step++) {
        const key = `k${next(max * 2 + 2)}`;
        const op = next(10);
        if (op < 4) expect(cheap.get(key), `get ${key}`).toBe(lru.get(key));
        else if (op < 8) cheap.set(key, step) && lru.set(key, step);
        else if (op === 8) expect(cheap.has(key)).toBe(lru.has(key));
        else if (step % 7 === 0) {
          cheap.clear();
          lru.clear();
        } else expect(cheap.delete(key)).toBe(lru.delete(key));
        expect(cheap.size).toBe(lru.size);
        expect([...cheap.keys()]).toEqual([...lru.keys()]);
      }
      expect([...cheap.entries()]).toEqual([...lru.entries()]);
    }
  });
});
