/**
 * Render stage: where a back end keeps its shared drawings (Surface.shared) — per thread, by
 * font set and page size, then by the drawing's key. A drawing is the same for every document of
 * the same fonts and page size; bounded, as a long build meets new keys (a group's own line).
 */
import { LRUCache } from 'lru-cache';
import type { FontSet } from '../layout/fonts.js';

/** Kept drawings a font set and page size: a tracking sheet's page numbers alone are ~300. */
const DRAWINGS = 1_024;

/** A keeper of drawings of type V: `of(fonts, size)` is their cache for that font set and size. */
export function drawingCache<V extends object>() {
  const caches = new WeakMap<FontSet, Map<string, LRUCache<string, V>>>();
  return (fonts: FontSet, size: readonly [number, number]): LRUCache<string, V> => {
    let bySize = caches.get(fonts);
    if (!bySize) {
      bySize = new Map();
      caches.set(fonts, bySize);
    }
    const sizeKey = `${size[0]}x${size[1]}`;
    let cache = bySize.get(sizeKey);
    if (!cache) {
      cache = new LRUCache({ max: DRAWINGS });
      bySize.set(sizeKey, cache);
    }
    return cache;
  };
}
