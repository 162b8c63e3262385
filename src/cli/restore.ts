/**
 * CLI command `restore`: puts a backup made by `backup` (or the studio's Sao lưu button) back as
 * a data folder, with the studio stopped (store/backup.ts `restoreDataFolder`): a `.zip` becomes
 * the whole folder, a `.sqlite` its store; what was there is kept beside it, and no `-wal` of
 * another store is left to be replayed onto the restored one (qa27 F3).
 */
import type { Argv } from 'yargs';
import { msg } from '../messages/message.js';
import { t } from './language.js';
import type { CommandParts } from './main.js';

interface RestoreArgs {
  from: string;
  data: string;
}

export const command: CommandParts<RestoreArgs> = {
  builder: (y: Argv) =>
    y
      .option('from', {
        type: 'string',
        demandOption: true,
        describe: t(msg`The backup file (.zip, or an older .sqlite)`),
      })
      .option('data', {
        type: 'string',
        demandOption: true,
        describe: t(msg`The data folder to put it back as (the studio stopped)`),
      })
      .example(
        '$0 restore --from sao-luu-2026-12-05.zip --data du-lieu',
        t(msg`Put the whole data folder back (on a new computer, or after a fault)`),
      ),
  handler: async (args) => {
    const { restoreDataFolder } = await import('../store/backup.js');
    const { kept, kind, skipped, missing } = await restoreDataFolder(args.from, args.data);
    // A backup made while campaigns were deleted or renamed lacks them: said, never silently.
    if (missing.length > 0) {
      process.stderr.write(
        `${t(msg`warning:`)} ${t(msg`this backup lacks ${missing.length} items, deleted or renamed while it was made: ${missing.join(', ')}; everything else is restored`)}\n`,
      );
    }
    if (skipped.length > 0) {
      process.stderr.write(
        `${t(msg`warning:`)} ${t(msg`left out of the backup: ${skipped.join(', ')} (another moment's log of the store, or files half written); the store is restored without them`)}\n`,
      );
    }
    process.stdout.write(
      `${t(kind === 'folder' ? msg`restored the data folder ${args.data} from ${args.from}` : msg`restored the store of ${args.data} from ${args.from}`)}\n`,
    );
    if (kept) process.stdout.write(`${t(msg`what was there before is kept as ${kept}`)}\n`);
  },
};
