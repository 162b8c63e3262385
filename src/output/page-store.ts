/**
 * Output stage: each group's pages for the print files, kept beside the build
 * (`out/.cache/pages/<group>.bin`) with the key of the document they came from. When one group's
 * row changes, the print files are remade from the other groups' kept pages instead of laying
 * out every group again. A missing, damaged or outdated entry only means that document is laid
 * out again, as before.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { CapturedPage } from '../render/pdf/pages.js';
import { writeJobFile } from './atomic-write.js';

/** By document path (`to-dan-pho-so-5/notice.pdf`): the document's key and its pages. */
export type KeptPages = Record<string, { key: string; pages: CapturedPage[] }>;

const pageStorePath = (slug: string) => `.cache/pages/${slug}.bin`;

export async function readKeptPages(out: string, slug: string): Promise<KeptPages> {
  try {
    const kept = deserialize(await readFile(join(out, pageStorePath(slug)))) as unknown;
    return kept && typeof kept === 'object' ? (kept as KeptPages) : {};
  } catch {
    // Not made yet, or written by another Node version: the pages are laid out again.
    return {};
  }
}

/** The pages of `document` if they were kept for this very key. */
export function keptPagesOf(
  kept: KeptPages,
  document: string,
  key: string,
): CapturedPage[] | undefined {
  const entry = kept[document];
  return entry?.key === key && Array.isArray(entry.pages) ? entry.pages : undefined;
}

export function writeKeptPages(out: string, slug: string, kept: KeptPages): Promise<void> {
  return writeJobFile(join(out, pageStorePath(slug)), serialize(kept));
}
