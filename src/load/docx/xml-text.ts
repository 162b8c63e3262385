/**
 * Load stage, Word import: the few pieces of Word's XML the import reads itself, beside mammoth
 * (word-numbering.ts, read-docx.ts): the paragraphs of a part, the text of their runs, XML's
 * escapes undone, and the key two texts of the same paragraph are matched by.
 */

/** XML's escapes undone: the five named ones and numeric character references. */
export function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()] as string;
    const code =
      e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
    return String.fromCodePoint(code);
  });
}

/** The text of an XML fragment's `<w:t>` runs (or `<w:delText>`, deleted text), joined. */
export function runText(xml: string, tag: 't' | 'delText' = 't'): string {
  return [...xml.matchAll(new RegExp(`<w:${tag}(?:\\s[^>]*)?>([^<]*)</w:${tag}>`, 'g'))]
    .map((t) => decodeXml(t[1] ?? ''))
    .join('');
}

/**
 * Each `<w:p>` of an XML part: its whole XML and its text as mammoth reads it (deleted text left
 * out). Not an empty `<w:p/>`: its match would run on to the next paragraph's end.
 */
export function paragraphsOf(xml: string): { xml: string; text: string }[] {
  return [...xml.matchAll(/<w:p\b(?:[^>]*[^/])?>[\s\S]*?<\/w:p>/g)].map((p) => ({
    xml: p[0],
    text: runText(p[0]),
  }));
}

/** The key a paragraph's text is matched by across readers: NFC, no white space. */
export const textKey = (t: string) => t.normalize('NFC').replace(/\s+/g, '');
