/**
 * CLI command `links`: every group's leader link as CSV (`id,name,url,leader,phone,note`) on
 * stdout — the same links as the office's page, with each group's leader and phone and a note on
 * a person leading several groups — for a mail merge into Zalo or SMS messages.
 */
import type { Argv } from 'yargs';
import { listTermOf, loadGroupsReport } from '../load/groups/index.js';
import { sameNamesOf } from '../load/groups/same-names.js';
import { msg } from '../messages/message.js';
import { groupLinks, linksCsv } from '../serve/links.js';
import { DEV_SECRET, resolveSecret } from '../serve/tokens.js';
import { setCliTerm, t } from './language.js';
import type { CommandParts } from './main.js';
import { baseUrl } from './option-values.js';
import { printProblem } from './print-error.js';

interface LinksArgs {
  groups: string;
  'base-url': string;
  secret?: string;
  dev: boolean;
  bom: boolean;
}

export const command: CommandParts<LinksArgs> = {
  builder: (y: Argv) =>
    y
      .option('groups', {
        type: 'string',
        demandOption: true,
        describe: t(
          msg`Groups: .csv, .xlsx, .txt (Excel "Unicode Text") or .docx (a table in Word)`,
        ),
      })
      .option('base-url', {
        type: 'string',
        demandOption: true,
        describe: t(
          msg`Public address of the server or static site, e.g. https://phuong.example.vn`,
        ),
        coerce: baseUrl,
      })
      .option('secret', {
        type: 'string',
        describe: t(msg`Secret the links derive from (default: $PHUONG_PRINT_SECRET)`),
      })
      .option('dev', {
        type: 'boolean',
        default: false,
        describe: t(
          msg`Development: the links of \`serve --dev\` (its built-in secret, not private)`,
        ),
      })
      .option('bom', {
        type: 'boolean',
        default: false,
        describe: t(msg`Start with a UTF-8 BOM (for Excel)`),
      })
      .example(
        '$0 links --groups groups.csv --base-url https://phuong.example.vn > links.csv',
        t(msg`Links to mail-merge`),
      ),
  handler: async (args) => {
    const report = await loadGroupsReport(args.groups);
    if (report.failures[0]) throw report.failures[0].error;
    const { groups } = report;
    // The messages name the groups in the ward's word, read from their names ("Thôn 1" → thôn),
    // else from the list's headers ("Tên thôn"), as the build reads it.
    const term = listTermOf(undefined, report);
    setCliTerm(term);
    // Groups of one name with nothing telling them apart: their links carry the id in the name
    // ("Tổ dân phố số 1 (mã 63)"), said so that no link is sent to a namesake (qa44 C1).
    for (const w of report.warnings) if (sameNamesOf(w)) printProblem('warning', w);
    const secret = resolveSecret(args.secret, process.env, args.dev);
    if (secret === DEV_SECRET)
      process.stderr.write(
        `${t(msg`warning: --dev uses a built-in secret: these links are not private`)}\n`,
      );
    const links = groupLinks(groups, secret, args['base-url']).map((l, i) => ({
      ...l,
      leader: groups[i]?.leader ?? '',
      phone: groups[i]?.phone,
    }));
    const csv = linksCsv(links, term);
    process.stdout.write(`${args.bom ? '\uFEFF' : ''}${csv}`);
  },
};
