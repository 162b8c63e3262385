/**
 * CLI command `build`: renders the campaign's documents for every group (or the chosen ones).
 */
import type { CommandModule } from 'yargs';
import { kindNames } from '../kinds/registry.js';
import { build } from '../output/build.js';

interface BuildArgs {
  campaign: string;
  groups: string;
  out: string;
  kind?: string[];
  group?: string[];
  size?: string[];
  rosters?: string;
  quiet?: boolean;
}

const list = (v: unknown): string[] | undefined =>
  v === undefined
    ? undefined
    : ([] as unknown[])
        .concat(v)
        .flatMap((s) => String(s).split(','))
        .map((s) => s.trim())
        .filter(Boolean);

export const buildCommand: CommandModule<object, BuildArgs> = {
  command: 'build',
  describe: 'Render the documents of every residential group into the output folder',
  builder: (y) =>
    y
      .option('campaign', {
        type: 'string',
        demandOption: true,
        describe: 'Campaign file (campaign.yaml)',
      })
      .option('groups', {
        type: 'string',
        demandOption: true,
        describe: 'Residential groups: .csv or .xlsx',
      })
      .option('out', { type: 'string', default: 'out', describe: 'Output folder' })
      .option('kind', {
        type: 'string',
        array: true,
        describe: `Kinds to build, comma-separated: ${kindNames().join(', ')} or all (default)`,
      })
      .option('group', {
        type: 'string',
        array: true,
        describe: 'Only these group ids (repeat or comma-separate)',
      })
      .option('size', {
        type: 'string',
        array: true,
        describe: 'Poster sizes to build: a4, a3 (default: both)',
      })
      .option('rosters', {
        type: 'string',
        describe: 'Folder of residents rosters for the tracking sheet: <group id>.csv or .xlsx',
      })
      .option('quiet', { type: 'boolean', default: false, describe: 'Print only the summary' })
      .example(
        '$0 build --campaign examples/hai-phong/campaign.yaml --groups examples/hai-phong/groups.csv --out out',
        'Build everything',
      )
      .example(
        '$0 build --campaign c.yaml --groups g.xlsx --kind notice --group 5',
        'One notice for group 5',
      ) as never,
  handler: async (args) => {
    const started = performance.now();
    const result = await build({
      campaign: args.campaign,
      groups: args.groups,
      out: args.out,
      kinds: list(args.kind),
      groupIds: list(args.group),
      variants: list(args.size),
      rosters: args.rosters,
      log: args.quiet ? undefined : (line) => process.stdout.write(`${line}\n`),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const pages = result.written.reduce((s, f) => s + f.pages, 0);
    process.stdout.write(
      `wrote ${result.written.length} files (${pages} pages) to ${args.out} in ${seconds} s\n`,
    );
  },
};
