/**
 * Load stage, Word import: a .docx → mammoth's HTML, with everything mammoth read but cannot
 * carry into a campaign kept aside for the warnings: its own messages, the pictures, and the
 * parts of the file it does not read (text boxes are read inline, so we name them; headers,
 * footers and comments are not read at all, so we list their text).
 *
 * The style map is explicit (no default map): Word's built-in heading styles, its list
 * numbering, and underline/strike kept as tags we can warn about.
 */
import { strFromU8, unzipSync } from 'fflate';
import { UserError } from '../../errors.js';
import { type Message, msg } from '../../messages/message.js';
import { checkInflatedSize } from '../limits.js';
import { CENTRED } from './html-items.js';
import {
  type ConvertedParagraph,
  convertLegacyText,
  type DocNode,
  styleFonts,
} from './legacy-text.js';
import { type WordNumber, wordNumbers } from './word-numbering.js';
import { paragraphsOf, runText, textKey } from './xml-text.js';

/**
 * A plain paragraph centred in Word is given this style name before mammoth maps styles, so
 * that it reaches the HTML as `<p class="centred">`: a trích yếu typed over two centred
 * paragraphs is told from the body by it (qa33 M2).
 */
const CENTRED_STYLE = 'phuong-print centred';

const STYLE_MAP = [
  ...[1, 2, 3, 4, 5, 6].flatMap((n) => [
    `p[style-name='heading ${n}'] => h${n}:fresh`,
    `p[style-name='Heading ${n}'] => h${n}:fresh`,
    `p.Heading${n} => h${n}:fresh`,
  ]),
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='footnote text'] => p:fresh",
  "r[style-name='footnote reference'] =>",
  "p[style-name='endnote text'] => p:fresh",
  "r[style-name='endnote reference'] =>",
  "r[style-name='Strong'] => strong",
  'b => strong',
  'i => em',
  'u => u',
  'strike => s',
  'p:unordered-list(1) => ul > li:fresh',
  'p:unordered-list(2) => ul|ol > li > ul > li:fresh',
  'p:unordered-list(3) => ul|ol > li > ul|ol > li > ul > li:fresh',
  'p:ordered-list(1) => ol > li:fresh',
  'p:ordered-list(2) => ul|ol > li > ol > li:fresh',
  'p:ordered-list(3) => ul|ol > li > ul|ol > li > ol > li:fresh',
  `p[style-name='${CENTRED_STYLE}'] => p.${CENTRED}:fresh`,
];

export interface DocxPicture {
  /** 1-based, in document order: `src="picture:N"` in the HTML. */
  number: number;
  contentType: string;
  bytes: Uint8Array;
}

export interface DocxContent {
  html: string;
  /** mammoth's warnings and errors, as it words them. */
  messages: string[];
  pictures: DocxPicture[];
  /** Headings Word numbers itself: the number is not in their text (mammoth drops it). */
  numberedHeadings: string[];
  /** The text of each paragraph inside a text box (mammoth puts them after their anchor). */
  textBoxParagraphs: string[];
  /** Text in parts of the file mammoth does not read: `{ part, text }`; a comment's paragraph. */
  unread: { part: string; text: string; anchor?: string }[];
  /** What mammoth passes over in the body without a word, said as a warning. */
  skipped: Message[];
  /** Tracked changes (imported as if accepted), by the text of their paragraph. */
  tracked: { anchor: string; deleted: string; inserted: string }[];
  /** The text (converted) of each paragraph typed with a TCVN3 font and converted to Unicode. */
  legacyParagraphs: string[];
  /** word/document.xml and word/styles.xml, decoded: the body's type size is read from them. */
  documentXml: string;
  stylesXml?: string;
  /** The number Word shows before each of its numbered paragraphs (word-numbering.ts). */
  wordNumbers: WordNumber[];
}

/** What mammoth passes over in the body, by the XML element that marks it, and what to say. */
const SKIPPED: { tag: RegExp; say: (n: number) => Message }[] = [
  {
    tag: /<w:object[\s>]/g,
    say: (n) =>
      msg`the document holds ${n} embedded object(s) (e.g. a pasted Excel table): not imported`,
  },
  { tag: /<c:chart[\s>]/g, say: (n) => msg`the document holds ${n} chart(s): not imported` },
  { tag: /<m:oMath[\s>]/g, say: (n) => msg`the document holds ${n} equation(s): not imported` },
];

/** Each paragraph with tracked changes: what was deleted and inserted (qa33 m4). */
function trackedChanges(paragraphs: { text: string; xml: string }[]): DocxContent['tracked'] {
  return paragraphs.flatMap((p) => {
    // Not Word's self-closing <w:ins/> / <w:del/> on a paragraph mark (a paragraph break typed or
    // deleted with tracking on): its match would run on to the next real change's end.
    const changes = [...p.xml.matchAll(/<w:(ins|del)\b(?:[^>]*[^/])?>([\s\S]*?)<\/w:\1>/g)];
    if (changes.length === 0) return [];
    const part = (kind: string, tag: 't' | 'delText') =>
      changes
        .filter((c) => c[1] === kind)
        .map((c) => runText(c[2] ?? '', tag).trim())
        .filter(Boolean)
        .join(' … ');
    return [{ anchor: p.text, deleted: part('del', 'delText'), inserted: part('ins', 't') }];
  });
}

/** The text of each `<w:p>` of an XML part, without the empty ones. */
function paragraphTexts(xml: string): string[] {
  return paragraphsOf(xml)
    .map((p) => p.text.trim())
    .filter((t) => t !== '');
}

function unzip(bytes: Uint8Array, file: string): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, {
      filter: (f) => f.name.startsWith('word/') && f.name.endsWith('.xml'),
    });
  } catch {
    throw new UserError(
      msg`this is not a Word document (.docx) that can be read`,
      { file },
      msg`Open it in Word and save it as "Word Document (*.docx)"; an old .doc file must be saved as .docx first.`,
    );
  }
}

/**
 * What mammoth does not read: text boxes (read, but out of place), headers, footers, comments.
 * `document`: word/document.xml, decoded.
 */
function unreadParts(parts: Record<string, Uint8Array>, document: string) {
  const textBoxParagraphs = [
    ...document.matchAll(/<w:txbxContent>([\s\S]*?)<\/w:txbxContent>/g),
  ].flatMap((m) => paragraphTexts(m[1] ?? ''));
  const paragraphs = paragraphsOf(document);
  const unread: DocxContent['unread'] = [];
  for (const [name, data] of Object.entries(parts).sort(([a], [b]) => a.localeCompare(b))) {
    const part = /^word\/(header|footer|comments)\d*\.xml$/.exec(name)?.[1];
    if (!part) continue;
    if (part !== 'comments') {
      for (const text of paragraphTexts(strFromU8(data))) unread.push({ part, text });
      continue;
    }
    // A comment, with the paragraph it is on (its mark's w:id there).
    for (const c of strFromU8(data).matchAll(
      /<w:comment\b[^>]*\bw:id="(\d+)"[^>]*>([\s\S]*?)<\/w:comment>/g,
    )) {
      const text = paragraphTexts(c[2] ?? '').join(' ');
      if (!text) continue;
      const mark = new RegExp(`<w:comment(?:RangeStart|Reference)\\b[^>]*\\bw:id="${c[1]}"`);
      const anchor = paragraphs.find((p) => mark.test(p.xml))?.text;
      unread.push({ part, text, ...(anchor ? { anchor } : {}) });
    }
  }
  const skipped = SKIPPED.flatMap(({ tag, say }) => {
    const n = document.match(tag)?.length ?? 0;
    return n > 0 ? [say(n)] : [];
  });
  return {
    textBoxParagraphs: [...new Set(textBoxParagraphs)],
    unread,
    skipped,
    tracked: trackedChanges(paragraphs),
  };
}

function markCentred(node: DocNode): void {
  if (
    node.type === 'paragraph' &&
    node.alignment === 'center' &&
    !node.styleName &&
    !node.numbering
  )
    node.styleName = CENTRED_STYLE;
  for (const child of node.children ?? []) markCentred(child);
}

const textOf = (node: DocNode): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

/** The text of every heading paragraph that has Word numbering, from mammoth's document tree. */
function numberedHeadings(node: DocNode, out: string[]): void {
  if (node.type === 'paragraph' && node.numbering && /heading|title/i.test(node.styleName ?? '')) {
    out.push(textOf(node).trim());
  }
  for (const child of node.children ?? []) numberedHeadings(child, out);
}

/** A paragraph's text as document.xml holds it → as imported (converted from TCVN3, if it was). */
function inUnicode(converted: readonly ConvertedParagraph[]): (text: string) => string {
  const after = new Map(converted.map((p) => [textKey(p.before), p.after]));
  return (text) => after.get(textKey(text)) ?? text;
}

export async function readDocx(bytes: Uint8Array, file: string): Promise<DocxContent> {
  // Before anything is inflated: mammoth holds the whole document in memory as one string.
  await checkInflatedSize(bytes, file, 'docx');
  const parts = unzip(bytes, file);
  if (!parts['word/document.xml']) {
    throw new UserError(
      msg`this file holds no Word document (word/document.xml is missing)`,
      { file },
      msg`Open it in Word and save it as "Word Document (*.docx)".`,
    );
  }
  const pictures: DocxPicture[] = [];
  const headings: string[] = [];
  let legacyParagraphs: ConvertedParagraph[] = [];
  let transformError: { error: unknown } | undefined;
  const styles = parts['word/styles.xml'];
  const fonts = styleFonts(styles && strFromU8(styles));
  // mammoth (~150 CommonJS files) loads only when a Word file is read.
  const { default: mammoth } = await import('mammoth');
  const result = await mammoth
    .convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        includeDefaultStyleMap: false,
        includeEmbeddedStyleMap: false,
        // Empty paragraphs are counted, so "paragraph N" is the Nth paragraph Word has.
        ignoreEmptyParagraphs: false,
        externalFileAccess: false,
        transformDocument: (document: DocNode) => {
          // Our own code's error (a legacy-font text refused, or a program bug) is kept and
          // thrown unchanged below: it must not be taken for mammoth failing to read the file.
          try {
            legacyParagraphs = convertLegacyText(document, file, fonts);
            markCentred(document);
            numberedHeadings(document, headings);
          } catch (e) {
            transformError = { error: e };
          }
          return document;
        },
        convertImage: mammoth.images.imgElement(async (image) => {
          const number = pictures.length + 1;
          pictures.push({
            number,
            contentType: image.contentType,
            bytes: await image.readAsBuffer(),
          });
          return { src: `picture:${number}` };
        }),
      },
    )
    .catch(() => {
      if (transformError) throw transformError.error;
      // mammoth reads only the bytes given (no file, no network): what it cannot read — a part
      // that is not well-formed XML, from a file cut short or with a DTD entity its parser does
      // not resolve (qa32 m1) — is the file's fault, not the program's.
      throw new UserError(
        msg`the Word document is damaged or was not downloaded whole: the text inside it cannot be read`,
        { file },
        msg`Open it in Word: if it opens, save it again as "Word Document (*.docx)"; if not, get the file again (a file sent over Zalo or by mail may have been cut short).`,
      );
    });
  if (transformError) throw transformError.error;
  // document.xml's texts are as typed: a paragraph converted from TCVN3 is matched (Word's
  // numbers, a change's or a comment's paragraph) by its converted text, as the body has it.
  const unicode = inUnicode(legacyParagraphs);
  // Decoded once: the unread parts and Word's own numbers both read it.
  const document = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
  const unread = unreadParts(parts, document);
  return {
    html: result.value,
    messages: result.messages.map((m) => m.message),
    pictures,
    numberedHeadings: headings,
    legacyParagraphs: legacyParagraphs.map((p) => p.after),
    documentXml: document,
    ...(styles ? { stylesXml: strFromU8(styles) } : {}),
    wordNumbers: wordNumbers(
      document,
      parts['word/numbering.xml'] && strFromU8(parts['word/numbering.xml']),
      styles && strFromU8(styles),
    ).map((n) => ({ ...n, text: unicode(n.text) })),
    ...unread,
    unread: unread.unread.map((u) => (u.anchor ? { ...u, anchor: unicode(u.anchor) } : u)),
    tracked: unread.tracked.map((c) => ({ ...c, anchor: unicode(c.anchor) })),
  };
}
