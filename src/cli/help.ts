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
export const USAGE = '$0 <command> [options]';
export const DESCRIPTION =
  'Print-ready PDFs for every residential group of a Vietnamese ward campaign.';
export const EXAMPLE = {
  command: '$0 build --campaign campaign.yaml --groups groups.csv --kind notice --out out',
  describe: 'Notices for every group (all options: phuong-print build --help)',
};

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

/** The text of `phuong-print --help` for a terminal `width` columns wide. */
export function programHelp(commands: readonly HelpCommand[], width: number): string {
  const $0 = (s: string) => s.replaceAll('$0', PROGRAM);
  return [
    $0(USAGE),
    '',
    DESCRIPTION,
    '',
    'Commands:',
    ...table(
      commands.map((c) => [`${PROGRAM} ${c.command}`, c.describe]),
      width,
    ),
    '',
    'Options:',
    ...table(
      [
        ['    --version', 'Show version number'],
        ['-h, --help', 'Show help'],
      ],
      width,
    ),
    '',
    'Examples:',
    `  ${$0(EXAMPLE.command)}`,
    ...wrap(EXAMPLE.describe, width - 6).map((l) => `      ${l}`),
    '',
  ].join('\n');
}
