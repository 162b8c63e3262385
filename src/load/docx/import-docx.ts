/**
 * Load stage: a ward's notice as a Word file (.docx) → a campaign draft: the text of a
 * `campaign.yaml` for the notice, every guess with the paragraphs it came from, and everything
 * that could not be read or placed as a warning. The pipeline: readDocx (mammoth's HTML and what
 * it cannot read) → readHtml (items with paragraph numbers) → draftNotice (the notice's parts)
 * → campaignYaml.
 */

import { type Lang, type Message, msg } from '../../messages/message.js';
import { bodyLinks } from './body-links.js';
import { hostOf } from './body-markdown.js';
import { bodyTypeSize } from './body-size.js';
import { campaignYaml } from './campaign-yaml.js';
import type { ImportNote } from './flyer-fields.js';
import { flattenParas, type Item, readHtml } from './html-items.js';
import { convertedWarning } from './legacy-text.js';
import { draftNotice, type NoticeFields } from './notice-draft.js';
import { pictureQr } from './picture-qr.js';
import {
  type Guess,
  type ImportWarning,
  importWarning,
  type Source,
  sourceOf,
} from './provenance.js';
import { type DocxPicture, readDocx } from './read-docx.js';
import { textKey } from './xml-text.js';

export type { ImportNote } from './flyer-fields.js';
export type { Guess, ImportWarning } from './provenance.js';
export { describeSources, describeWarning, sourcesIn, warningIn } from './provenance.js';

export interface DocxImport {
  /** The campaign.yaml text. */
  yaml: string;
  fields: NoticeFields;
  guesses: Guess[];
  warnings: ImportWarning[];
  /**
   * The flyer's fields the notice did not give in its own words (a short title, what to bring):
   * left out, each with why, in the YAML's first comment too.
   */
  notes: ImportNote[];
  /** Fields the document did not have: placeholders in the YAML. */
  missing: string[];
  /** The document's pictures, `name` as the warnings call them (e.g. picture-1.png). */
  pictures: (DocxPicture & { name: string })[];
}

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
  'image/tiff': 'tif',
  'image/x-emf': 'emf',
  'image/x-wmf': 'wmf',
  'image/svg+xml': 'svg',
};

/** What a header, footer or comment holds that is not imported. */
function unreadText(part: string, text: string): Message {
  if (part === 'header') return msg`the document's header holds "${text}": not imported`;
  if (part === 'footer') return msg`the document's footer holds "${text}": not imported`;
  return msg`the document's comments holds "${text}": not imported`;
}

/** Word's character styles whose meaning the import keeps otherwise: not worth a warning. */
const KEPT_STYLES = new Set(['Hyperlink', 'FollowedHyperlink']);

/**
 * mammoth's messages. Styles it has no rule for are many in a real notice ("Normal (Web)",
 * "Body Text") and lose nothing but the style: one warning names them all.
 */
function readerMessages(messages: readonly string[]): ImportWarning[] {
  const styles = new Set<string>();
  const other: ImportWarning[] = [];
  for (const m of messages) {
    const style = /^Unrecognised (?:paragraph|run) style: '([^']*)'/.exec(m);
    // Word's link style: the link itself is kept (printed, with its QR code in the annex).
    if (style?.[1] && KEPT_STYLES.has(style[1])) continue;
    if (style?.[1]) styles.add(style[1]);
    else other.push(importWarning(msg`Word reader: ${m}`));
  }
  if (styles.size > 0) {
    other.unshift(
      importWarning(
        msg`Word styles imported as plain text (their look is not kept): ${[...styles].map((s) => `"${s}"`).join(', ')}`,
      ),
    );
  }
  return other;
}

export interface ImportOptions {
  /** The file's name, for messages and the YAML's first comment. */
  source: string;
  /** The date to put in "issued" when the document has none (YYYY-MM-DD). */
  today: string;
  /**
   * The campaign's id, first in the file (what its groups' figures are kept under, so that a
   * draft's figures stay when its number is filled in); the studio writes its own.
   */
  id?: string;
  /** The language of the file's "Left out" comments (the CLI's `--lang`; the studio's Vietnamese). */
  lang?: Lang;
}

/** The paragraph (number and text) a text of document.xml is, for a warning; none if not found. */
function paragraphAt(items: readonly Item[]): (text: string | undefined) => Source | undefined {
  const paras = flattenParas(items);
  return (text) => {
    if (!text || textKey(text) === '') return undefined;
    const para = paras.find((p) => textKey(p.text) === textKey(text));
    return para && sourceOf(para);
  };
}

/** A tracked change, as imported: what was deleted and what prints. */
function trackedText(c: { deleted: string; inserted: string }): Message {
  if (c.deleted && c.inserted)
    return msg`a tracked change is imported as if accepted: "${c.deleted}" left out, "${c.inserted}" printed`;
  if (c.deleted) return msg`a tracked change is imported as if accepted: "${c.deleted}" left out`;
  return msg`a tracked change is imported as if accepted: "${c.inserted}" printed`;
}

/** One warning naming the paragraphs converted from a TCVN3 font, by their converted text. */
function legacyWarnings(converted: readonly string[], items: readonly Item[]): ImportWarning[] {
  if (converted.length === 0) return [];
  const texts = new Set(converted.map(textKey).filter((t) => t !== ''));
  const numbers = flattenParas(items)
    .filter((para) => texts.has(textKey(para.text)))
    .map((para) => para.index);
  return [importWarning(convertedWarning(numbers, texts.size))];
}

/** The text of the QR code each picture holds, by number (those that hold one). */
async function pictureCodes(pictures: readonly DocxPicture[]): Promise<Map<number, string>> {
  const codes = new Map<number, string>();
  for (const p of pictures) {
    const code = await pictureQr(p.bytes);
    if (code !== undefined) codes.set(p.number, code);
  }
  return codes;
}

/** The web hosts the document's text and links name, as hostOf writes them. */
function documentHosts(html: string): Set<string> {
  const hosts = new Set<string>();
  for (const m of html.matchAll(/\b(?:https?:\/\/|www\.)[^\s"'<>]+/gi))
    hosts.add(hostOf(/^www\./i.test(m[0]) ? `https://${m[0]}` : m[0]));
  return hosts;
}

export async function importDocx(bytes: Uint8Array, opts: ImportOptions): Promise<DocxImport> {
  const docx = await readDocx(bytes, opts.source);
  const html = readHtml(docx.html);
  const pictures = docx.pictures.map((p) => ({
    ...p,
    name: `picture-${p.number}.${EXTENSIONS[p.contentType] ?? 'bin'}`,
  }));
  const ctx = {
    textBoxParagraphs: new Set(docx.textBoxParagraphs.map(textKey)),
    notes: new Map(html.notes.map((n) => [n.id, n.text])),
    pictureNames: new Map(pictures.map((p) => [p.number, p.name])),
    pictureCodes: await pictureCodes(pictures),
    documentHosts: documentHosts(docx.html),
    wordNumbers: docx.wordNumbers,
    numberedHeadings: new Set(docx.numberedHeadings.map(textKey)),
  };
  const draft = draftNotice(html.items, ctx);
  // The body's size as Word set it, when it is one Decree 30 allows (qa42 F13.3).
  const size = bodyTypeSize(docx.documentXml, docx.stylesXml, draft.fields.body ?? '');
  if (size === 13 || size === 14) draft.fields.bodySize = size;
  const links = bodyLinks(draft.fields.body ?? '', flattenParas(html.items));
  draft.fields.links = links.links;
  draft.guesses.push(...links.guesses);
  const at = paragraphAt(html.items);
  const warnings: ImportWarning[] = [
    ...legacyWarnings(docx.legacyParagraphs, html.items),
    ...draft.warnings,
    ...docx.unread.map((u) => importWarning(unreadText(u.part, u.text), at(u.anchor))),
    ...docx.skipped.map((said) => importWarning(said)),
    ...docx.tracked.map((c) => importWarning(trackedText(c), at(c.anchor))),
    ...readerMessages(docx.messages),
  ];
  const { yaml, missing } = campaignYaml(draft.fields, draft.guesses, opts, draft.notes);
  for (const field of missing)
    warnings.push(importWarning(msg`${field} was not found: fill it in`));
  // In the document's order; what belongs to no paragraph last.
  const order = (w: ImportWarning) => w.paragraph ?? Number.POSITIVE_INFINITY;
  warnings.sort((a, b) => order(a) - order(b));
  return {
    yaml,
    fields: draft.fields,
    guesses: draft.guesses,
    warnings,
    notes: draft.notes,
    missing,
    pictures,
  };
}
