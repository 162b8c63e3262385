/**
 * CLI command `check`: everything `build` checks, without writing a file. In: the same inputs as
 * build. Out on stderr: every problem as `error:`/`hint:` lines (each bad group row on its own),
 * warnings as `warning:` lines; on stdout `ok: N groups, K kinds`. Exit 0 only when a build would
 * succeed with no failed group.
 *
 * The inputs are loaded exactly as the build loads them (loadBuildInputs: campaign and its URLs,
 * dates and QR sizes, groups, rosters, templates on every branch, fonts); then the first group
 * and the group with the most text are drawn in memory, so that what only drawing finds (a
 * name too long for a page) is found too.
 */

import type { Argv } from 'yargs';
import { kindNames } from '../kinds/names.js';
import { msg } from '../messages/message.js';
import type { CheckArgs } from './check-run.js';
import { inputOptions } from './input-options.js';
import { t } from './language.js';
import type { CommandParts } from './main.js';
import { choiceList } from './option-values.js';
import { signingOptions } from './signing-options.js';

export const command: CommandParts<CheckArgs> = {
  builder: (y: Argv) =>
    signingOptions(inputOptions(y))
      .option('kind', {
        type: 'string',
        array: true,
        describe: t(
          msg`Kinds to check, comma-separated: ${kindNames().join(', ')} or all (default)`,
        ),
        coerce: choiceList('kind', [...kindNames(), 'all']),
      })
      .example(
        '$0 check --campaign examples/hai-phong/campaign.yaml --groups examples/hai-phong/groups.csv',
        t(msg`Check the example ward`),
      ),
  handler: async (args, run) => {
    // The run's module loads the kinds' layouts: only once the options have been accepted.
    const { check } = await import('./check-run.js');
    if (!(await check(args, run.today()))) process.exitCode = 1;
  },
};
