/**
 * CLI command `backup`, safe to run while `serve` or `studio` is running: `--out X.zip` writes the
 * whole data folder (the store's snapshot, the campaigns, the leaders' link secrets: what a new
 * computer needs, qa27 F2); any other name, a copy of the store alone (the groups' figures, the
 * studio's users), as before. `restore` (restore.ts) puts either back.
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
        '$0 backup --data du-lieu --out sao-luu/2025-11-12.zip',
        t(msg`Back up the whole data folder (to move to a new computer, or to keep)`),
      )
      .example(
        '$0 backup --data du-lieu --out sao-luu/2025-11-12.sqlite',
        t(msg`Back up the figures`),
      )
      .epilogue(
        t(
          msg`A .zip holds the whole data folder except the prints (made again by "Tạo tệp in" in the studio); put it back with phuong-print restore. PostgreSQL stores are backed up with its own tools (pg_dump).`,
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
    const { backupDataFolder, backupStore } = await import('../store/backup.js');
    if (/\.zip$/i.test(args.out)) {
      const { files, gone } = await backupDataFolder(args.data, args.out);
      if (gone.length > 0) {
        process.stderr.write(
          `${t(msg`warning:`)} ${t(msg`removed while the backup was made, so not in it: ${gone.join(', ')}`)}\n`,
        );
      }
      process.stdout.write(
        `${t(msg`backed up the data folder (${files} files) to ${args.out}`)}\n`,
      );
      return;
    }
    const { pages } = await backupStore(args.data, args.out);
    process.stdout.write(`${t(msg`backed up ${pages} pages of the store to ${args.out}`)}\n`);
  },
};
