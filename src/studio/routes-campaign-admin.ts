/**
 * Studio: renaming a campaign (the name the office gave it; its folder, and so its links and
 * the leaders' pages, stay) and deleting one after a confirmation page, as a user is removed
 * (routes-users.ts): forms, so both work without JavaScript. A campaign being built is not
 * deleted (its build writes into the folder). The confirmation says what goes beyond files —
 * the groups' reported figures, the leaders' open links — and a deleted campaign is kept
 * restorable for KEEP_DAYS days (deleted-campaigns.ts; the list's "Đã xoá").
 */

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { GroupTerm } from '../model/group-term.js';
import { campaignKey } from '../results/campaign-key.js';
import { readLatest } from '../results/results-store.js';
import { wardTimeSaid } from '../ward-time.js';
import type { Session } from './accounts.js';
import { itemPageSender, type StudioContext, sendPage, sessionOf } from './app.js';
import { campaignForm, readCampaignText } from './campaign-file.js';
import {
  type CampaignPaths,
  type CampaignSummary,
  listCampaigns,
  sameName,
  writeCampaignName,
} from './campaign-folders.js';
import {
  deletedHolds,
  deletedPaths,
  isDeletedSlug,
  KEEP_DAYS,
  moveToDeleted,
  PurgeFailure,
  removeDeleted,
  restoreDeleted,
} from './deleted-campaigns.js';
import { campaignTerm } from './group-term.js';
import { type Html, html } from './html.js';
import { csrfField, notice, statusPage } from './layout.js';
import { linkInside } from './no-links.js';
import { campaignDetails, campaignOf } from './routes-campaigns.js';
import { resultsWardOf } from './routes-results.js';

export function registerCampaignAdmin(app: FastifyInstance, ctx: StudioContext): void {
  /** The campaign a /c/:slug/… route names, as the list shows it; undefined (404 sent) if none. */
  const listed = async (req: FastifyRequest, reply: FastifyReply) => {
    const c = campaignOf(ctx, req);
    const all = await listCampaigns(ctx.campaignsDir);
    const found = c && all.find((x) => x.slug === c.slug);
    if (!c || !found) {
      // The studio's not-found page: a campaign deleted since says so, by whom and when.
      await reply.callNotFound();
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
${notice('error', html`Chiến dịch này đang được tạo tệp in. Hãy đợi tạo xong ở trang <a href="/c/${c.slug}/build">In và tải về</a>, rồi xoá.`)}
<p><a class="button secondary" href="/">Về danh sách chiến dịch</a></p>`,
      409,
    );

  /**
   * What deleting the campaign takes beyond its files (qa24 F4): how many groups reported
   * figures (of the version the figures are read for) and how many leaders' links are open.
   */
  const atStake = async (c: CampaignPaths) => {
    const open = ctx.leaderSites.isOpen(c.slug);
    const served = open ? await ctx.leaderSites.serving(c.slug) : undefined;
    const ward = await resultsWardOf(ctx, c).catch(() => served?.ward);
    const term =
      ward?.term ?? (await campaignTerm(campaignForm(await readCampaignText(c.file)), c.groups));
    const latest = ward?.campaign.measures.length
      ? await readLatest(ctx.opts.store.db, campaignKey(ward.campaign))
      : undefined;
    const reported = ward && latest ? ward.groups.filter((g) => latest.get(g.id)?.size).length : 0;
    return {
      term,
      reported,
      total: ward?.groups.length ?? 0,
      links: open ? (served?.ward ?? ward)?.groups.length : undefined,
    };
  };

  app.get('/c/:slug/delete', async (req, reply) => {
    const found = await listed(req, reply);
    if (!found) return;
    const session = sessionOf(req);
    const c = found.summary;
    if (ctx.builds.running(c.slug)) return building(reply, session, c);
    const details = campaignDetails(c);
    const { term, reported, total, links } = await atStake(found.c);
    const lost = [
      reported
        ? notice(
            'warn',
            html`<strong>${reported}/${total} ${term.short} đã báo cáo số liệu.</strong> Hãy <a href="/c/${c.slug}/results/ket-qua.xlsx" download>tải bảng số liệu Kết quả (Excel)</a> trước khi xoá.`,
          )
        : '',
      links !== undefined
        ? notice(
            'warn',
            html`<strong>Trang ${term.leader} đang mở: ${links} đường dẫn đã gửi sẽ không mở được nữa</strong>; ai mở sẽ thấy chiến dịch đã được gỡ và số điện thoại của văn phòng. Nếu chỉ cần thôi nhận số liệu, hãy <a href="/c/${c.slug}/leaders">đóng trang ${term.leader}</a> thay vì xoá.`,
          )
        : '',
    ];
    return campaignPage(
      reply,
      session,
      `Xoá “${c.name}”`,
      html`<h1>Xoá chiến dịch “${c.name}”?</h1>
<p>${details ? `${details}, ` : ''}thư mục ${c.slug}.</p>
${lost}
<p>Chiến dịch sẽ được chuyển vào mục “Đã xoá” ở danh sách chiến dịch: văn phòng khôi phục được trong ${KEEP_DAYS} ngày, cùng nội dung, danh sách và số liệu các ${term.short} đã báo cáo. Sau ${KEEP_DAYS} ngày, chiến dịch bị xoá hẳn. Muốn giữ một bản lâu hơn, hãy tải thư mục chiến dịch (ZIP) ở trang <a href="/c/${c.slug}">Nội dung</a>${reported ? ' và bảng số liệu ở trên' : ''}.</p>
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
    await ctx.leaderSites.remove(found.c.slug, () =>
      moveToDeleted(
        ctx.opts.dataDir,
        found.c,
        found.summary.name,
        new Date(),
        sessionOf(req)?.user.name,
      ),
    );
    ctx.builds.forget(found.c.slug);
    ctx.importNotes.delete(found.c.slug);
    return reply.redirect('/?deleted=1', 303);
  });

  /** Puts a deleted campaign back in the list, its pages closed (the office opens them again). */
  app.post('/deleted/:slug/restore', async (req, reply) => {
    const { slug } = req.params as { slug: string };
    if (!isDeletedSlug(ctx.opts.dataDir, slug)) {
      return sendPage(reply, statusPage(404, sessionOf(req)), 404);
    }
    const restored = await restoreDeleted(ctx.opts.dataDir, ctx.campaignsDir, slug);
    await ctx.leaderSites.restored(slug);
    return reply.redirect(restored ? `/?restored=${slug}` : '/?restored=0', 303);
  });

  /**
   * Removes a deleted campaign for good before KEEP_DAYS, after a page saying what goes (review32
   * F8: a residents list uploaded to the wrong campaign stayed 30 days). `deletedHolds` and
   * `removeDeleted` take only a folder name of the deleted area (isSlug): "../x" is a 404.
   */
  /** The ward's word for its groups in a deleted campaign (its folder under DIR/deleted/). */
  const deletedTerm = async (slug: string): Promise<GroupTerm> => {
    const c = deletedPaths(ctx.opts.dataDir, slug);
    // A folder holding a link (no-links.ts): read as the default word, nothing of it read.
    if (linkInside(c.folder)) return campaignTerm({}, undefined);
    const text = await readCampaignText(c.file).catch(() => '');
    return campaignTerm(campaignForm(text), c.groups);
  };

  /** The page confirming a removal for good, with why the last try removed nothing (`error`). */
  const purgePage = (
    reply: FastifyReply,
    session: Session,
    slug: string,
    holds: NonNullable<Awaited<ReturnType<typeof deletedHolds>>>,
    term: GroupTerm,
    error?: Html,
  ) => {
    const name = holds.record.name;
    const lost = [
      'nội dung chiến dịch (tệp chiến dịch, mẫu, ảnh) và các tài liệu đã tạo',
      ...(holds.groups ? [`danh sách ${term.short} đã tải lên`] : []),
      ...(holds.rosters
        ? ['danh sách người dân (họ tên, địa chỉ, số điện thoại của các hộ: thông tin cá nhân)']
        : []),
      `số liệu các ${term.short} đã báo cáo: xoá khỏi kho dữ liệu của studio, không xem, không tải được nữa`,
      `các đường dẫn ${term.leader} đã gửi: sẽ không mở được, kể cả báo “chiến dịch đã được gỡ”`,
    ];
    return campaignPage(
      reply,
      session,
      `Xoá hẳn “${name}”`,
      html`<h1>Xoá hẳn chiến dịch “${name}”?</h1>
${error ? notice('error', error) : ''}
<p>Chiến dịch đã xoá lúc ${wardTimeSaid(holds.record.deletedAt)}, thư mục ${slug}. Xoá hẳn thì không khôi phục được nữa, kể cả trong ${KEEP_DAYS} ngày; mất hẳn:</p>
<ul>${lost.map((l) => html`<li>${l}</li>`)}</ul>
<form method="post" action="/deleted/${slug}/purge" class="card">${csrfField(session)}
  <div class="actions"><button type="submit" class="danger">Xoá hẳn “${name}”</button>
  <a class="button secondary" href="/">Huỷ, giữ lại</a></div>
</form>`,
      error ? 500 : 200,
    );
  };

  /** Why "Xoá hẳn" removed nothing, by where it failed, and where the campaign is now. */
  const purgeFailed = (e: unknown, term: GroupTerm): Html => {
    const f = e instanceof PurgeFailure ? e : undefined;
    const code = f ? f.code : (e as NodeJS.ErrnoException)?.code;
    const coded = code ? ` (mã lỗi ${code})` : '';
    const cause =
      f?.where === 'store'
        ? `kho dữ liệu của studio không xoá được số liệu của chiến dịch${coded}`
        : `máy chủ không chuyển, xoá được thư mục của chiến dịch${coded}`;
    if (f && !f.listed) {
      return html`<strong>Chưa xoá hẳn được:</strong> ${cause}. Không có gì bị xoá và số liệu các ${term.short} đã báo cáo vẫn giữ nguyên, nhưng máy chủ cũng không đưa được thư mục của chiến dịch về chỗ cũ: chiến dịch tạm không hiện ở mục “Đã xoá”. Khi studio khởi động lại, chiến dịch sẽ trở lại mục “Đã xoá” và vẫn khôi phục được. Hãy nhờ người quản trị máy chủ kiểm tra thư mục dữ liệu của studio rồi khởi động lại studio.`;
    }
    return html`<strong>Chưa xoá hẳn được:</strong> ${cause}. Không có gì bị xoá: chiến dịch vẫn ở mục “Đã xoá” và vẫn khôi phục được, số liệu các ${term.short} đã báo cáo vẫn giữ nguyên. Hãy thử lại sau ít phút; nếu vẫn không được, nhờ người quản trị máy chủ kiểm tra ${f?.where === 'store' ? 'kho dữ liệu' : 'thư mục dữ liệu'} của studio.`;
  };

  app.get('/deleted/:slug/purge', async (req, reply) => {
    const { slug } = req.params as { slug: string };
    const session = sessionOf(req);
    const holds = await deletedHolds(ctx.opts.dataDir, slug);
    if (!holds) return sendPage(reply, statusPage(404, session), 404);
    return purgePage(reply, session, slug, holds, await deletedTerm(slug));
  });

  app.post('/deleted/:slug/purge', async (req, reply) => {
    const { slug } = req.params as { slug: string };
    const session = sessionOf(req);
    const holds = await deletedHolds(ctx.opts.dataDir, slug);
    let removed: boolean;
    try {
      removed = await removeDeleted(ctx.opts.dataDir, ctx.opts.store.db, slug, ctx.opts.logError);
    } catch (e) {
      // Nothing was removed (deleted-campaigns.ts removeForGood): the folder and the figures stay.
      ctx.opts.logError?.(`removing ${slug} for good: ${(e as Error)?.stack ?? e}`);
      if (!holds) throw e;
      const term = await deletedTerm(slug);
      return purgePage(reply, session, slug, holds, term, purgeFailed(e, term));
    }
    if (!removed) return sendPage(reply, statusPage(404, session), 404);
    return reply.redirect('/?purged=1', 303);
  });
}
