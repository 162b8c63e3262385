/**
 * Studio: "Xoá bản in" on a campaign's build tab (qa31 M1). A confirmation page says what goes
 * (the print files and the groups' ZIPs, their size), what stays (the campaign, its groups,
 * figures, the leaders' links) and how to print again; the POST frees them (print-space.ts).
 * Refused while the campaign is being printed. The leaders' pages do not use these files: an open
 * campaign's pages keep working, and the page says what closing them frees as well.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { unitTermOf } from '../model/unit-term.js';
import { FolderBusy, heldByAnother } from '../output/folder-lock.js';
import { readPrevious } from '../output/manifest.js';
import { formatSize } from '../serve/views.js';
import type { Session } from './accounts.js';
import { type StudioContext, sendPage, sessionOf } from './app.js';
import { wardTime } from './build-files.js';
import { campaignForm, readCampaignText } from './campaign-file.js';
import type { CampaignPaths } from './campaign-folders.js';
import { campaignTerm } from './group-term.js';
import { type Html, html } from './html.js';
import { campaignHeader, csrfField, notice, page } from './layout.js';
import { folderBytes, freePrints, listedOnDisk, printBytes } from './print-space.js';
import { publishedCacheDir } from './publications.js';
import { campaignName, campaignOf } from './routes-campaigns.js';

/** The confirmation page's address, from the build tab's "Xoá bản in" link. */
export const freePrintsPath = (slug: string) => `/c/${slug}/build/xoa-ban-in`;

/** The query the build tab reads after the prints were freed: their bytes. */
export const FREED_QUERY = 'da-xoa-ban-in';

export function registerFreePrintsRoutes(app: FastifyInstance, ctx: StudioContext): void {
  /** Whether the campaign is being printed now, by this studio or another process (the CLI). */
  const printing = async (c: CampaignPaths) =>
    ctx.builds.running(c.slug) || (await heldByAnother(c.out));

  const show = async (reply: FastifyReply, session: Session, c: CampaignPaths, status = 200) => {
    const form = campaignForm(await readCampaignText(c.file));
    const term = await campaignTerm(form, c.groups);
    const unit = unitTermOf(form['issuer.name'] ?? '', form['issuer.ward']);
    const name = campaignName(form, c);
    const m = await readPrevious(c.out);
    const bytes = await printBytes(c.out);
    const files = await listedOnDisk(c.out, m);
    const back = `/c/${c.slug}/build`;
    const cache = ctx.leaderSites.isOpen(c.slug)
      ? await folderBytes(publishedCacheDir(ctx.opts.dataDir, c.slug))
      : undefined;
    let body: Html;
    if (await printing(c)) {
      body = html`${notice('error', html`Chiến dịch này đang được in: chưa xoá được bản in. Đợi in xong rồi bấm lại “Xoá bản in”.`)}
<p><a class="button secondary" href="${back}">Quay lại thẻ In và tải về</a></p>`;
    } else if (bytes === 0) {
      body = html`<p>Không có bản in nào của chiến dịch này trên máy.</p>
<p><a class="button secondary" href="${back}">Quay lại thẻ In và tải về</a></p>`;
    } else {
      body = html`<h2>Xoá bản in (${formatSize(bytes)})?</h2>
<p>Sẽ xoá khỏi máy các tệp in cho cả ${unit} và tệp ZIP của từng ${term.short} (${files} tệp${m.builtAt ? `, in lúc ${wardTime(m.builtAt)}` : ''}), chiếm ${formatSize(bytes)}, để lấy lại chỗ trống trên máy.</p>
<p>Khi cần lại, bấm “In tất cả” ở thẻ In và tải về: các tệp được in lại theo nội dung và danh sách ${term.short} đang lưu.</p>
<p>Vẫn giữ nguyên: nội dung chiến dịch, danh sách ${term.short}, số liệu các ${term.short} đã báo cáo, đường dẫn và mã QR của ${term.leader}.</p>
${
  cache === undefined
    ? ''
    : html`<p>Trang ${term.leader} đang mở vẫn dùng được như cũ: trang đó tự làm văn bản cho ${term.leader}, không dùng các tệp này. Các văn bản ${term.leader} đã mở được trang đó giữ riêng${cache > 0 ? ` (${formatSize(cache)})` : ''} đến khi <a href="/c/${c.slug}/leaders">đóng trang ${term.leader}</a>.</p>`
}
<form method="post" action="${freePrintsPath(c.slug)}" class="card">${csrfField(session)}
  <div class="actions"><button type="submit" class="danger">Xoá bản in (${formatSize(bytes)})</button>
  <a class="button secondary" href="${back}">Huỷ, giữ lại</a></div>
</form>`;
    }
    return sendPage(
      reply,
      page({
        title: `Xoá bản in: ${name}`,
        session,
        body: html`${campaignHeader(c.slug, name, 'build', term, c.name)}
${body}`,
      }),
      status,
    );
  };

  app.get('/c/:slug/build/xoa-ban-in', async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return reply.callNotFound();
    return show(reply, sessionOf(req), c);
  });

  app.post('/c/:slug/build/xoa-ban-in', async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return reply.callNotFound();
    const session = sessionOf(req);
    // Refused while printing: its page says so (the build would remake what is being removed).
    if (await printing(c)) return show(reply, session, c, 409);
    const bytes = await printBytes(c.out);
    try {
      await freePrints(c.out);
    } catch (e) {
      // A build began between the check and the lock (another tab, the CLI).
      if (e instanceof FolderBusy) return show(reply, session, c, 409);
      throw e;
    }
    // The last build's outcome named files no longer there: the tab says when it was printed.
    ctx.builds.forget(c.slug);
    return reply.redirect(`/c/${c.slug}/build?${FREED_QUERY}=${bytes}`, 303);
  });
}
