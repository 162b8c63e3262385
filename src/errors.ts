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

/**
 * What the machine refused (a port in use, a folder that cannot be written, a full disk), worded
 * for the user: one sentence naming the path or port, and what to do. Node's system errors carry
 * `code`, `syscall`, `path` and `port`; an error that crossed from a worker thread keeps only its
 * message (`EACCES: permission denied, open '/x/y.pdf'`), so the code and path are read from it.
 * Anything else (a bug) gives undefined.
 */
export function systemErrorOf(e: unknown): UserError | undefined {
  if (!(e instanceof Error)) return undefined;
  const err = e as NodeJS.ErrnoException & { address?: string; port?: number };
  const fromMessage = /^(E[A-Z]+): [^,]*, (\w+) '([^']*)'/.exec(err.message);
  const code = err.code ?? fromMessage?.[1];
  const path = err.path ?? fromMessage?.[3];
  const syscall = err.syscall ?? fromMessage?.[2];
  const wordOf = SYSTEM_ERRORS[code ?? ''];
  if (!wordOf) return undefined;
  const worded = wordOf({ path, syscall, address: err.address, port: err.port });
  return worded && new UserError(worded.message, path ? { file: path } : {}, worded.hint);
}

interface SystemErrorFacts {
  path?: string;
  syscall?: string;
  address?: string;
  port?: number;
}

type Worded = { message: string; hint: string } | undefined;

const OUT_HINT = 'Choose an output folder this user can write to (--out), or fix its permissions.';
const IN_THE_WAY_HINT =
  'A file stands where the output needs a folder (or the other way round): choose another --out, or move it away.';

function listenFailure(f: SystemErrorFacts, problem: string, hint: string): Worded {
  const where = `${f.address ?? 'the address'}${f.port !== undefined ? ` port ${f.port}` : ''}`;
  return { message: `cannot listen on ${where}: ${problem}`, hint };
}

const SYSTEM_ERRORS: Record<string, (f: SystemErrorFacts) => Worded> = {
  EADDRINUSE: (f) =>
    listenFailure(
      f,
      'another program is already using it',
      'Stop the other server (or an earlier phuong-print serve), or choose another --port.',
    ),
  EADDRNOTAVAIL: (f) =>
    listenFailure(
      f,
      'the address is not one of this machine’s',
      'Give --host an address of this machine, e.g. 127.0.0.1 or 0.0.0.0 (every address).',
    ),
  EACCES: (f) => denied(f),
  EPERM: (f) => denied(f),
  EROFS: () => ({ message: 'the disk is read-only', hint: OUT_HINT }),
  ENOTDIR: () => ({ message: 'a part of the path is a file, not a folder', hint: IN_THE_WAY_HINT }),
  EEXIST: (f) =>
    f.syscall === 'mkdir'
      ? { message: 'a file stands where a folder should be made', hint: IN_THE_WAY_HINT }
      : undefined,
  EISDIR: () => ({ message: 'a folder stands where a file should be', hint: IN_THE_WAY_HINT }),
  EBUSY: () => ({
    message: 'the file is in use by another program',
    hint: 'Close it (a PDF viewer or Excel may hold it open) and run the command again.',
  }),
  ENOSPC: () => ({
    message: 'the disk is full',
    hint: 'Free some space, or choose an output folder on another disk (--out).',
  }),
  EDQUOT: () => ({
    message: "the user's disk quota is used up",
    hint: 'Free some space, or choose an output folder on another disk (--out).',
  }),
  EMFILE: () => ({
    message: 'too many files are open at once',
    hint: 'Raise the limit (ulimit -n 4096) or build with fewer --jobs.',
  }),
};

function denied(f: SystemErrorFacts): Worded {
  if (f.syscall === 'listen' || f.syscall === 'bind') {
    return listenFailure(
      f,
      'permission denied',
      'Ports below 1024 need administrator rights: choose --port 8080 or another above 1023.',
    );
  }
  return { message: 'permission denied', hint: OUT_HINT };
}
