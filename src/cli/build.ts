/**
 * CLI command `build`: renders the campaign's documents for every group (or the chosen ones).
 */
import type { Argv } from 'yargs';
import { UserError } from '../errors.js';
import { KIND_INFO, kindNames, VARIANT_NAMES } from '../kinds/names.js';
import { joined, type Message, msg, verbatim } from '../messages/message.js';
import type { BuildResult } from '../output/build.js';
import { checkFolderSync } from '../output/make-folder.js';
import { parseShard, type Shard } from '../output/shard.js';
import { kindWords } from '../output/skipped-kinds.js';
import { defaultJobs, SMALL_BUILD } from '../output/threads.js';
import { resolveSecret } from '../serve/tokens.js';
import { createReporter, type Reporter } from './build-report.js';
import { inputOptions } from './input-options.js';
import { setCliTerm, t } from './language.js';
import type { CommandParts } from './main.js';
import { baseUrl, choiceList, parsed, textList, wholeNumber } from './option-values.js';
import { type SigningArgs, signingOptions, signRequest } from './signing-options.js';
import { wardTermOf } from './ward-term.js';

export interface BuildArgs {
  campaign: string;
  groups: string;
  out: string;
  kind?: string[];
  group?: string[];
  size?: string[];
  rosters?: string;
  templates?: string;
  quiet?: boolean;
  jobs?: number;
  force?: boolean;
  strict?: boolean;
  simplex?: boolean;
  json?: boolean;
  shard?: Shard;
  site?: boolean;
  'site-views'?: boolean;
  secret?: string;
  'base-url'?: string;
  watch?: boolean;
  pdfa?: boolean;
  'sign-print'?: boolean;
}

const variantNames = (): string[] => [...VARIANT_NAMES];

export const command: CommandParts<BuildArgs & SigningArgs> = {
  builder: (y: Argv) =>
    signingOptions(inputOptions(y))
      .option('out', { type: 'string', default: 'out', describe: t(msg`Output folder`) })
      .option('kind', {
        type: 'string',
        array: true,
        describe: t(
          msg`Kinds to build, comma-separated: ${kindNames().join(', ')} or all (default)`,
        ),
        coerce: choiceList('kind', [...kindNames(), 'all']),
      })
      .option('group', {
        type: 'string',
        array: true,
        describe: t(msg`Only these group ids (repeat or comma-separate)`),
        coerce: textList('group', msg`one or more group ids`),
      })
      .option('size', {
        type: 'string',
        array: true,
        describe: t(
          msg`Poster sizes to build, comma-separated: ${variantNames().join(', ')} (default: all)`,
        ),
        coerce: choiceList('size', variantNames()),
      })
      .option('quiet', {
        type: 'boolean',
        default: false,
        describe: t(msg`Print only the summary`),
      })
      .option('jobs', {
        describe: t(
          msg`Worker threads, a whole number from 1 (default: one per core, here ${defaultJobs()}, for ${SMALL_BUILD} documents or more; fewer are made in the main thread)`,
        ),
        coerce: wholeNumber('jobs', 1),
      })
      .option('force', {
        type: 'boolean',
        default: false,
        describe: t(msg`Rebuild everything, even what did not change`),
      })
      .option('strict', {
        type: 'boolean',
        default: false,
        describe: t(msg`Any bad group row fails the whole build (nothing is written)`),
      })
      .option('simplex', {
        type: 'boolean',
        default: false,
        describe: t(
          msg`Print files for one-sided printers (default: two-sided, each group starting on a front page; posters and flyers are always one-sided)`,
        ),
      })
      .option('json', {
        type: 'boolean',
        default: false,
        describe: t(msg`Print a machine-readable summary (JSON) on stdout`),
      })
      .option('shard', {
        type: 'string',
        describe: t(msg`Build only share i of n of the groups (e.g. 2/4), stable by group id`),
        coerce: parsed('shard', msg`i/n with 1 ≤ i ≤ n (e.g. 2/4)`, parseShard),
      })
      .option('site', {
        type: 'boolean',
        default: false,
        describe: t(
          msg`Also write the static download site to <out>/site, offering the documents --kind and --size ask for (secret: --secret)`,
        ),
      })
      .option('site-views', {
        type: 'boolean',
        default: true,
        describe: t(
          msg`With --site: each PDF's pages as pictures, opened by "Xem" (--no-site-views: "Xem" opens the PDF, and the site builds far faster)`,
        ),
      })
      .option('secret', {
        type: 'string',
        describe: t(msg`Secret of the site's group links (default: $PHUONG_PRINT_SECRET)`),
      })
      .option('watch', {
        type: 'boolean',
        default: false,
        describe: t(
          msg`After building, rebuild whenever the campaign, its templates, the groups or the rosters change (Ctrl-C stops)`,
        ),
      })
      .option('sign-print', {
        type: 'boolean',
        default: false,
        describe: t(msg`With --sign: also sign the notices' print file (an invisible signature)`),
      })
      .option('pdfa', {
        type: 'boolean',
        default: false,
        describe: t(msg`Make every PDF an archival PDF/A-2b file`),
      })
      .option('base-url', {
        type: 'string',
        describe: t(msg`Where the site will be published (for the QR codes on its office page)`),
        coerce: baseUrl,
      })
      .example(
        '$0 build --campaign examples/hai-phong/campaign.yaml --groups examples/hai-phong/groups.csv --out out',
        t(msg`Build everything`),
      )
      .example(
        '$0 build --campaign c.yaml --groups g.xlsx --kind notice --group 5',
        t(msg`One notice for group 5`),
      )
      .example(
        'PHUONG_PRINT_SIGN_PASSWORD=… $0 build --campaign c.yaml --groups g.csv --kind notice --sign chu-tich.p12 --pdfa',
        t(msg`Signed, archival notices`),
      ),
  handler: async (args, run) => {
    // A wrong --out (under a file, not writable) is said at once, before the password is asked
    // and the inputs read (a ward's groups file and templates take seconds); the folder itself is
    // made only once the inputs are good (output/build.ts), so a refused build leaves none.
    checkFolderSync(args.out);
    // Checked before building: a missing secret must not cost a whole build first.
    const secret = args.site ? resolveSecret(args.secret, process.env) : undefined;
    if (args['site-views'] === false && !args.site) {
      throw new UserError(
        msg`--no-site-views is given without --site`,
        { field: '--no-site-views' },
        msg`Add --site, or leave out --no-site-views.`,
      );
    }
    const sign = await signRequest(args);
    if (args.watch) {
      const { buildAndWatch } = await import('./build-watch.js');
      await buildAndWatch(args, (signal, reporter) =>
        buildOnce(args, secret, sign, signal, reporter, run.today()),
      );
      return;
    }
    const reporter = createReporter({ json: Boolean(args.json), quiet: Boolean(args.quiet) });
    // Ctrl-C (or SIGTERM: a service manager, `kill`): stop after the documents being drawn, keep
    // what is whole, write the manifest; a second one kills. SIGTERM's default ended the process
    // at once, with its temporary files and no manifest.
    const abort = new AbortController();
    const onStop = () => {
      if (abort.signal.aborted) process.exit(130);
      abort.abort();
    };
    process.on('SIGINT', onStop);
    process.on('SIGTERM', onStop);
    const result = await buildOnce(args, secret, sign, abort.signal, reporter, run.today()).finally(
      () => {
        process.off('SIGINT', onStop);
        process.off('SIGTERM', onStop);
      },
    );
    if (result.interrupted || result.printCut) process.exitCode = 130;
    else if (result.failed.length > 0) process.exitCode = 1;
  },
};

/**
 * What the site's pages offer: only the documents --kind and --size ask for (issue 13), so a
 * site built with them is said to lack the others, with the way to offer them all.
 */
function offeredLine(offered: readonly string[], args: Pick<BuildArgs, 'kind' | 'size'>): Message {
  // A notice marked secret is never put online (ward.ts webOutputs): with --kind notice, nothing.
  if (offered.length === 0) return msg`the groups' pages offer no document to download`;
  const byKind = Boolean(args.kind?.length && !args.kind.includes('all'));
  // --size narrows only the kinds made in sizes (a poster's A4/A3): with none offered, unsaid.
  const sized = KIND_INFO.some((k) => 'variants' in k && offered.includes(k.name));
  const bySize = Boolean(args.size?.length) && sized;
  const kinds = kindWords(offered);
  if (!byKind && !bySize) return msg`the groups' pages offer: ${kinds}`;
  const options =
    byKind && bySize ? msg`--kind and --size` : verbatim(byKind ? '--kind' : '--size');
  return msg`the groups' pages offer only ${kinds}, as ${options} asked; a build without ${options} puts every document on the site`;
}

/** One build as the options ask, reported by `reporter`, and the download site if asked for. */
async function buildOnce(
  args: BuildArgs,
  secret: string | undefined,
  sign: Awaited<ReturnType<typeof signRequest>>,
  signal: AbortSignal,
  reporter: Reporter,
  today: string,
): Promise<BuildResult> {
  // The build's modules (the renderer, pdfkit, the worker pool) load only when it runs: a
  // mistyped option is answered without them (main.ts).
  const { build } = await import('../output/build.js');
  let inputsRead = false;
  const result = await build({
    campaign: args.campaign,
    groups: args.groups,
    out: args.out,
    kinds: args.kind,
    groupIds: args.group,
    variants: args.size,
    rosters: args.rosters,
    templateDir: args.templates,
    jobs: args.jobs,
    force: args.force,
    strict: args.strict,
    simplex: args.simplex,
    shard: args.shard,
    pdfa: args.pdfa,
    today,
    // The site hands out the build's own PDFs: tagged, as serve's downloads are (qa41 MAJOR-2).
    tagged: secret !== undefined,
    sign,
    signPrint: args['sign-print'],
    signal,
    onInputs: (read) => {
      inputsRead = true;
      reporter.onInputs(read);
    },
    onProgress: (p) => reporter.onProgress(p),
  }).catch(async (e: unknown) => {
    reporter.stop();
    // Failed before the inputs were read: the error still names the groups in the ward's word.
    if (!inputsRead) setCliTerm(await wardTermOf(args.campaign, args.groups));
    throw e;
  });
  reporter.done(result, args.out);
  if (secret !== undefined) {
    // The site's modules (the web views) load only with --site.
    const { writeSite } = await import('../serve/site.js');
    const site = await writeSite({
      campaign: args.campaign,
      groups: args.groups,
      rosters: args.rosters,
      templateDir: args.templates,
      out: args.out,
      secret,
      baseUrl: args['base-url'],
      written: result.manifest.files,
      force: args.force,
      views: args['site-views'] !== false,
      jobs: args.jobs,
      kinds: args.kind,
      variants: args.size,
    });
    process.stdout.write(
      `${t(msg`wrote the download site (${site.files} files) to ${site.dir}; the office page's secret address is in ${site.adminFile}`)}\n`,
    );
    process.stdout.write(`${t(offeredLine(site.offered, args))}\n`);
    // A narrower --kind replaces a fuller site whole (site.ts): the leaders' links lose the
    // other documents, which stdout's "offer only" line says among the build's lines. Warned on
    // stderr, naming them: the office may have sent those links out already.
    if (site.dropped.length > 0) {
      const gone = kindWords(site.dropped);
      // A notice marked secret is never put online: --kind notice may leave nothing to open.
      const said = site.offered.length
        ? msg`the new site ${site.dir} no longer offers the ${gone} the site it replaced offered: the groups' links now open only ${kindWords(site.offered)}, as --kind asked`
        : msg`the new site ${site.dir} no longer offers the ${gone} the site it replaced offered: the groups' links now open no document, as --kind asked`;
      process.stderr.write(`${t(msg`warning:`)} ${t(said)}\n`);
      process.stderr.write(
        `${t(msg`hint:`)} ${t(msg`build the site again without --kind, or with --kind naming every document the groups' leaders need`)}\n`,
      );
    }
    // A narrower --size, the same (review52 #12): "áp phích A3" gone from the leaders' pages.
    if (site.droppedSizes.length > 0) {
      const gone = joined(
        site.droppedSizes.map((d) => joined([kindWords([d.kind]), d.variant.toUpperCase()], ' ')),
        ', ',
      );
      process.stderr.write(
        `${t(msg`warning:`)} ${t(msg`the new site ${site.dir} no longer offers the ${gone} the site it replaced offered, as --size asked`)}
`,
      );
      process.stderr.write(
        `${t(msg`hint:`)} ${t(msg`build the site again without --size, or with --size naming every size the groups' leaders need`)}
`,
      );
    }
    // The views' pictures are most of the site's build time and files: said, with the way out.
    if (site.pictures > 0) {
      process.stdout.write(
        `${t(msg`drew ${site.pictures} page pictures for the documents' page-by-page views ("Xem"); --no-site-views leaves them out ("Xem" then opens the PDF)`)}\n`,
      );
    }
    // The site's tracking sheets name the residents (qa46 F4): a static site cannot be closed
    // as the studio's leaders' pages can, so the office is told where the names are and how
    // to keep them off it. Warned, not refused: the build it asked for is made.
    // Only a site offering the tracking sheet: no other document prints the roster's names.
    if (args.rosters && site.offered.includes('tracker')) {
      process.stderr.write(
        `${t(msg`warning:`)} ${t(msg`the site ${site.dir} holds the residents' names and addresses of the rosters: each group's tracker.pdf, tracker.preview.png and all.zip (and, with the page views, tracker.html and its tracker.page-*.png pictures), and the office page's ward.zip; anyone with a group's link sees them, and a static site cannot be closed`)}\n`,
      );
      process.stderr.write(
        `${t(msg`hint:`)} ${t(msg`publish it only where the links stay private and delete it from the host when the campaign ends, or build the site without --rosters (the tracking sheets then print blank numbered rows)`)}\n`,
      );
    }
  }
  return result;
}
