/**
 * CLI command `studio`: the culture office's web studio — sign in, make a campaign, upload the
 * groups, preview, build and download — over the data folder DIR (its store and campaigns/).
 * Runs until Ctrl-C / SIGTERM.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Argv } from 'yargs';
import { type Message, msg, withTerm } from '../messages/message.js';
import { normalizeBaseUrl } from '../serve/links.js';
import { databaseUrl } from '../store/database-url.js';
import { addressTailProblem } from '../studio/address-tail.js';
import type { createStudio } from '../studio/app.js';
import type { RunningBuild, StoppedBuild } from '../studio/builds.js';
import { t } from './language.js';
import type { CommandParts } from './main.js';
import { baseUrl, parsed, wholeNumber } from './option-values.js';
import { closeOnSignal } from './until-stopped.js';

interface StudioArgs {
  data: string;
  host: string;
  port: number;
  'base-url'?: string;
  'trust-proxy': boolean;
  'leader-site'?: string;
  'database-url'?: string;
}

type Studio = Awaited<ReturnType<typeof createStudio>>;

export const command: CommandParts<StudioArgs> = {
  builder: (y: Argv) =>
    y
      .option('data', {
        type: 'string',
        demandOption: true,
        describe: t(msg`Data folder: the store (users, sessions) and campaigns/<name>/`),
      })
      .option('database-url', {
        type: 'string',
        describe: t(
          msg`PostgreSQL for the users and sessions instead of the data folder's SQLite file: postgres://… (default: $PHUONG_PRINT_DATABASE_URL)`,
        ),
      })
      .option('host', {
        type: 'string',
        default: '127.0.0.1',
        describe: t(msg`Address to listen on`),
      })
      .option('port', {
        default: 8090,
        describe: t(msg`Port to listen on, 0 to 65535 (0: any free port)`),
        coerce: wholeNumber('port', 0, 65535),
      })
      .option('base-url', {
        type: 'string',
        describe: t(
          msg`Public address of the studio (https: the requests by it get a Secure cookie and HSTS)`,
        ),
        coerce: baseUrl,
      })
      .option('leader-site', {
        type: 'string',
        describe: t(
          msg`Only if a separate \`serve\` also publishes the leaders' pages: its address (the build tab links to its /admin). Not needed: the studio publishes them itself (tab Trang tổ trưởng)`,
        ),
        coerce: parsed('leader-site', msg`an http:// or https:// address`, normalizeBaseUrl),
      })
      .option('trust-proxy', {
        type: 'boolean',
        default: false,
        describe: t(
          msg`Behind a reverse proxy: client address from X-Forwarded-For, host from X-Forwarded-Host, and X-Forwarded-Proto: http believed (https there is read without this flag too)`,
        ),
      })
      .epilogue(
        t(
          msg`Environment: PHUONG_PRINT_ADMIN_PASSWORD (first start only: the password of user "admin"), PHUONG_PRINT_DATABASE_URL (as --database-url).`,
        ),
      ),
  handler: async (args) => {
    // The studio's modules (Fastify, the store's driver…) load only for this command, and the
    // web application's only once the start's cheap checks passed (a port in use is said at once).
    const [{ openStore, SQLITE_FILE_NAME }, firstUser, { lockDataFolder }, portProbe] =
      await Promise.all([
        import('../store/open-store.js'),
        import('../studio/first-user.js'),
        import('../studio/data-folder-lock.js'),
        import('./port-probe.js'),
      ]);
    const { withWayBack } = portProbe;
    refuseFolderAddress(args['base-url']);
    const url = databaseUrl(args['database-url']);
    const password = process.env.PHUONG_PRINT_ADMIN_PASSWORD || undefined;
    // A first start (no store file yet) without its password is refused before the store is
    // made: neither the data folder nor an empty SQLite file with no user is left behind.
    if (!url && !existsSync(join(resolve(args.data), SQLITE_FILE_NAME)))
      firstUser.firstUserPassword(password);
    // What can fail cheaply is checked before the store is opened (qa35 MAJOR-1): opening brings
    // an older store up to date, after which the version that wrote it no longer opens it. A new
    // version started by mistake beside the old studio still running must leave it as it was.
    // What the studio writes (the data folder, the residents lists, the groups files, the
    // tracking sheets and ZIPs) is readable by its own account only (qa46 F2): this process
    // writes nothing outside the data folder but backups, already private. A refused start puts
    // the umask back (the command's code is also run inside a test's process).
    const umask = process.umask(0o077);
    const lock = await lockDataFolder(args.data).catch((e: unknown) => {
      process.umask(umask);
      throw e;
    });
    const out = (line: Message) => process.stdout.write(`${t(line)}\n`);
    let store: Awaited<ReturnType<typeof openStore>> | undefined;
    let app: Studio | undefined;
    let address: string;
    try {
      // The port before the application's modules load and the store opens: the port can still
      // be taken between this check and the listen, whose own error is then said the same way.
      await portProbe.refusePortInUse(args.host, args.port);
      const [{ createStudio }, { wordNoticeImporter }, { refuseUnwritableStore }] =
        await Promise.all([
          import('../studio/app.js'),
          import('../studio/notice-import.js'),
          import('../store/storage-fault.js'),
        ]);
      store = await openStore({ dataDir: args.data, url, say: out, settings: true });
      // A store it cannot write would let the studio say it runs while no one can sign in (qa25b F1).
      await refuseUnwritableStore(store);
      if (await firstUser.ensureFirstUser(store.db, password)) {
        out(msg`created user "admin" with the password in PHUONG_PRINT_ADMIN_PASSWORD`);
      }
      app = await createStudio({
        dataDir: args.data,
        store,
        baseUrl: args['base-url'],
        trustProxy: args['trust-proxy'],
        leaderSiteUrl: args['leader-site']?.replace(/\/+$/, ''),
        importNotice: wordNoticeImporter,
        onStoppingBuilds: (running) => {
          for (const b of running) out(stoppingSaid(b));
        },
        onBuildsStopped: (stopped) => {
          for (const b of stopped) out(stoppedSaid(b));
        },
      });
      address = await app.listen({ host: args.host, port: args.port });
    } catch (e) {
      process.umask(umask);
      await app?.close().catch(() => {});
      await store?.close().catch(() => {});
      await lock.release().catch(() => {});
      await lock.removeIfMadeEmpty();
      throw await withWayBack(e, store);
    }
    await lock.listening(address);
    out(msg`studio on ${address} (data: ${args.data})`);
    await closeOnSignal(app, () =>
      out(msg`stopping: new requests are refused, those under way get a few seconds to finish`),
    );
    await store.close();
    await lock.release().catch(() => {});
    process.umask(umask);
    out(msg`stopped`);
  },
};

/**
 * A public address with anything after its host name is refused as Cài đặt refuses it
 * (studio/address-tail.ts): a folder of the name (https://ubnd.gov.vn/studio) whose links would
 * open nothing behind a proxy, or a page's address copied whole (https://x.vn/c/…).
 */
function refuseFolderAddress(base: string | undefined): void {
  if (base === undefined) return;
  const problem = addressTailProblem(new URL(base));
  if (problem) throw problem;
}

/** The campaign as the studio names it, in quotes: “Diễn tập phòng cháy…”. */
const titled = (b: RunningBuild) => `“${b.title}”`;

/** The console's line of a build the stop waits for, in the ward's word ("các thôn đang tạo dở"). */
export const stoppingSaid = (b: RunningBuild): Message =>
  withTerm(
    msg`stopping the build of ${titled(b)} in progress: the groups being made stop after the document being drawn, their folders left as the last build made them, and the groups finished keep their files; build again to complete it`,
    b.term,
  );

/** The console's line of a build once stopped: what it left, or that it had finished. */
export const stoppedSaid = (b: StoppedBuild): Message =>
  withTerm(
    b.left === undefined
      ? msg`the build of ${titled(b)} had finished when the studio stopped: all ${b.total} groups made`
      : msg`the build of ${titled(b)} stopped: ${b.total - b.left} of ${b.total} groups finished, ${b.left} not finished; the ${b.kept ?? 0} files made are kept; build again to complete it`,
    b.term,
  );
