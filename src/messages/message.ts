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
import { DEFAULT_GROUP_TERM, type GroupTerm, termForms } from './group-term-forms.js';
import { vi } from './vi/index.js';

export type Lang = 'en' | 'vi';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/**
 * A number said as the reader's language writes it: Vietnamese "0,4" and "1.234", English
 * "0.4" and "1,234". A plain number value is said as it is, with a decimal comma in Vietnamese
 * (no grouping: a year, a port or an id is a plain number).
 */
export interface NumberValue {
  readonly number: number;
  /** Digits after the decimal mark, exactly (a duration "0,4 giây"). */
  readonly digits?: number;
  /** Thousands grouped ("12.000 hộ"). */
  readonly grouped?: boolean;
}

export type Value = string | number | NumberValue | Message;

/** A sentence or phrase: its English template and the values that fill it. */
export interface Message {
  readonly key: string;
  readonly values: readonly Value[];
  /** When set, the values said one after the other with this between them (a list). */
  readonly separator?: string;
  /**
   * The ward's word for its groups, when the message is about a campaign whose word is known:
   * the Vietnamese says `{term.short}`, `{term.group}`… (messages/group-term-forms.ts) and gets "khu
   * phố", "thôn"…; without it, "tổ dân phố" ("tổ").
   */
  readonly term?: GroupTerm;
  /**
   * Its Vietnamese, when written beside the English where the phrase is defined rather than in
   * the catalogue: a kind's name, described once in kinds/names.ts (`phrase`).
   */
  readonly vi?: string;
}

/** `n` with exactly `digits` decimals, in the reader's decimal mark. */
export const decimal = (n: number, digits: number): NumberValue => ({ number: n, digits });

/** A count with its thousands grouped ("12.000" in Vietnamese, "12,000" in English). */
export const count = (n: number): NumberValue => ({ number: n, grouped: true });

const LOCALES: Record<Lang, string> = { en: 'en-US', vi: 'vi-VN' };

function sayNumber(v: number | NumberValue, lang: Lang): string {
  if (typeof v === 'number') return lang === 'vi' ? String(v).replace('.', ',') : String(v);
  if (!Number.isFinite(v.number)) return String(v.number);
  return v.number.toLocaleString(LOCALES[lang], {
    useGrouping: v.grouped ?? false,
    minimumFractionDigits: v.digits ?? 0,
    maximumFractionDigits: v.digits ?? 20,
  });
}

const isNumberValue = (v: unknown): v is NumberValue =>
  typeof v === 'object' && v !== null && typeof (v as NumberValue).number === 'number';

const DEFAULT_TERM = termForms(DEFAULT_GROUP_TERM);

/** The message about a campaign whose groups are called `term` (kept by its phrases too). */
export function withTerm(m: Message, term: GroupTerm | undefined): Message {
  return term ? { ...m, term } : m;
}

/** The tag: `msg\`…${value}…\``. */
export function msg(strings: TemplateStringsArray, ...values: Value[]): Message {
  let key = strings[0] ?? '';
  for (let i = 1; i < strings.length; i++) key += `{${i - 1}}${strings[i]}`;
  return { key, values };
}

/**
 * A phrase with both its languages given where it is defined (a kind's name in kinds/names.ts,
 * so that a new kind is named in one place), not looked up in the catalogue.
 */
export function phrase(en: string, vi: string): Message {
  return { key: en, values: [], vi };
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

/**
 * The message in `lang`; English is the template itself, Vietnamese its catalogue entry. `term`:
 * the ward's word for its groups where the message does not carry its own.
 */
export function say(m: Message | Value, lang: Lang, term?: GroupTerm): string {
  if (isNumberValue(m) || typeof m === 'number') return sayNumber(m, lang);
  if (!isMessage(m)) return String(m);
  const words = m.term ?? term;
  if (m.separator !== undefined) return m.values.map((v) => say(v, lang, words)).join(m.separator);
  const template = lang === 'vi' ? (m.vi ?? vi()[m.key] ?? m.key) : m.key;
  return template.replace(
    /\{(\d+)\}|\{term\.(\w+)\}/g,
    (all: string, i: string | undefined, form: string | undefined) => {
      if (form !== undefined) {
        const said = (words ?? DEFAULT_TERM)[form as keyof GroupTerm];
        return typeof said === 'string' ? said : all;
      }
      const v = m.values[Number(i)];
      return v === undefined ? all : say(v, lang, words);
    },
  );
}

/** The same message with each name or number replaced by `f` (e.g. a temporary path). */
export function mapValues(m: Message, f: (v: string | number) => string | number): Message {
  return {
    ...m,
    values: m.values.map((v) => (isMessage(v) ? mapValues(v, f) : isNumberValue(v) ? v : f(v))),
  };
}
