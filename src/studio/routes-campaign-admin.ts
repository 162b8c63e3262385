/**
 * Studio: renaming a campaign (the name the office gave it; its folder, and so its links and
 * the leaders' pages, stay) and deleting one after a confirmation page, as a user is removed
 * (routes-users.ts): forms, so both work without JavaScript. A campaign being built is not
 * deleted (its build writes into the folder).
 */
import { rm } from 'node:fs/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Session } from './accounts.js';
import { itemPageSender, type StudioContext, sendPage, sessionOf } from './app.js';
import {
  type CampaignSummary,
  listCampaigns,
  sameName,
  writeCampaignName,
} from './campaign-folders.js';
import { type Html, html } from './html.js';
import { csrfField, notice, statusPage } from './layout.js';
import { campaignDetails, campaignOf } from './routes-campaigns.js';

export function registerCampaignAdmin(app: FastifyInstance, ctx: StudioContext): void {
  /** The campaign a /c/:slug/… route names, as the list shows it; undefined (404 sent) if none. */
  const listed = async (req: FastifyRequest, reply: FastifyReply) => {
    const c = campaignOf(ctx, req);
    const all = await listCampaigns(ctx.campaignsDir);
    const found = c && all.find((x) => x.slug === c.slug);
    if (!c || !found) {
      await sendPage(reply, statusPage(404, sessionOf(req)), 404);
      return undefined;
    }
    return { c, summary: found, all };
  };

  const campaignPage = itemPageSender({ href: '/', label: 'Chiến dịch' });

  const renameForm = (
    reply: FastifyReply,
    session: Session,
    c: CampaignSummary,
    typed?: string,
    error?: Html | string,
  ) =>
    campaignPage(
      reply,
      session,
      `Đổi tên “${c.name}”`,
      html`<h1>Đổi tên chiến dịch “${c.name}”</h1>
${error ? notice('error', error) : ''}
<form method="post" action="/c/${c.slug}/rename" class="card">${csrfField(session)}
  <label for="name">Tên mới</label>
  <p class="help" id="name-help">Tên hiện trong danh sách chiến dịch. Thư mục (${c.slug}) và các đường dẫn đã gửi đi vẫn giữ nguyên.</p>
  <input id="name" name="name" required maxlength="200" value="${typed ?? c.name}" aria-describedby="name-help">
  <div class="actions"><button type="submit">Đổi tên</button>
  <a class="button secondary" href="/">Huỷ</a></div>
</form>`,
      error ? 409 : 200,
    );

  app.get('/c/:slug/rename', async (req, reply) => {
    const found = await listed(req, reply);
    if (found) return renameForm(reply, sessionOf(req), found.summary);
  });

  app.post('/c/:slug/rename', async (req, reply) => {
    const found = await listed(req, reply);
    if (!found) return;
    const session = sessionOf(req);
    const name = String((req.body as Record<string, unknown>).name ?? '')
      .normalize('NFC')
      .trim();
    if (!name) return renameForm(reply, session, found.summary, name, 'Hãy nhập tên mới.');
    const taken = found.all.find((x) => x.slug !== found.c.slug && sameName(x.name, name));
    if (taken) {
      return renameForm(
        reply,
        session,
        found.summary,
        name,
        html`Đã có chiến dịch khác tên “${taken.name}” (thư mục ${taken.slug}). Hãy chọn một tên khác.`,
      );
    }
    await writeCampaignName(found.c.folder, name);
    return reply.redirect(`/?renamed=${found.c.slug}`, 303);
  });

  /** The page when the campaign is being built: nothing is deleted, with the way to its build. */
  const building = (reply: FastifyReply, session: Session, c: CampaignSummary) =>
    campaignPage(
      reply,
      session,
      `Xoá “${c.name}”`,
      html`<h1>Chưa xoá được chiến dịch “${c.name}”</h1>
${notice('error', html`Chiến dịch này đang được in (đang tạo tệp). Hãy đợi in xong ở trang <a href="/c/${c.slug}/build">In và tải về</a>, rồi xoá.`)}
<p><a class="button secondary" href="/">Về danh sách chiến dịch</a></p>`,
      409,
    );

  app.get('/c/:slug/delete', async (req, reply) => {
    const found = await listed(req, reply);
    if (!found) return;
    const session = sessionOf(req);
    const c = found.summary;
    if (ctx.builds.running(c.slug)) return building(reply, session, c);
    const details = campaignDetails(c);
    return campaignPage(
      reply,
      session,
      `Xoá “${c.name}”`,
      html`<h1>Xoá chiến dịch “${c.name}”?</h1>
<p>${details ? `${details}, ` : ''}thư mục ${c.slug}.</p>
<p>Sẽ xoá hẳn nội dung văn bản, danh sách, mẫu và mọi tệp đã in của chiến dịch này; không lấy lại được. Muốn giữ một bản, hãy tải thư mục chiến dịch (ZIP) ở trang <a href="/c/${c.slug}">Nội dung</a> trước.</p>
<form method="post" action="/c/${c.slug}/delete" class="card">${csrfField(session)}
  <div class="actions"><button type="submit" class="danger">Xoá chiến dịch “${c.name}”</button>
  <a class="button secondary" href="/">Huỷ, giữ lại</a></div>
</form>`,
    );
  });

  app.post('/c/:slug/delete', async (req, reply) => {
    const found = await listed(req, reply);
    if (!found) return;
    if (ctx.builds.running(found.c.slug)) return building(reply, sessionOf(req), found.summary);
    await ctx.leaderSites.remove(found.c.slug);
    await rm(found.c.folder, { recursive: true, force: true });
    ctx.builds.forget(found.c.slug);
    ctx.importNotes.delete(found.c.slug);
    return reply.redirect('/?deleted=1', 303);
  });
}
