/**
 * The one error type for mistakes a user can fix (bad data, bad template, missing glyph).
 * Every stage throws it with where the problem is, so the CLI can print `error:` and `hint:`
 * without a stack trace, and the server can answer 4xx. Anything else is a bug.
 */

import type { GroupTerm } from './messages/group-term-forms.js';
import { joined, type Lang, type Message, msg, say } from './messages/message.js';

export interface Where {
  /** File the problem is in (as the user named it). */
  file?: string;
  /**
   * The workbook's sheet the row is on, when a file's list is read from several sheets (one per
   * old ward of a merged ward: load/groups/sheet-parts.ts): their row numbers repeat.
   */
  sheet?: string;
  /** 1-based data row (CSV/XLSX) or line (YAML, template). */
  row?: number;
  line?: number;
  /** Column header, YAML path or template variable. */
  field?: string;
}

/**
 * `warnings` with those that name a row in the file's row order (qa29: "Dòng 7…, Dòng 4…, Dòng
 * 3…" came by kind of problem), each file's and sheet's rows together in the order they first
 * come; the others keep their places, and warnings of one row keep their order.
 */
export function inRowOrder<T extends { where: Where }>(warnings: readonly T[]): T[] {
  const slots = warnings.flatMap((w, i) => (w.where.row === undefined ? [] : [i]));
  const parts: string[] = [];
  const partOf = (w: T) => {
    const part = `${w.where.file ?? ''}\u0000${w.where.sheet ?? ''}`;
    if (!parts.includes(part)) parts.push(part);
    return parts.indexOf(part);
  };
  const rowed = slots.map((i) => ({ w: warnings[i] as T, part: partOf(warnings[i] as T) }));
  rowed.sort((a, b) => a.part - b.part || (a.w.where.row ?? 0) - (b.w.where.row ?? 0));
  const ordered = [...warnings];
  slots.forEach((slot, k) => {
    ordered[slot] = (rowed[k] as { w: T }).w;
  });
  return ordered;
}

/**
 * `message` and `hint` are the English forms (logs, tests); `text` and `hintText` are the
 * messages themselves, said in the reader's language with `say` / `hintIn` / `describe(lang)`.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  readonly hint?: string;
  constructor(
    readonly text: Message,
    readonly where: Where = {},
    readonly hintText?: Message,
  ) {
    super(say(text, 'en'));
    if (hintText) this.hint = say(hintText, 'en');
  }

  /** The message alone, in `lang` (`term`: the ward's word for its groups, when known). */
  say(lang: Lang, term?: GroupTerm): string {
    return say(this.text, lang, term);
  }

  hintIn(lang: Lang, term?: GroupTerm): string | undefined {
    return this.hintText && say(this.hintText, lang, term);
  }

  /** `file, row 3, field "Tên tổ dân phố": message` — the form the CLI prints. */
  describe(lang: Lang = 'en', term?: GroupTerm): string {
    const where = describeWhere(this.where, lang);
    return where ? `${where}: ${this.say(lang, term)}` : this.say(lang, term);
  }
}

/**
 * A row of the groups file as a message names it: "row 5", or "sheet "Xã Tân An", row 5" when the
 * list was read from several sheets, whose row numbers repeat.
 */
export function rowOf(at: RowAt): Message {
  return at.sheet === undefined ? msg`row ${at.row}` : msg`row ${at.row} on sheet "${at.sheet}"`;
}

/** A row of the groups file: its number, and its sheet when the list was read from several. */
export interface RowAt {
  row: number;
  sheet?: string;
}

/**
 * Rows listed in a message, each with what it says ("5: Tổ 1; 7: Tổ 3", "5 on sheet "Xã Tân
 * An": Thôn 1"); "…" after them when `more` were left out.
 */
export function rowsListed(rows: readonly { at: RowAt; text: string }[], more: boolean): Message {
  const items = rows.map(({ at, text }) =>
    at.sheet === undefined ? `${at.row}: ${text}` : msg`${at.row} on sheet "${at.sheet}": ${text}`,
  );
  return more ? msg`${joined(items, '; ')}…` : joined(items, '; ');
}

/**
 * `file, row 3, field "Tên tổ dân phố"` in `lang` ("" when nothing is known). `inTable`: the
 * field is a column of a table (said "cột" in Vietnamese) — by default when a row is known.
 */
export function describeWhere(where: Where, lang: Lang, inTable = where.row !== undefined): string {
  const parts: string[] = [];
  if (where.file) parts.push(where.file);
  if (where.sheet !== undefined) parts.push(say(msg`sheet "${where.sheet}"`, lang));
  if (where.row !== undefined) parts.push(say(msg`row ${where.row}`, lang));
  if (where.line !== undefined) parts.push(say(msg`line ${where.line}`, lang));
  if (where.field) parts.push(say(fieldWord(where.field, inTable, lang), lang));
  return parts.join(', ');
}

/**
 * An option of the command line is named as one; otherwise English says `field "x"`, Vietnamese
 * names a column of a table (a row is known) or a field of the campaign.
 */
function fieldWord(field: string, inTable: boolean, lang: Lang): Message {
  // An option of the command line is one in English too, not a 'field "--host"' (qa38 m3).
  if (field.startsWith('--')) return msg`option ${field}`;
  if (lang === 'en') return msg`field "${field}"`;
  if (inTable) return msg`column "${field}"`;
  // A list's entry counted as the office counts, from 1: "mục thứ 3 của “actions”, “step”",
  // not "actions.2.step" (qa7 L5).
  const entry = /^(.+?)\.(\d+)(?:\.(.+))?$/.exec(field);
  if (entry?.[1] && entry[2]) {
    const [, list, index, rest] = entry;
    const n = Number(index) + 1;
    return rest
      ? msg`entry ${n} of field "${list}", "${rest}"`
      : msg`entry ${n} of field "${list}"`;
  }
  return msg`field "${field}"`;
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}

/**
 * Several problems found in one pass (every bad URL of a campaign, every template error). It is a
 * UserError for the commands that print one problem; `check` lists them all (`problemsOf`).
 */
export class UserErrors extends UserError {
  constructor(readonly all: readonly [UserError, ...UserError[]]) {
    const [first] = all;
    const text =
      all.length > 1
        ? msg`${first.text} (and ${all.length - 1} more: run "phuong-print check")`
        : first.text;
    super(text, first.where, first.hintText);
  }
}

/** The problems an error stands for: itself, or each one of a UserErrors. */
export function problemsOf(e: UserError): readonly UserError[] {
  return e instanceof UserErrors ? e.all : [e];
}

/** Warnings of the round an error stopped (a field converted beside one refused), by error. */
const ALONG = new WeakMap<UserError, readonly UserError[]>();

/** Throws `problems` as one error, if any; `along` are the same round's warnings, said with them. */
export function throwProblems(
  problems: readonly UserError[],
  along: readonly UserError[] = [],
): void {
  const e = problemsError(problems, along);
  if (e) throw e;
}

/** What throwProblems throws, to hand on without throwing: undefined when there is no problem. */
export function problemsError(
  problems: readonly UserError[],
  along: readonly UserError[] = [],
): UserError | undefined {
  const [first, ...rest] = problems;
  if (!first) return undefined;
  const e = rest.length ? new UserErrors([first, ...rest]) : first;
  if (along.length) ALONG.set(e, along);
  return e;
}

/** The warnings of the round `e` stopped, which the CLI says after its errors. */
export const warningsAlong = (e: UserError): readonly UserError[] => ALONG.get(e) ?? [];

/** A UserError as plain data: what crosses from a worker thread (its class does not). */
export interface UserErrorData {
  message: string;
  where: Where;
  hint?: string;
  /** The messages themselves (plain data), said in the reader's language on the other side. */
  text: Message;
  hintText?: Message;
  /** A UserErrors' problems. */
  all?: UserErrorData[];
}

export function userErrorData(e: UserError): UserErrorData {
  const data: UserErrorData = {
    message: e.message,
    where: e.where,
    hint: e.hint,
    text: e.text,
    hintText: e.hintText,
  };
  if (e instanceof UserErrors) data.all = e.all.map(userErrorData);
  return data;
}

/** The UserError (or UserErrors) that `data` was made from. */
export function userErrorFrom(data: UserErrorData): UserError {
  const [first, ...rest] = (data.all ?? []).map(userErrorFrom);
  return first
    ? new UserErrors([first, ...rest])
    : new UserError(data.text, data.where, data.hintText);
}
