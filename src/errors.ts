/**
 * The one error type for mistakes a user can fix (bad data, bad template, missing glyph).
 * Every stage throws it with where the problem is, so the CLI can print `error:` and `hint:`
 * without a stack trace, and the server can answer 4xx. Anything else is a bug.
 */
export interface Where {
  /** File the problem is in (as the user named it). */
  file?: string;
  /** 1-based data row (CSV/XLSX) or line (YAML, template). */
  row?: number;
  line?: number;
  /** Column header, YAML path or template variable. */
  field?: string;
}

export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    readonly where: Where = {},
    readonly hint?: string,
  ) {
    super(message);
  }

  /** `file, row 3, field "Tên tổ dân phố": message` — the form the CLI prints. */
  describe(): string {
    const parts: string[] = [];
    if (this.where.file) parts.push(this.where.file);
    if (this.where.row !== undefined) parts.push(`row ${this.where.row}`);
    if (this.where.line !== undefined) parts.push(`line ${this.where.line}`);
    if (this.where.field) parts.push(`field "${this.where.field}"`);
    return parts.length ? `${parts.join(', ')}: ${this.message}` : this.message;
  }
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
    const more = all.length > 1 ? ` (and ${all.length - 1} more: run "phuong-print check")` : '';
    super(`${first.message}${more}`, first.where, first.hint);
  }
}

/** The problems an error stands for: itself, or each one of a UserErrors. */
export function problemsOf(e: UserError): readonly UserError[] {
  return e instanceof UserErrors ? e.all : [e];
}

/** Throws the problems found, if any: one as itself, several as UserErrors. */
export function throwProblems(problems: readonly UserError[]): void {
  const [first, ...rest] = problems;
  if (!first) return;
  throw rest.length ? new UserErrors([first, ...rest]) : first;
}

/** A UserError as plain data: what crosses from a worker thread (its class does not). */
export interface UserErrorData {
  message: string;
  where: Where;
  hint?: string;
  /** A UserErrors' problems. */
  all?: UserErrorData[];
}

export function userErrorData(e: UserError): UserErrorData {
  const data: UserErrorData = { message: e.message, where: e.where, hint: e.hint };
  if (e instanceof UserErrors) data.all = e.all.map(userErrorData);
  return data;
}

/** The UserError (or UserErrors) that `data` was made from. */
export function userErrorFrom(data: UserErrorData): UserError {
  const [first, ...rest] = (data.all ?? []).map(userErrorFrom);
  return first
    ? new UserErrors([first, ...rest])
    : new UserError(data.message, data.where, data.hint);
}
