/**
 * Load stage, Word import: a notice typed with a pre-Unicode font (TCVN3 "ABC" .VnTime/.VnTimeH,
 * or VNI-Times) → Unicode, on mammoth's document tree before it becomes HTML. In: the tree (its
 * runs carry their font's name). Out: the tree with TCVN3 text converted, and the converted
 * paragraphs' texts for one warning; or a UserError, with how to convert the file in Unikey,
 * when a paragraph cannot be converted with certainty. The tables and the detection are the
 * groups loader's (load/groups/legacy-fonts.ts).
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
  readsAsVietnamese,
  tcvn3Font,
} from '../groups/legacy-fonts.js';

export interface DocNode {
  type?: string;
  value?: string;
  font?: string | null;
  styleName?: string | null;
  numbering?: unknown;
  alignment?: string | null;
  children?: DocNode[];
}

export const UNIKEY_DOCX_HINT = msg`Open the document in Word, select all (Ctrl+A) and copy; in Unikey › "Công cụ…" (Ctrl+Shift+F6) choose Nguồn "TCVN3 (ABC)" (or "VNI Windows"), Đích "Unicode", click "Chuyển mã"; paste back, set the font to Times New Roman, save and import again.`;

/** The text nodes of a paragraph, each with the font of its run. */
function textsOf(
  node: DocNode,
  font: string | null | undefined,
  out: { node: DocNode; font: string | null | undefined }[],
): void {
  if (node.type === 'text') out.push({ node, font });
  if (node.type === 'paragraph' || node.type === 'table') return;
  for (const child of node.children ?? [])
    textsOf(child, node.type === 'run' ? node.font : font, out);
}

const plain = (texts: { node: DocNode }[]) => texts.map((t) => t.node.value ?? '').join('');

function refuse(file: string, text: string, unicode: string, font: string): never {
  const shown = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);
  throw new UserError(
    msg`the document has text typed with a ${font} font, not in Unicode, that cannot be converted with certainty ("${shown(text)}" would print as "${shown(unicode)}")`,
    { file },
    UNIKEY_DOCX_HINT,
  );
}

/** Converts one paragraph in place; its text afterwards when anything was converted. */
function convertParagraph(paragraph: DocNode, file: string): string | undefined {
  const texts: { node: DocNode; font: string | null | undefined }[] = [];
  for (const child of paragraph.children ?? []) textsOf(child, undefined, texts);
  const before = plain(texts);
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
  if (!changed) return undefined;
  const after = plain(texts);
  if (!readsAsVietnamese(after)) refuse(file, before, after, 'TCVN3 (ABC)');
  return after;
}

/** Every paragraph of the body converted; the texts of those that were. */
export function convertLegacyText(document: DocNode, file: string): string[] {
  const converted: string[] = [];
  const walk = (node: DocNode) => {
    if (node.type === 'paragraph') {
      const text = convertParagraph(node, file);
      if (text !== undefined) converted.push(text);
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(document);
  return converted;
}

/** The warning for the converted paragraphs (numbered as the import numbers them). */
export function convertedWarning(paragraphs: readonly number[], count: number): Message {
  return paragraphs.length > 0
    ? msg`${count} paragraph(s) typed with a TCVN3 (ABC) font (.VnTime, .VnTimeH) were converted to Unicode: paragraphs ${paragraphs.join(', ')}; check them on the proof`
    : msg`${count} paragraph(s) typed with a TCVN3 (ABC) font (.VnTime, .VnTimeH) were converted to Unicode; check them on the proof`;
}
