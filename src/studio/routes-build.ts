/**
 * Studio: build all, and the files to print and send. `/c/<slug>/build` shows the last build's
 * progress (its script polls `/build/status`; without it, the page's reload link does), then the
 * print files and the groups' ZIPs listed in the build's manifest — the only files `/out/` gives
 * — and how the leaders' download pages are published.
 */

import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { labelsFor } from '../kinds/labels.js';
import { decimal, say } from '../messages/message.js';
import { type GroupTerm, groupTermOf } from '../model/group-term.js';
import { unitTermOf } from '../model/unit-term.js';
import { readPrevious } from '../output/manifest.js';
import { contentDisposition } from '../serve/disposition.js';
import { formatSize } from '../serve/views.js';
import type { Ward } from '../serve/ward.js';
import { type StudioContext, sendPage, sessionOf } from './app.js';
import { type BuildStatus, Builds } from './builds.js';
import { campaignForm, readCampaignText } from './campaign-file.js';
import { campaignTerm } from './group-term.js';
import { type Html, html } from './html.js';
import { campaignHeader, csrfField, notice, page } from './layout.js';
import { campaignName, campaignOf } from './routes-campaigns.js';

function statusView(slug: string, s: BuildStatus | undefined, term: GroupTerm): Html {
  if (!s) return html`<p>Chưa in lần nào từ khi mở phần mềm.</p>`;
  const bar = html`<progress max="${Math.max(1, s.total)}" value="${s.done}" aria-label="Tiến độ in">${s.done}/${s.total}</progress>`;
  if (s.state === 'running') {
    return html`${bar}<p>Đang in: ${s.done}/${s.total || '…'} ${term.short}. <a href="/c/${slug}/build">Cập nhật</a></p>`;
  }
  if (s.state === 'failed') return notice('error', html`Chưa in được: ${s.error ?? ''}`);
  const seconds = say(decimal(s.seconds ?? 0, 1), 'vi');
  const groups = s.groups ?? s.total;
  return html`${bar}${notice(
    s.failures.length ? 'error' : 'ok',
    html`Đã in xong ${groups - s.failures.length}/${groups} ${term.short} trong ${seconds} giây.${
      s.failures.length
        ? html`<br>Các ${term.short} chưa in được:<br>${s.failures.map(
            (f) =>
              // A row without a name is named by its id: "Thôn 2 (dòng 3)".
              html`${f.name || (f.group ? `${term.Short} ${f.group}` : '')}${f.row ? ` (dòng ${f.row})` : ''}: ${f.message}<br>`,
          )}<a href="/c/${slug}/groups">Sửa danh sách ${term.short}</a>`
        : ''
    }`,
  )}`;
}

export function registerBuildRoutes(app: FastifyInstance, ctx: StudioContext): void {
  const builds = new Builds(ctx.opts.logError ?? ((l) => process.stderr.write(`${l}\n`)));

  /** The print files and ZIPs of the last build, with their names in Vietnamese. */
  const downloads = async (
    slug: string,
    out: string,
    ward: Ward | undefined,
    unit: string,
  ): Promise<Html> => {
    const m = await readPrevious(out);
    if (m.print.length === 0 && m.zips.length === 0)
      return html`<p>Chưa có tệp nào. Bấm “In tất cả”.</p>`;
    const first = ward?.groups[0];
    const term = ward?.term ?? groupTermOf(undefined, []);
    const labels =
      ward && first ? labelsFor(ward.contextOf(first.id), ward.templateDir) : undefined;
    const title = (kind: string, variant?: string) => {
      const o = ward?.outputs.find((x) => x.kind.name === kind && x.variant === variant);
      return o && labels ? labels.title(o) : `${kind}${variant ? ` ${variant}` : ''}`;
    };
    const link = (path: string) => `/c/${slug}/out/${path}`;
    return html`<h2>Tệp in cho cả ${unit}</h2>
<p class="help">Mỗi tệp gồm văn bản của mọi ${term.short}, in hai mặt.</p>
<ul class="list">${m.print.map(
      (b) =>
        html`<li><a href="${link(b.path)}" download>${title(b.kind, b.variant)}</a> <span class="muted">${b.pages ?? ''} trang · ${formatSize(b.bytes)}</span></li>`,
    )}</ul>
<h2>Tệp ZIP của từng ${term.short}</h2>
<p class="help">Gửi cho ${term.leader} qua Zalo, hoặc để ${term.leader} tải ở trang của ${term.short}.</p>
<ul class="list">${m.zips.map(
      (b) =>
        html`<li><a href="${link(b.path)}" download>${ward?.group(b.group ?? '')?.name ?? b.group ?? b.path}</a> <span class="muted">${formatSize(b.bytes)}</span></li>`,
    )}</ul>`;
  };

  app.get('/c/:slug/build', async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return reply.callNotFound();
    const session = sessionOf(req);
    const form = campaignForm(await readCampaignText(c.file));
    const name = campaignName(form, c.slug);
    const status = builds.status(c.slug);
    const ward = c.groups ? await ctx.previewer.ward(c).catch(() => undefined) : undefined;
    const term = ward?.term ?? groupTermOf(form['issuer.group_term'], []);
    const unit = unitTermOf(form['issuer.name'] ?? '', form['issuer.ward']);
    const serveCommand = `phuong-print serve --campaign "${c.file}" --groups "${c.groups ?? join(c.folder, 'groups.xlsx')}" --cache-dir "${join(c.out, '.cache')}" --base-url https://<địa chỉ của ${unit}>`;
    return sendPage(
      reply,
      page({
        title: `In: ${name}`,
        session,
        script: true,
        body: html`${campaignHeader(c.slug, name, 'build', term)}
<form method="post" action="/c/${c.slug}/build" class="card">
${csrfField(session)}
<p>In văn bản, áp phích, tờ rơi, phiếu cho mọi ${term.group} theo nội dung và danh sách ${term.short} đã lưu.</p>
<button type="submit"${status?.state === 'running' ? ' disabled' : ''}>In tất cả</button>
</form>
<section id="build-status" data-status="/c/${c.slug}/build/status" data-state="${status?.state ?? 'none'}" data-unit="${term.short}" aria-live="polite">
${statusView(c.slug, status, term)}
</section>
${status?.state === 'running' ? '' : await downloads(c.slug, c.out, ward, unit)}
<h2>Trang tải về cho ${term.leader}</h2>
${
  ctx.opts.leaderSiteUrl
    ? html`<p><a class="button secondary" href="${ctx.opts.leaderSiteUrl}/admin">Mở trang văn phòng: đường dẫn và mã QR của từng ${term.short}</a></p>`
    : html`<p>Mỗi ${term.leader} có một đường dẫn riêng để tải văn bản của ${term.short} mình. Người quản trị mở các trang này trên máy chủ của ${unit} bằng lệnh:</p>
<pre class="command">${serveCommand}</pre>
<p class="help">Rồi mở trang /admin của địa chỉ đó để lấy đường dẫn và mã QR của từng ${term.short}.</p>`
}`,
      }),
    );
  });

  app.post('/c/:slug/build', async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return reply.callNotFound();
    const form = campaignForm(await readCampaignText(c.file));
    builds.start(c, await campaignTerm(form, c.groups));
    return reply.redirect(`/c/${c.slug}/build`, 303);
  });

  app.get('/c/:slug/build/status', async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return reply.callNotFound();
    const s = builds.status(c.slug);
    return reply.header('Cache-Control', 'no-store').send({
      state: s?.state ?? 'none',
      done: s?.done ?? 0,
      total: s?.total ?? 0,
      failed: s?.failures.length ?? 0,
    });
  });

  app.get('/c/:slug/out/*', async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return reply.callNotFound();
    const path = (req.params as { '*': string })['*'];
    const m = await readPrevious(c.out);
    // Only a file the build listed: never a path the request makes up.
    const listed = [...m.print, ...m.zips].find((b) => b.path === path);
    if (!listed) return reply.callNotFound();
    const bytes = await readFile(join(c.out, listed.path));
    return reply
      .type(path.endsWith('.zip') ? 'application/zip' : 'application/pdf')
      .header('Content-Disposition', contentDisposition(basename(listed.path)))
      .send(bytes);
  });
}
