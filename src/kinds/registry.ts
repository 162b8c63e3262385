/**
 * Kinds: the document kinds with their layouts, one for each kind described in names.ts and in
 * its order. Adding a kind (README.md "Adding a document kind"): describe it in names.ts, write
 * its module beside this file and its template under templates/, and add the module below.
 */
import { checklist } from './checklist.js';
import { flyer } from './flyer.js';
import type { DocumentKind } from './kind.js';
import { KIND_NAMES, type KindName } from './names.js';
import { notice } from './notice.js';
import { poster } from './poster.js';
import { share } from './share.js';
import { shareFlyer } from './share-flyer.js';
import { tracker } from './tracker.js';

/** Every kind of names.ts by its name (a name not described there: tsc says it does not exist). */
const BY_NAME = {
  notice,
  poster,
  share,
  flyer,
  'share-flyer': shareFlyer,
  checklist,
  tracker,
} satisfies Partial<Record<KindName, DocumentKind>>;

/** A kind described in names.ts whose module is not above: tsc says what to add here. */
type Unlisted = Exclude<KindName, keyof typeof BY_NAME>;
export const EVERY_KIND_LISTED: [Unlisted] extends [never]
  ? true
  : `kind "${Unlisted}" is described in src/kinds/names.ts: import its module in src/kinds/registry.ts and add it to BY_NAME` =
  true;

export const KINDS: readonly DocumentKind[] = KIND_NAMES.map(
  (name) => (BY_NAME as Partial<Record<KindName, DocumentKind>>)[name] as DocumentKind,
);

/** The names, from names.ts (which the CLI reads without loading the kinds). */
export { kindNames } from './names.js';

export function findKind(name: string): DocumentKind | undefined {
  return KINDS.find((k) => k.name === name);
}
