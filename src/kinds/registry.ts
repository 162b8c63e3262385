/**
 * Kinds: the list of document kinds. Adding a kind = one file beside this one, one template under
 * templates/, and one entry here.
 */
import { checklist } from './checklist.js';
import { flyer } from './flyer.js';
import type { DocumentKind } from './kind.js';
import { notice } from './notice.js';
import { poster } from './poster.js';
import { share } from './share.js';
import { tracker } from './tracker.js';

export const KINDS: readonly DocumentKind[] = [notice, poster, share, flyer, checklist, tracker];

/** The names, from names.ts (which the CLI reads without loading the kinds). */
export { kindNames } from './names.js';

export function findKind(name: string): DocumentKind | undefined {
  return KINDS.find((k) => k.name === name);
}
