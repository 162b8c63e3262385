/**
 * Studio: the users page (admin only): who may sign in, adding someone, giving someone a new
 * password (they are signed out everywhere), and removing someone after a confirmation page
 * (a form, so it works without JavaScript). Nobody removes themselves, and the last user stays.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  addUser,
  listUsers,
  MIN_PASSWORD,
  newPasswordProblem,
  type PasswordProblem,
  removeUser,
  type Session,
  setPassword,
  USER_NAME,
  userExists,
} from './accounts.js';
import { itemPageSender, type StudioContext, sendPage, sessionOf } from './app.js';
import { html } from './html.js';
import {
  adminOnlyPage,
  csrfField,
  fieldMarks,
  forReader,
  notice,
  page,
  refusal,
  statusPage,
} from './layout.js';
import { newPasswordFields } from './routes-password.js';

/** `field`: the field of the add form (or the reset form) the error is about. */
type Message = {
  ok?: string;
  error?: string;
  name?: string;
  field?: 'name' | 'password' | 'repeat';
};

const userPath = (name: string, action: 'password' | 'remove') =>
  `/users/${encodeURIComponent(name)}/${action}`;

/** A user another admin removed while this page was open. */
const gone = (name: string) => `Không có người dùng “${name}” (có thể vừa bị người khác xoá).`;

const messages = (msg?: Message) =>
  html`${msg?.ok ? notice('ok', msg.ok) : ''}${msg?.error ? refusal('users-error', msg.error) : ''}`;

/** The id of the refusal `field` is marked with, when it is the one refused. */
const errorOf = (msg: Message | undefined) => (field: Message['field']) =>
  msg?.error && msg.field === field ? 'users-error' : undefined;

export function registerUsers(app: FastifyInstance, ctx: StudioContext): void {
  const { db } = ctx.opts.store;

  const show = async (reply: FastifyReply, session: Session, msg?: Message, status = 200) => {
    const users = await listUsers(db);
    const me = session.user.name;
    return sendPage(
      reply,
      page({
        title: 'Người dùng',
        session,
        body: html`<h1>Người dùng</h1>
${messages(msg)}
<ul class="list users">${users.map(
          (
            u,
          ) => html`<li><strong>${u.name}</strong>${u.isAdmin ? ' — quản trị' : ''}${u.name === me ? ' (bạn)' : ''}
  <span class="row-actions">${
    u.name === me
      ? html`<a href="/password">Đổi mật khẩu</a>`
      : html`<a href="${userPath(u.name, 'password')}">Đặt lại mật khẩu ${forReader(`của “${u.name}”`)}</a>
    <a href="${userPath(u.name, 'remove')}">Xoá ${forReader(`người dùng “${u.name}”`)}</a>`
  }</span></li>`,
        )}</ul>
<h2>Thêm người dùng</h2>
<form method="post" action="/users" class="card">${csrfField(session)}
  <label for="name">Tên đăng nhập</label>
  <p class="help" id="name-help">Chữ và số, không dấu cách, ví dụ: lan.vhxh</p>
  <input id="name" name="name" required maxlength="40"${fieldMarks(['name-help'], errorOf(msg)('name'))} value="${msg?.name ?? ''}" autocapitalize="none">
  <label for="password">Mật khẩu</label>
  <p class="help" id="password-help">Ít nhất ${MIN_PASSWORD} ký tự. Gửi riêng cho người dùng, không gửi qua nhóm Zalo.</p>
  <input id="password" name="password" type="password" required minlength="${MIN_PASSWORD}" autocomplete="new-password"${fieldMarks(['password-help'], errorOf(msg)('password'))}>
  <label class="check"><input type="checkbox" name="admin" value="1"> Được thêm người dùng (quản trị)</label>
  <button type="submit">Thêm</button>
</form>`,
      }),
      status,
    );
  };

  /** A page about one other user (reset, remove), with the way back to the list. */
  const userPage = itemPageSender({ href: '/users', label: 'Người dùng' });

  const adminOnly = async (req: FastifyRequest, reply: FastifyReply) => {
    const session = sessionOf(req);
    if (!session.user.isAdmin) return sendPage(reply, adminOnlyPage(session), 403);
  };

  /** The other user a /users/:name/… route names: undefined (and the page sent) if none. */
  const otherUser = async (req: FastifyRequest, reply: FastifyReply) => {
    const session = sessionOf(req);
    const name = String((req.params as { name?: string }).name ?? '').normalize('NFC');
    if (!(await userExists(db, name))) {
      await sendPage(reply, statusPage(404, session), 404);
      return undefined;
    }
    if (name === session.user.name) {
      // One's own password needs the current one (/password); oneself is never removed.
      await reply.redirect('/password', 303);
      return undefined;
    }
    return name;
  };

  app.get('/users', { preHandler: adminOnly }, async (req, reply) => show(reply, sessionOf(req)));

  app.post('/users', { preHandler: adminOnly }, async (req, reply) => {
    const session = sessionOf(req);
    const body = req.body as Record<string, unknown>;
    const name = String(body.name ?? '')
      .trim()
      .normalize('NFC');
    const password = String(body.password ?? '');
    const weak = newPasswordProblem(password);
    const refused: Pick<Message, 'error' | 'field'> | undefined = !USER_NAME.test(name)
      ? {
          error:
            'Tên đăng nhập chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới (tối đa 40 ký tự), không có dấu cách.',
          field: 'name',
        }
      : weak
        ? { error: weak.text, field: weak.field }
        : (await userExists(db, name))
          ? { error: `Đã có người dùng “${name}”.`, field: 'name' }
          : undefined;
    if (refused) return show(reply, session, { ...refused, name }, 400);
    await addUser(db, name, password, body.admin === '1', ctx.opts.passwordCost);
    return show(reply, session, { ok: `Đã thêm người dùng “${name}”.` });
  });

  const resetForm = (
    reply: FastifyReply,
    session: Session,
    name: string,
    problem?: PasswordProblem,
  ) =>
    userPage(
      reply,
      session,
      `Đặt lại mật khẩu cho “${name}”`,
      html`<h1>Đặt lại mật khẩu cho “${name}”</h1>
<p>Người này sẽ bị đăng xuất ngay trên mọi máy và phải đăng nhập lại bằng mật khẩu mới.</p>
${messages({ error: problem?.text, field: problem?.field })}
<form method="post" action="${userPath(name, 'password')}" class="card">${csrfField(session)}
  ${newPasswordFields('Gửi riêng mật khẩu mới cho người dùng, không gửi qua nhóm Zalo.', errorOf({ error: problem?.text, field: problem?.field }))}
  <div class="actions"><button type="submit">Đặt lại mật khẩu</button>
  <a class="button secondary" href="/users">Huỷ</a></div>
</form>`,
      problem ? 400 : 200,
    );

  app.get('/users/:name/password', { preHandler: adminOnly }, async (req, reply) => {
    const name = await otherUser(req, reply);
    if (name) return resetForm(reply, sessionOf(req), name);
  });

  app.post('/users/:name/password', { preHandler: adminOnly }, async (req, reply) => {
    const session = sessionOf(req);
    const name = await otherUser(req, reply);
    if (!name) return;
    const body = req.body as Record<string, unknown>;
    const password = String(body.password ?? '');
    const problem = newPasswordProblem(password, String(body.repeat ?? ''));
    if (problem) return resetForm(reply, session, name, problem);
    if (!(await setPassword(db, name, password, ctx.opts.passwordCost))) {
      return show(reply, session, { error: gone(name) }, 409);
    }
    return show(reply, session, {
      ok: `Đã đặt lại mật khẩu cho “${name}”. Người này đã bị đăng xuất trên mọi máy.`,
    });
  });

  app.get('/users/:name/remove', { preHandler: adminOnly }, async (req, reply) => {
    const session = sessionOf(req);
    const name = await otherUser(req, reply);
    if (!name) return;
    return userPage(
      reply,
      session,
      `Xoá người dùng “${name}”`,
      html`<h1>Xoá người dùng “${name}”?</h1>
<p>Người này sẽ không đăng nhập được nữa và bị đăng xuất ngay trên mọi máy. Các chiến dịch và tệp đã làm vẫn giữ nguyên.</p>
<form method="post" action="${userPath(name, 'remove')}" class="card">${csrfField(session)}
  <div class="actions"><button type="submit" class="danger">Xoá người dùng “${name}”</button>
  <a class="button secondary" href="/users">Huỷ, giữ lại</a></div>
</form>`,
    );
  });

  app.post('/users/:name/remove', { preHandler: adminOnly }, async (req, reply) => {
    const session = sessionOf(req);
    const name = await otherUser(req, reply);
    if (!name) return;
    const result = await removeUser(db, name);
    if (result === 'removed') return show(reply, session, { ok: `Đã xoá người dùng “${name}”.` });
    const error =
      result === 'last' ? 'Không xoá được: đây là người dùng cuối cùng của phần mềm.' : gone(name);
    return show(reply, session, { error }, 409);
  });
}
