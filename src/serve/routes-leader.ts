/**
 * Serve stage: a group leader's routes. In: `/g/<token>/` and `/g/<token>/<file>`. Out: the
 * group's page, a document's page-by-page view (`notice.html`), or one of its files with its ETag (a matching If-None-Match gets 304 before
 * anything is rendered) and its Vietnamese download name. A token that is not a group's: 404.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { groupOwnTerm } from '../model/group-term.js';
import { eventStartOf } from '../results/early.js';
import { wardDay } from '../ward-time.js';
import type { ServeContext } from './app.js';
import { byteRange } from './byte-range.js';
import { campaignTag, withCampaign } from './campaign-file-name.js';
import { MAP_NAME, mapFile } from './campaign-map.js';
import { keepUncompressed } from './compress.js';
import { contentDisposition } from './disposition.js';
import { notModified } from './encoded-etag.js';
import { answerUnlisted, formerGroupOf } from './former-group.js';
import { renderPage, replacedPage } from './html.js';
import { isPreviewName } from './library.js';
import { groupPath } from './links.js';
import {
  DOT_QUERY,
  dottedOf,
  dueView,
  earlyView,
  type FormState,
  RESULTS_PATH,
  resultsFormView,
  SAVED_QUERY,
} from './results-form.js';
import { isInAppBrowser, leaderView, pagesView } from './views.js';

export function sendFile(
  req: FastifyRequest,
  reply: FastifyReply,
  file: { bytes: Uint8Array; contentType: string; etag: string; downloadName: string },
  disposition: 'attachment' | 'inline' = 'attachment',
) {
  reply
    .header('ETag', file.etag)
    .header('Cache-Control', 'private, no-cache')
    .header('Accept-Ranges', 'bytes');
  if (notModified(req, file.etag)) return reply.code(304).send();
  const bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
  const size = bytes.length;
  const ifRange = req.headers['if-range'];
  const range = byteRange(
    req.headers.range,
    Array.isArray(ifRange) ? ifRange.join(',') : ifRange,
    size,
    file.etag,
  );
  if (range === 'unsatisfiable')
    return reply.code(416).header('Content-Range', `bytes */${size}`).send();
  reply
    .type(file.contentType)
    .header('Content-Disposition', contentDisposition(file.downloadName, disposition));
  if (range === 'whole') return reply.send(bytes);
  // The rest of a download a dropped connection cut (byte-range.ts).
  return reply
    .code(206)
    .header('Content-Range', `bytes ${range.start}-${range.end}/${size}`)
    .send(bytes.subarray(range.start, range.end + 1));
}

type TokenRequest = FastifyRequest<{
  Params: { token: string; file?: string };
  Querystring: { view?: string; 'da-luu'?: string; 'dau-cham'?: string | string[] };
}>;

/**
 * What Zalo, SMS and mail text glue to a link pasted at the end of a sentence or in brackets:
 * closing brackets and quotes, sentence and list punctuation, spaces ("…/g/<token>/).").
 */
const TRAILING_PUNCTUATION = /[\s)\]}>.,;:!'"”’»…]+$/u;

/** A path segment without what a message glued to its end. */
export const withoutTrailingPunctuation = (segment: string) =>
  segment.replace(TRAILING_PUNCTUATION, '');

/** `?view` asks for a document to be shown in the browser (Xem) rather than saved (Tải về). */
export const VIEW_QUERY = '?view';

/**
 * A page that shows the group's live figures (the participation form): never kept. A browser
 * shows a `no-cache` page from its history without asking (the phone's Back button after "Lưu
 * lại" showed "Chưa báo cáo"); `no-store` makes it fetch the page, with the figures as saved.
 */
function sendLiveHtml(reply: FastifyReply, html: string) {
  return reply
    .header('Cache-Control', 'private, no-store')
    .header('Vary', 'User-Agent')
    .type('text/html; charset=utf-8')
    .send(html);
}

/**
 * A page of HTML with its ETag (its hash). A client that has it already gets 304, answered once
 * the body's encoding is known (encoded-etag.ts: the gzipped page has its own ETag).
 */
function sendHtml(reply: FastifyReply, html: string) {
  const etag = `"${createHash('sha256').update(html).digest('hex').slice(0, 32)}"`;
  // The page says more inside Zalo's browser: a cache must not give it to another browser;
  // nor a plain page to a browser that gets it gzipped (the plugin says so of gzipped ones only).
  reply
    .header('ETag', etag)
    .header('Cache-Control', 'private, no-cache')
    .header('Vary', 'User-Agent, accept-encoding');
  return reply.type('text/html; charset=utf-8').send(html);
}

/**
 * The leader's page of a group: its documents, and — when the server keeps figures — the
 * participation form (results-form.ts) in the state given (saved, or refused with what was typed).
 */
export async function leaderPageHtml(
  ctx: ServeContext,
  req: FastifyRequest,
  token: string,
  groupId: string,
  form: FormState = {},
): Promise<string> {
  const { lib, results: service, tokens } = ctx.inputs();
  const group = lib.ward.group(groupId);
  const today = (ctx.opts.today ?? wardDay)();
  const shown =
    service && group
      ? await resultsFormView(
          service,
          ctx.secret,
          group,
          // The group's own word, as the rest of its page says it (qa11 Q4: a thôn's form
          // said "của bản", the ward's majority word).
          groupOwnTerm(lib.ward.campaign.issuer.group_term, group.name, lib.ward.term),
          `${ctx.root}/g/${token}/${RESULTS_PATH}`,
          form,
        )
      : null;
  // The office's "Hạn báo cáo", against which Kết quả and the report call the leader late.
  // Before the group's first day, the form says the day and that figures sent now are marked
  // "gửi trước ngày diễn ra" (qa54 p4), as Kết quả and the report mark them.
  const results = shown && {
    ...shown,
    due: dueView(lib.ward.campaign.report?.deadline, today),
    early: earlyView(group && eventStartOf(lib.ward.campaign)(group), today),
  };
  // The form's token beside what was typed or queried: never compressed (compress.ts, BREACH).
  if (shown) keepUncompressed(req);
  const update = ctx.opts.update?.();
  // Answered from the documents drawn so far: a first visit waits for none of them (~2 s of
  // CPU for a group's six); they are drawn after the page, in the background.
  const view = await leaderView(
    lib,
    groupId,
    {
      ...linksFor(req, ctx.root, token),
      today,
      ...(update ? { update } : {}),
      // The leader's other groups' pages (one person leading several): their current links.
      groupHref: (id) => `${ctx.root}/${groupPath(ctx.secret, id, tokens.renewed.get(id) ?? 0)}`,
    },
    'so-far',
  );
  // Past its last day, the group's campaign still running elsewhere (qa47 m2): not a dead end;
  // before it, a campaign the office opened after this one (qa58b M1: a leader on last month's
  // link sent the new campaign's figures here): said at the top with its link.
  const elsewhere = (await ctx.opts.elsewhere?.(groupId, !view.period.ended)) ?? [];
  // A campaign that follows this one open for the group: this one's work is done (views.ts).
  const settled = view.settled || elsewhere.some((e) => e.follows && e.begun);
  const html = renderPage('leader', { ...view, results, elsewhere, settled }, lib.ward.templateDir);
  if (view.documents.some((d) => d.size === null) || (view.zip.size === null && !view.unprintable))
    setImmediate(() => lib.drawLater(groupId));
  return html;
}

/** The links of a group's pages, as the leader's browser gets them. */
function linksFor(req: FastifyRequest, root: string, token: string) {
  return {
    files: `${root}/g/${token}/`,
    assets: `${root}/assets/`,
    viewQuery: VIEW_QUERY,
    pageViews: true,
    inApp: isInAppBrowser(req.headers['user-agent']),
  };
}

export function registerLeaderRoutes(app: FastifyInstance, ctx: ServeContext): void {
  const { inputs, root } = ctx;
  const linksOf = (req: TokenRequest) => linksFor(req, root, req.params.token);
  /** A link the office replaced with a new one (the group's leader changed): says so (410). */
  const sentReplaced = (_req: TokenRequest, reply: FastifyReply, token: string) => {
    const { lib, tokens } = inputs();
    const id = tokens.replaced(token);
    const group = id === undefined ? undefined : lib.ward.group(id);
    if (!group) return false;
    reply
      .code(410)
      .header('Cache-Control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(replacedPage(lib.ward, group.name, `${root}/assets/`));
    return true;
  };
  const page = async (req: TokenRequest, reply: FastifyReply) => {
    const { tokens } = inputs();
    const groupId = tokens.find(req.params.token);
    if (groupId === undefined) {
      // A link pasted with the sentence's ")." after it: the group's page, at its clean link.
      const clean = withoutTrailingPunctuation(req.params.token);
      if (clean !== req.params.token && tokens.find(clean) !== undefined)
        return reply.redirect(`${root}/g/${clean}/`, 301);
      // Typed by hand from a QR card, with look-alike letters or a capital mixed up. Not a
      // permanent redirect: a new secret makes the same typing mean nothing.
      const meant = tokens.typed(clean);
      if (meant !== undefined) return reply.redirect(`${root}/g/${meant}/`, 302);
      if (sentReplaced(req, reply, clean)) return reply;
      // A tổ the office's new list has left (merged, removed): said, not "no such page".
      const former = await formerGroupOf(ctx, clean);
      if (former) return answerUnlisted(ctx, reply, former, []);
      return reply.callNotFound();
    }
    const html = await leaderPageHtml(ctx, req, req.params.token, groupId, {
      saved: req.query[SAVED_QUERY] !== undefined,
      dotted: dottedOf(req.query[DOT_QUERY]),
    });
    return inputs().results ? sendLiveHtml(reply, html) : sendHtml(reply, html);
  };
  app.get('/g/:token', page);
  app.get('/g/:token/', page);

  app.get('/g/:token/:file', async (req: TokenRequest, reply) => {
    const { lib, tokens } = inputs();
    const groupId = tokens.find(req.params.token);
    const name = req.params.file ?? '';
    const paged = groupId === undefined ? undefined : lib.pagedOutput(name);
    if (groupId !== undefined && paged) {
      const links = { ...linksOf(req), back: `${root}/g/${req.params.token}/` };
      const view = await pagesView(lib, groupId, paged, links);
      return sendHtml(reply, renderPage('pages', view, lib.ward.templateDir));
    }
    if (groupId !== undefined && name === MAP_NAME) {
      // The campaign's map, shown on the page and opened alone to zoom (campaign-map.ts).
      const map = await mapFile(lib.ward.contextOf(groupId));
      if (!map) return reply.callNotFound();
      const file = {
        ...map,
        contentType: 'image/png',
        downloadName: `${map.caption ?? 'Sơ đồ'}.png`,
      };
      return sendFile(req, reply, file, 'inline');
    }
    const etag = groupId === undefined ? undefined : lib.etag(groupId, name);
    if (groupId === undefined) {
      // A file's link typed by hand (see the page's): only to a file the group has.
      const meant = tokens.typed(req.params.token);
      const id = meant === undefined ? undefined : tokens.find(meant);
      if (id !== undefined && (lib.pagedOutput(name) || lib.etag(id, name)))
        return reply.redirect(`${root}/g/${meant}/${name}`, 302);
      if (sentReplaced(req, reply, req.params.token)) return reply;
      return reply.callNotFound();
    }
    if (etag === undefined && name === RESULTS_PATH) {
      // The address a refused figures form was answered at (its POST's): reopened later (the
      // address bar, a tab Zalo's browser reloads, a link sent to the office) it is the group's
      // page at its form, not "this link does not open" (qa11 Q14).
      return reply.redirect(`${root}/g/${req.params.token}/#${RESULTS_PATH}`, 303);
    }
    if (etag === undefined) {
      // "/g/<token>/)." or "…/notice.pdf,": punctuation of the message the link was pasted from.
      const clean = withoutTrailingPunctuation(name);
      const known = clean === '' || lib.pagedOutput(clean) || lib.etag(groupId, clean);
      if (clean !== name && known)
        return reply.redirect(`${root}/g/${req.params.token}/${clean}`, 301);
      return reply.callNotFound();
    }
    // Known content key: a revalidation is answered without rendering or reading the cache.
    if (notModified(req, etag)) {
      return reply
        .header('ETag', etag)
        .header('Cache-Control', 'private, no-cache')
        .code(304)
        .send();
    }
    const file = await lib.file(groupId, name);
    if (!file) return reply.callNotFound();
    const inline = isPreviewName(name) || req.query.view !== undefined;
    // Named with its campaign: đợt 1's and đợt 2's flyers on one phone (qa58b M5).
    const downloadName = withCampaign(file.downloadName, campaignTag(lib.ward.campaign));
    return sendFile(req, reply, { ...file, downloadName }, inline ? 'inline' : 'attachment');
  });
}
