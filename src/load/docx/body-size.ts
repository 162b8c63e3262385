/**
 * Load stage, Word import: the type size the office set its body in (qa42 F13.3), for
 * notice.bodySize. In: document.xml and styles.xml, and the body's text as imported; out: the size
 * in points most of the body's letters are set in, or undefined when none is read. A run's size is
 * its own `w:sz`, else its paragraph style's, else the document's default (Normal, docDefaults).
 */
import { decodeXml, paragraphsOf, runText, textKey } from './xml-text.js';

/** The half-points of the first `<w:sz>` in `xml`, else undefined. */
const szOf = (xml: string): number | undefined => {
  const m = /<w:sz\s+w:val="(\d+)"/.exec(xml);
  return m ? Number(m[1]) : undefined;
};

/** Each paragraph style's size (half-points) by its id, and the default size. */
function styleSizes(styles: string): { byId: Map<string, number>; fallback: number | undefined } {
  const byId = new Map<string, number>();
  let normal: number | undefined;
  for (const m of styles.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = /w:styleId="([^"]*)"/.exec(m[1] ?? '')?.[1];
    const size = szOf(/<w:rPr>[\s\S]*?<\/w:rPr>/.exec(m[2] ?? '')?.[0] ?? '');
    if (id === undefined || size === undefined) continue;
    byId.set(decodeXml(id), size);
    if (/w:default="1"/.test(m[1] ?? '') && /w:type="paragraph"/.test(m[1] ?? '')) normal = size;
  }
  const defaults = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(styles)?.[1];
  return { byId, fallback: normal ?? (defaults ? szOf(defaults) : undefined) };
}

/**
 * The size (pt) most letters of the paragraphs whose text is in `body` are set in: a paragraph is
 * the body's when its text (20 letters or more) is found in the body's.
 */
export function bodyTypeSize(
  document: string,
  styles: string | undefined,
  body: string,
): number | undefined {
  const { byId, fallback } = styleSizes(styles ?? '');
  const bodyKey = textKey(body);
  const letters = new Map<number, number>();
  for (const p of paragraphsOf(document)) {
    const key = textKey(p.text);
    if (key.length < 20 || !bodyKey.includes(key)) continue;
    const style = /<w:pStyle\s+w:val="([^"]*)"/.exec(p.xml)?.[1];
    const own = (style ? byId.get(style) : undefined) ?? fallback;
    for (const r of p.xml.matchAll(/<w:r\b(?:[^>]*[^/])?>([\s\S]*?)<\/w:r>/g)) {
      const run = r[1] ?? '';
      const size = szOf(/<w:rPr>[\s\S]*?<\/w:rPr>/.exec(run)?.[0] ?? '') ?? own;
      const n = textKey(runText(run)).length;
      if (size !== undefined && n > 0) letters.set(size, (letters.get(size) ?? 0) + n);
    }
  }
  const [most] = [...letters].sort((a, b) => b[1] - a[1]);
  return most ? most[0] / 2 : undefined;
}
