/**
 * The edit form's three-way merge after a refused save (qa45 F3): the form carries the values it
 * was made from (`_base`); a save refused because campaign.yaml changed meanwhile answers a form
 * holding the file's current value for every field this clerk did not change, and the clerk's
 * own value for every field she did — so pressing Lưu again replaces only what she typed, never
 * the colleague's save (nor a logo uploaded meanwhile). The office's figures form works the same
 * way (routes-results-entry.ts: the page's `base` submission).
 */
import { FIELDS, fieldName } from './campaign-fields.js';

/** The form's values as a hidden field's text (base64url of JSON: no newline or quote to mangle). */
export function encodeFormBase(form: Record<string, string>): string {
  return Buffer.from(JSON.stringify(form), 'utf8').toString('base64url');
}

/** The values a posted `_base` carries, or undefined when it is missing or not the studio's. */
export function decodeFormBase(text: unknown): Record<string, string> | undefined {
  if (typeof text !== 'string' || text === '') return undefined;
  try {
    const data: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
    const entries = Object.entries(data);
    if (!entries.every(([, v]) => typeof v === 'string')) return undefined;
    return Object.fromEntries(entries) as Record<string, string>;
  } catch {
    return undefined;
  }
}

/** A field both saves changed, each its own way: the label, and the colleague's value. */
export interface BothChanged {
  /** The form's field name (campaign-fields.ts fieldName). */
  key: string;
  label: string;
  theirs: string;
  /** The field as both found it (the state the refused form was made from). */
  was: string;
}

export interface MergedForm {
  form: Record<string, string>;
  /** Labels of the fields the other save changed and this clerk did not (now its values). */
  theirs: string[];
  /** Fields both changed: the form keeps this clerk's value. */
  both: BothChanged[];
}

/** A browser sends a textarea's lines with CRLF and may drop a trailing newline: the same text. */
const same = (a: string | undefined, b: string | undefined) =>
  (a ?? '').replace(/\r\n?/g, '\n').trim() === (b ?? '').replace(/\r\n?/g, '\n').trim();

/**
 * `mine` (as posted) merged onto `current` (the file's form now), both made from `base`: a field
 * this clerk left as it was takes the current value; a field she changed keeps hers.
 */
export function mergeForm(
  base: Record<string, string>,
  mine: Record<string, string>,
  current: Record<string, string>,
): MergedForm {
  const form: Record<string, string> = { ...mine };
  const theirs: string[] = [];
  const both: BothChanged[] = [];
  for (const d of FIELDS) {
    const key = fieldName(d);
    const changedByThem = !same(current[key], base[key]);
    if (same(mine[key], base[key])) {
      form[key] = current[key] ?? '';
      if (changedByThem) theirs.push(d.label);
    } else if (changedByThem && !same(current[key], mine[key])) {
      both.push({ key, label: d.label, theirs: current[key] ?? '', was: base[key] ?? '' });
    }
  }
  return { form, theirs, both };
}

/**
 * Fields both saves changed, as a refused form carries them to its next save (qa49 M2): that
 * save must say, for each, whose version to keep ("_pick_<field>": `theirs` or `mine`), and a
 * kept "mine" is recorded as an overwrite of `by`'s change (overwritten.ts).
 */
export interface BothAsked {
  /** The colleague whose save the file was, when known. */
  by?: string;
  /** When that save was (ISO). */
  at: string;
  fields: BothChanged[];
}

export const encodeBothAsked = (asked: BothAsked): string =>
  Buffer.from(JSON.stringify(asked), 'utf8').toString('base64url');

/** A posted `_both`, or undefined when missing or not the studio's. */
export function decodeBothAsked(text: unknown): BothAsked | undefined {
  if (typeof text !== 'string' || text === '') return undefined;
  try {
    const data = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as BothAsked;
    const fine =
      typeof data?.at === 'string' &&
      (data.by === undefined || typeof data.by === 'string') &&
      Array.isArray(data.fields) &&
      data.fields.every((f) =>
        (['key', 'label', 'theirs', 'was'] as const).every((k) => typeof f?.[k] === 'string'),
      );
    return fine ? data : undefined;
  } catch {
    return undefined;
  }
}

/** The field name of the choice asked for a field both changed. */
export const pickName = (key: string) => `_pick_${key}`;
