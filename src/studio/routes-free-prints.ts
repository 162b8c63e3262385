/**
 * Studio: "Xoá tệp in" on a campaign's build tab (qa31 M1). A confirmation page says what goes
 * (the print files and the groups' ZIPs, their size), what stays (the campaign, its groups,
 * figures, the leaders' links) and how to print again; the POST frees them (print-space.ts).
 * Refused while the campaign is being printed. The leaders' pages do not use these files: an open
 * campaign's pages keep working, and the page says what closing them frees as well.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { FolderBusy, heldByAnother } from '../output/folder-lock.js';
import { readPrevious } from '../output/manifest.js';
import { formatSize } from '../serve/views.js';
import type { Session } from './accounts.js';
import { type StudioContext, sendPage, sessionOf } from './app.js';
import { campaignForm, readCampaignText } from './campaign-file.js';
import type { CampaignPaths } from './campaign-folders.js';
import { type Html, html } from './html.js';
import { campaignHeader, csrfField, notice, page, sentencePage } from './layout.js';
import { folderBytes, freePrints, PrintHeld, printBytes, printsOnDisk } from './print-space.js';
import { printsMade, printsMadeSaid } from './prints-made.js';
import { publishedCacheDir } from './publications.js';
import { campaignState } from './routes-build.js';
import { campaignName, campaignOf } from './routes-campaigns.js';

/** The confirmation page's address, from the build tab's "Xoá tệp in" link. */
export const freePrintsPath = (slug: string) => `/c/${slug}/build/xoa-ban-in`;

/** The query the build tab is sent to after the prints were freed (its note said once). */
export const FREED_QUERY = 'da-xoa-ban-in';

/**
 * "Đã xoá bản in (…)" for the tab the office freed them from, said once: by session and
 * campaign, the bytes freed, taken by the build tab's next view. A reload, a bookmark or a number
 * typed into the address says nothing (review39 #9).
 */
const justFreed = new Map<string, number>();
const freedKey = (session: Session, slug: string) => `${session.csrf}\n${slug}`;

/** The bytes just freed from `slug` by this session, once; undefined after that. */
export function takeFreed(session: Session | undefined, slug: string): number | undefined {
  if (!session) return undefined;
  const key = freedKey(session, slug);
  const bytes = justFreed.get(key);
  justFreed.delete(key);
  return bytes;
}

export function registerFreePrintsRoutes(app: FastifyInstance, ctx: StudioContext): void {
  /** Whether the campaign is being printed now, by this studio or another process (the CLI). */
  const printing = async (c: CampaignPaths) =>
    ctx.builds.running(c.slug) || (await heldByAnother(c.out));

  /** The page; `busy`: a build was found holding out/ (this studio's, or the CLI's) just now. */
  const show = async (
    reply: FastifyReply,
    session: Session,
    c: CampaignPaths,
    status = 200,
    busy = false,
  ) => {
    const { form, term, unit } = await campaignState(ctx, c);
    const name = campaignName(form, c);
    const m = await readPrevious(c.out);
    const made = printsMade(m, term);
    const { bytes, files } = await printsOnDisk(c.out, m);
    const back = `/c/${c.slug}/build`;
    const cache = ctx.leaderSites.isOpen(c.slug)
      ? await folderBytes(publishedCacheDir(ctx.opts.dataDir, c.slug))
      : undefined;
    let body: Html;
    if (busy || (await printing(c))) {
      body = html`${notice('error', html`Chiến dịch này đang được tạo tệp in: chưa xoá được tệp in. Đợi tạo xong rồi bấm lại “Xoá tệp in”.`)}
<p><a class="button secondary" href="${back}">Quay lại thẻ In và tải về</a></p>`;
    } else if (bytes === 0) {
      body = html`<p>Không có tệp in nào của chiến dịch này trên máy.</p>
<p><a class="button secondary" href="${back}">Quay lại thẻ In và tải về</a></p>`;
    } else {
      body = html`<h2>Xoá tệp in (${formatSize(bytes)})?</h2>
<p>Sẽ xoá khỏi máy các tệp in cho cả ${unit} và tệp ZIP của từng ${term.short} (${files} tệp${made ? `, in ${printsMadeSaid(made)}` : ''}), chiếm ${formatSize(bytes)}, để lấy lại chỗ trống trên máy.</p>
<p>Khi cần lại, bấm “Tạo tệp in” ở thẻ In và tải về: các tệp được tạo lại theo nội dung và danh sách ${term.short} đang lưu.</p>
<p>Vẫn giữ nguyên: nội dung chiến dịch, danh sách ${term.short}, số liệu các ${term.short} đã báo cáo, đường dẫn và mã QR của ${term.leader}.</p>
${
  cache === undefined
    ? ''
    : html`<p>Trang ${term.leader} đang mở vẫn dùng được như cũ: trang đó tự làm văn bản cho ${term.leader}, không dùng các tệp này. Các văn bản ${term.leader} đã mở được trang đó giữ riêng${cache > 0 ? ` (${formatSize(cache)})` : ''} đến khi <a href="/c/${c.slug}/leaders">đóng trang ${term.leader}</a>.</p>`
}
<form method="post" action="${freePrintsPath(c.slug)}" class="card">${csrfField(session)}
  <div class="actions"><button type="submit" class="danger">Xoá tệp in (${formatSize(bytes)})</button>
  <a class="button secondary" href="${back}">Huỷ, giữ lại</a></div>
</form>`;
    }
    return sendPage(
      reply,
      page({
        title: `Xoá tệp in: ${name}`,
        session,
        body: html`${campaignHeader(c.slug, name, 'build', term, c.name)}
${body}`,
      }),
      status,
    );
  };

  /** A print file the machine would not remove: which, why, what to do (not "Có lỗi xảy ra"). */
  const heldPage = async (
    reply: FastifyReply,
    session: Session,
    c: CampaignPaths,
    e: PrintHeld,
  ) => {
    ctx.builds.forget(c.slug);
    const name = campaignName(campaignForm(await readCampaignText(c.file)), c);
    const some = e.removedSome ? 'Đã xoá một phần tệp in, nhưng' : 'Chưa xoá được tệp in:';
    return sendPage(
      reply,
      sentencePage(
        'Chưa xoá hết tệp in',
        `${some} không xoá được tệp ${e.file} của chiến dịch “${name}”: tệp đang bị một chương trình khác giữ hoặc không được phép xoá. Đóng chương trình đang mở tệp đó (trình xem PDF, Excel, phần mềm diệt virus) rồi bấm “Xoá tệp in” lại; nếu vẫn lỗi, báo người quản trị máy chủ.`,
        session,
        `/c/${c.slug}/build`,
      ),
      500,
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
    let outcome: Awaited<ReturnType<typeof freePrints>>;
    try {
      // A build started by this studio meanwhile (another tab) is seen once out/ is locked, and
      // one started after that waits for the free instead of failing as "đang được in".
      outcome = await ctx.builds.whileFreeing(c.slug, () =>
        freePrints(c.out, () => !ctx.builds.running(c.slug), bytes),
      );
    } catch (e) {
      // A build began between the check and the lock (the CLI).
      if (e instanceof FolderBusy) return show(reply, session, c, 409, true);
      if (e instanceof PrintHeld) return heldPage(reply, session, c, e);
      throw e;
    }
    if (outcome === 'busy') return show(reply, session, c, 409, true);
    // Nothing to free (a second click, never printed): the page says so, nothing is written.
    if (outcome === 'nothing') return show(reply, session, c);
    // The last build's outcome named files no longer there: the tab says when it was printed.
    ctx.builds.forget(c.slug);
    // A few kept at most: one a session and campaign, taken on the tab's next view.
    if (justFreed.size > 100) justFreed.clear();
    justFreed.set(freedKey(session, c.slug), bytes);
    return reply.redirect(`/c/${c.slug}/build?${FREED_QUERY}=1`, 303);
  });
}
