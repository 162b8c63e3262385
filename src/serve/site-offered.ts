/**
 * Serve stage: the kinds an existing `site/` offers its groups, read from its files before a new
 * build replaces it. A narrower `build --kind flyer --site` after a whole site swaps the site
 * whole (site.ts): the leaders' links then lose the other documents, which the build says
 * (cli/build.ts) with the kinds read here; a narrower `--size` the poster's sizes it drops.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { KINDS } from '../kinds/registry.js';
import { expandOutputs, outputFileName } from '../kinds/render.js';

/** `notice.pdf` → notice, `poster-a3.pdf` → poster: every file name a kind writes, to its kind. */
const kindOfFile = new Map(expandOutputs(KINDS).map((o) => [outputFileName(o), o.kind.name]));

/**
 * The kinds of a site's documents (siteDocuments), by name, in the registry's order; none when
 * there is no site.
 */
export function kindsOffered(documents: readonly string[]): string[] {
  const kinds = new Set(documents.flatMap((n) => kindOfFile.get(n) ?? []));
  return KINDS.map((k) => k.name).filter((k) => kinds.has(k));
}

/**
 * The documents the site in `dir` offers each group, by file name (`poster-a3.pdf`): a narrower
 * `--size a4` keeps the poster but drops its A3, which the build says too (review52 #12); their
 * kinds (kindsOffered) the kinds it drops. Every group's folder holds the same documents (site.ts
 * writes the ward's outputs to each), but a group the fonts cannot print holds none: the first
 * folder with a document answers, so a ward of 3,000 groups costs one listing of g/ and about one
 * of a group's folder.
 */
export async function siteDocuments(dir: string): Promise<string[]> {
  const folders = await readdir(join(dir, 'g'), { withFileTypes: true }).catch(() => []);
  for (const folder of folders) {
    if (!folder.isDirectory()) continue;
    const names = await readdir(join(dir, 'g', folder.name)).catch(() => [] as string[]);
    const documents = names.filter((n) => kindOfFile.has(n));
    if (documents.length > 0) return documents;
  }
  return [];
}
