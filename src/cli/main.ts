/**
 * CLI: the program's entry. One file per command; this one wires them into yargs and turns a
 * UserError into `error:` / `hint:` lines and exit code 1, without a stack trace.
 */
import yargs from 'yargs';
import { isUserError } from '../errors.js';
import { buildCommand } from './build.js';
import { checkCommand } from './check.js';
import { linksCommand } from './links.js';
import { mergeCommand } from './merge-manifests.js';
import { serveCommand } from './serve.js';

/** A command-line mistake (unknown option, missing argument): help and message, exit code 2. */
class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  try {
    await yargs(argv)
      .scriptName('phuong-print')
      .usage(
        '$0 <command> [options]\n\nPrint-ready PDFs for every residential group (tổ dân phố) of a ward campaign.',
      )
      .command(buildCommand)
      .command(checkCommand)
      .command(mergeCommand)
      .command(serveCommand)
      .command(linksCommand)
      .example(
        '$0 build --campaign campaign.yaml --groups groups.csv --kind notice --out out',
        'Notices for every group (all options: phuong-print build --help)',
      )
      .demandCommand(1, 'Name a command: build, serve or links.')
      .strict()
      .help()
      .alias('h', 'help')
      .version()
      .wrap(Math.min(100, process.stdout.columns || 100))
      .fail((msg, err, y) => {
        if (err) throw err;
        // Throw, not return: after a callback that returns, yargs goes on to run the command.
        throw new UsageError(`${y.help()}\n\nerror: ${msg}\n`);
      })
      .parseAsync();
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(e.message);
      return 2;
    }
    if (isUserError(e)) {
      process.stderr.write(`error: ${e.describe()}\n`);
      if (e.hint) process.stderr.write(`hint: ${e.hint}\n`);
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
