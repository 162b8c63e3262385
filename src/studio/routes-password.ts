/**
 * Studio: changing one's own password. The current password is asked for (a browser left signed
 * in must not be enough to take the account over), and wrong guesses are counted with sign-in's
 * (one throttle, StudioContext.passwordGuesses): a lock-out on either form holds on both.
 * On success every session of the user ends — the other browsers are signed out at once — and
 * this browser gets a fresh one.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  checkPassword,
  MIN_PASSWORD,
  newPasswordProblem,
  type Session,
  setPassword,
} from './accounts.js';
import { type StudioContext, sendPage, sessionOf } from './app.js';
import { type Html, html } from './html.js';
import { csrfField, fieldMarks, notice, page, refusal } from './layout.js';
import { signInAs } from './routes-sign-in.js';

/**
 * The new password, twice (field names `password` and `repeat`), with the rule as help; `error`
 * gives the id of the refusal a field is marked with (none: not refused).
 */
export function newPasswordFields(
  help: string,
  error: (field: 'password' | 'repeat') => string | undefined = () => undefined,
): Html {
  return html`<label for="password">Mật khẩu mới</label>
  <p class="help" id="password-help">Ít nhất ${MIN_PASSWORD} ký tự. ${help}</p>
  <input id="password" name="password" type="password" required minlength="${MIN_PASSWORD}" autocomplete="new-password"${fieldMarks(['password-help'], error('password'))}>
  <label for="repeat">Nhập lại mật khẩu mới</label>
  <input id="repeat" name="repeat" type="password" required minlength="${MIN_PASSWORD}" autocomplete="new-password"${fieldMarks([], error('repeat'))}>`;
}

/** A refusal of the password page: why, and the field it is about (none: the account's gone). */
type Refused = { text: string; field?: 'current' | 'password' | 'repeat' };

function passwordPage(session: Session, msg: { ok?: string; error?: Refused } = {}): string {
  const error = (field: Refused['field']) =>
    msg.error?.field === field ? 'password-error' : undefined;
  return page({
    title: 'Đổi mật khẩu',
    session,
    body: html`<h1>Đổi mật khẩu</h1>
<p>Tài khoản: <strong>${session.user.name}</strong>. Sau khi đổi, các máy khác đang đăng nhập bằng tài khoản này sẽ bị đăng xuất.</p>
${msg.ok ? notice('ok', msg.ok) : ''}${msg.error ? refusal('password-error', msg.error.text) : ''}
<form method="post" action="/password" class="card">${csrfField(session)}
  <input type="hidden" name="username" value="${session.user.name}" autocomplete="username">
  <label for="current">Mật khẩu hiện tại</label>
  <input id="current" name="current" type="password" required autocomplete="current-password"${fieldMarks([], error('current'))}>
  ${newPasswordFields('Nên dùng một câu ngắn dễ nhớ.', error)}
  <button type="submit">Đổi mật khẩu</button>
</form>`,
  });
}

export function registerPassword(app: FastifyInstance, ctx: StudioContext): void {
  const { db } = ctx.opts.store;
  const throttle = ctx.passwordGuesses;

  const refuse = (reply: FastifyReply, session: Session, error: Refused, status: number) =>
    sendPage(reply, passwordPage(session, { error }), status);

  app.get('/password', async (req: FastifyRequest, reply) => {
    const changed = (req.query as { changed?: string }).changed === '1';
    const ok = changed ? 'Đã đổi mật khẩu. Các máy khác đã bị đăng xuất.' : undefined;
    return sendPage(reply, passwordPage(sessionOf(req), { ok }));
  });

  app.post('/password', async (req, reply) => {
    const session = sessionOf(req);
    const name = session.user.name;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const text = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
    const wait = throttle.retryAfter(req.ip, name);
    if (wait > 0) {
      reply.header('Retry-After', String(wait));
      const error = `Đã nhập sai mật khẩu hiện tại nhiều lần. Hãy thử lại sau ${wait} giây.`;
      return refuse(reply, session, { text: error, field: 'current' }, 429);
    }
    const current = text('current').slice(0, 1000);
    if (!(await checkPassword(db, name, current, ctx.opts.passwordCost))) {
      throttle.failed(req.ip, name);
      const error = 'Mật khẩu hiện tại không đúng. Chú ý chữ hoa, chữ thường và bộ gõ tiếng Việt.';
      return refuse(reply, session, { text: error, field: 'current' }, 401);
    }
    throttle.succeeded(req.ip);
    const password = text('password');
    const problem =
      newPasswordProblem(password, text('repeat')) ??
      (password.normalize('NFC') === current.normalize('NFC')
        ? { text: 'Mật khẩu mới phải khác mật khẩu hiện tại.', field: 'password' as const }
        : undefined);
    if (problem) return refuse(reply, session, problem, 400);
    // Removed by an admin meanwhile: no new session for a user who is gone.
    if (!(await setPassword(db, name, password, ctx.opts.passwordCost)))
      return refuse(reply, session, { text: 'Tài khoản này không còn nữa.' }, 409);
    await signInAs(ctx, req, reply, name);
    return reply.redirect('/password?changed=1', 303);
  });
}
