/**
 * CLI: mistakes in the command line itself (an unknown command or option, a bad or missing
 * value). They stop the program before any work with exit code 2 and two lines: `error:` naming
 * what was typed and what is accepted (with "did you mean" when a known word is close), and
 * `hint:` pointing at the help. Values are checked in option-values.ts; this module words what
 * yargs itself finds, and adds two checks yargs does not make.
 */
import { joined, type Message, msg, say, verbatim } from '../messages/message.js';
import { nearest } from './suggest.js';

/**
 * Each UsageError's message by its English form: yargs passes an option's coerce error on as a
 * YError that keeps only the English text, from which the message is found again.
 */
const SAID = new Map<string, Message>();

/** `message` is the English form; `text` and `hint` are said in the CLI's language. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    readonly text: Message,
    readonly hint?: Message,
  ) {
    super(say(text, 'en'));
    SAID.set(this.message, text);
  }
}

/** `--out is given 2 times ("a", "b"); give it once` */
export function givenMoreThanOnce(option: string, values: readonly unknown[]): Message {
  const shown = values.map((v) => `"${String(v)}"`).join(', ');
  return msg`--${option} is given ${values.length} times (${shown}); give it once`;
}

/**
 * The mistake of an option given more than once, with a hint: the groups file's says how a
 * merged ward's several old-ward lists become the one list the tool reads (qa28 m1).
 */
export function givenMoreThanOnceError(option: string, values: readonly unknown[]): UsageError {
  return new UsageError(
    givenMoreThanOnce(option, values),
    option === 'groups'
      ? msg`The groups are one file. For a ward made of several old wards, copy their lists into one Excel workbook, one sheet per old ward named after it ("Tân Bình cũ"); or into one table with a column "Phường cũ" giving each group's old ward.`
      : undefined,
  );
}

/** What a failure is worded against: the words the user could have meant. */
export interface UsageContext {
  /** The raw arguments, as typed. */
  argv: readonly string[];
  /** Every command's name. */
  commands: readonly string[];
  /** The options of the command that was running, with their aliases (no dashes), when known. */
  options: string[];
}

/** The command the user named, if any: the first argument that is one. */
function commandOf(ctx: UsageContext): string | undefined {
  return ctx.argv.find((a) => ctx.commands.includes(a));
}

const commandsHint = (ctx: UsageContext) =>
  msg`The commands are ${ctx.commands.join(', ')}; "phuong-print --help" describes them.`;

function helpHint(ctx: UsageContext): Message {
  const command = commandOf(ctx);
  return command
    ? msg`"phuong-print ${command} --help" lists its options and the values they take.`
    : commandsHint(ctx);
}

/** The option names typed (`--name`, `--name=x`, `--no-name`, `-n`), up to a bare `--`. */
function typedOptions(argv: readonly string[]): string[] {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).flatMap((a) => {
    const name = /^--?([^=-][^=]*)/.exec(a)?.[1];
    return name && !/^\d/.test(name) ? [name] : [];
  });
}

/** `-x` for a one-letter option, `--name` otherwise. */
const dashed = (name: string) => (name.length === 1 ? `-${name}` : `--${name}`);

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Options typed that the running command does not know (a misspelt one is often the cause). */
function unknownTyped(ctx: UsageContext): string[] {
  if (ctx.options.length === 0) return [];
  const known = new Set(ctx.options.flatMap((o) => [o, camel(o)]));
  return typedOptions(ctx.argv).filter(
    (name) => !known.has(name) && !(name.startsWith('no-') && known.has(name.slice(3))),
  );
}

/** Was `name` typed as an option rather than as a plain word? */
function typedAsOption(name: string, argv: readonly string[]): boolean {
  const typed = typedOptions(argv);
  return typed.includes(name) || typed.map(camel).includes(name);
}

/** "Unknown arguments: colour, x" → one sentence with the nearest known option or command. */
function unknownArguments(names: readonly string[], ctx: UsageContext): Message {
  const parts = names.map((name) => {
    if (typedAsOption(name, ctx.argv)) {
      const guess = nearest(name, ctx.options);
      return guess
        ? msg`unknown option ${dashed(name)} (did you mean ${dashed(guess)}?)`
        : msg`unknown option ${dashed(name)}`;
    }
    const guess = commandOf(ctx) ? undefined : nearest(name, ctx.commands);
    return guess
      ? msg`unexpected argument "${name}" (did you mean the command ${guess}?)`
      : msg`unexpected argument "${name}"`;
  });
  return joined(parts, '; ');
}

/** yargs' failure message (or a value error's) → the UsageError to print. */
export function explainFailure(message: string, ctx: UsageContext): UsageError {
  const hint = helpHint(ctx);
  const unknown = /^Unknown arguments?: (.*)$/s.exec(message);
  if (unknown?.[1]) return new UsageError(unknownArguments(unknown[1].split(', '), ctx), hint);
  const command = /^Unknown command: (.*)$/s.exec(message)?.[1];
  const didYouMean = /^Did you mean (.*)\?$/s.exec(message)?.[1];
  if (command !== undefined || didYouMean !== undefined) {
    const typed = command ?? ctx.argv.find((a) => !a.startsWith('-')) ?? '';
    const guess = didYouMean ?? nearest(typed, ctx.commands);
    return new UsageError(
      guess
        ? msg`unknown command "${typed}" (did you mean ${guess}?)`
        : msg`unknown command "${typed}"`,
      commandsHint(ctx),
    );
  }
  // "Missing required argument: campaign" when `--campain` was typed: the typo is the news.
  const typos = unknownTyped(ctx);
  if (typos.length > 0) return new UsageError(unknownArguments(typos, ctx), hint);
  const missing = /^Missing required arguments?: (.*)$/s.exec(message)?.[1];
  if (missing) {
    const names = missing.split(', ').map(dashed);
    return new UsageError(
      names.length > 1
        ? msg`missing required options ${names.join(', ')}`
        : msg`missing required option ${names.join(', ')}`,
      hint,
    );
  }
  const few = /^Not enough non-option arguments: (.*)$/s.exec(message)?.[1];
  if (few !== undefined) {
    const counts = /^got (\d+), need at least (\d+)$/.exec(few);
    return commandOf(ctx)
      ? new UsageError(
          counts
            ? msg`not enough arguments: got ${counts[1] ?? ''}, need at least ${counts[2] ?? ''}`
            : msg`not enough arguments: ${few}`,
          hint,
        )
      : new UsageError(msg`name a command: ${ctx.commands.join(', ')}`, hint);
  }
  const many = /^Too many non-option arguments: got (\d+), maximum of (\d+)$/s.exec(message);
  if (many) {
    return new UsageError(
      msg`too many arguments: got ${many[1] ?? ''}, at most ${many[2] ?? ''}`,
      hint,
    );
  }
  const following = /^Not enough arguments following: (.*)$/s.exec(message)?.[1];
  if (following !== undefined) return new UsageError(msg`${dashed(following)} needs a value`, hint);
  // One of ours (an option's value, refused in option-values.ts), or a yargs message not worded
  // above: said as yargs wrote it (English).
  return new UsageError(SAID.get(message) ?? verbatim(message), hint);
}

/** What the checks below read of yargs' option table (yargs hands it to middleware). */
export interface OptionTable {
  getOptions(): {
    key: Record<string, unknown>;
    alias: Record<string, string[]>;
    array: string[];
    string: string[];
  };
}

/** The options the running command knows, with their aliases, for "did you mean". */
export function knownOptions(y: OptionTable): string[] {
  const table = y.getOptions();
  return [...Object.keys(table.key), ...Object.values(table.alias).flat()];
}

/**
 * Two mistakes yargs lets through: an option that takes one value given twice (yargs makes an
 * array that no command expects) and a text option given without its value (`--out` at the end
 * of the line, read as "").
 */
export function checkGivenOnce(argv: Record<string, unknown>, y: OptionTable): void {
  const table = y.getOptions();
  for (const name of Object.keys(table.key)) {
    const value = argv[name];
    if (Array.isArray(value) && !table.array.includes(name)) {
      throw givenMoreThanOnceError(name, value);
    }
    if (value === '' && table.string.includes(name)) {
      throw new UsageError(msg`--${name} needs a value`);
    }
  }
}
