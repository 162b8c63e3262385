/**
 * CLI command `serve`: the download pages over HTTP — each group leader's page behind their
 * secret link, and the culture office's page behind its password. Runs until Ctrl-C / SIGTERM.
 */
import type { Argv } from 'yargs';
import { UserError } from '../errors.js';
import { resolveSecret } from '../serve/tokens.js';
import type { CommandParts } from './main.js';
import { baseUrl, numberFrom, wholeNumber } from './option-values.js';

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
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export const command: CommandParts<ServeArgs> = {
  builder: (y: Argv) =>
    y
      .option('campaign', { type: 'string', demandOption: true, describe: 'Campaign file' })
      .option('groups', {
        type: 'string',
        demandOption: true,
        describe: 'Groups: .csv, .xlsx or .txt (Excel "Unicode Text")',
      })
      .option('rosters', { type: 'string', describe: 'Folder of rosters for the tracking sheets' })
      .option('templates', {
        type: 'string',
        describe:
          "Folder of templates overriding the built-in ones (default: the campaign's templates/)",
      })
      .option('host', { type: 'string', default: '127.0.0.1', describe: 'Address to listen on' })
      .option('port', {
        default: 8080,
        describe: 'Port to listen on, 0 to 65535 (0: any free port)',
        coerce: wholeNumber('port', 0, 65535),
      })
      .option('secret', {
        type: 'string',
        describe: 'Secret the group links derive from (default: $PHUONG_PRINT_SECRET)',
      })
      .option('dev', {
        type: 'boolean',
        default: false,
        describe: 'Development: allow a built-in secret (loopback only)',
      })
      .option('base-url', {
        type: 'string',
        describe: 'Public address of the server, for the links and QR codes on /admin',
        coerce: baseUrl,
      })
      .option('cache-dir', { type: 'string', default: 'out/.cache', describe: 'Disk cache' })
      .option('cache-mb', {
        default: 64,
        describe: 'Memory cache bound (MB, 0: none)',
        coerce: numberFrom('cache-mb', 0),
      })
      .option('rate-limit', {
        default: 300,
        describe: 'Requests/min per client, a whole number from 1',
        coerce: wholeNumber('rate-limit', 1),
      })
      .option('trust-proxy', {
        type: 'boolean',
        default: false,
        describe: 'Behind a reverse proxy: client address from X-Forwarded-For',
      })
      .option('watch', {
        type: 'boolean',
        default: true,
        describe:
          'Serve edited inputs (campaign, groups, rosters, templates) without a restart; --no-watch: on SIGHUP only',
      })
      .epilogue(
        'Environment: PHUONG_PRINT_SECRET (the links\' secret), PHUONG_PRINT_ADMIN_PASSWORD (user "admin" on /admin; without it /admin is 404).',
      ),
  handler: async (args) => {
    if (args.dev && !LOOPBACK.has(args.host)) {
      throw new UserError(
        '--dev listens on loopback only',
        { field: '--host' },
        'Drop --host, or set PHUONG_PRINT_SECRET and drop --dev.',
      );
    }
    const secret = resolveSecret(args.secret, process.env, args.dev);
    const wardOptions = {
      campaign: args.campaign,
      groups: args.groups,
      rosters: args.rosters,
      templateDir: args.templates,
    };
    // The web server's modules (Fastify…) load only for `serve`: a build does not carry them.
    const [{ createServer, replaceInputs }, { createPoolRenderer }, { loadInputs, startReloader }] =
      await Promise.all([
        import('../serve/app.js'),
        import('../serve/pool-renderer.js'),
        import('../serve/reload.js'),
      ]);
    // The server and its workers work from one frozen copy of the inputs (snapshot.ts), replaced
    // whole when the files change (reload.ts).
    const first = await loadInputs(wardOptions);
    const { ward } = first;
    const adminPassword = process.env.PHUONG_PRINT_ADMIN_PASSWORD || undefined;
    const app = await createServer({
      ward,
      // Documents render in worker threads: a cold render never holds up other requests.
      renderer: createPoolRenderer(ward),
      secret,
      adminPassword,
      baseUrl: args['base-url'],
      cacheDir: args['cache-dir'],
      cacheBytes: args['cache-mb'] * 1024 * 1024,
      rateLimit: args['rate-limit'],
      trustProxy: args['trust-proxy'],
    });
    const address = await app.listen({ host: args.host, port: args.port });
    const out = (line: string) => process.stdout.write(`${line}\n`);
    const reloader = await startReloader({
      inputs: wardOptions,
      first,
      apply: (next) => replaceInputs(app, next.ward, createPoolRenderer(next.ward)),
      log: (line, problem) => (problem ? process.stderr.write(`warning: ${line}\n`) : out(line)),
      watch: args.watch,
    });
    const reloadOnHup = () => {
      reloader.reload('SIGHUP').catch(() => {});
    };
    process.on('SIGHUP', reloadOnHup);
    out(`serving ${ward.groups.length} groups of ${ward.campaign.issuer.ward} on ${address}`);
    if (args.dev && secret !== args.secret && !process.env.PHUONG_PRINT_SECRET) {
      out('warning: --dev uses a built-in secret: these links are not private');
    }
    out(
      adminPassword
        ? `office page: ${address}/admin (user "admin")`
        : 'office page off: set PHUONG_PRINT_ADMIN_PASSWORD to enable /admin',
    );
    out('leader links: phuong-print links --groups <file> --base-url <public address>');
    out(
      args.watch
        ? 'edits to the inputs are served as they are saved (or on SIGHUP)'
        : 'edited inputs are served on SIGHUP',
    );
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        process.off('SIGHUP', reloadOnHup);
        app.close().then(
          () => resolve(),
          () => resolve(),
        );
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await reloader.close();
    out('stopped');
  },
};
