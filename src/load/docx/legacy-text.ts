/**
 * Load stage, Word import: a notice typed with a pre-Unicode font (TCVN3 "ABC" .VnTime/.VnTimeH,
 * or VNI-Times) → Unicode, on mammoth's document tree before it becomes HTML. In: the tree (its
 * runs carry their font's name). Out: the tree with TCVN3 text converted, and the converted
 * paragraphs' texts for one warning; or a UserError, with how to convert the file in Unikey,
 * when a paragraph cannot be converted with certainty. The tables and the detection are the
 * groups loader's (load/legacy-fonts.ts).
 *
 * A run whose font is a TCVN3 font is converted by the font (an "H" font draws capitals);
 * text in other fonts only when detectLegacyFont is sure of it on the paragraph's text, as for a
 * groups list (a notice whose Normal style, not its runs, names the font).
 */
import { UserError } from '../../errors.js';
import { type Message, msg } from '../../messages/message.js';
import {
  decodeTcvn3,
  detectLegacyFont,
  fromTcvn3Font,
  readsConverted,
  tcvn3Font,
} from '../legacy-fonts.js';
import { verdictOf } from '../vietnamese.js';

export interface DocNode {
  type?: string;
  value?: string;
  font?: string | null;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: unknown;
  alignment?: string | null;
  children?: DocNode[];
}

/** How to convert the document in Unikey, from the encoding it was typed in (Unikey's name). */
const unikeyDocxHint = (source: 'TCVN3 (ABC)' | 'VNI Windows') =>
  msg`Open the document in Word, select all (Ctrl+A) and copy; in Unikey › "Công cụ…" (Ctrl+Shift+F6) choose Nguồn "${source}", Đích "Unicode", click "Chuyển mã"; paste back, set the font to Times New Roman, save and import again.`;

/**
 * The fonts styles.xml sets: each style's own (w:rFonts w:ascii, or its w:basedOn's), the
 * paragraphs' default style (Normal) and the document's default (w:docDefaults). A notice typed
 * in .VnTime often names it there only, its runs naming none.
 */
interface StyleFonts {
  byStyle: Map<string, string>;
  paragraphDefault?: string;
  document?: string;
}

const fontIn = (xml: string) => /<w:rFonts\b[^>]*\bw:(?:ascii|hAnsi)="([^"]*)"/.exec(xml)?.[1];

export function styleFonts(stylesXml: string | undefined): StyleFonts {
  const fonts: StyleFonts = { byStyle: new Map() };
  if (!stylesXml) return fonts;
  const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(stylesXml)?.[1];
  fonts.document = defaults ? fontIn(defaults) : undefined;
  const styles = new Map<string, { font?: string; basedOn?: string }>();
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = /w:styleId="([^"]*)"/.exec(m[1] ?? '')?.[1];
    if (!id) continue;
    const body = m[2] ?? '';
    styles.set(id, {
      font: fontIn(body),
      basedOn: /<w:basedOn\b[^>]*w:val="([^"]*)"/.exec(body)?.[1],
    });
    if (/w:type="paragraph"/.test(m[1] ?? '') && /w:default="1"/.test(m[1] ?? ''))
      fonts.paragraphDefault = id;
  }
  for (const id of styles.keys()) {
    let at: string | undefined = id;
    for (let hops = 0; at && hops < 20; hops++) {
      const style = styles.get(at);
      if (style?.font) {
        fonts.byStyle.set(id, style.font);
        break;
      }
      at = style?.basedOn;
    }
  }
  return fonts;
}

type Texts = { node: DocNode; font: string | null | undefined }[];

/** The text nodes of a paragraph, each with its run's font (direct, else its styles'). */
function textsOf(
  node: DocNode,
  font: string | null | undefined,
  fonts: StyleFonts,
  out: Texts,
): void {
  if (node.type === 'text') out.push({ node, font });
  if (node.type === 'paragraph' || node.type === 'table') return;
  const own =
    node.type === 'run'
      ? (node.font ?? (node.styleId ? fonts.byStyle.get(node.styleId) : undefined) ?? font)
      : font;
  for (const child of node.children ?? []) textsOf(child, own, fonts, out);
}

const plain = (texts: { node: DocNode }[]) => texts.map((t) => t.node.value ?? '').join('');

/** The message of `refuse`: the file was read, its text is in an old font. */
const REFUSED = msg`the document has text typed with a ${''} font, not in Unicode, that cannot be converted with certainty: "${''}" probably reads "${''}"`;

/** Whether `e` is the import's refusal of text typed with an old font (`refuse`). */
export const isOldFontRefusal = (e: UserError): boolean => e.text.key === REFUSED.key;

/**
 * The import stops: said as the campaign's refusal says it (what the text probably reads, not
 * what would print: nothing is printed), with the Unikey steps for the font found.
 */
function refuse(file: string, text: string, unicode: string, font: 'VNI' | 'TCVN3 (ABC)'): never {
  const shown = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);
  throw new UserError(
    msg`the document has text typed with a ${font} font, not in Unicode, that cannot be converted with certainty: "${shown(text)}" probably reads "${shown(unicode)}"`,
    { file },
    unikeyDocxHint(font === 'VNI' ? 'VNI Windows' : 'TCVN3 (ABC)'),
  );
}

/**
 * One paragraph, converted in place. `sure`: it reads as Vietnamese only converted; `either`:
 * both ways ("Sè 5" is also "Số 5"), decided for the whole document by convertLegacyText.
 */
type Outcome =
  | { kind: 'none' | 'unicode' }
  | { kind: 'sure' | 'either'; before: string; text: string; undo: () => void };

function convertParagraph(paragraph: DocNode, file: string, fonts: StyleFonts): Outcome {
  const texts: Texts = [];
  const style = paragraph.styleId ?? fonts.paragraphDefault;
  const font = (style ? fonts.byStyle.get(style) : undefined) ?? fonts.document;
  for (const child of paragraph.children ?? []) textsOf(child, font, fonts, texts);
  const before = plain(texts);
  const originals = texts.map((t) => t.node.value);
  const undo = () =>
    texts.forEach((t, i) => {
      t.node.value = originals[i];
    });
  let changed = false;
  const others: DocNode[] = [];
  for (const { node, font } of texts) {
    const kind = tcvn3Font(font);
    const converted = kind ? fromTcvn3Font(node.value ?? '', kind) : undefined;
    if (!converted) {
      others.push(node);
      continue;
    }
    if (converted.changed) {
      node.value = converted.unicode;
      changed = true;
    }
  }
  // Text in other fonts: converted only when it is surely TCVN3 by itself.
  const rest = others.map((n) => n.value ?? '').join('');
  const legacy = detectLegacyFont(rest);
  if (legacy && !(legacy.font === 'VNI' && legacy.enyeOnly)) {
    if (legacy.font === 'VNI' || !legacy.certain)
      refuse(file, rest, legacy.unicode, legacy.font === 'VNI' ? 'VNI' : 'TCVN3 (ABC)');
    for (const n of others) n.value = decodeTcvn3(n.value ?? '');
    changed = true;
  }
  if (!changed) return { kind: 'none' };
  const after = plain(texts);
  const asTyped = verdictOf(before) === 'vietnamese';
  if (readsConverted(after))
    return { kind: asTyped ? 'either' : 'sure', before, text: after, undo };
  // Unicode Vietnamese in a font still named .VnTime (a template's Normal style): as it is.
  if (asTyped) {
    undo();
    return { kind: 'unicode' };
  }
  refuse(file, before, after, 'TCVN3 (ABC)');
}

/** A paragraph converted: its text as typed (as document.xml holds it) and in Unicode. */
export interface ConvertedParagraph {
  before: string;
  after: string;
}

/**
 * Every paragraph of the body converted; those that were, as typed and converted. A paragraph
 * that reads either way is converted when another is surely TCVN3 and none surely Unicode.
 */
export function convertLegacyText(
  document: DocNode,
  file: string,
  fonts: StyleFonts,
): ConvertedParagraph[] {
  const outcomes: Outcome[] = [];
  const walk = (node: DocNode) => {
    if (node.type === 'paragraph') outcomes.push(convertParagraph(node, file, fonts));
    for (const child of node.children ?? []) walk(child);
  };
  walk(document);
  const legacyDocument =
    outcomes.some((o) => o.kind === 'sure') && !outcomes.some((o) => o.kind === 'unicode');
  const converted: ConvertedParagraph[] = [];
  for (const o of outcomes) {
    if (o.kind === 'sure' || (o.kind === 'either' && legacyDocument))
      converted.push({ before: o.before, after: o.text });
    else if (o.kind === 'either') o.undo();
  }
  return converted;
}

/** The warning for the converted paragraphs (numbered as the import numbers them). */
export function convertedWarning(paragraphs: readonly number[], count: number): Message {
  return paragraphs.length > 0
    ? msg`${count} paragraph(s) typed with a TCVN3 (ABC) font (.VnTime, .VnTimeH) were converted to Unicode: paragraphs ${paragraphs.join(', ')}; check them on the proof`
    : msg`${count} paragraph(s) typed with a TCVN3 (ABC) font (.VnTime, .VnTimeH) were converted to Unicode; check them on the proof`;
}
