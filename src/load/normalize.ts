/**
 * Load stage: Vietnamese text enters the program here, once. NFC so that decomposed input (as
 * some phones and macOS produce) prints and extracts exactly like composed input; invisible
 * characters removed and spaces folded so they cannot slip onto paper.
 */

/**
 * The bullets of Word's Symbol and Wingdings fonts, which paste as private-use characters no
 * other font has (U+F0B7 is Symbol's "•"), at the start of a line: the bullet they show.
 */
const WORD_SYMBOL_BULLET = /^([ \t]*)[\uF076\uF0A7\uF0B7\uF0D8\uF0FC](?=[ \t])/gm;

/**
 * NFC, no zero-width characters, NBSP/tabs as spaces, runs of spaces folded; newlines kept, and
 * so are two spaces before one (Markdown's hard line break). A tab that indents a line is four
 * spaces, as Markdown counts it: a nested item or indented paragraph keeps its level.
 * `keepTabs`: tabs stay, for a text whose tabs mean something (the notice's body: the cells of a
 * table pasted from Word or Excel, a paragraph set in by Word; template/typed-lines.ts reads them).
 */
export function normalizeText(s: string, keepTabs = false): string {
  return withVietnameseD(s.normalize('NFC'))
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(WORD_SYMBOL_BULLET, '$1•')
    .replace(/^[ \t]*\t/gm, (indent) =>
      // The body keeps a line's leading Tabs: a table's row whose first cell is empty (merged
      // into the one above), or a paragraph Word set in by a Tab — its own paragraph, not one set
      // in as four spaces would (template/typed-lines.ts).
      keepTabs && indent.startsWith('\t') ? indent : indent.replace(/ {0,3}\t/g, '    '),
    )
    .replace(keepTabs ? /\u00A0/g : /[\u00A0\t]/g, ' ')
    .replace(/\r\n?/g, '\n')
    .replace(/(\S) {2,}(?! *\n)/g, '$1 ');
}

/**
 * The Icelandic Ð/ð (U+00D0, U+00F0), which text converted from an old Vietnamese font encoding
 * holds for Đ/đ: it looks the same and means it ("CÐ-UBND" is a Công điện's symbol), and the
 * fonts draw both with one glyph, whose text a PDF can give only one way.
 */
export const withVietnameseD = (s: string): string => s.replace(/Ð/g, 'Đ').replace(/ð/g, 'đ');

/** The value whose tabs inside a line are kept: a table pasted into the notice's body. */
const KEEPS_TABS = 'notice.body';

/** Applies normalizeText to every string of a parsed YAML/JSON value. */
export function normalizeDeep<T>(value: T, path = ''): T {
  if (typeof value === 'string') return normalizeText(value, path === KEEPS_TABS) as T;
  if (Array.isArray(value)) return value.map((v) => normalizeDeep(v, `${path}.*`)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, normalizeDeep(v, path ? `${path}.${k}` : k)]),
    ) as T;
  }
  return value;
}
