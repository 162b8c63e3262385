/**
 * Load stage: a campaign file's YAML document as plain data, within a bound. YAML aliases
 * (`*name`) may repeat a node; nested, a few lines can stand for billions of values (an "alias
 * bomb"). The yaml library stops at `maxAliasCount` and throws a ReferenceError; a campaign needs
 * no aliases, so a small bound costs nothing.
 */
import type { Document } from 'yaml';

/** How many alias expansions a campaign file may make. */
const MAX_ALIASES = 100;

/** Whether `e` is the yaml library's refusal of a document that repeats its aliases too often. */
export const isAliasBomb = (e: unknown): boolean =>
  e instanceof ReferenceError && /alias/i.test(e.message);

/** The document's plain data; throws the library's ReferenceError past the bound (`isAliasBomb`). */
export const boundedData = (doc: Document): unknown => doc.toJS({ maxAliasCount: MAX_ALIASES });

/**
 * The document's plain data, or undefined when it repeats its aliases past the bound: for checks
 * that add to the loader's problems, which names that one itself.
 */
export function boundedDataOrNothing(doc: Document): unknown {
  try {
    return boundedData(doc);
  } catch (e) {
    if (isAliasBomb(e)) return undefined;
    throw e;
  }
}
