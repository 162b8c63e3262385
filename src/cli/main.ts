/**
 * CLI: the program's entry. One file per command; this one lists them and wires them into yargs,
 * and turns what went wrong into the lines a user reads, without a stack trace:
 * - a command-line mistake (usage.ts, option-values.ts): `error:` / `hint:`, exit code 2;
 * - a UserError, or a system error of the machine (a busy port, a full disk): exit code 1;
 * - anything else is a bug: `internal error:` with the stack, exit code 70.
 *
 * A command's module (and everything it imports: pdfkit, sharp, Fastify…) loads only when that
 * command runs, so `--version` and `--help` start in a fraction of the time; both are answered
 * before yargs loads (quick.ts, which the launcher also runs without this module; help.ts;
 * `npm run bench:startup`).
 */
import { readFileSync } from 'node:fs';
import type { ArgumentsCamelCase, Argv } from 'yargs';
import { isUserError } from '../errors.js';
import { langArgument, languageOf } from '../messages/language.js';
import { LANGS, msg } from '../messages/message.js';
import { type WardToday, wardDay } from '../ward-time.js';
import { cliLanguage, setCliLanguage, t } from './language.js';
import { printUserError } from './print-error.js';
import {
  COMMAND_INFO,
  type CommandInfo,
  EXAMPLE_COMMAND,
  EXAMPLE_DESCRIBE,
  LANG_DESCRIBE,
  USAGE,
  VI_HELP,
} from './program.js';
import { quickAnswer } from './quick.js';
import { reportStdoutFailures } from './stdout-failure.js';
import {
  checkGivenOnce,
  explainFailure,
  knownOptions,
  type OptionTable,
  type UsageContext,
  UsageError,
} from './usage.js';
import { skipHelpLayout, type YargsInternals } from './yargs-internals.js';

/** What a command's file exports as `command`: its options and what it does. */
export interface CommandParts<A> {
  /** Declares the options (returns the yargs chain). */
  builder(y: Argv): unknown;
  handler(args: ArgumentsCamelCase<A>, run: RunContext): Promise<void>;
}

/**
 * What a command takes from its caller besides its arguments: the clock of the ward's days its
 * checks judge a deadline by (a real run's is `wardDay`; a test's, in its process, a fixed day).
 */
export interface RunContext {
  today: WardToday;
}

interface CommandEntry extends CommandInfo {
  load: () => Promise<CommandParts<unknown>>;
}

const COMMANDS: readonly CommandEntry[] = [
  { ...COMMAND_INFO.build, load: () => import('./build.js').then((m) => m.command) },
  { ...COMMAND_INFO.check, load: () => import('./check.js').then((m) => m.command) },
  {
    ...COMMAND_INFO['merge-manifests'],
    load: () => import('./merge-manifests.js').then((m) => m.command),
  },
  { ...COMMAND_INFO.serve, load: () => import('./serve.js').then((m) => m.command) },
  { ...COMMAND_INFO.report, load: () => import('./report.js').then((m) => m.command) },
  { ...COMMAND_INFO.backup, load: () => import('./backup.js').then((m) => m.command) },
  { ...COMMAND_INFO.restore, load: () => import('./restore.js').then((m) => m.command) },
  { ...COMMAND_INFO.links, load: () => import('./links.js').then((m) => m.command) },
  {
    ...COMMAND_INFO['import-docx'],
    load: () => import('./import-docx.js').then((m) => m.command),
  },
  { ...COMMAND_INFO.studio, load: () => import('./studio.js').then((m) => m.command) },
];

/**
 * This package's version. yargs would look for the package.json above the working directory's
 * node_modules, which is the user's project when phuong-print is installed as a dependency.
 */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return String(pkg.version);
}

const COMMAND_NAMES = COMMANDS.map((c) => c.command.split(' ')[0] as string);

/** yargs' command, its module loaded when the command runs (or its help is asked for). */
function lazyCommand(entry: CommandEntry, context: RunContext) {
  return {
    command: entry.command,
    describe: t(entry.describe),
    builder: async (y: Argv) => (await entry.load()).builder(y) as Argv,
    handler: async (args: ArgumentsCamelCase<unknown>) =>
      (await entry.load()).handler(args, context),
  };
}

/** --lang's value (its default is worked out before yargs runs: messages/language.ts). */
function langValue(value: unknown): string {
  const text = String(value).trim().toLowerCase();
  if ((LANGS as readonly string[]).includes(text)) return text;
  throw new UsageError(
    msg`--${'lang'}: "${String(value)}" is not ${msg`one of ${LANGS.join(', ')}`}`,
  );
}

/** yargs' help headings as they are (the keys of VI_HELP). */
const ENGLISH_HELP = Object.fromEntries(Object.keys(VI_HELP).map((k) => [k, k]));

async function run(argv: string[], failures: UsageContext, context: RunContext): Promise<void> {
  const { default: yargs } = await import('yargs');
  let y = yargs(argv)
    .scriptName('phuong-print')
    // Values reach option-values.ts as typed: "1e3" or "0x1F" is not a whole number to a user.
    .parserConfiguration({ 'parse-numbers': false })
    // yargs' failure messages stay English, whatever $LANG says: usage.ts reads them and says
    // them again in the run's language. Its help headings follow the run's language; in English
    // they are set back to themselves, since yargs keeps its strings for the whole process (the
    // tests run main more than once in one).
    .locale('en')
    .updateStrings(cliLanguage() === 'vi' ? VI_HELP : ENGLISH_HELP)
    .option('lang', {
      type: 'string',
      describe: t(LANG_DESCRIBE),
      global: true,
      coerce: langValue,
    })
    .usage(
      // ASCII only in English: the first non-ASCII text yargs measures (string-width) loads the
      // Unicode segmentation data, ~10 % of `--help`'s time (npm run bench:startup).
      t(USAGE),
    );
  for (const entry of COMMANDS) y = y.command(lazyCommand(entry, context));
  await y
    .example(EXAMPLE_COMMAND, t(EXAMPLE_DESCRIBE))
    .demandCommand(1)
    .strict()
    .recommendCommands()
    // Before validation, so that a failure can name the running command's options. yargs hands
    // middleware its instance as a second argument, which @types/yargs does not declare.
    .middleware((args, table?: OptionTable & Partial<YargsInternals>) => {
      if (!table) return;
      failures.options = knownOptions(table);
      checkGivenOnce(args, table);
      skipHelpLayout(table);
    }, true)
    .help()
    .alias('h', 'help')
    .version(version())
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((msg, err) => {
      // An error a command's handler threw is not a usage mistake: main's catch reports it.
      if (err && !isUsageFailure(err)) throw err;
      // A mistake a command found and worded whole (an option conflict): said as it is.
      if (err instanceof UsageError && err.hint) throw err;
      // Throw, not return: after a callback that returns, yargs goes on to run the command.
      throw explainFailure(err?.message ?? msg, failures);
    })
    .parseAsync();
}

/** yargs' own errors (YError: a value refused by an option's coerce) and ours. */
function isUsageFailure(e: unknown): e is Error {
  return e instanceof UsageError || (e instanceof Error && e.name === 'YError');
}

export async function main(
  argv: string[],
  context: RunContext = { today: wardDay },
): Promise<number> {
  reportStdoutFailures();
  if (quickAnswer(argv, version)) return 0;
  // The studio is the office's: it speaks Vietnamese unless --lang or PHUONG_PRINT_LANG says not.
  const studio = argv.find((a) => COMMAND_NAMES.includes(a)) === 'studio';
  setCliLanguage(languageOf(argv, process.env, studio ? 'vi' : undefined));
  // What a failure is worded against; the running command's options are known once it runs.
  const failures: UsageContext = { argv, commands: COMMAND_NAMES, options: [] };
  try {
    // A bad --lang is refused before yargs, which answers --help without reading the option's
    // value (qa38 m8: `--lang fr --help` printed the help). A value like an option is yargs' to word.
    const lang = langArgument(argv);
    if (lang !== undefined && !lang.startsWith('-')) langValue(lang);
    await run(argv, failures, context);
  } catch (e) {
    if (isUsageFailure(e)) {
      const usage = e instanceof UsageError && e.hint ? e : explainFailure(e.message, failures);
      process.stderr.write(`${t(msg`error:`)} ${t(usage.text)}\n`);
      if (usage.hint) process.stderr.write(`${t(msg`hint:`)} ${t(usage.hint)}\n`);
      return 2;
    }
    // Loaded when something failed: a run that succeeds, and `--help`, do without it.
    const userError = isUserError(e) ? e : (await import('../system-errors.js')).systemErrorOf(e);
    if (userError) {
      printUserError(userError);
      return 1;
    }
    process.stderr.write(
      `internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    return 70;
  }
  // A command that finished with failures it reported (e.g. some groups failed) set the code.
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}
