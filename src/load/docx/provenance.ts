/**
 * Load stage, Word import: where each guess came from and what could not be read, so that a
 * reviewer sees both beside the campaign it made.
 */

import { type Lang, type Message, msg, say } from '../../messages/message.js';
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
  /** The text read; or, where the value is summed up rather than quoted, a phrase (a message). */
  value: string | Message;
  from: Source[];
  /** How it was read, when that is itself a guess (e.g. "the bold lines are the issuer"). */
  how?: Message;
}

/** Something of the document that is not in the campaign as it was, or a field not found. */
export interface ImportWarning {
  paragraph?: number;
  text?: string;
  /** English, as the CLI's English and the tests read it; `said` says it in either language. */
  message: string;
  said: Message;
}

/** A warning (at a paragraph, when it has one). */
export function importWarning(said: Message, at?: Source): ImportWarning {
  return { ...at, message: say(said, 'en'), said };
}

const SHOWN = 80;

export function sourceOf(para: Para, text = para.text): Source {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return {
    paragraph: para.index,
    text: oneLine.length > SHOWN ? `${oneLine.slice(0, SHOWN - 1)}…` : oneLine,
  };
}

export function warningAt(para: Para, message: Message, text = para.text): ImportWarning {
  return importWarning(message, sourceOf(para, text));
}

/** "paragraph 3 ("Số: 05/UBND-VHXH")", or "paragraphs 3, 4 (…)". */
export function sourcesIn(from: readonly Source[], lang: Lang): string {
  const first = from[0];
  if (!first) return say(msg`not in the document`, lang);
  // A paragraph read twice (a "V/v" broken with Shift+Enter) is named once (qa33 m6).
  const paragraphs = [...new Set(from.map((s) => s.paragraph))];
  const numbers = paragraphs.join(', ');
  return say(
    paragraphs.length > 1
      ? msg`paragraphs ${numbers} ("${first.text}")`
      : msg`paragraph ${numbers} ("${first.text}")`,
    lang,
  );
}

export function describeSources(from: readonly Source[]): string {
  return sourcesIn(from, 'en');
}

/** "paragraph 3 ("…"): what is wrong", in `lang`. */
export function warningIn(w: ImportWarning, lang: Lang): string {
  if (w.paragraph === undefined) return say(w.said, lang);
  return say(
    w.text
      ? msg`paragraph ${w.paragraph} ("${w.text}"): ${w.said}`
      : msg`paragraph ${w.paragraph}: ${w.said}`,
    lang,
  );
}

export function describeWarning(w: ImportWarning): string {
  return warningIn(w, 'en');
}
