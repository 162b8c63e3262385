/**
 * Serve stage: the HTTP server (Fastify). In: a loaded ward, the secret and the options. Out: a
 * Fastify instance with the leader pages (/g/<token>/), the office's page (/admin), the style
 * sheet and share script (/assets/), a health check (/healthz) — and nothing else: every other
 * path is a bare 404.
 *
 * Safety: secure headers and a strict CSP (helmet), a rate limit per client, tiny request bodies,
 * no request logging (URLs carry tokens, which are credentials), no detail in errors.
 */

import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { campaignKey } from '../results/campaign-key.js';
import { storageFaultOf } from '../store/storage-fault.js';
import { DocumentCache, type MemoryCache } from './cache.js';
import { codeReplacedLog, codeReplacedOf, ThreadFailed } from './code-replaced.js';
import { registerCompression } from './compress.js';
import { ASSETS, readAsset, wardErrorPage } from './html.js';
import { HSTS, reachedOverHttps } from './https-address.js';
import { DocumentLibrary } from './library.js';
import type { OpenElsewhere } from './open-elsewhere.js';
import { QrSheets } from './qr-sheet.js';
import { createInProcessRenderer, type Renderer } from './renderer.js';
import type { ResultsService } from './results-form.js';
import { registerAdminRoutes } from './routes-admin.js';
import { registerLeaderRoutes } from './routes-leader.js';
import { registerResultsRoutes } from './routes-results.js';
import { NO_RENEWALS, type RenewedLinks, TokenIndex } from './tokens.js';
import type { LeaderUpdate } from './update-note.js';
import { type GroupLink, searchLinks } from './views.js';
import type { Ward } from './ward.js';

export interface ServerOptions {
  ward: Ward;
  secret: string;
  /** Renders documents; in-process by default (a worker pool plugs in here). */
  renderer?: Renderer;
  /** Disk cache folder; memory only when absent. */
  cacheDir?: string;
  /** Memory cache bound in bytes (default 64 MB). */
  cacheBytes?: number;
  /** A memory cache shared with other servers (cache.ts `memoryCache`), instead of its own. */
  memoryCache?: MemoryCache;
  /** Password of the office's page (user "admin"); without one, /admin does not exist (404). */
  adminPassword?: string;
  /** Public address of the server, for the links and QR codes on /admin; else from the request. */
  baseUrl?: string;
  /**
   * The path the pages are served under when another server hands this one its requests with
   * that prefix taken off (the studio publishes a campaign at `/p/<campaign>`): every link and
   * redirect the leader pages make starts with it (the office's /admin pages assume the root:
   * the studio has none). Default: the root.
   */
  basePath?: string;
  /** Requests per minute and client (default 300). */
  rateLimit?: number;
  /**
   * Behind a reverse proxy: the number of proxies (hops) to trust in X-Forwarded-For, or their
   * addresses; `true` means one. Trusting every hop would let a client name its own address.
   */
  trustProxy?: boolean | number | string;
  /**
   * Where the groups' figures are kept (the participation loop): with it, and measures in the
   * campaign, the leader's page takes figures and the office's page shows them.
   */
  results?: ResultsService;
  /** Figure submissions per minute and group link (default 30). */
  resultsRateLimit?: number;
  /** Where internal errors are reported (without URLs); stderr by default. */
  logError?: (line: string) => void;
  /**
   * Today in Viet Nam, YYYY-MM-DD: the one clock the leader's page reads to say that the
   * campaign has not started or has ended (period.ts). Default: wardDay().
   */
  today?: () => string;
  /** A socket's idle limit (default REQUEST_TIMEOUT_MS); tests shorten it. */
  requestTimeoutMs?: number;
  /**
   * The groups whose link the office renewed (the studio's leaders tab), read on every request:
   * a new map replaces the tokens; a renewed group's older links answer the "replaced" page.
   */
  renewed?: () => RenewedLinks;
  /**
   * What changed in the campaign since its papers first went out (the studio's record), said at
   * the top of every leader's page (views.ts `updateView`); undefined when nothing did.
   */
  update?: () => LeaderUpdate | undefined;
  /**
   * The other campaigns open for a group (the studio's), said on its page once this campaign has
   * ended (open-elsewhere.ts), and while it runs those opened after it (`newer`: the campaign
   * that followed it, qa58b M1); none without it.
   */
  elsewhere?: (groupId: string, newer?: boolean) => Promise<readonly OpenElsewhere[]>;
}

/**
 * Fastify's trust setting for X-Forwarded-For: a hop count (as proxy-addr counts hops: trust the
 * n nearest) or addresses; `true` trusts the one proxy in front, never every hop.
 */
function trustedProxies(
  trust: ServerOptions['trustProxy'],
): string | ((addr: string, hop: number) => boolean) | false {
  if (trust === undefined || trust === false) return false;
  if (typeof trust === 'string' && !/^\d+$/.test(trust)) return trust;
  const hops = trust === true ? 1 : Number(trust);
  return (_addr, hop) => hop < hops;
}

/**
 * The headers helmet sets, for the answers given before its hook can run (frameworkErrors): a
 * page that loads nothing, is never framed, and sends no Referer.
 */
export const BARE_SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; style-src 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
};

/**
 * Secure headers (helmet) for our servers — the download pages and the studio: a strict CSP (our
 * own scripts only: no inline script, no eval, no other host; images also as data: URIs, for
 * the QR codes; forms post to the same site), never framed, no Referer (a leader's URL holds its
 * token). No HSTS from helmet: it goes to the answers of requests that reached the server over
 * https by its public address (https-address.ts), not to every answer.
 */
export function helmetOptions() {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' as const },
    strictTransportSecurity: false as const,
  };
}

/** A cold document renders in well under a second; a request still open after this is not a reader. */
const REQUEST_TIMEOUT_MS = 30_000;
/** Headers arrive in one packet from a phone; dripping them is how slow clients hold sockets. */
const HEADERS_TIMEOUT_MS = 10_000;
/** Connections one address may hold open at once: a phone opens a few, a proxy more. */
const CONNECTIONS_PER_CLIENT = 64;

/**
 * Slow clients (slowloris) hold a socket each; enough of them exhaust the process's file
 * descriptors and every later request fails. Headers must arrive in HEADERS_TIMEOUT_MS, and one
 * address holds at most CONNECTIONS_PER_CLIENT sockets: the rest are closed at once, so a
 * legitimate reader on another address is still answered.
 */
export function limitConnections(server: Server): void {
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const who = socket.remoteAddress ?? '?';
    const n = (open.get(who) ?? 0) + 1;
    if (n > CONNECTIONS_PER_CLIENT) {
      socket.destroy();
      return;
    }
    open.set(who, n);
    socket.once('close', () => {
      const left = (open.get(who) ?? 1) - 1;
      if (left > 0) open.set(who, left);
      else open.delete(who);
    });
  });
}

/**
 * The inputs being served and what is made from them. A reload replaces them whole: a request
 * takes them once, when it starts, so its answer never mixes two versions of the inputs.
 */
export interface ServedInputs {
  ward: Ward;
  lib: DocumentLibrary;
  tokens: TokenIndex;
  renderer: Renderer;
  /** The figures leaders report: present when the server keeps them and the campaign has measures. */
  results?: ResultsService;
  /**
   * Groups of the lists this server served before that the list now served lacks (a tổ merged
   * into another, removed), by id: their name, and when the list without them came (ISO). A
   * figures form sent from such a group's page, open since, is answered that the group left the
   * list (routes-results.ts), not "no such page" (qa26 F9).
   */
  former: ReadonlyMap<string, FormerGroup>;
}

/** A group an earlier list of the server had. */
export interface FormerGroup {
  name: string;
  /** When the list without it came (ISO); undefined when not known (read from the store). */
  since?: string;
}

/** The groups of `old` and of `known` that `ward` lacks: `known`'s kept, `old`'s gone from `at`. */
function formerGroups(
  known: ReadonlyMap<string, FormerGroup>,
  old: Ward,
  ward: Ward,
  at: string,
): Map<string, FormerGroup> {
  const listed = new Set(ward.groups.map((g) => g.id));
  const former = new Map([...known].filter(([id]) => !listed.has(id)));
  for (const g of old.groups)
    if (!listed.has(g.id) && !former.has(g.id)) former.set(g.id, { name: g.name, since: at });
  return former;
}

/** Everything a route needs. */
export interface ServeContext {
  /** The inputs now (take them once per request). */
  inputs(): ServedInputs;
  secret: string;
  opts: ServerOptions;
  /** The pages' path prefix as the browser sees them ('' or '/p/<campaign>'). */
  root: string;
  /** The office's sheets of codes lately drawn (/admin/qr.pdf, or the studio's for its tab). */
  qrSheets: QrSheets;
}

/** A request still open after a reload may need the old renderer until it times out. */
const RETIRE_AFTER_MS = 35_000;

const replacers = new WeakMap<FastifyInstance, (ward: Ward, renderer: Renderer) => void>();
const contexts = new WeakMap<FastifyInstance, ServeContext>();

/**
 * Serves `ward` from now on, its documents rendered by `renderer` (the caller's, closed with the
 * server). Requests under way finish with the old inputs; the old renderer is closed once they
 * have had time to. Cached files need no clearing: their keys hash the inputs they came from.
 */
export function replaceInputs(app: FastifyInstance, ward: Ward, renderer: Renderer): void {
  const replace = replacers.get(app);
  if (!replace) throw new Error('not a server made by createServer');
  replace(ward, renderer);
}

/**
 * The office's sheet of codes of `links` (the served ward's groups), from the server's own cache
 * of sheets: for a server embedded in another that draws the sheet on its own office page (the
 * studio), as /admin/qr.pdf draws it.
 */
export function officeQrSheet(
  app: FastifyInstance,
  links: readonly GroupLink[],
): Promise<Uint8Array> {
  const ctx = contexts.get(app);
  if (!ctx) throw new Error('not a server made by createServer');
  const { lib } = ctx.inputs();
  return ctx.qrSheets.get(lib, searchLinks(lib, links));
}

export async function createServer(opts: ServerOptions): Promise<FastifyInstance> {
  const cache = new DocumentCache({
    dir: opts.cacheDir,
    maxBytes: opts.cacheBytes,
    ...(opts.memoryCache ? { memory: opts.memoryCache } : {}),
  });
  const inputsOf = (
    ward: Ward,
    renderer: Renderer,
    results: ResultsService | undefined,
    former: ReadonlyMap<string, FormerGroup> = new Map(),
  ): ServedInputs => ({
    ward,
    former,
    renderer,
    results: results?.measures.length ? results : undefined,
    lib: new DocumentLibrary(ward, renderer, cache),
    tokens: new TokenIndex(
      opts.secret,
      ward.groups.map((g) => g.id),
      opts.renewed?.() ?? NO_RENEWALS,
    ),
  });
  let current = inputsOf(
    opts.ward,
    opts.renderer ?? createInProcessRenderer(opts.ward),
    opts.results,
  );
  /** Renderers of replaced inputs, closed when their last requests have had time to finish. */
  const retiring = new Map<Renderer, NodeJS.Timeout>();
  const templateDir = () => current.ward.templateDir;
  const logError = opts.logError ?? ((line) => process.stderr.write(`${line}\n`));
  const root = opts.basePath ?? '';
  const assetsPath = `${root}/assets/`;

  const app = Fastify({
    logger: false,
    bodyLimit: 1024,
    routerOptions: { maxParamLength: 64 },
    trustProxy: trustedProxies(opts.trustProxy),
    requestTimeout: opts.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
    connectionTimeout: opts.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
    keepAliveTimeout: 5_000,
    // A URL Fastify cannot decode (bad percent-encoding) is answered before any hook runs; by
    // default with JSON that echoes the URL, token and all. Answer it as any unknown path is.
    frameworkErrors: (_err, _req, reply) => {
      reply.raw.writeHead(400, {
        ...BARE_SECURITY_HEADERS,
        'Content-Type': 'text/html; charset=utf-8',
      });
      reply.raw.end(wardErrorPage(400, current.ward, assetsPath));
    },
  });
  // Behind a proxy every client shares its address, and the proxy guards against slow clients.
  if (!opts.trustProxy) limitConnections(app.server);
  await app.register(helmet, helmetOptions());
  await app.register(rateLimit, { max: opts.rateLimit ?? 300, timeWindow: '1 minute' });
  // The office's pages (a password, forms with a token) are not compressed, nor a leader's page
  // with the figures form (routes-leader.ts): compress.ts.
  await registerCompression(app, (path) => !/^\/admin(?:\/|$)/.test(path));
  app.addHook('onSend', async (req, reply) => {
    reply.header('X-Robots-Tag', 'noindex, nofollow');
    if (reachedOverHttps(opts.baseUrl, req.headers, !!opts.trustProxy))
      reply.header('Strict-Transport-Security', HSTS);
  });

  const sendStatus = (reply: FastifyReply, status: number) =>
    reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(wardErrorPage(status, current.ward, assetsPath));
  app.setNotFoundHandler((_req, reply) => sendStatus(reply, 404));
  app.setErrorHandler((err: { statusCode?: number; stack?: string }, req, reply) => {
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) return sendStatus(reply, status);
    // The route's pattern, not its URL: the URL carries the token.
    if (storageFaultOf(err)) {
      // A full disk or a store that cannot be written: not a bug, one line without the stack.
      const { code, message } = err as { code?: string; message?: string };
      logError(
        `storage fault on ${req.method} ${req.routeOptions.url ?? '?'}: ${message}${code ? ` (${code})` : ''}`,
      );
      return sendStatus(reply, 503);
    }
    if (codeReplacedOf(err)) {
      // The leader cannot restart the server: the ward's "try again" page, a line for its keeper.
      logError(codeReplacedLog(req.method, req.routeOptions.url ?? '?', err));
      return sendStatus(reply, 503);
    }
    if (err instanceof ThreadFailed) {
      // A worker thread that could not start or ended: the pool starts another for the next one.
      logError(
        `${err.message} (${req.method} ${req.routeOptions.url ?? '?'}); the next request starts another`,
      );
      return sendStatus(reply, 503);
    }
    logError(`error on ${req.method} ${req.routeOptions.url ?? '?'}: ${err.stack ?? String(err)}`);
    return sendStatus(reply, 500);
  });
  /** Retired wards' background drawings still under way (library.ts `stopDrawingLater`). */
  const stopping = new Set<Promise<void>>();
  replacers.set(app, (ward, renderer) => {
    const old = current.renderer;
    // The old version's documents drawn for its leaders' pages: none any more (library.ts);
    // the one under way is waited for when the server closes.
    const stopped = current.lib.stopDrawingLater();
    stopping.add(stopped);
    stopped.finally(() => stopping.delete(stopped));
    // A reloaded campaign may declare other measures, or be another campaign (its key).
    const results = opts.results && {
      db: opts.results.db,
      campaign: campaignKey(ward.campaign),
      measures: ward.campaign.measures,
      ...(opts.results.retired ? { retired: opts.results.retired } : {}),
    };
    current = inputsOf(
      ward,
      renderer,
      results,
      formerGroups(current.former, current.ward, ward, new Date().toISOString()),
    );
    const timer = setTimeout(() => {
      retiring.delete(old);
      old.close().catch(() => {});
    }, RETIRE_AFTER_MS);
    timer.unref();
    retiring.set(old, timer);
  });
  // The queue stops as soon as the close begins: onClose runs only once the connections have
  // ended, and a document drawn meanwhile started the next ones (first-visit.test under load).
  app.addHook('preClose', async () => {
    void current.lib.stopDrawingLater();
  });
  app.addHook('onClose', async () => {
    // Nothing more is drawn in the background for a server that is closed (a retired ward's
    // library was stopped when it was replaced), and nothing drawn is still being written into
    // the documents' disk cache once it has closed: the studio removes that folder next.
    await Promise.all([current.lib.stopDrawingLater(), ...stopping]);
    for (const timer of retiring.values()) clearTimeout(timer);
    const all = [current.renderer, ...retiring.keys()];
    retiring.clear();
    await Promise.all(all.map((r) => r.close().catch(() => {})));
  });

  // Read once per templates folder (a reload may bring another).
  const assets = new Map<string, Buffer>();
  for (const name of Object.keys(ASSETS)) {
    app.get(`/assets/${name}`, async (_req, reply) => {
      const ownScripts = current.ward.ownScripts === true;
      const key = `${templateDir()}\u0000${name}\u0000${ownScripts}`;
      let body = assets.get(key);
      if (!body) {
        body = readAsset(name, templateDir(), ownScripts);
        assets.set(key, body);
      }
      return reply
        .type(ASSETS[name] ?? 'application/octet-stream')
        .header('Cache-Control', 'public, max-age=3600')
        .send(body);
    });
  }
  // For a container's HEALTHCHECK or a load balancer: the server answers. It names nothing of
  // the ward, and is not rate-limited (a probe every few seconds must not be refused).
  app.get('/healthz', { config: { rateLimit: false } }, async (_req, reply) =>
    reply.header('Cache-Control', 'no-store').type('text/plain; charset=utf-8').send('ok\n'),
  );
  const ctx: ServeContext = {
    inputs: () => {
      // A group given a new link since: the same inputs with the tokens made again.
      const renewed = opts.renewed?.();
      if (renewed && renewed !== current.tokens.renewed) {
        current = {
          ...current,
          tokens: new TokenIndex(
            opts.secret,
            current.ward.groups.map((g) => g.id),
            renewed,
          ),
        };
      }
      return current;
    },
    secret: opts.secret,
    opts,
    root,
    qrSheets: new QrSheets(),
  };
  contexts.set(app, ctx);
  registerLeaderRoutes(app, ctx);
  const adminGuard = registerAdminRoutes(app, ctx);
  // With a store, the figures' routes exist; they answer 404 while the campaign has no measures.
  if (opts.results) await registerResultsRoutes(app, ctx, adminGuard);
  return app;
}
