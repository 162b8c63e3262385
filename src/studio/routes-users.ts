/**
 * Studio: the users page (admin only): who may sign in, and a form to add someone.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  addUser,
  listUsers,
  MIN_PASSWORD,
  type Session,
  USER_NAME,
  userExists,
} from './accounts.js';
import { type StudioContext, sendPage, sessionOf } from './app.js';
import { html } from './html.js';
import { csrfField, notice, page, statusPage } from './layout.js';

export function registerUsers(app: FastifyInstance, ctx: StudioContext): void {
  const { db } = ctx.opts.store;

  const show = async (
    reply: FastifyReply,
    session: Session,
    msg?: { ok?: string; error?: string; name?: string },
    status = 200,
  ) => {
    const users = await listUsers(db);
    return sendPage(
      reply,
      page({
        title: 'Người dùng',
        session,
        body: html`<h1>Người dùng</h1>
${msg?.ok ? notice('ok', msg.ok) : ''}${msg?.error ? notice('error', msg.error) : ''}
<ul class="list">${users.map(
          (u) => html`<li><strong>${u.name}</strong>${u.isAdmin ? ' — quản trị' : ''}</li>`,
        )}</ul>
<h2>Thêm người dùng</h2>
<form method="post" action="/users" class="card">${csrfField(session)}
  <label for="name">Tên đăng nhập</label>
  <p class="help" id="name-help">Chữ và số, không dấu cách, ví dụ: lan.vhxh</p>
  <input id="name" name="name" required maxlength="40" aria-describedby="name-help" value="${msg?.name ?? ''}" autocapitalize="none">
  <label for="password">Mật khẩu</label>
  <p class="help" id="password-help">Ít nhất ${MIN_PASSWORD} ký tự. Gửi riêng cho người dùng, không gửi qua nhóm Zalo.</p>
  <input id="password" name="password" type="password" required minlength="${MIN_PASSWORD}" autocomplete="new-password" aria-describedby="password-help">
  <label class="check"><input type="checkbox" name="admin" value="1"> Được thêm người dùng (quản trị)</label>
  <button type="submit">Thêm</button>
</form>`,
      }),
      status,
    );
  };

  const adminOnly = async (req: FastifyRequest, reply: FastifyReply) => {
    const session = sessionOf(req);
    if (!session.user.isAdmin) return sendPage(reply, statusPage(403, session), 403);
  };

  app.get('/users', { preHandler: adminOnly }, async (req, reply) => show(reply, sessionOf(req)));

  app.post('/users', { preHandler: adminOnly }, async (req, reply) => {
    const session = sessionOf(req);
    const body = req.body as Record<string, unknown>;
    const name = String(body.name ?? '')
      .trim()
      .normalize('NFC');
    const password = String(body.password ?? '');
    const error = !USER_NAME.test(name)
      ? 'Tên đăng nhập chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới (tối đa 40 ký tự), không có dấu cách.'
      : password.length < MIN_PASSWORD
        ? `Mật khẩu phải có ít nhất ${MIN_PASSWORD} ký tự.`
        : (await userExists(db, name))
          ? `Đã có người dùng "${name}".`
          : undefined;
    if (error) return show(reply, session, { error, name }, 400);
    await addUser(db, name, password, body.admin === '1');
    return show(reply, session, { ok: `Đã thêm người dùng "${name}".` });
  });
}
