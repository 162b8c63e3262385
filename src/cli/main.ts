/**
 * CLI: the program's entry. One file per command; this one lists them and wires them into yargs,
 * and turns what went wrong into the lines a user reads, without a stack trace:
 * - a command-line mistake (usage.ts, option-values.ts): `error:` / `hint:`, exit code 2;
 * - a UserError, or a system error of the machine (a busy port, a full disk): exit code 1;
 * - anything else is a bug: `internal error:` with the stack, exit code 70.
 *
 * A command's module (and everything it imports: pdfkit, sharp, Fastify…) loads only when that
 * command runs, so `--version` and `--help` start in a fraction of the time; both are answered
 * before yargs loads (help.ts; `npm run bench:startup`).
 */
import { readFileSync } from 'node:fs';
import type { ArgumentsCamelCase, Argv } from 'yargs';
import { isUserError } from '../errors.js';
import { languageOf } from '../messages/language.js';
import { LANGS, type Message, msg } from '../messages/message.js';
import { programHelp } from './help.js';
import { cliLanguage, setCliLanguage, t } from './language.js';
import { printUserError } from './print-error.js';
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
  handler(args: ArgumentsCamelCase<A>): Promise<void>;
}

interface CommandEntry {
  command: string;
  describe: Message;
  load: () => Promise<CommandParts<unknown>>;
}

const COMMANDS: readonly CommandEntry[] = [
  {
    command: 'build',
    describe: msg`Render the documents of every residential group into the output folder`,
    load: () => import('./build.js').then((m) => m.command),
  },
  {
    command: 'check',
    describe: msg`Check the campaign, templates, groups and rosters without building (exit 0 = ok)`,
    load: () => import('./check.js').then((m) => m.command),
  },
  {
    command: 'merge-manifests <shards..>',
    describe: msg`Join the output folders of \`build --shard i/n\` runs: files, manifest and print files`,
    load: () => import('./merge-manifests.js').then((m) => m.command),
  },
  {
    command: 'serve',
    describe: msg`Serve the download pages: one per group (secret link) and the office page (/admin)`,
    load: () => import('./serve.js').then((m) => m.command),
  },
  {
    command: 'report',
    describe: msg`Render the ward's report of results (report.pdf, report.xlsx) from a results file or the stored figures`,
    load: () => import('./report.js').then((m) => m.command),
  },
  {
    command: 'backup',
    describe: msg`Copy the server's data store (the groups' figures) to a file, while it runs`,
    load: () => import('./backup.js').then((m) => m.command),
  },
  {
    command: 'links',
    describe: msg`Print every group's download link as CSV (id,name,url)`,
    load: () => import('./links.js').then((m) => m.command),
  },
  {
    command: 'import-docx <file>',
    describe: msg`Make a campaign folder (campaign.yaml) from the ward's notice in Word (.docx)`,
    load: () => import('./import-docx.js').then((m) => m.command),
  },
  {
    command: 'studio',
    describe: msg`The culture office's web studio: make, preview, build and download campaigns`,
    load: () => import('./studio.js').then((m) => m.command),
  },
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
function lazyCommand(entry: CommandEntry) {
  return {
    command: entry.command,
    describe: t(entry.describe),
    builder: async (y: Argv) => (await entry.load()).builder(y) as Argv,
    handler: async (args: ArgumentsCamelCase<unknown>) => (await entry.load()).handler(args),
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

/** The program's usage and example, said by yargs and by help.ts's `--help` alike. */
const USAGE = msg`$0 <command> [options]\n\nPrint-ready PDFs for every residential group of a Vietnamese ward campaign.`;
const EXAMPLE_COMMAND =
  '$0 build --campaign campaign.yaml --groups groups.csv --kind notice --out out';
const EXAMPLE_DESCRIBE = msg`Notices for every group (all options: phuong-print build --help)`;
const LANG_DESCRIBE = msg`Language of messages: vi or en (default: from LANG / LC_ALL)`;

/** yargs' help headings in Vietnamese (yargs ships no "vi" locale). */
const VI_HELP: Record<string, string> = {
  'Commands:': 'Lệnh:',
  'Options:': 'Tùy chọn:',
  'Examples:': 'Ví dụ:',
  'Positionals:': 'Tham số:',
  boolean: 'đúng/sai',
  count: 'số lần',
  string: 'chữ',
  number: 'số',
  array: 'danh sách',
  required: 'bắt buộc',
  default: 'mặc định',
  'default:': 'mặc định:',
  'choices:': 'chọn một trong:',
  'aliases:': 'tên khác:',
  'Show help': 'Xem hướng dẫn',
  'Show version number': 'Xem số phiên bản',
};

/** yargs' help headings as they are (the keys of VI_HELP). */
const ENGLISH_HELP = Object.fromEntries(Object.keys(VI_HELP).map((k) => [k, k]));

async function run(argv: string[], failures: UsageContext): Promise<void> {
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
  for (const entry of COMMANDS) y = y.command(lazyCommand(entry));
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
      // Throw, not return: after a callback that returns, yargs goes on to run the command.
      throw explainFailure(err?.message ?? msg, failures);
    })
    .parseAsync();
}

/** yargs' own errors (YError: a value refused by an option's coerce) and ours. */
function isUsageFailure(e: unknown): e is Error {
  return e instanceof UsageError || (e instanceof Error && e.name === 'YError');
}

export async function main(argv: string[]): Promise<number> {
  if (argv.length === 1 && argv[0] === '--version') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  // The studio is the office's: it speaks Vietnamese unless --lang or PHUONG_PRINT_LANG says not.
  const studio = argv.find((a) => COMMAND_NAMES.includes(a)) === 'studio';
  setCliLanguage(languageOf(argv, process.env, studio ? 'vi' : undefined));
  if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
    const heading = (h: string) => (cliLanguage() === 'vi' ? (VI_HELP[h] ?? h) : h);
    process.stdout.write(
      programHelp(
        COMMANDS.map((c) => ({ command: c.command, describe: t(c.describe) })),
        Math.min(100, process.stdout.columns || 100),
        {
          usage: t(USAGE),
          example: { command: EXAMPLE_COMMAND, describe: t(EXAMPLE_DESCRIBE) },
          commands: heading('Commands:'),
          options: heading('Options:'),
          examples: heading('Examples:'),
          lang: t(LANG_DESCRIBE),
          version: heading('Show version number'),
          help: heading('Show help'),
        },
      ),
    );
    return 0;
  }
  // What a failure is worded against; the running command's options are known once it runs.
  const failures: UsageContext = { argv, commands: COMMAND_NAMES, options: [] };
  try {
    await run(argv, failures);
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
