/**
 * CheapLru (src/cheap-lru.ts): the build's hot caches, read and written through one options
 * object. It is made with a size alone and its get and set take no options: lru-cache's others
 * (a ttl, a size a value, options a call) would share that one object, and no caller passes them.
 * The types say so (tsc, `npm run check`: each `@ts-expect-error` below fails when the type
 * accepts the option again); what it keeps is seen here.
 */
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
    // What it was made with, whatever the object held: its size.
    expect(timed.max).toBe(2);
    expect(timed.ttl).toBe(0);
  });
});
