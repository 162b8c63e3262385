/**
 * CLI command `links`: every group's leader link as CSV (`id,name,url`) on stdout — the same links
 * as the office's page — for a mail merge into Zalo or SMS messages.
 */
import type { CommandModule } from 'yargs';
import { compareGroups, loadGroups } from '../load/groups/index.js';
import { groupLinks, linksCsv } from '../serve/links.js';
import { resolveSecret } from '../serve/tokens.js';

interface LinksArgs {
  groups: string;
  'base-url': string;
  secret?: string;
  bom: boolean;
}

export const linksCommand: CommandModule<object, LinksArgs> = {
  command: 'links',
  describe: "Print every group's download link as CSV (id,name,url)",
  builder: (y) =>
    y
      .option('groups', { type: 'string', demandOption: true, describe: 'Groups: .csv or .xlsx' })
      .option('base-url', {
        type: 'string',
        demandOption: true,
        describe: 'Public address of the server or static site, e.g. https://phuong.example.vn',
      })
      .option('secret', {
        type: 'string',
        describe: 'Secret the links derive from (default: $PHUONG_PRINT_SECRET)',
      })
      .option('bom', {
        type: 'boolean',
        default: false,
        describe: 'Start with a UTF-8 BOM (for Excel)',
      })
      .example(
        '$0 links --groups groups.csv --base-url https://phuong.example.vn > links.csv',
        'Links to mail-merge',
      ) as never,
  handler: async (args) => {
    const secret = resolveSecret(args.secret, process.env);
    const groups = (await loadGroups(args.groups)).sort(compareGroups);
    const csv = linksCsv(groupLinks(groups, secret, args['base-url']));
    process.stdout.write(`${args.bom ? '\uFEFF' : ''}${csv}`);
  },
};
