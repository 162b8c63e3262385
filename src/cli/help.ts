/**
 * CLI: the program's own help (`phuong-print --help`), the list of commands, written without
 * yargs. Loading yargs and the terminal-width packages it brings (string-width in three copies,
 * each compiling its emoji tables) and laying out its help took two thirds of `--help`'s CPU
 * (`npm run bench:startup`); the first thing a new user types should answer at once. A command's
 * help (`build --help`) is yargs', with every option of that command.
 */

export interface HelpCommand {
  /** As yargs declares it, e.g. "merge-manifests <shards..>". */
  command: string;
  describe: string;
}

export const PROGRAM = 'phuong-print';

/** What the help says, in the run's language (main.ts says each through the catalogue). */
export interface HelpWords {
  /** The usage line, a blank line and the program's description (yargs' `.usage`). */
  usage: string;
  example: { command: string; describe: string };
  /** yargs' headings and its two options' descriptions, as the run's yargs says them. */
  commands: string;
  options: string;
  examples: string;
  lang: string;
  version: string;
  help: string;
}

/** `text` broken at spaces into lines of at most `width` characters (ASCII text). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/** Rows of two columns, the second wrapped beside the first, as yargs lays out its lists. */
function table(rows: [string, string][], width: number): string[] {
  const left = Math.max(...rows.map(([a]) => a.length)) + 4;
  return rows.flatMap(([a, b]) =>
    wrap(b, Math.max(20, width - left)).map(
      (part, i) => `${(i === 0 ? `  ${a}` : '').padEnd(left)}${part}`,
    ),
  );
}

/**
 * The text of `phuong-print --help` for a terminal `width` columns wide, in the words given: the
 * Vietnamese of an office's machine as fast as the English (yargs in Vietnamese measured every
 * cell with string-width's Unicode tables: 0.33 s against 0.17 s, bench/results.md "start-up").
 */
export function programHelp(
  commands: readonly HelpCommand[],
  width: number,
  words: HelpWords,
): string {
  const $0 = (s: string) => s.replaceAll('$0', PROGRAM);
  return [
    ...$0(words.usage).split('\n'),
    '',
    words.commands,
    ...table(
      commands.map((c) => [`${PROGRAM} ${c.command}`, c.describe]),
      width,
    ),
    '',
    words.options,
    ...table(
      [
        ['    --lang', words.lang],
        ['    --version', words.version],
        ['-h, --help', words.help],
      ],
      width,
    ),
    '',
    words.examples,
    `  ${$0(words.example.command)}`,
    ...wrap(words.example.describe, width - 6).map((l) => `      ${l}`),
    '',
  ].join('\n');
}
