/**
 * CLI command `merge-manifests`: joins shard builds' output folders into one.
 */
import type { Argv } from 'yargs';
import { msg } from '../messages/message.js';
import { t } from './language.js';
import type { CommandParts } from './main.js';

interface MergeArgs {
  out: string;
  shards: string[];
}

export const command: CommandParts<MergeArgs> = {
  builder: (y: Argv) =>
    y
      .positional('shards', {
        type: 'string',
        array: true,
        demandOption: true,
        describe: t(msg`Output folders of the shard builds`),
      })
      .option('out', {
        type: 'string',
        demandOption: true,
        describe: t(msg`Folder to join them into (may be one of them)`),
      })
      .example(
        '$0 merge-manifests --out out out-1 out-2 out-3',
        t(msg`Join three shards into out/`),
      ),
  handler: async (args) => {
    // pdf-lib loads only for this command.
    const { mergeShards } = await import('../output/merge.js');
    const r = await mergeShards(args.shards, args.out);
    process.stdout.write(
      `${t(msg`merged ${args.shards.length} shards: ${r.groups} groups, ${r.manifest.files.length} files, ${r.manifest.print.length} print files into ${args.out}`)}\n`,
    );
  },
};
