/**
 * Studio: signing in and out. The sign-in form is protected against cross-site posting by a
 * token in a short-lived cookie that the form repeats (there is no session yet to hold one);
 * failed attempts are counted per client and per account (SignInThrottle), and past a few the
 * form refuses every attempt for a while, the right password included.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requestHost } from '../serve/https-address.js';
import { checkPassword, endSession, SESSION_HOURS, startSession } from './accounts.js';
import { addressInForce, isSecure, type StudioContext, sameToken, sendPage } from './app.js';
import { sessionCookieName } from './cookie-names.js';
import { html } from './html.js';
import { fieldMarks, page, refusal } from './layout.js';
import { fromOwnMachine, signInWay } from './sign-in-way.js';

/** Failures let through before the back-off: five per browser, twenty per account. */
export const SIGN_IN_LIMITS = { client: 5, account: 20 };
/**
 * The sign-in form's token: one for every studio on the PC is harmless (a form reuses the
 * browser's token, whichever studio set it).
 */
const SIGN_IN_COOKIE = 'studio_signin';

/**
 * The session cookie's name for a request: `__Host-` (bound to this host, Secure, path /) when
 * it reached the studio by its public https address (app.ts `isSecure`); this studio's own, by
 * its data folder (cookie-names.ts), so a second studio on the same PC keeps its session.
 */
export const sessionCookie = (ctx: StudioContext, req: FastifyRequest) =>
  sessionCookieName(ctx.opts.dataDir, isSecure(ctx, req.headers));

/** Starts a session of `user` and gives its id to the browser; returns the id. */
export async function signInAs(
  ctx: StudioContext,
  req: FastifyRequest,
  reply: FastifyReply,
  user: string,
) {
  const id = await startSession(ctx.opts.store.db, user);
  reply.setCookie(sessionCookie(ctx, req), id, {
    httpOnly: true,
    secure: isSecure(ctx, req.headers),
    // Lax: a link to the studio from Zalo or an e-mail opens signed in; POSTs still need the token.
    sameSite: 'lax',
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
  return id;
}

/**
 * The sign-in form; `opts.error` refused it, and `opts.wrong` says the name and password typed
 * were what was wrong (both fields marked), not the form's age or the lock.
 */
function signInPage(
  token: string,
  opts: { name?: string; error?: string; wrong?: boolean } = {},
): string {
  const marks = fieldMarks([], opts.wrong ? 'sign-in-error' : undefined);
  return page({
    title: 'Đăng nhập',
    body: html`<h1>Đăng nhập</h1>
<p>Phần mềm làm văn bản, áp phích và tờ rơi của chiến dịch cho từng tổ dân phố.</p>
${opts.error ? refusal('sign-in-error', opts.error) : ''}
<form method="post" action="/sign-in" class="card">
  <input type="hidden" name="_csrf" value="${token}">
  <label for="name">Tên đăng nhập</label>
  <input id="name" name="name" autocomplete="username" required value="${opts.name ?? ''}" autocapitalize="none"${marks}>
  <label for="password">Mật khẩu</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required${marks}>
  <button type="submit">Đăng nhập</button>
</form>`,
  });
}

export function registerSignIn(app: FastifyInstance, ctx: StudioContext): void {
  const { db } = ctx.opts.store;
  const throttle = ctx.passwordGuesses;
  const cookieFlags = (req: FastifyRequest) => ({
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: isSecure(ctx, req.headers),
  });

  const freshForm = (
    req: FastifyRequest,
    reply: FastifyReply,
    opts: { name?: string; error?: string; wrong?: boolean } = {},
    status = 200,
  ) => {
    // The browser's token when it has one: a second tab showing the form (or a page's script
    // led to it once signed out) made a new token, and the first tab's form was then refused as
    // expired.
    const known = req.cookies[SIGN_IN_COOKIE];
    const token =
      known && /^[\w-]{32}$/.test(known) ? known : randomBytes(24).toString('base64url');
    reply.setCookie(SIGN_IN_COOKIE, token, { ...cookieFlags(req), path: '/sign-in', maxAge: 3600 });
    return sendPage(reply, signInPage(token, opts), status);
  };

  app.get('/sign-in', { config: { public: true } }, async (req, reply) => freshForm(req, reply));

  app.post('/sign-in', { config: { public: true } }, async (req: FastifyRequest, reply) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const text = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
    if (!sameToken(text('_csrf'), req.cookies[SIGN_IN_COOKIE] ?? '')) {
      return freshForm(req, reply, { error: 'Biểu mẫu đã hết hạn. Hãy nhập lại.' }, 403);
    }
    const name = text('name').trim().normalize('NFC').slice(0, 100);
    const wait = throttle.retryAfter(req.ip, name);
    if (wait > 0) {
      reply.header('Retry-After', String(wait));
      return freshForm(
        req,
        reply,
        {
          name,
          error: `Đã nhập sai nhiều lần: đăng nhập tạm khoá. Hãy thử lại sau ${wait} giây.`,
        },
        429,
      );
    }
    const user = await checkPassword(
      db,
      name,
      text('password').slice(0, 1000),
      ctx.opts.passwordCost,
    );
    if (!user) {
      throttle.failed(req.ip, name);
      return freshForm(
        req,
        reply,
        {
          name,
          wrong: true,
          error:
            'Tên đăng nhập hoặc mật khẩu không đúng. Chú ý chữ hoa, chữ thường và bộ gõ tiếng Việt.',
        },
        401,
      );
    }
    throttle.succeeded(req.ip);
    // A sign-in over plain http from elsewhere than this machine while the public address is
    // https (a proxy rewriting the Host, or another computer by the network address): Cài đặt.
    const trust = !!ctx.opts.trustProxy;
    await ctx.proxyCheck.signedIn(
      addressInForce(ctx),
      signInWay(
        addressInForce(ctx),
        req.headers,
        trust,
        fromOwnMachine(req.socket, ctx.opts.ownMachine),
      ),
      requestHost(req.headers, trust),
      user.name,
    );
    reply.clearCookie(SIGN_IN_COOKIE, { path: '/sign-in' });
    await signInAs(ctx, req, reply, user.name);
    return reply.redirect('/', 303);
  });

  app.post('/sign-out', async (req, reply) => {
    await endSession(db, req.cookies[sessionCookie(ctx, req)]);
    reply.clearCookie(sessionCookie(ctx, req), { path: '/', secure: isSecure(ctx, req.headers) });
    return reply.redirect('/sign-in', 303);
  });
}
