/**
 * Studio stage: the culture office's web studio (Fastify). In: the data folder and its store.
 * Out: a Fastify instance where signed-in users make, check, preview, build and download their
 * campaigns — folders under DIR/campaigns/ that the CLI reads as they are.
 *
 * Safety: every route needs a session except the sign-in page, the style/script files and the
 * health check (`config.public`); every POST carries the session's CSRF token; secure headers and a strict CSP
 * (no inline script), a rate limit per client, no request logging, no detail in errors.
 */

import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { isUserError } from '../errors.js';
import { BARE_SECURITY_HEADERS, helmetOptions, limitConnections } from '../serve/app.js';
import { codeReplacedLog, codeReplacedOf } from '../serve/code-replaced.js';
import { registerCompression } from '../serve/compress.js';
import { HSTS, reachedOverHttps } from '../serve/https-address.js';
import type { DocumentPool } from '../serve/renderer.js';
import { SignInThrottle } from '../serve/sign-in-throttle.js';
import type { Store } from '../store/open-store.js';
import { type StorageFault, storageFaultOf, storeWriteFault } from '../store/storage-fault.js';
import type { WardToday } from '../ward-time.js';
import { findSession, type Session } from './accounts.js';
import { studioAssets } from './assets.js';
import { Builds, type RunningBuild, type StoppedBuild } from './builds.js';
import { deletedEntry, purgeDeleted, sweepPurging } from './deleted-campaigns.js';
import { type GroupsReading, readGroupsUnder } from './groups-read.js';
import type { Html } from './html.js';
import {
  badAddressPage,
  codeReplacedPage,
  itemPage,
  MAX_UPLOAD_MB,
  problemPage,
  STORAGE_FAULT_TEXT,
  sentencePage,
  statusPage,
  storageFaultPage,
} from './layout.js';
import { LeaderSites } from './leader-sites.js';
import { inVietnameseWithHint } from './messages.js';
import type { NoticeImporter } from './notice-import.js';
import type { PasswordCost } from './passwords.js';
import { Previewer } from './preview.js';
import { privateDataFolder } from './private-folder.js';
import { registerBuildRoutes } from './routes-build.js';
import { registerCampaignAdmin } from './routes-campaign-admin.js';
import { deletedCampaignPage, registerCampaignRoutes } from './routes-campaigns.js';
import { registerGroupRoutes } from './routes-groups.js';
import { registerLeaderRoutes } from './routes-leaders.js';
import { registerPassword } from './routes-password.js';
import { registerPreviewRoutes } from './routes-preview.js';
import { registerResultsRoutes } from './routes-results.js';
import { registerResultsEntryRoutes } from './routes-results-entry.js';
import { registerResultsImportRoutes } from './routes-results-import.js';
import { registerRosterPersonRoutes } from './routes-roster-person.js';
import { registerRosterRoutes, sweepPendingRosters } from './routes-rosters.js';
import { registerSettings } from './routes-settings.js';
import { registerSignIn, SIGN_IN_LIMITS, sessionCookie } from './routes-sign-in.js';
import { registerUsers } from './routes-users.js';
import { ProxyCheck, readPublicAddress } from './settings.js';

export interface StudioOptions {
  /** The data folder: campaigns/ and (by default) the store live here. */
  dataDir: string;
  store: Store;
  /** Public address (https: marks the cookie Secure and turns on HSTS). */
  baseUrl?: string;
  /** Requests per minute and client (default 600: the preview asks for a few images a save). */
  rateLimit?: number;
  trustProxy?: boolean;
  /** Where `serve` publishes the leaders' pages (its office page is <url>/admin), if it runs. */
  leaderSiteUrl?: string;
  /**
   * The clock of the ward's days the campaign checks judge a deadline by (the preview's and the
   * print tab's warnings, the builds'): default `wardDay`; a test's in-process studio, a fixed day.
   */
  today?: WardToday;
  /** Reads the office's Word notice into a campaign.yaml (notice-import.ts); absent: no upload. */
  importNotice?: NoticeImporter;
  /** Where internal errors are reported; stderr by default. */
  logError?: (line: string) => void;
  /** Told when the studio closes while builds run: it waits for them to stop (the console says so). */
  onStoppingBuilds?: (running: RunningBuild[]) => void;
  /**
   * Told, once they stopped, how many groups each stopped build (by campaign) left unmade, or
   * that it had finished whole by then.
   */
  onBuildsStopped?: (stopped: StoppedBuild[]) => void;
  /**
   * What draws the previews and the leaders' pages: worker threads by default (preview.ts).
   * For tests in-process (no CLI flag, variable or request sets it): a studio's two threads each
   * load the renderer's code and fonts again, about a second of CPU apiece.
   */
  makeDocumentPool?: () => DocumentPool;
  /**
   * scrypt's cost for the passwords the studio hashes (passwords.ts PASSWORD_COST by default).
   * For tests a lower one (no CLI flag, variable or request sets it): they sign in hundreds of
   * times, each a 32 MB, ~80 ms hash at the real cost.
   */
  passwordCost?: PasswordCost;
  /**
   * Which peer addresses are the studio's own machine, for the warning about sign-ins over plain
   * http (sign-in-way.ts `isOwnMachineAddress` by default). For tests (no CLI flag,
   * variable or request sets it): a client bound to 127.0.0.2 then stands for another computer.
   */
  ownMachine?: (ip: string) => boolean;
  /**
   * How a large groups list is read (groups-read.ts GroupsReading: from what size in a thread,
   * its heap). For tests (no CLI flag, variable or request sets it): a thread's failure.
   */
  groupsReading?: Omit<GroupsReading, 'log'>;
}

export interface RouteEntry {
  method: string;
  url: string;
  public: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, for the test that checks each one asks for a session. */
    studioRoutes: RouteEntry[];
  }
  interface FastifyRequest {
    studio: Session | null;
  }
  interface FastifyContextConfig {
    /** Answered without a session (the sign-in page, the style sheet and script, /healthz). */
    public?: boolean;
    /** A form whose POST, refused for its session, is answered by its own page (refusedPost). */
    refused?: RefusedPost;
  }
}

/**
 * Why a POST was refused before its route ran: no session any more (signed out elsewhere, a
 * password changed, 12 hours passed), or a form made for an earlier session (its CSRF token).
 */
export type Refusal = 'signed-out' | 'stale-form';

/**
 * A route's answer to its refused POST: a form of long typing (the campaign) shows what was
 * typed again, with what to do, instead of the bare 403 page; it saves nothing.
 */
export type RefusedPost = (
  req: FastifyRequest,
  reply: FastifyReply,
  why: Refusal,
) => Promise<unknown>;

export interface StudioContext {
  opts: StudioOptions;
  campaignsDir: string;
  /**
   * The public address an admin stored on the Cài đặt page (settings.ts), as it is now: read at
   * start and set by the page's save. With the address the studio was started with, it says
   * which requests get a Secure session cookie and HSTS (`isSecure`).
   */
  storedAddress: string | undefined;
  /** Loads campaigns' inputs and renders previews (shared by the preview and build pages). */
  previewer: Previewer;
  /** The campaigns' builds (one at a time per campaign): a campaign is not deleted during one. */
  builds: Builds;
  /** What each Word import guessed, by campaign, for its page after the redirect. */
  importNotes: Map<string, string[]>;
  /**
   * Wrong passwords, counted per browser and per account wherever one is typed (sign-in and the
   * change-password form): guessing on one form counts, and locks out, on the other too.
   */
  passwordGuesses: SignInThrottle;
  /** The leaders' pages of the campaigns the office opened (`/p/<campaign>/…`). */
  leaderSites: LeaderSites;
  /** Sign-ins over plain http from elsewhere with an https public address (Cài đặt warns). */
  proxyCheck: ProxyCheck;
}

/** The public address in force: the one the studio was started with, else the stored one. */
export const addressInForce = (ctx: StudioContext): string | undefined =>
  ctx.opts.baseUrl ?? ctx.storedAddress;

/**
 * Whether the request reached the studio over https, by its public address in force
 * (serve/https-address.ts `reachedOverHttps`): its cookies are then Secure, its answer has HSTS.
 */
export const isSecure = (ctx: StudioContext, headers: IncomingHttpHeaders): boolean =>
  reachedOverHttps(addressInForce(ctx), headers, !!ctx.opts.trustProxy);

/** The signed-in session of a request that passed the session hook. */
export function sessionOf(req: FastifyRequest): Session {
  if (!req.studio) throw new Error('route without session');
  return req.studio;
}

export const sendPage = (reply: FastifyReply, body: string, status = 200) =>
  reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('Cache-Control', 'no-store')
    .send(body);

/** Sends a page about one item of `list` (a user, a campaign), with the way back to the list. */
export const itemPageSender =
  (list: { href: string; label: string }) =>
  (reply: FastifyReply, session: Session, title: string, body: Html, status = 200) =>
    sendPage(reply, itemPage(list, title, session, body), status);

/** A whole request (a 32 MB groups file from a slow office line included) must arrive in this. */
const STUDIO_REQUEST_TIMEOUT_MS = 120_000;
/** Headers come in one packet; dripping them is how a slow client holds sockets (as serve). */
const HEADERS_TIMEOUT_MS = 10_000;

/**
 * Stopping (Ctrl-C, SIGTERM: a restart for an update), the requests in flight get this long to
 * finish; then every connection is closed (qa45 F2: leaders sending over keep-alive connections
 * kept the studio saving for 20 s and more after the signal, and a restart was refused).
 */
const STOP_GRACE_MS = 5_000;

/** The answer to every request arriving while the studio stops: nothing of it is done. */
const stoppingPage = () =>
  sentencePage(
    'Studio đang tắt',
    'Studio đang tắt để khởi động lại (cập nhật hoặc bảo trì), nên việc vừa gửi chưa được làm. Đợi một lát rồi tải lại trang; nếu vừa bấm Lưu, hãy bấm nút quay lại của trình duyệt để về trang đã gõ, rồi bấm Lưu lần nữa.',
  );

/** How long /healthz keeps its answer about the store (a write rolled back each time). */
const HEALTH_CHECK_MS = 3_000;

/** A form field's value: a urlencoded body's string, or a multipart one's `{ value }`. */
export const fieldValue = (field: unknown) =>
  typeof field === 'object' && field !== null ? (field as { value?: unknown }).value : field;

/** A form's text field `name`, NFC, or '' (absent, or a file). */
export function formText(body: unknown, name: string): string {
  const v = fieldValue((body as Record<string, unknown> | undefined)?.[name]);
  return typeof v === 'string' ? v.normalize('NFC') : '';
}

/** The token a form sent: a field of a urlencoded body, or of a multipart one. */
function formToken(body: unknown): string {
  const value = fieldValue((body as Record<string, unknown> | undefined)?._csrf);
  return typeof value === 'string' ? value : '';
}

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

export async function createStudio(opts: StudioOptions): Promise<FastifyInstance> {
  const logError = opts.logError ?? ((line) => process.stderr.write(`${line}\n`));
  const previewer = new Previewer(opts.makeDocumentPool, opts.today);
  // A large groups list of this studio's campaigns read in a thread of its own (groups-read.ts).
  const stopReadingGroups = readGroupsUnder(opts.dataDir, {
    log: logError,
    ...opts.groupsReading,
  });
  const campaignsDir = join(opts.dataDir, 'campaigns');
  // Personal data (the residents lists, the leaders' phones, the tracking sheets): the folders
  // an older version left readable by other accounts are made private (qa46 F2).
  await privateDataFolder(opts.dataDir, campaignsDir, logError);
  const leaderSites = new LeaderSites({
    dataDir: opts.dataDir,
    campaignsDir,
    store: opts.store,
    previewer,
    baseUrl: opts.baseUrl,
    trustProxy: opts.trustProxy,
    logError,
  });
  await leaderSites.start();
  // Deleted campaigns kept past their days go for good, with their rows in the store (the
  // office's list does it too, never a leader's request); a removal a crash cut short is
  // finished first, or put back under "Đã xoá" when it never happened (its rows still there).
  await sweepPurging(opts.dataDir, opts.store.db, logError);
  await purgeDeleted(opts.dataDir, opts.store.db, new Date(), logError);
  // A residents list previewed and left before the studio stopped is personal data: not kept.
  await sweepPendingRosters(campaignsDir);
  const ctx: StudioContext = {
    opts,
    campaignsDir,
    storedAddress: (await readPublicAddress(opts.store.db))?.address,
    previewer,
    leaderSites,
    builds: new Builds(logError, () => previewer.documentPool().groupJobs, undefined, opts.today),
    importNotes: new Map(),
    passwordGuesses: new SignInThrottle(Date.now, SIGN_IN_LIMITS),
    proxyCheck: new ProxyCheck(opts.store.db, logError),
  };
  /** Set once the studio stops: every request then gets the 503 "Studio đang tắt" at once. */
  let stopping = false;
  const app = Fastify({
    logger: false,
    // The campaign form (the notice's body) fits in this; uploads have their own limit.
    bodyLimit: 1024 * 1024,
    trustProxy: opts.trustProxy ?? false,
    requestTimeout: STUDIO_REQUEST_TIMEOUT_MS,
    // An address that does not decode ("/c/%E0%A4%A"), refused before any hook (helmet's
    // included) runs: the studio's page in Vietnamese with the headers helmet would send, not
    // Fastify's English JSON (qa32 m6), as serve answers it.
    frameworkErrors: (_err, _req, reply) => {
      reply.raw.writeHead(400, {
        ...BARE_SECURITY_HEADERS,
        'Content-Type': 'text/html; charset=utf-8',
      });
      reply.raw.end(badAddressPage());
    },
    // The leaders' pages of an open campaign are answered by its own server (leader-sites.ts)
    // before this app sees the request: none of the studio's hooks applies to them.
    serverFactory: (handler) => {
      const server = createServer((req, res) => {
        // HSTS for whatever reached the studio over https by its public address, the leaders'
        // pages included (helmet sends none: the same rule decides for every address).
        if (isSecure(ctx, req.headers)) res.setHeader('Strict-Transport-Security', HSTS);
        if (stopping) {
          // Not taken in, a leader's page (its ward's page) or the office's, and the connection
          // closed after this answer: a keep-alive client cannot hold the stop off.
          res.setHeader('Connection', 'close');
          res.setHeader('Retry-After', '30');
          if (leaderSites.answerStopping(req, res)) return;
          res.writeHead(503, {
            ...BARE_SECURITY_HEADERS,
            'Content-Type': 'text/html; charset=utf-8',
          });
          res.end(stoppingPage());
          return;
        }
        let handled: boolean;
        try {
          handled = leaderSites.handle(req, res);
        } catch (e) {
          // Outside Fastify nothing else would catch it: the whole studio would stop.
          logError(`error on ${req.url ?? ''}: ${(e as Error)?.stack ?? e}`);
          if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
          res.end('Có lỗi xảy ra. Xin thử lại sau ít phút.');
          return;
        }
        if (!handled) handler(req, res);
      });
      // Fastify sets its timeouts only on a server it makes itself: the studio's, and the public
      // leader pages' (whose own server's limits do not apply to a socket it does not own).
      server.requestTimeout = STUDIO_REQUEST_TIMEOUT_MS;
      server.headersTimeout = HEADERS_TIMEOUT_MS;
      server.keepAliveTimeout = 5_000;
      return server;
    },
  });
  // As `serve` guards its own: slow clients cannot hold every socket (not behind a proxy, where
  // every client shares the proxy's address).
  if (!opts.trustProxy) limitConnections(app.server);
  const routes: RouteEntry[] = [];
  app.decorate('studioRoutes', routes);
  app.decorateRequest('studio', null);
  // Stopping: new requests refused (above), idle connections closed now, the rest after the
  // requests in flight had STOP_GRACE_MS to finish.
  let graceOver: NodeJS.Timeout | undefined;
  app.addHook('preClose', async () => {
    stopping = true;
    app.server.closeIdleConnections();
    graceOver = setTimeout(() => app.server.closeAllConnections(), STOP_GRACE_MS);
    graceOver.unref();
  });
  // The leaders' pages draw in the preview's worker threads: they close first, then the threads.
  app.addHook('onClose', async () => {
    clearTimeout(graceOver);
    // Its builds first, as the CLI's Ctrl-C stops one: a closed studio builds on for no one.
    if (ctx.builds.anyRunning()) opts.onStoppingBuilds?.(ctx.builds.runningBuilds());
    const stopped = await ctx.builds.stopAll();
    if (stopped.length > 0) opts.onBuildsStopped?.(stopped);
    await leaderSites.close();
    stopReadingGroups();
    await previewer.close();
  });
  app.addHook('onRoute', (r) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({ method, url: r.url, public: r.config?.public === true });
    }
  });

  await app.register(helmet, helmetOptions());
  await app.register(rateLimit, { max: opts.rateLimit ?? 600, timeWindow: '1 minute' });
  await registerCompression(app);
  await app.register(cookie);
  await app.register(formbody);
  await app.register(multipart, {
    attachFieldsToBody: true,
    limits: { fileSize: MAX_UPLOAD_MB * 1024 * 1024, files: 1, fields: 20, fieldSize: 64 * 1024 },
  });

  app.setNotFoundHandler(async (req, reply) => {
    const session = req.studio ?? undefined;
    // A signed-in page of a campaign deleted since (a colleague's other tabs): who deleted it
    // and when, not the plain 404.
    const slug = session ? /^\/c\/([^/?#]+)/.exec(req.url)?.[1] : undefined;
    const deleted = slug
      ? await deletedEntry(opts.dataDir, slug).catch(() => undefined)
      : undefined;
    if (deleted) return sendPage(reply, deletedCampaignPage(deleted, session), 410);
    return sendPage(reply, statusPage(404, session), 404);
  });
  app.setErrorHandler(async (err: { statusCode?: number; stack?: string }, req, reply) => {
    const status = err.statusCode ?? 500;
    if (status === 413) {
      // Refused while the body was read, before the session hook: the page is still the
      // signed-in studio's, with its bar and the way back to the form.
      const session = await findSession(opts.store.db, req.cookies[sessionCookie(ctx, req)]);
      const back = session && req.method === 'POST' ? req.url.split('?')[0] : undefined;
      return sendPage(reply, statusPage(status, session, back), status);
    }
    if (status >= 400 && status < 500)
      return sendPage(reply, statusPage(status, req.studio ?? undefined), status);
    if (isUserError(err)) {
      // A problem the studio can name (a link too long for the sheet of codes): one line in the
      // log, and the sentence with its hint on the page.
      logError(`refused ${req.method} ${req.routeOptions.url ?? '?'}: ${err.message}`);
      return sendPage(reply, problemPage(inVietnameseWithHint(err), req.studio ?? undefined), 409);
    }
    const fault = storageFaultOf(err);
    if (fault) {
      // The disk is full or the data cannot be written: not a bug, one line without the stack.
      const { code } = err as { code?: string };
      logError(
        `storage fault on ${req.method} ${req.routeOptions.url ?? '?'}: ${(err as Error).message}${code ? ` (${code})` : ''}`,
      );
      const back = req.method === 'POST' ? req.url.split('?')[0] : undefined;
      return sendPage(reply, storageFaultPage(fault, req.studio ?? undefined, back), 503);
    }
    if (codeReplacedOf(err)) {
      logError(codeReplacedLog(req.method, req.routeOptions.url ?? '?', err));
      return sendPage(reply, codeReplacedPage(req.studio ?? undefined), 503);
    }
    logError(`error on ${req.method} ${req.routeOptions.url ?? '?'}: ${err.stack ?? String(err)}`);
    return sendPage(reply, statusPage(500, req.studio ?? undefined), 500);
  });

  // Who is asking, before the body is read (qa32 m2: a 32 MB upload was read whole, then
  // refused): a POST without a session is refused at once, unless its form answers with its own
  // page (`refused`, a urlencoded form within the 1 MB body limit); an upload always.
  app.addHook('onRequest', async (req, reply) => {
    if (req.routeOptions.config?.public === true) return;
    if (req.routeOptions.url === undefined) return;
    const session = await findSession(opts.store.db, req.cookies[sessionCookie(ctx, req)]);
    if (session) {
      req.studio = session;
      // A form sent from another site, by the browser's own word (its CSRF token, a body field,
      // is checked once the body is read): refused before the body.
      const site = req.headers['sec-fetch-site'];
      if (req.method === 'POST' && (site === 'cross-site' || site === 'same-site')) {
        reply.header('Connection', 'close');
        return sendPage(reply, statusPage(403, session), 403);
      }
      return;
    }
    if (req.method === 'GET' || req.method === 'HEAD') return;
    const upload = /^multipart\//i.test(req.headers['content-type'] ?? '');
    if (upload || !req.routeOptions.config?.refused) {
      // Said before the body arrives: the connection is closed, not read to its end.
      reply.header('Connection', 'close');
      return sendPage(reply, statusPage(403), 403);
    }
  });

  // Who is asking: a session, or the sign-in page for a page, and 403 for anything else.
  app.addHook('preHandler', async (req, reply) => {
    if (req.routeOptions.config?.public === true) return;
    // A path no route has: the 404 page, not a hint that it exists behind the sign-in.
    if (req.routeOptions.url === undefined) return;
    const session = req.studio ?? undefined;
    const refused = req.routeOptions.config?.refused;
    // A HEAD is a GET without its body (Fastify answers it with the GET's handler): no form to
    // check a token of. It was refused 403 as a form without one; a download's is not logged
    // (download-log.ts recordDownload).
    const reads = req.method === 'GET' || req.method === 'HEAD';
    if (!session) {
      // A page asked for by a person goes to the sign-in form; a page's own request (a preview's
      // fetch, its pictures) is refused instead: led to /sign-in it would show no one a form, and
      // could replace the sign-in token another tab's form carries.
      // (Sec-Fetch-Dest, not -Mode: Node's fetch says "cors" to everything, and no destination.)
      const dest = req.headers['sec-fetch-dest'];
      if (reads && (dest === undefined || dest === 'document'))
        return reply.redirect('/sign-in', 303);
      if (reads) return sendPage(reply, statusPage(401), 401);
      if (refused) return refused(req, reply, 'signed-out').then(() => reply);
      return sendPage(reply, statusPage(403), 403);
    }
    req.studio = session;
    if (!reads && !sameToken(formToken(req.body), session.csrf)) {
      if (refused) return refused(req, reply, 'stale-form').then(() => reply);
      return sendPage(reply, statusPage(403, session), 403);
    }
    reply.header('Cache-Control', 'private, no-store');
  });

  // The search rule, the style sheet and the page's script (studio/assets.ts): linked by a hash
  // of their bytes, so a browser's five-minute copy is never used by a page of another version.
  for (const [name, { type, body }] of Object.entries(studioAssets())) {
    app.get(`/assets/${name}`, { config: { public: true } }, async (_req, reply) =>
      reply.type(type).header('Cache-Control', 'public, max-age=300').send(body),
    );
  }
  // For a container's HEALTHCHECK or a load balancer: the studio answers, and its store can be
  // written (a write rolled back, the disk's free space: a studio that cannot keep a sign-in is
  // not healthy). Names no path, needs no session, and is not rate-limited (a probe every few
  // seconds must never be refused); the store is asked at most once a few seconds.
  let health: { at: number; fault: Promise<StorageFault | undefined> } | undefined;
  app.get('/healthz', { config: { public: true, rateLimit: false } }, async (_req, reply) => {
    if (!health || Date.now() - health.at > HEALTH_CHECK_MS) {
      health = {
        at: Date.now(),
        fault: storeWriteFault(opts.store).catch(() => 'read-only' as const),
      };
    }
    const fault = await health.fault;
    reply.header('Cache-Control', 'no-store').type('text/plain; charset=utf-8');
    if (!fault) return reply.send('ok\n');
    return reply.code(503).send(`${STORAGE_FAULT_TEXT[fault][0]}\n`);
  });
  registerSignIn(app, ctx);
  registerPassword(app, ctx);
  registerUsers(app, ctx);
  registerSettings(app, ctx);
  registerCampaignRoutes(app, ctx);
  registerCampaignAdmin(app, ctx);
  registerGroupRoutes(app, ctx);
  registerRosterRoutes(app, ctx);
  registerRosterPersonRoutes(app, ctx);
  registerPreviewRoutes(app, ctx);
  registerBuildRoutes(app, ctx);
  registerLeaderRoutes(app, ctx);
  registerResultsRoutes(app, ctx);
  registerResultsEntryRoutes(app, ctx);
  registerResultsImportRoutes(app, ctx);
  return app;
}
