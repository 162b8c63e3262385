/**
 * CLI command `report`: the ward's report of results — report.pdf (a Decree 30 "Báo cáo kết
 * quả": the per-group table with figures, rates and rank, the totals, a bar chart of the rates,
 * the signature) and report.xlsx (the same figures) — from a results file (`--results`), from the
 * figures the leaders sent (`--data`, the server's data folder), or both: a results file given
 * with `--data` is imported into the store first (one transaction: all of it or, on any error,
 * none), then the report is made from everything stored.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { throwProblems, UserError, UserErrors } from '../errors.js';
import { type Campaign, loadCampaign } from '../load/campaign.js';
import { dayFirstAsIso, isoDayOf, notOnCalendar, writtenDay } from '../load/day-first.js';
import { listTermOf, loadGroupsReport, namedColumns } from '../load/groups/index.js';
import { measuresOnList } from '../load/measure-of.js';
import type { HiddenGroups } from '../load/results-names.js';
import type { Group } from '../load/types.js';
import { type Message, msg } from '../messages/message.js';
import type { GroupTerm } from '../model/group-term.js';
import { checkFolderSync, makeFolder } from '../output/make-folder.js';
import { campaignKey } from '../results/campaign-key.js';
import { uncitedOf } from '../results/report-model.js';
import type { LatestFigures } from '../results/results-store.js';
import { databaseUrl } from '../store/database-url.js';
import type { StoreDb } from '../store/open-store.js';
import { endOfVietnamDay, wardDay } from '../ward-time.js';
import { printWarnings } from './build-report.js';
import { wardOptions } from './input-options.js';
import { cliLanguage, cliTerm, setCliTerm, t } from './language.js';
import type { CommandParts } from './main.js';
import { parsed, wholeNumber } from './option-values.js';
import { openResultsStore } from './serve.js';
import { UsageError } from './usage.js';

interface ReportArgs {
  campaign: string;
  groups: string;
  templates?: string;
  results?: string;
  data?: string;
  'database-url'?: string;
  out: string;
  number?: number;
  symbol?: string;
  date?: string;
  confirm: boolean;
  pdfa: boolean;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoDay = parsed('date', msg`a date written DD/MM/YYYY or YYYY-MM-DD`, (given) => {
  // Day first as the office writes it (15/12/2026), as the campaign file reads it (qa8 R1).
  const text = String(dayFirstAsIso(given.trim()));
  const [, year, month, day] = ISO_DAY.exec(text) ?? [];
  if (year === undefined) throw new UserError(msg`not a date`);
  // Written as asked, but no day of the calendar (31/02/2026): that is what is said (qa38 m3);
  // a UsageError passes parsed() by as it is.
  if (isoDayOf(Number(day), Number(month), Number(year)) !== text)
    throw new UsageError(msg`--${'date'}: ${notOnCalendar(given.trim())}`);
  return text;
});

export const command: CommandParts<ReportArgs> = {
  builder: (y: Argv) =>
    wardOptions(y)
      .option('results', {
        type: 'string',
        describe: t(
          msg`Figures per group: .csv or .xlsx (group id or name, one column per measure)`,
        ),
      })
      .option('data', {
        type: 'string',
        describe: t(
          msg`The server's data folder: the figures the leaders sent (and where --results goes)`,
        ),
      })
      .option('database-url', {
        type: 'string',
        describe: t(msg`PostgreSQL instead of --data (default: $PHUONG_PRINT_DATABASE_URL)`),
      })
      .option('out', { type: 'string', demandOption: true, describe: t(msg`Output folder`) })
      .option('number', {
        describe: t(msg`The report's number in the register (default: left blank to write in)`),
        coerce: wholeNumber('number', 1),
      })
      .option('symbol', {
        type: 'string',
        describe: t(msg`The report's symbol (default: BC- and the notice's issuer, e.g. BC-UBND)`),
      })
      .option('date', {
        type: 'string',
        describe: t(msg`The report's date, DD/MM/YYYY or YYYY-MM-DD (default: today)`),
        coerce: isoDay,
      })
      .option('templates', {
        type: 'string',
        describe: t(
          msg`Folder of templates overriding report.hbs (default: the campaign's templates/)`,
        ),
      })
      .option('pdfa', {
        type: 'boolean',
        default: false,
        describe: t(msg`Make report.pdf archival (PDF/A-2b) and tagged for screen readers`),
      })
      .option('confirm', {
        type: 'boolean',
        default: false,
        describe: t(msg`Accept figures above a group's population or households (--results)`),
      })
      .example(
        '$0 report --campaign campaign.yaml --groups groups.csv --results ket-qua.xlsx --out bao-cao',
        t(msg`The report from a spreadsheet of figures`),
      ),
  handler: async (args) => {
    // A wrong --out (under a file, a name too long, not writable) is said before the inputs are
    // read and the figures taken into the store; the folder is made once the report is drawn.
    checkFolderSync(args.out);
    // Without a store (--data, a database) the figures come from --results and are kept
    // nowhere: a draft with no id still gets its report (qa8 R2).
    const keepsFigures = Boolean(args.data || databaseUrl(args['database-url']));
    const { campaign: loaded } = await loadCampaign(args.campaign, { keepsFigures });
    const read = await loadGroupsReport(args.groups);
    // A measure's "| nữ" is the list's column "Nữ" when it has one, as the build reads it.
    const campaign = measuresOnList(loaded, namedColumns(read));
    if (read.failures[0]) throw read.failures[0].error;
    const groups = read.groups;
    // From here on the messages name the groups in the ward's own word ("khu phố", "thôn"…), as
    // the report does: from their names, else their columns' headers ("Tên thôn", qa17).
    const term = listTermOf(campaign.issuer.group_term, read);
    setCliTerm(term);
    if (campaign.measures.length === 0) {
      throw new UserError(
        msg`the campaign declares no measures, so there is nothing to report`,
        { file: args.campaign, field: 'measures' },
        msg`Add the figures the groups report, e.g. measures: [{ id: tham_gia, label: Số người tham gia cuộc thi, of: people }].`,
      );
    }
    // A measure's column the groups file lacks: its rates would print blank (output/measure-bases.ts).
    const { measureBaseErrors } = await import('../output/measure-bases.js');
    throwProblems(
      measureBaseErrors(
        campaign,
        args.campaign,
        await readFile(args.campaign),
        groups,
        read.extraColumns,
      ),
    );
    // A draft's number and day are written by hand on the paper: the report cites neither.
    printWarnings({ warnings: uncitedWarnings(campaign, args.campaign) });
    const rows = args.results
      ? await readResults(args.results, campaign.measures, groups, args.confirm, term, {
          file: args.groups,
          rows: read.skipped,
        })
      : undefined;
    // A mistyped --data would be made a new, empty store: a report of "0 groups reported" (qa9
    // Q2). Only an import (--results) makes a store, and says so.
    if (args.data && !databaseUrl(args['database-url'])) {
      const { existingStoreFile } = await import('../store/backup.js');
      try {
        existingStoreFile(args.data);
      } catch (e) {
        if (!rows) throw e;
        printWarnings({
          warnings: [
            new UserError(
              msg`no data store in ${args.data} yet: a new one is made for the figures of --results`,
              { field: '--data' },
              msg`If the leaders already sent figures, give the folder passed to \`serve --data\` instead.`,
            ),
          ],
        });
      }
    }
    // Opening an earlier version's store brings it up to date for good: said on stderr in the
    // line serve and studio print at start (the copy kept; for PostgreSQL, pg_dump).
    const note = (line: Message) => process.stderr.write(`${t(line)}\n`);
    const store = await openResultsStore(args, note);
    if (!store && !rows) {
      throw new UserError(
        msg`no figures to report`,
        { field: '--results' },
        msg`Give the figures as a file (--results ket-qua.xlsx), or the data folder of the server the leaders report to (--data).`,
      );
    }
    const out = (line: Message) => process.stdout.write(`${t(line)}\n`);
    let latest: LatestFigures;
    const { readLatest } = await import('../results/results-store.js');
    const scope = { campaign: campaignKey(campaign), measures: campaign.measures };
    try {
      if (store && rows && args.results) {
        const { importResults } = await import('./report-import.js');
        await importResults(store.db, scope, rows, args.results, args.confirm, out);
      }
      // "tính đến ngày D": the stored figures as they stood at the end of D, Viet Nam time, not
      // figures sent after it (qa9 Q8). A results file given now is its own figures, whatever D.
      const before = store && args.date && !rows ? endOfVietnamDay(args.date) : undefined;
      latest = store
        ? await readLatest(store.db, scope.campaign, before)
        : fileFigures(rows ?? [], args.confirm);
      if (store && before) {
        const later = laterGroups(latest, await readLatest(store.db, scope.campaign));
        printWarnings({ warnings: dateWarnings(campaign, args.date, later) });
      } else printWarnings({ warnings: dateWarnings(campaign, args.date, 0) });
      if (store && latest.size === 0)
        printWarnings({ warnings: await noFiguresWarnings(store.db, scope.campaign, args) });
      if (store) {
        // Figures of groups or measures no longer in the campaign: kept, not in the report (qa9 Q9).
        const { unlistedWarnings } = await import('./report-import.js');
        printWarnings({
          warnings: await unlistedWarnings(store.db, scope, latest, groups, args),
        });
      }
    } finally {
      await store?.close();
    }
    const [{ renderReport }, { loadFonts }, { templateDirOf }, { writeFileAtomic }] =
      await Promise.all([
        import('../output/report.js'),
        import('../layout/fonts.js'),
        import('../output/inputs.js'),
        import('../output/atomic-write.js'),
      ]);
    const files = await renderReport({
      campaign,
      groups,
      term,
      latest,
      options: { number: args.number, symbol: args.symbol, date: args.date ?? wardDay() },
      fonts: loadFonts(),
      pdfa: args.pdfa,
      templateDir: templateDirOf({
        campaign: args.campaign,
        groups: args.groups,
        templateDir: args.templates,
      }),
    });
    await makeFolder(args.out);
    await writeFileAtomic(join(args.out, 'report.pdf'), files.pdf);
    await writeFileAtomic(join(args.out, 'report.xlsx'), files.xlsx);
    out(
      msg`wrote ${join(args.out, 'report.pdf')} (${files.pages} pages) and ${join(args.out, 'report.xlsx')}`,
    );
  },
};

/** How many groups have a figure in `now` that `then` has not, or has another value of, or none now. */
function laterGroups(then: LatestFigures, now: LatestFigures): number {
  // A group whose figures the office withdrew after the day has none now.
  let n = [...then.keys()].filter((group) => !now.has(group)).length;
  for (const [group, figures] of now) {
    const before = then.get(group);
    for (const [measure, f] of figures) {
      if (before?.get(measure)?.at !== f.at) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** A report's day the office may not have meant: before the notice, after today, before figures. */
/**
 * A store with no figure of this campaign: a report of "0 groups reported" would go to the
 * People's Committee as if no group had reported, when the figures are elsewhere — another
 * server's folder, or this campaign's own figures under an id changed by hand (qa10 Q12).
 */
async function noFiguresWarnings(
  db: StoreDb,
  campaign: string,
  args: { data?: string },
): Promise<UserError[]> {
  const { storedCampaigns } = await import('../results/results-store.js');
  const others = await storedCampaigns(db);
  // Its figures are there, only not by then (`--date`): said by the date's own warnings.
  if (others.some((o) => o.campaign === campaign)) return [];
  const where = args.data ?? '--database-url';
  const field = args.data ? '--data' : '--database-url';
  if (others.length === 0)
    return [
      new UserError(
        msg`the data store in ${where} holds no figures yet: the report says no group has reported`,
        { field },
        msg`Check that it is the data folder of the server the leaders report to (serve --data), or give the figures as a file with --results.`,
      ),
    ];
  const list = others.map((o) => `“${o.campaign}” (${o.submissions})`).join(', ');
  return [
    new UserError(
      msg`the data store in ${where} holds no figures of this campaign (“${campaign}”), only of other campaigns: ${list}`,
      { field },
      msg`Check --data, and that campaign.yaml's id is the one the leaders reported under: a changed id starts an empty record.`,
    ),
  ];
}

function dateWarnings(campaign: Campaign, day: string | undefined, later: number): UserError[] {
  if (day === undefined) return [];
  const warnings: UserError[] = [];
  if (!campaign.notice.undated && day < campaign.issued) {
    warnings.push(
      new UserError(
        msg`the report's day ${writtenDay(day)} is before the notice's day ${writtenDay(campaign.issued)}`,
        { field: '--date' },
        msg`Check the day: a report of results comes after the notice it reports on.`,
      ),
    );
  }
  if (day > wardDay()) {
    warnings.push(
      new UserError(
        msg`the report's day ${writtenDay(day)} is after today: its figures are those sent until now`,
        { field: '--date' },
        msg`Make the report on that day, or give today's date.`,
      ),
    );
  }
  if (later > 0) {
    warnings.push(
      new UserError(
        msg`${later} groups sent figures after ${writtenDay(day)}: the report counts each group's figures as they stood at the end of that day`,
        { field: '--date' },
        msg`For the latest figures, leave out --date (today) or give a later day.`,
      ),
    );
  }
  return warnings;
}

/** What the report leaves out of its citation of a draft notice, at the line to fill in. */
function uncitedWarnings(campaign: Campaign, file: string): UserError[] {
  return uncitedOf(campaign).map((part) =>
    part === 'number'
      ? new UserError(
          msg`the notice has no number (a draft), so the report cites it without one`,
          { file, field: 'notice.number' },
          msg`Once the paper has its number, write it in notice.number and make the report again.`,
        )
      : campaign.notice.undated === 'day'
        ? new UserError(
            msg`the notice has its month but no day (issued is a month alone), so the report cites it without a date`,
            { file, field: 'issued' },
            msg`Once the paper has its day, write the whole day in issued (e.g. 15/12/2026) and make the report again.`,
          )
        : new UserError(
            msg`the notice has no day (undated: true), so the report cites it without a date`,
            { file, field: 'notice.undated' },
            msg`Once the paper has its day, write it in issued, remove undated: true and make the report again.`,
          ),
  );
}

/** A results file's figures as the store would give them back. */
function fileFigures(
  rows: readonly { group: { id: string }; values: Record<string, number> }[],
  confirmed: boolean,
): LatestFigures {
  const at = new Date().toISOString();
  return new Map(
    rows.map((r) => [
      r.group.id,
      new Map(
        Object.entries(r.values).map(([m, value]) => [
          m,
          { value, at, source: 'import' as const, confirmed },
        ]),
      ),
    ]),
  );
}

/**
 * The results file's figures. Its problems are all said, one `error:` line each (the office fixes
 * them in one pass), each with its hint unless the problem before had the same one, then one line
 * saying that nothing was taken from the file.
 */
async function readResults(
  file: string,
  measures: Parameters<typeof import('../load/results-file.js').loadResultsFile>[1],
  groups: Group[],
  confirm: boolean,
  term: GroupTerm,
  hidden: HiddenGroups,
) {
  const { loadResultsFile } = await import('../load/results-file.js');
  try {
    const results = await loadResultsFile(file, measures, groups, confirm, term, hidden);
    printWarnings(results);
    return results.rows;
  } catch (e) {
    if (!(e instanceof UserErrors)) throw e;
    let said: string | undefined;
    for (const p of e.all) {
      process.stderr.write(`${t(msg`error:`)} ${p.describe(cliLanguage(), cliTerm())}\n`);
      const hint = p.hintIn(cliLanguage(), cliTerm());
      if (hint && hint !== said) process.stderr.write(`${t(msg`hint:`)} ${hint}\n`);
      said = hint;
    }
    throw new UserError(
      msg`${e.all.length} problems in the results file: nothing was imported or reported`,
      { file },
      msg`Fix each row named above and run again.`,
    );
  }
}
