/**
 * Load stage, Word import: where each guess came from and what could not be read, so that a
 * reviewer sees both beside the campaign it made.
 */
import type { Para } from './html-items.js';

/** A paragraph of the document, by number and text. */
export interface Source {
  paragraph: number;
  text: string;
}

/** A field's value as read from the document. */
export interface Guess {
  /** The campaign field, e.g. "notice.number". */
  field: string;
  value: string;
  from: Source[];
  /** How it was read, when that is itself a guess (e.g. "the bold lines are the issuer"). */
  how?: string;
}

/** Something of the document that is not in the campaign as it was, or a field not found. */
export interface ImportWarning {
  paragraph?: number;
  text?: string;
  message: string;
}

const SHOWN = 80;

export function sourceOf(para: Para, text = para.text): Source {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return {
    paragraph: para.index,
    text: oneLine.length > SHOWN ? `${oneLine.slice(0, SHOWN - 1)}…` : oneLine,
  };
}

export function warningAt(para: Para, message: string, text = para.text): ImportWarning {
  return { ...sourceOf(para, text), message };
}

/** "paragraph 3 ("Số: 05/UBND-VHXH")", or "paragraphs 3, 4 (…)". */
export function describeSources(from: readonly Source[]): string {
  if (from.length === 0) return 'not in the document';
  const numbers = from.map((s) => s.paragraph).join(', ');
  const first = from[0] as Source;
  return `paragraph${from.length > 1 ? 's' : ''} ${numbers} ("${first.text}")`;
}

export function describeWarning(w: ImportWarning): string {
  if (w.paragraph === undefined) return w.message;
  return `paragraph ${w.paragraph}${w.text ? ` ("${w.text}")` : ''}: ${w.message}`;
}
