/**
 * CLI: the options that name a ward's inputs, the same for every command that reads them.
 */
import type { Argv } from 'yargs';
import { msg } from '../messages/message.js';
import { t } from './language.js';

export interface InputArgs {
  campaign: string;
  groups: string;
  rosters?: string;
  templates?: string;
}

/** The campaign and its groups: what every command that knows the ward reads. */
export function wardOptions<T>(y: Argv<T>): Argv<T & Pick<InputArgs, 'campaign' | 'groups'>> {
  return y
    .option('campaign', {
      type: 'string',
      demandOption: true,
      describe: t(msg`Campaign file (campaign.yaml)`),
    })
    .option('groups', {
      type: 'string',
      demandOption: true,
      describe: t(
        msg`Residential groups: .csv, .xlsx, .txt (Excel "Unicode Text") or .docx (a table in Word)`,
      ),
    }) as Argv<T & Pick<InputArgs, 'campaign' | 'groups'>>;
}

export function inputOptions<T>(y: Argv<T>): Argv<T & InputArgs> {
  return wardOptions(y)
    .option('rosters', {
      type: 'string',
      describe: t(
        msg`Residents rosters for the tracking sheet: a folder of <group id>.csv, .txt or .xlsx, or one such file for the whole ward with a column naming each row's group`,
      ),
    })
    .option('templates', {
      type: 'string',
      describe: t(
        msg`Folder of templates overriding the built-in ones kind by kind (default: the campaign's templates/ folder, if any)`,
      ),
    }) as Argv<T & InputArgs>;
}
