/**
 * Serve stage: the culture office's routes, behind HTTP Basic (user "admin", the password from
 * PHUONG_PRINT_ADMIN_PASSWORD). In: `/admin`, `/admin/ward.zip`, `/admin/links.csv`,
 * `/admin/qr.pdf`. Out: every group's link with its QR code, the whole ward's ZIP, the links as
 * CSV, the codes on A4 sheets to cut and hand out. Without a password set,
 * these routes answer 404 like any unknown path: there is no office page to find.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServeContext } from './app.js';
import { campaignTag, withCampaign } from './campaign-file-name.js';
import { contentDisposition } from './disposition.js';
import { renderPage, wardErrorPage } from './html.js';
import { WARD_ZIP } from './library.js';
import { groupLinks, linksSheet, linksSheetName } from './links.js';
import { QR_SHEET, qrSheetName } from './qr-sheet.js';
import { RESULTS_PAGE } from './results-admin.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { adminView, searchLinks } from './views.js';
import type { Ward } from './ward.js';

export const ADMIN_USER = 'admin';

/** How long the office's sheet of codes may take (its socket's idle limit while it is drawn). */
export const QR_SHEET_TIMEOUT_MS = 10 * 60_000;

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Constant-time check of `Authorization: Basic …` (digests, so lengths leak nothing). */
export function basicAuthOk(header: string | undefined, password: string): boolean {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!m?.[1]) return false;
  const given = Buffer.from(m[1], 'base64').toString('utf8');
  return timingSafeEqual(digest(given), digest(`${ADMIN_USER}:${password}`));
}

/** The office's routes; returns their guard (HTTP Basic, throttled) for other office routes. */
export type AdminGuard = (req: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

export function registerAdminRoutes(app: FastifyInstance, ctx: ServeContext): AdminGuard {
  const { inputs, opts, secret } = ctx;
  const password = opts.adminPassword;

  const throttle = new SignInThrottle();
  const guard = async (req: FastifyRequest, reply: FastifyReply) => {
    if (!password) return reply.callNotFound();
    const wait = throttle.retryAfter(req.ip, ADMIN_USER);
    if (wait > 0) {
      return reply
        .code(429)
        .header('Retry-After', String(wait))
        .header('Cache-Control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(wardErrorPage(429, inputs().ward, undefined, wait));
    }
    if (basicAuthOk(req.headers.authorization, password)) throttle.succeeded(req.ip);
    else {
      // A request without credentials is how a browser first asks: not a failed guess.
      if (req.headers.authorization) throttle.failed(req.ip, ADMIN_USER);
      return reply
        .code(401)
        .header('WWW-Authenticate', 'Basic realm="phuong-print", charset="UTF-8"')
        .header('Cache-Control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(wardErrorPage(401, inputs().ward));
    }
    reply.header('Cache-Control', 'private, no-store');
  };
  const base = (req: FastifyRequest) => opts.baseUrl ?? `${req.protocol}://${req.host}`;
  const links = (req: FastifyRequest, ward: Ward) => groupLinks(ward.groups, secret, base(req));

  const param = (req: FastifyRequest, name: string) => {
    const v = (req.query as Record<string, string | string[] | undefined>)[name];
    return (Array.isArray(v) ? v[0] : v) ?? '';
  };
  const queryOf = (req: FastifyRequest) => param(req, 'q').slice(0, 100);
  // Without --base-url the links come from the Host header: on the office's own machine that
  // is 127.0.0.1, and a printed QR code of it would open nothing on a leader's phone.
  const qr = opts.baseUrl !== undefined;

  const page = async (req: FastifyRequest, reply: FastifyReply) => {
    const { lib } = inputs();
    const query = queryOf(req);
    const view = await adminView(lib, {
      links: links(req, lib.ward),
      wardZip: `/admin/${WARD_ZIP}`,
      linksCsv: '/admin/links.csv',
      assets: '/assets/',
      qr,
      qrSheet: `/admin/${QR_SHEET}${query ? `?q=${encodeURIComponent(query)}` : ''}`,
      search: { query },
      results: inputs().results ? RESULTS_PAGE : undefined,
      paged: {
        page: Number(param(req, 'trang')) || 1,
        href: (n) =>
          `/admin?${new URLSearchParams({ ...(query ? { q: query } : {}), trang: String(n) })}`,
      },
    });
    return reply
      .type('text/html; charset=utf-8')
      .send(renderPage('admin', view, lib.ward.templateDir));
  };
  app.get('/admin', { preHandler: guard }, page);
  app.get('/admin/', { preHandler: guard }, page);

  app.get(`/admin/${WARD_ZIP}`, { preHandler: guard }, async (_req, reply) => {
    const { lib } = inputs();
    // Streamed group by group: a city's archive is gigabytes, and the server keeps answering
    // the leaders' pages while it goes out. No ETag: nothing keeps a no-store answer to
    // revalidate, and the ward's key is a pass over every group's documents and names (1.5 s of
    // the event loop for 3,000 groups) before the first byte.
    return reply
      .type('application/zip')
      .header(
        'Content-Disposition',
        contentDisposition(withCampaign(lib.wardZipName, campaignTag(lib.ward.campaign))),
      )
      .send(lib.wardZipStream());
  });

  // The sheet of codes to print and cut (the groups a search shows); without public links, the
  // office's page in its place, saying why there are none (409: not until --base-url is set).
  app.get(`/admin/${QR_SHEET}`, { preHandler: guard }, async (req, reply) => {
    if (!qr) return page(req, reply.code(409));
    // A city's 5,000 codes take the renderer 10 s of CPU, longer on a busy machine: the idle
    // socket's limit (REQUEST_TIMEOUT_MS) would cut the answer off before its first byte. The
    // office, signed in, may wait.
    req.raw.socket.setTimeout(QR_SHEET_TIMEOUT_MS);
    const { lib } = inputs();
    const pdf = await ctx.qrSheets.get(lib, searchLinks(lib, links(req, lib.ward), queryOf(req)));
    return reply
      .type('application/pdf')
      .header('Content-Disposition', contentDisposition(qrSheetName(lib.ward.term), 'inline'))
      .send(Buffer.from(pdf));
  });

  app.get('/admin/links.csv', { preHandler: guard }, async (req, reply) => {
    const { lib } = inputs();
    const { term, campaign } = lib.ward;
    return reply
      .type('text/csv; charset=utf-8')
      .header(
        'Content-Disposition',
        contentDisposition(
          withCampaign(linksSheetName(term, campaign.issuer.ward), campaignTag(campaign)),
        ),
      )
      .send(linksSheet(searchLinks(lib, links(req, lib.ward)), term));
  });
  return guard;
}
