/**
 * The text of every group's document of a kind, read from the ward's print file
 * (`print/<kind>-all.pdf`) by one `pdftotext`: the print file holds each group's pages in group
 * order, a blank back page after a document of odd page count when it is for two-sided printing
 * (README). A hundred documents' text for one process instead of a hundred; the pages are
 * assigned to the documents by the page counts the manifest records, and a blank back page must
 * be blank, so a print file whose pages do not line up with its manifest fails here.
 */
import { join } from 'node:path';
import type { Manifest } from './manifest.js';
import { pdfPageTexts } from './pdf-text.js';

/** Each document's text (its pages joined by a form feed), by its path in the manifest. */
export async function printedTexts(
  out: string,
  manifest: Manifest,
  kind: string,
): Promise<Map<string, string>> {
  const print = manifest.print.find((p) => p.kind === kind && !p.variant);
  if (!print) throw new Error(`no print file of ${kind} in ${out}/manifest.json`);
  const pages = await pdfPageTexts(join(out, print.path));
  // pdftotext ends the last page with a form feed too: an empty last back page is dropped by
  // pdfPageTexts, so it is put back.
  const total = manifest.files
    .filter((f) => f.kind === kind)
    .reduce((n, f) => n + f.pages + (print.duplex ? f.pages % 2 : 0), 0);
  while (pages.length < total) pages.push('');
  if (pages.length !== total || print.pages !== total) {
    throw new Error(
      `${print.path}: ${pages.length} pages read, the manifest says ${print.pages} (${total} by its files)`,
    );
  }
  const texts = new Map<string, string>();
  let at = 0;
  for (const f of manifest.files.filter((x) => x.kind === kind)) {
    texts.set(f.path, pages.slice(at, at + f.pages).join('\f'));
    at += f.pages;
    if (print.duplex && f.pages % 2 === 1) {
      if (pages[at]?.trim())
        throw new Error(`${print.path}: the back page after ${f.path} is not blank`);
      at += 1;
    }
  }
  return texts;
}
