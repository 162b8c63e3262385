/**
 * CLI command `serve`: the download pages over HTTP — each group leader's page behind their
 * secret link, and the culture office's page behind its password. Runs until Ctrl-C / SIGTERM.
 */
import type { Argv } from 'yargs';
import type { UserError } from '../errors.js';
import { type Message, msg } from '../messages/message.js';
import { campaignKey } from '../results/campaign-key.js';
import { DEV_SECRET, resolveSecret } from '../serve/tokens.js';
import { shellQuoted } from '../shell-quoted.js';
import { databaseUrl } from '../store/database-url.js';
import type { Store } from '../store/open-store.js';
import { cliLanguage, cliTerm, setCliTerm, t } from './language.js';
import type { CommandParts } from './main.js';
import { baseUrl, numberFrom, wholeNumber } from './option-values.js';
import { closeOnSignal } from './until-stopped.js';
import { UsageError } from './usage.js';

interface ServeArgs {
  campaign: string;
  groups: string;
  rosters?: string;
  templates?: string;
  host: string;
  port: number;
  secret?: string;
  dev: boolean;
  'base-url'?: string;
  'cache-dir': string;
  'cache-mb': number;
  'rate-limit': number;
  'trust-proxy': boolean;
  watch: boolean;
  data?: string;
  'database-url'?: string;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export const command: CommandParts<ServeArgs> = {
  builder: (y: Argv) =>
    y
      .option('campaign', { type: 'string', demandOption: true, describe: t(msg`Campaign file`) })
      .option('groups', {
        type: 'string',
        demandOption: true,
        describe: t(
          msg`Groups: .csv, .xlsx, .txt (Excel "Unicode Text") or .docx (a table in Word)`,
        ),
      })
      .option('rosters', {
        type: 'string',
        describe: t(
          msg`Rosters for the tracking sheets: a folder of <group id> files, or one file for the whole ward`,
        ),
      })
      .option('templates', {
        type: 'string',
        describe: t(
          msg`Folder of templates overriding the built-in ones (default: the campaign's templates/)`,
        ),
      })
      .option('host', {
        type: 'string',
        default: '127.0.0.1',
        describe: t(msg`Address to listen on`),
      })
      .option('port', {
        default: 8080,
        describe: t(msg`Port to listen on, 0 to 65535 (0: any free port)`),
        coerce: wholeNumber('port', 0, 65535),
      })
      .option('secret', {
        type: 'string',
        describe: t(msg`Secret the group links derive from (default: $PHUONG_PRINT_SECRET)`),
      })
      .option('dev', {
        type: 'boolean',
        default: false,
        describe: t(msg`Development: allow a built-in secret (loopback only)`),
      })
      .option('base-url', {
        type: 'string',
        describe: t(msg`Public address of the server, for the links and QR codes on /admin`),
        coerce: baseUrl,
      })
      .option('cache-dir', { type: 'string', default: 'out/.cache', describe: t(msg`Disk cache`) })
      .option('cache-mb', {
        default: 64,
        describe: t(msg`Memory cache bound (MB; 0: no memory cache)`),
        coerce: numberFrom('cache-mb', 0),
      })
      .option('rate-limit', {
        default: 300,
        describe: t(msg`Most requests per minute from one client, a whole number from 1`),
        coerce: wholeNumber('rate-limit', 1),
      })
      .option('trust-proxy', {
        type: 'boolean',
        default: false,
        describe: t(
          msg`Behind a reverse proxy: client address from X-Forwarded-For, host from X-Forwarded-Host, and X-Forwarded-Proto: http believed (https there is read without this flag too)`,
        ),
      })
      .option('watch', {
        type: 'boolean',
        default: true,
        describe: t(
          msg`Serve edited inputs (campaign, groups, rosters, templates) without a restart; --no-watch: on SIGHUP only`,
        ),
      })
      .option('data', {
        type: 'string',
        describe: t(
          msg`Data folder: keeps the groups' reported figures (a SQLite file); without it, no figures are taken`,
        ),
      })
      .option('database-url', {
        type: 'string',
        describe: t(
          msg`PostgreSQL instead of --data: postgres://… (default: $PHUONG_PRINT_DATABASE_URL)`,
        ),
      })
      .epilogue(
        t(
          msg`Environment: PHUONG_PRINT_SECRET (the links' secret), PHUONG_PRINT_ADMIN_PASSWORD (user "admin" on /admin; without it /admin is 404).`,
        ),
      ),
  handler: async (args, run) => {
    if (args.dev && !LOOPBACK.has(args.host)) {
      // Two options that do not go together: a command-line mistake, exit 2 (qa38 m3).
      throw new UsageError(
        msg`--host ${args.host} cannot go with --dev: ${msg`--dev listens on loopback only`}`,
        msg`Drop --host, or set PHUONG_PRINT_SECRET and drop --dev.`,
      );
    }
    const secret = resolveSecret(args.secret, process.env, args.dev);
    // A port in use is said before the inputs are loaded and copied and the server's modules
    // loaded (seconds for a ward): the office learns it at once. The port can still be taken
    // between this check and the listen: the listen's own error is then said the same way.
    const { refusePortInUse, withWayBack } = await import('./port-probe.js');
    await refusePortInUse(args.host, args.port);
    const wardOptions = {
      campaign: args.campaign,
      groups: args.groups,
      rosters: args.rosters,
      templateDir: args.templates,
      today: run.today,
    };
    // The web server's modules (Fastify…) load only for `serve`: a build does not carry them.
    const [
      { createServer, replaceInputs },
      { createDocumentPool, SERVE_POOL },
      { rendererOver },
      { loadInputs, startReloader },
    ] = await Promise.all([
      import('../serve/app.js'),
      import('../serve/pool-renderer.js'),
      import('../serve/renderer.js'),
      import('../serve/reload.js'),
    ]);
    // The server and its workers work from one frozen copy of the inputs (snapshot.ts), replaced
    // whole when the files change (reload.ts).
    const first = await loadInputs(wardOptions);
    const { ward } = first;
    // Its messages name the groups in the ward's word ("đang phục vụ 12 khu phố…").
    setCliTerm(ward.term);
    const adminPassword = process.env.PHUONG_PRINT_ADMIN_PASSWORD || undefined;
    // Until the reloader owns the copy of the inputs, a start that fails (a port in use, a data
    // folder it cannot open) removes it: the copy may hold the rosters, personal data that must
    // not stay in the temporary folder of a server that never ran.
    let store: Awaited<ReturnType<typeof openResultsStore>> | undefined;
    let pool: ReturnType<typeof createDocumentPool> | undefined;
    let app: Awaited<ReturnType<typeof createServer>> | undefined;
    let address: string;
    try {
      // The port was checked before the store (above; qa35 MAJOR-1): opening brings an older
      // store up to date, and a start that then fails on a port in use must not have changed it.
      store = await openResultsStore(args, (note) => process.stdout.write(`${t(note)}\n`));
      // A store that cannot be written keeps no figure: refused here, not on a leader's send.
      if (store) {
        const { refuseUnwritableStore } = await import('../store/storage-fault.js');
        await refuseUnwritableStore(store);
      }
      // Documents render in worker threads: a cold render never holds up other requests. One pool
      // for the server's life: each task carries its group's context, so a reloaded ward renders
      // in the same threads (a pool per reload started threads, and their memory, each time).
      pool = createDocumentPool(SERVE_POOL);
      app = await createServer({
        results: store && {
          db: store.db,
          campaign: campaignKey(ward.campaign),
          measures: ward.campaign.measures,
        },
        ward,
        renderer: rendererOver(ward, pool),
        secret,
        adminPassword,
        baseUrl: args['base-url'],
        cacheDir: args['cache-dir'],
        cacheBytes: args['cache-mb'] * 1024 * 1024,
        rateLimit: args['rate-limit'],
        trustProxy: args['trust-proxy'],
        today: run.today,
      });
      address = await app.listen({ host: args.host, port: args.port });
    } catch (e) {
      await app?.close().catch(() => {});
      await pool?.close().catch(() => {});
      await store?.close().catch(() => {});
      await first.snapshot.remove().catch(() => {});
      throw await withWayBack(e, store);
    }
    const out = (line: Message) => process.stdout.write(`${t(line)}\n`);
    const warn = (line: string) => process.stderr.write(`${t(msg`warning:`)} ${line}\n`);
    // What `check` warns of the inputs (a day no calendar has, a day already past, a column
    // nothing prints), as check says it (qa29 m4: an office that only ran serve was never told,
    // and a leader's page said the campaign had ended). It serves anyway. Named by the office's
    // own files, not the server's copies of them (snapshot.ts). Not check's notes of what a
    // build makes (the kinds a campaign skips). Once at start, then after each reload the
    // warnings that are new since the load before (review 38 #11).
    const { isBuildNote } = await import('../output/inputs.js');
    let said = new Set<string>();
    const sayWarnings = (loaded: typeof first) => {
      const now = new Set<string>();
      for (const e of loaded.ward.warnings.filter((w) => !isBuildNote(w))) {
        const w = loaded.snapshot.original(e) as UserError;
        const line = w.describe(cliLanguage(), cliTerm());
        now.add(line);
        if (said.has(line)) continue;
        warn(line);
        const hint = w.hintIn(cliLanguage(), cliTerm());
        if (hint) process.stderr.write(`${t(msg`hint:`)} ${hint}\n`);
      }
      said = now;
    };
    const reloader = await startReloader({
      inputs: wardOptions,
      first,
      apply: (next) => {
        // The lines after a reload name the groups in the word the edited campaign says.
        setCliTerm(next.ward.term);
        replaceInputs(app, next.ward, rendererOver(next.ward, pool));
        // After the "reloaded" line the reloader says next.
        queueMicrotask(() => sayWarnings(next));
      },
      log: (line, problem) =>
        problem ? warn(line(cliLanguage())) : process.stdout.write(`${line(cliLanguage())}\n`),
      watch: args.watch,
    });
    const reloadOnHup = () => {
      reloader.reload('SIGHUP').catch(() => {});
    };
    process.on('SIGHUP', reloadOnHup);
    out(msg`serving ${ward.groups.length} groups of ${ward.campaign.issuer.ward} on ${address}`);
    sayWarnings(first);
    if (args.dev && secret !== args.secret && !process.env.PHUONG_PRINT_SECRET) {
      out(msg`warning: --dev uses a built-in secret: these links are not private`);
    }
    out(
      adminPassword
        ? msg`office page: ${address}/admin (user "admin")`
        : msg`office page off: set PHUONG_PRINT_ADMIN_PASSWORD to enable /admin`,
    );
    if (store) {
      out(
        ward.campaign.measures.length > 0
          ? msg`figures kept in ${store.file ?? 'PostgreSQL'}`
          : msg`warning: the campaign declares no measures: leaders have no figures to report`,
      );
    } else if (ward.campaign.measures.length > 0) {
      // The campaign asks for figures that nothing would keep: the leaders' pages have no form,
      // and the office waits for figures that cannot come (qa9 Q12).
      out(
        msg`warning: ${args.campaign} declares ${ward.campaign.measures.length} measures but no data folder keeps the figures: leaders have no form to report them; add --data <folder> (or --database-url)`,
      );
    }
    out(
      // With the built-in secret, the command to paste: `links` makes the same links only with
      // --dev, and this server is their address (qa40 m8: the line named no --dev, and `links`
      // refused every secret the clerk did not have).
      linksCommand(secret, args.secret, args.groups, args['base-url'], address),
    );
    out(
      args.watch
        ? msg`edits to the inputs are served as they are saved (or on SIGHUP)`
        : msg`edited inputs are served on SIGHUP`,
    );
    await closeOnSignal(app);
    // No reload may start once the pool is closing: it would make a renderer over a closed pool.
    process.off('SIGHUP', reloadOnHup);
    await reloader.close();
    await pool.close();
    await store?.close();
    out(msg`stopped`);
  },
};

/**
 * The `links` command that makes this server's leader links, to paste: with --dev, or with a
 * placeholder for the secret serve was given on its command line. No secret is printed: one from
 * PHUONG_PRINT_SECRET is named by the variable and the option instead.
 */
function linksCommand(
  secret: string,
  given: string | undefined,
  groups: string,
  baseUrl: string | undefined,
  address: string,
): Message {
  const q = shellQuoted;
  // --dev listens on loopback: its address is the links' own. Another server's listening
  // address (0.0.0.0, a proxy's loopback) is no address a leader opens.
  if (secret === DEV_SECRET)
    return msg`leader links: phuong-print links --dev --groups ${q(groups)} --base-url ${baseUrl ?? address}`;
  const base = baseUrl ?? msg`<public address>`;
  // Given with --secret: named, never printed (a server's output is kept: journald, a screen's
  // scrollback; whoever reads it could make every leader's link). The office pastes it in place
  // of the placeholder, as it does the public address.
  if (given !== undefined && given !== '')
    return msg`leader links: phuong-print links --secret '${msg`<the secret given to serve --secret>`}' --groups ${q(groups)} --base-url ${base}`;
  return msg`leader links: phuong-print links --groups ${q(groups)} --base-url ${base} (with this server's PHUONG_PRINT_SECRET set, or --secret and the same secret)`;
}

/** The store of the groups' figures, when a data folder or a database is given; `say` is told what opening did to an earlier version's store (openStore). */
export async function openResultsStore(
  args: {
    data?: string;
    'database-url'?: string;
  },
  say?: (note: Message) => void,
): Promise<Store | undefined> {
  const url = databaseUrl(args['database-url']);
  if (!url && !args.data) return undefined;
  const { openStore } = await import('../store/open-store.js');
  return openStore({ dataDir: args.data, url, say });
}
