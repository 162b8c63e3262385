/**
 * Kinds: the list of document kinds. Adding a kind = one file beside this one, one template under
 * templates/, and one entry here.
 */
import type { DocumentKind } from './kind.js';
import { notice } from './notice.js';

export const KINDS: readonly DocumentKind[] = [notice];

export function kindNames(): string[] {
  return KINDS.map((k) => k.name);
}

export function findKind(name: string): DocumentKind | undefined {
  return KINDS.find((k) => k.name === name);
}
