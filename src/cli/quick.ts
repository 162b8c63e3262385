/**
 * CLI: the two answers that need no command and no yargs — `phuong-print --version` and
 * `phuong-print --help` (or `-h`), alone on the command line. main.ts gives them first; the
 * launcher (bin/phuong-print.js) gives them without main at all, from a CommonJS bundle of this
 * file (dist/bundle/quick.cjs): Node starts its ES module loader only when an ES module is
 * loaded, and that, with the program's modules, was ~40 ms of a 165 ms `--version` over a bare
 * `node` (bench/results.md "## start-up"; issue 13's budget is 150 ms).
 */
import { languageOf } from '../messages/language.js';
import { programHelp } from './help.js';
import { cliLanguage, setCliLanguage, t } from './language.js';
import {
  COMMAND_INFO,
  EXAMPLE_COMMAND,
  EXAMPLE_DESCRIBE,
  LANG_DESCRIBE,
  USAGE,
  VI_HELP,
} from './program.js';
import { reportStdoutFailures } from './stdout-failure.js';

/** Is this command line one quick.ts answers? (The launcher asks before it loads anything.) */
export const isQuick = (argv: readonly string[]): boolean =>
  argv.length === 1 && (argv[0] === '--version' || argv[0] === '--help' || argv[0] === '-h');

/**
 * Writes the answer to a quick command line and returns true; false for any other. `version` is
 * the package's (its package.json, which each caller finds from its own place).
 */
export function quickAnswer(argv: readonly string[], version: () => string): boolean {
  if (!isQuick(argv)) return false;
  reportStdoutFailures();
  if (argv[0] === '--version') {
    process.stdout.write(`${version()}\n`);
    return true;
  }
  setCliLanguage(languageOf(argv, process.env));
  const heading = (h: string) => (cliLanguage() === 'vi' ? (VI_HELP[h] ?? h) : h);
  process.stdout.write(
    programHelp(
      Object.values(COMMAND_INFO).map((c) => ({ command: c.command, describe: t(c.describe) })),
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
  return true;
}
