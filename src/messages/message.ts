/**
 * Messages: what the office or a leader reads, written once in English at the place that finds
 * the problem (`msg` tagged template) and said in either language from the catalogue (`say`).
 *
 * `msg\`the id "${id}" is already used by row ${n}\`` keeps the English template as its key
 * (`the id "{0}" is already used by row {1}`) and the values apart, so the Vietnamese catalogue
 * (`vi.ts`) can put them where Vietnamese wants them. A value is a name, a number, or another
 * message (a phrase said in the same language). Messages are plain data: they cross worker
 * threads as they are. `test/messages/catalogue.test.ts` finds every `msg` template in src/ and
 * fails when the catalogue has no Vietnamese for it.
 */
import { VI } from './vi/index.js';

export type Lang = 'en' | 'vi';
export const LANGS: readonly Lang[] = ['vi', 'en'];

export type Value = string | number | Message;

/** A sentence or phrase: its English template and the values that fill it. */
export interface Message {
  readonly key: string;
  readonly values: readonly Value[];
  /** When set, the values said one after the other with this between them (a list). */
  readonly separator?: string;
}

/** The tag: `msg\`…${value}…\``. */
export function msg(strings: TemplateStringsArray, ...values: Value[]): Message {
  let key = strings[0] ?? '';
  for (let i = 1; i < strings.length; i++) key += `{${i - 1}}${strings[i]}`;
  return { key, values };
}

/** Values said in a row with `separator` between them ("a, b, c"). */
export function joined(values: readonly Value[], separator: string): Message {
  return { key: '', values, separator };
}

/** A text that is the same in every language (a name, a library's own words): said as it is. */
export function verbatim(text: string): Message {
  return { key: '{0}', values: [text] };
}

export function isMessage(v: unknown): v is Message {
  return typeof v === 'object' && v !== null && typeof (v as Message).key === 'string';
}

/** The message in `lang`; English is the template itself, Vietnamese its catalogue entry. */
export function say(m: Message | Value, lang: Lang): string {
  if (!isMessage(m)) return String(m);
  if (m.separator !== undefined) return m.values.map((v) => say(v, lang)).join(m.separator);
  const template = lang === 'vi' ? (VI[m.key] ?? m.key) : m.key;
  return template.replace(/\{(\d+)\}/g, (all: string, i: string) => {
    const v = m.values[Number(i)];
    return v === undefined ? all : say(v, lang);
  });
}

/** The same message with each name or number replaced by `f` (e.g. a temporary path). */
export function mapValues(m: Message, f: (v: string | number) => string | number): Message {
  return {
    ...m,
    values: m.values.map((v) => (isMessage(v) ? mapValues(v, f) : f(v))),
  };
}
