/**
 * CLI command `backup`: a consistent copy of the data folder's store (the groups' figures, and
 * whatever else the server keeps) to a file, safe to run while `serve` is running. Restoring is
 * copying the file back as <data>/phuong-print.sqlite with the server stopped.
 */
import type { Argv } from 'yargs';
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import { t } from './language.js';
import type { CommandParts } from './main.js';

interface BackupArgs {
  data: string;
  out: string;
}

export const command: CommandParts<BackupArgs> = {
  builder: (y: Argv) =>
    y
      .option('data', {
        type: 'string',
        demandOption: true,
        describe: t(msg`The server's data folder`),
      })
      .option('out', {
        type: 'string',
        demandOption: true,
        describe: t(msg`The backup file to write`),
      })
      .example(
        '$0 backup --data du-lieu --out sao-luu/2025-11-12.sqlite',
        t(msg`Back up the figures`),
      )
      .epilogue(
        t(
          msg`PostgreSQL stores are backed up with its own tools (pg_dump); this command copies the SQLite file of --data.`,
        ),
      ),
  handler: async (args) => {
    if (/^postgres(ql)?:\/\//.test(args.data)) {
      throw new UserError(
        msg`backup copies a data folder, not a PostgreSQL database`,
        { field: '--data' },
        msg`Back up PostgreSQL with pg_dump.`,
      );
    }
    const { backupStore } = await import('../store/backup.js');
    const { pages } = await backupStore(args.data, args.out);
    process.stdout.write(`${t(msg`backed up ${pages} pages of the store to ${args.out}`)}\n`);
  },
};
