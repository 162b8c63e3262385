/**
 * Studio: the leaders' pages of a campaign (the "Trang tổ trưởng" tab). The office opens them
 * (and closes them) with a button; while open, every group's link is listed with its leader, to
 * copy or open, with its QR code and the links as a spreadsheet, and the codes as A4 sheets to
 * cut and hand out — `serve`'s office page, inside the studio and behind its sign-in: a search
 * and a hundred groups a page, as serve pages it, each code its own image fetched as it scrolls
 * into view (a ward of 540 groups made a 2.6 MB page of inline codes, qa5 G16). The pages
 * themselves are `serve`'s, answered by leader-sites.ts at /p/<campaign>/g/<token>/.
 */

import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isUserError, problemsOf } from '../errors.js';
import { KIND_INFO, type KindInfo } from '../kinds/names.js';
import { writtenDay } from '../load/day-first.js';
import { leaderKey } from '../load/groups/same-names.js';
import { endedOn, ownDaysOf } from '../model/campaign-days.js';
import { groupThousands, officeInText } from '../model/format.js';
import { type GroupTerm, groupOwnTerm } from '../model/group-term.js';
import { unitTermOf } from '../model/unit-term.js';
import { isEmptyCellWarning } from '../output/empty-cells.js';
import { campaignKey } from '../results/campaign-key.js';
import { readLatest } from '../results/results-store.js';
import { campaignTag, withCampaign } from '../serve/campaign-file-name.js';
import { contentDisposition } from '../serve/disposition.js';
import { linksSheet, linksSheetName, sameLeaders, samePersonGroups } from '../serve/links.js';
import { qrSheetName } from '../serve/qr-sheet.js';
import { QR_SHEET_TIMEOUT_MS } from '../serve/routes-admin.js';
import { type LeaderUpdate, updateView } from '../serve/update-note.js';
import { findLinks, offeredKinds, pageOfList, papersSaid, qrSvg } from '../serve/views.js';
import type { Ward } from '../serve/ward.js';
import { atWardTime, wardDay, wardTimeSaid } from '../ward-time.js';
import type { Session } from './accounts.js';
import { formText, type StudioContext, sendPage, sessionOf } from './app.js';
import { campaignForm, checkCampaignText, readCampaignText } from './campaign-file.js';
import type { CampaignPaths } from './campaign-folders.js';
import { holdsNames, recordDownload } from './download-log.js';
import { campaignTerm } from './group-term.js';
import { headOnly, isHead } from './head-only.js';
import { type Html, html } from './html.js';
import {
  campaignHeader,
  csrfField,
  forReader,
  notice,
  noticeList,
  page,
  problemPage,
} from './layout.js';
import { linksHandedBefore, recordLinksHanded } from './lost-links.js';
import { inUploadedFile, inVietnamese } from './messages.js';
import { noMeasuresNote } from './no-measures.js';
import { changedGroups, type GroupChange, type Publication } from './publications.js';
import { campaignName, campaignOf } from './routes-campaigns.js';
import { settingsFrom } from './routes-settings.js';
import { publicAddress } from './settings.js';
import { unfilledFields, unfilledRefusal } from './unfilled.js';
import { removeWebOverrides, webOverrides, webOverridesNotice } from './web-overrides.js';

/**
 * The query (and the status's id) of the page "Mở trang tổ trưởng" leads to: it opens with the
 * keyboard and a screen reader on "Đã mở: …" (qa41 m4: a status already there when a page loads
 * is not announced, and the page started at its top).
 */
const OPENED = 'da-mo';

/**
 * The query after "Cấp đường dẫn mới" renewed the links of all the groups of one leader
 * (review46 #4), naming the group pressed: the tab says which groups got new links, and why.
 */
const RENEWED_ALL = 'cap-moi-ca';

/**
 * Each group's link, code and buttons are folded under its name and state ("Đường dẫn";
 * opened on a wide screen by studio.js): on a 360 px phone a group took ~250 px, the example's
 * 32 a 11,278 px page to scroll for one group. A list this short (a search, the page after
 * "Cấp đường dẫn mới") shows them open.
 */
const OPEN_ROWS = 3;

/** Why the campaign's pages cannot open (or are not the saved version): one sentence, linked. */
export function loadProblem(c: CampaignPaths, e: unknown): Html {
  if (!c.groups) {
    return html`chưa có danh sách. <a href="/c/${c.slug}/groups">Tải danh sách lên</a> trước.`;
  }
  if (!isUserError(e)) throw e;
  const [first] = problemsOf(e);
  return html`${inVietnamese(first ?? e)} <a href="/c/${c.slug}/preview">Xem chi tiết ở thẻ Xem trước</a>.`;
}

/** A short digest of a link, to name its code's image. */
const digestOf = (url: string) => createHash('sha256').update(url).digest('base64url').slice(0, 12);

/**
 * What the leaders' pages offer, in the words of their steps: only the kinds the campaign has
 * something for (no posters for a notice alone, qa5 G12).
 */
export function offeredDocuments(ward: Ward): string {
  const offers = offeredKinds(ward.outputs);
  const contest = ward.campaign.contest !== null;
  // Each kind as kinds/names.ts says leaders call it (a checklist by its own title, qa13).
  const name = (k: KindInfo) =>
    (contest ? k.leaders?.contest : undefined) ?? k.leaders?.plain ?? k.vi;
  return (
    KIND_INFO.filter((k: KindInfo) => offers[k.name])
      .map(name)
      .join(', ') || 'tài liệu'
  );
}

/**
 * Which address the links below are made from, for the office: none set (the browser's, no
 * codes), with the way to set one (an admin's Cài đặt page; someone else asks an admin); or the
 * one in use and where it was set. Never a command-line option's name (qa21 finding 11).
 */
function addressSaid(
  slug: string,
  admin: boolean,
  term: GroupTerm,
  base: string,
  qr: boolean,
  from: 'start' | 'settings' | undefined,
): Html {
  if (!qr) {
    return notice(
      'info',
      html`Phần mềm chưa được đặt địa chỉ công khai, nên các đường dẫn dưới đây dùng địa chỉ bạn đang mở (${base}); điện thoại của ${term.leader} có thể không mở được, và chưa in được mã QR. ${
        admin
          ? html`<a href="${settingsFrom(slug)}">Đặt địa chỉ công khai</a> (địa chỉ mà điện thoại mở được, ví dụ https://hoacuong.example.vn).`
          : 'Nhờ người quản trị phần mềm đặt địa chỉ công khai ở trang Cài đặt.'
      }`,
    );
  }
  const where =
    from === 'start'
      ? 'do người cài đặt phần mềm đặt khi khởi động phần mềm'
      : admin
        ? html`đặt ở trang <a href="${settingsFrom(slug)}">Cài đặt</a>`
        : 'đặt ở trang Cài đặt';
  return html`<p class="muted">Các đường dẫn và mã QR dùng địa chỉ công khai ${base} (${where}).</p>`;
}

/**
 * After "Cấp đường dẫn mới" on a group whose leader leads others (RENEWED_ALL: the group
 * pressed): which groups got new links together, and why; '' for any other group or none.
 */
function renewedAllNotice(
  groups: readonly { id: string; name: string; leader?: string; phone?: string }[],
  id: string,
  term: GroupTerm,
): Html | '' {
  const g = groups.find((o) => o.id === id);
  const same = g ? samePersonGroups(groups).get(g.id) : undefined;
  if (!g || !same?.length) return '';
  const all = [g, ...same];
  const names = all.map((o) => o.name);
  const listed = `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`;
  return html`<p class="notice ok" role="status" tabindex="-1" autofocus>Đã cấp đường dẫn mới cho cả ${all.length} ${term.short} của ${term.leader} ${g.leader ?? ''}: ${listed}. Trang của các ${term.short} này có đường dẫn sang nhau, nên đường dẫn cũ của cả ${all.length} ${term.short} đều thôi dùng. Gửi đường dẫn mới của cả ${all.length} ${term.short} cho ${g.leader || term.leader}.</p>`;
}

/**
 * A group's line when it differs from what the leaders were handed (qa26 F6, F10): new, renamed,
 * its leader changed (with the way to give the group a new link, or to say the link was sent),
 * or its link renewed.
 */
function changeSaid(
  slug: string,
  session: Session,
  r: {
    id: string;
    name: string;
    leader?: string;
    phone?: string;
    Leader: string;
    change?: GroupChange;
    renewedAt?: string;
  },
  term: GroupTerm,
): Html {
  const form = (action: string, label: string, kind: string) =>
    html`<form method="post" action="/c/${slug}/leaders/${action}" class="inline">${csrfField(session)}<input type="hidden" name="to" value="${r.id}"><button type="submit" class="${kind}">${label}</button></form>`;
  switch (r.change) {
    case 'new':
      return html`<br><span class="change">${term.Short} mới (thêm sau khi gửi đường dẫn): gửi đường dẫn và mã QR cho ${r.leader ? r.leader : term.leader}.</span>`;
    case 'back':
      return html`<br><span class="change">Có lại trong danh sách sau khi bị bỏ ra: đường dẫn vẫn như cũ. Nếu ${term.leader} đã đổi, gửi đường dẫn cho ${r.leader || term.leader}.</span>
<span class="row-actions">${form('told-leader', 'Đã gửi (hoặc vẫn người cũ)', 'secondary')}</span>`;
    case 'renamed':
      return html`<br><span class="change">Đổi tên sau khi in mã QR: in lại mã QR của ${term.short} này.</span>`;
    case 'renewed':
      return html`<br><span class="change">Đã cấp đường dẫn mới${atWardTime('lúc', r.renewedAt)}: đường dẫn cũ không còn mở được; gửi đường dẫn này và mã QR mới cho ${r.leader || term.leader}.</span>`;
    case 'leader':
      return html`<br><span class="change">${r.Leader} mới: ${r.leader || '(chưa có tên)'}${r.phone ? ` (${r.phone})` : ''} — gửi đường dẫn cho người mới.</span>
<span class="row-actions">${form('told-leader', 'Đã gửi cho người mới', 'secondary')} ${form('renew', 'Cấp đường dẫn mới (đường dẫn cũ thôi dùng)', 'secondary')}</span>`;
    default:
      return html``;
  }
}

/**
 * A new link for any group (qa46 F5): a link posted in the residents' chat or a leader's lost
 * phone must be cut without closing every group's page. The row holds a link to a page that says
 * what the button does before it is pressed (`renewPage`): a form on every row made a page of a
 * hundred groups ~190 KB (leaders-big-ward-browser.test.ts).
 */
function renewLink(slug: string, r: { id: string; name: string }): Html {
  return html` <a class="renew" href="/c/${slug}/leaders/renew?${new URLSearchParams({ to: r.id }).toString()}">Cấp đường dẫn mới${forReader(` cho ${r.name}`)}</a>`;
}

/** The confirm page of a group's new link: what stops working, what the office must do next. */
function renewPage(
  slug: string,
  session: Session,
  g: { id: string; name: string },
  term: GroupTerm,
  same: readonly { name: string }[],
): Html {
  const also = same.length
    ? html`<p class="notice warn">${term.Leader} của ${g.name} cũng phụ trách ${same.map((o, i) => html`${i ? ', ' : ''}<strong>${o.name}</strong>`)}: các trang này dẫn sang nhau, nên đường dẫn của ${same.length > 1 ? `cả ${same.length + 1} ${term.short}` : `cả hai ${term.short}`} được cấp mới cùng lúc.</p>`
    : html``;
  return html`<h2>Cấp đường dẫn mới cho ${g.name}</h2>
${also}
<p>Khi đường dẫn của ${term.short} bị lộ (gửi nhầm vào nhóm chung, ${term.leader} mất điện thoại): đường dẫn cũ và mã QR cũ thôi dùng ngay, phải gửi đường dẫn mới cho ${term.leader}. Số liệu đã báo cáo vẫn giữ.</p>
<form method="post" action="/c/${slug}/leaders/renew" class="card">${csrfField(session)}<input type="hidden" name="to" value="${g.id}">
<div class="actions"><button type="submit">Cấp đường dẫn mới cho ${g.name} (đường dẫn cũ thôi dùng)</button> <a href="/c/${slug}/leaders?${new URLSearchParams({ q: g.name }).toString()}">Quay lại</a></div>
</form>`;
}

/**
 * The campaign changed after the links were handed out (qa26 F4): what changed, that the
 * leaders' pages say so, and the message for the office to send the leaders, with the button
 * saying it was sent.
 */
function changedNotice(
  slug: string,
  session: Session,
  update: LeaderUpdate,
  ward: Ward,
  term: GroupTerm,
  sentAt: string,
  digest: string,
): Html {
  const first = ward.groups[0];
  const view = updateView(update, first ? papersSaid(ward, first.id) : { ends: null, notice: '' });
  const what = [
    view?.endsOn ? `hạn mới đến hết ngày ${view.endsOn}` : '',
    view?.notice ? `văn bản mới số ${view.notice.now} thay văn bản số ${view.notice.before}` : '',
    view?.what ? `đã sửa ${view.what}` : 'tài liệu đã được sửa',
  ]
    .filter(Boolean)
    .join('; ');
  const { issuer, title, contest } = ward.campaign;
  const about = title ? ` về “${title}”` : contest ? ` về Cuộc thi “${contest.name}”` : '';
  const office = issuer.ward ? officeInText(issuer.office, issuer.ward) : issuer.office;
  // The time of day too (qa49 M3): a second correction of the evening reads apart from the first.
  const when = `${view?.at ? `lúc ${view.at} ` : ''}ngày ${view?.on ?? ''}`;
  const message = `${office}: Cập nhật ${when}${about}: ${what}. Đề nghị các ${term.leader} mở lại đường dẫn của ${term.short} mình (đường dẫn cũ vẫn dùng được) để tải và in lại tài liệu mới, rồi gửi lại tin nhắn mới ở trang đó vào nhóm Zalo của ${term.short}: tin nhắn đã gửi trước đây đã cũ.${issuer.phone ? ` Cần hỏi thêm, xin gọi ${issuer.phone}.` : ''}`;
  return notice(
    'error',
    html`<strong>Nội dung đã đổi sau khi gửi đường dẫn cho các ${term.leader}</strong>${atWardTime('lúc', sentAt, { bracket: true })}: cập nhật ${when}: ${what}. Trang của mỗi ${term.leader} đã ghi rõ điều này ở đầu trang, nhưng ai không mở lại đường dẫn sẽ không biết, và tin nhắn đã gửi vào nhóm Zalo các ${term.short} đã cũ. Gửi tin nhắn dưới đây cho các ${term.leader} (ví dụ vào nhóm Zalo của họ):
<label class="visually-hidden" for="tin-cap-nhat">Tin nhắn gửi các ${term.leader}</label>
<textarea id="tin-cap-nhat" class="message" rows="5" readonly>${message}</textarea>
<span class="row-actions"><button type="button" class="secondary copy" data-copy="tin-cap-nhat" hidden>Chép tin nhắn</button></span>
<form method="post" action="/c/${slug}/leaders/told" class="inline">${csrfField(session)}<input type="hidden" name="v" value="${digest}"><button type="submit" class="secondary">Đã gửi lại cho các ${term.leader}</button></form>`,
  );
}

export function registerLeaderRoutes(app: FastifyInstance, ctx: StudioContext): void {
  const sites = ctx.leaderSites;

  /**
   * The address leaders reach the studio at: the public one (the one the studio was started
   * with, else the one an admin set on the Cài đặt page), else the one this browser used. Without
   * a public address the links come from this browser's address bar: on the office's own machine
   * that is 127.0.0.1, and a printed code of it would open nothing on a phone (`qr` false).
   */
  const addressOf = async (req: FastifyRequest) => {
    const set = await publicAddress(ctx.opts.store.db, ctx.opts.baseUrl);
    return {
      base: set?.address ?? `${req.protocol}://${req.host}`,
      qr: set !== undefined,
      from: set?.from,
    };
  };

  const param = (req: FastifyRequest, name: string) => {
    const v = (req.query as Record<string, string | string[] | undefined>)[name];
    return (Array.isArray(v) ? v[0] : v) ?? '';
  };
  const queryOf = (req: FastifyRequest) => param(req, 'q').trim().slice(0, 100);

  const wardOf = (c: CampaignPaths) =>
    c.groups ? ctx.previewer.ward(c) : Promise.reject(new Error('no groups file'));

  /**
   * The campaign's links were handed out before, but this data folder has not their secret
   * (published/ left behind on a move, lost-links.ts); a campaign with one records it here, for
   * pages opened by a studio that did not yet.
   */
  // Recorded once a process (a write each view would take the store's write lock).
  const recorded = new Set<string>();
  const lostLinks = async (
    slug: string,
    ward: Ward | undefined,
    publication: Publication | undefined,
  ) => {
    if (!ward) return undefined;
    const key = campaignKey(ward.campaign);
    if (publication) {
      if (!recorded.has(`${key} @ ${slug}`)) {
        await recordLinksHanded(
          ctx.opts.store.db,
          key,
          slug,
          publication.sent?.at ?? publication.since,
        );
        recorded.add(`${key} @ ${slug}`);
      }
      return undefined;
    }
    return linksHandedBefore(ctx.opts.store.db, key, slug);
  };

  const leadersPage = async (
    req: FastifyRequest,
    reply: FastifyReply,
    c: CampaignPaths,
    opts: { refused?: Html; status?: number } = {},
  ) => {
    const session = sessionOf(req);
    const justOpened = (req.query as Record<string, unknown> | undefined)?.[OPENED] !== undefined;
    const form = campaignForm(await readCampaignText(c.file));
    const { base, qr, from } = await addressOf(req);
    let ward: Ward | undefined;
    let problem: unknown;
    try {
      ward = await wardOf(c);
    } catch (e) {
      problem = e;
    }
    const term = ward?.term ?? (await campaignTerm(form, c.groups));
    // A save that brought back a value to fill in is not served (leader-sites.ts holdsUnfilled).
    const unfilled = ward ? unfilledFields(ward.warnings) : [];
    const emptyCells = (ward?.warnings ?? []).filter(isEmptyCellWarning);
    const unit = unitTermOf(form['issuer.name'] ?? '', form['issuer.ward']);
    const name = campaignName(form, c);
    const publication = await sites.publication(c.slug);
    const open = sites.isOpen(c.slug) && publication?.open === true;
    const lost = await lostLinks(c.slug, ward, publication);
    // What the leaders get: the saved version, or the last one that loaded, or nothing. The
    // links, leaders and figures listed are that version's.
    const serving = open ? await sites.serving(c.slug) : undefined;
    const shown = serving?.ward;
    // An ended campaign's pages stay public until closed (qa27 F7): the office is offered to.
    // Its days from the saved version as loaded, else the one served (never the file read again).
    const held = open ? (ward ?? shown)?.campaign : undefined;
    // `check`'s reading of the days and its rule (campaign-days.ts): a `when` of each group's own
    // columns ({{…}}) has no one day for the campaign, and was read as over on its fixed day.
    const over = held ? endedOn(ownDaysOf(held), wardDay()) : undefined;
    const endedOnSaid = over ? writtenDay(over) : undefined;
    const measures = ward?.campaign.measures.length ?? 0;
    const links = shown && publication ? sites.links(c.slug, shown, publication, base) : [];
    // Who has reported, and when last: the office sees the figures arrive (their table: Kết quả).
    const latest = shown?.campaign.measures.length
      ? await readLatest(ctx.opts.store.db, campaignKey(shown.campaign))
      : undefined;
    const reportedAt = (id: string) => {
      const times = [...(latest?.get(id)?.values() ?? [])].map((f) => f.at).sort();
      return times.at(-1);
    };
    const reportedCount = links.filter((l) => reportedAt(l.id)).length;
    const renewedAll = shown ? renewedAllNotice(shown.groups, param(req, RENEWED_ALL), term) : '';
    // A search and a page of the list, as serve's office page has them.
    const query = queryOf(req);
    const found = findLinks(shown?.groups ?? [], links, query);
    const listed = pageOfList(found, {
      page: Number(param(req, 'trang')) || 1,
      href: (n) =>
        `/c/${c.slug}/leaders?${new URLSearchParams({ ...(query ? { q: query } : {}), trang: String(n) })}`,
    });
    const { pager } = listed;
    // A person who leads several groups (one name, one phone) has a link for each: said on each
    // row, over the whole list (qa44 m3).
    const samePerson = sameLeaders(query ? findLinks(shown?.groups ?? [], links) : found, term);
    // What differs from what the leaders were handed (qa26 F4, F6, F10).
    const changed = shown
      ? changedGroups(shown.groups, publication)
      : new Map<string, GroupChange>();
    const groupOf = new Map((shown?.groups ?? []).map((g) => [g.id, g]));
    const changes = open ? await sites.changes(c.slug) : undefined;
    const update = changes?.update;
    // The campaign's text changed (a groups list's change is said on the changed groups' rows
    // and on their leaders' pages).
    const toTell =
      update && update.campaign !== false && publication?.told?.digest !== changes?.digest && shown
        ? update
        : undefined;
    const rows = listed.shown.map((l) => ({
      ...l,
      change: changed.get(l.id),
      renewedAt: publication?.renewed?.[l.id]?.at,
      phone: groupOf.get(l.id)?.phone,
      // The list gives no one (qa58 p1): no one to send the link to.
      noLeader: groupOf.get(l.id)?.noLeader === true,
      // The link's own digest in the address: the browser keeps the code while the link stays.
      qr: qr
        ? `/c/${c.slug}/leaders/qr.svg?${new URLSearchParams({ to: l.id, v: digestOf(l.url) })}`
        : '',
      reported: reportedAt(l.id),
      same: samePerson.get(l.id),
      // Each group's head by its own word in a mixed commune, as its papers say (h-q10 item 4).
      Leader: groupOwnTerm(shown?.campaign.issuer.group_term, l.name, term).Leader,
    }));
    const qrSheet = `/c/${c.slug}/leaders/qr.pdf${query ? `?${new URLSearchParams({ q: query })}` : ''}`;
    const body = html`${campaignHeader(c.slug, name, 'leaders', term, c.name)}
${opts.refused ? notice('error', opts.refused) : ''}
${session ? webOverridesNotice(c.slug, await webOverrides(c.folder), session) : ''}
<p>Mỗi ${term.leader} có một đường dẫn riêng: mở trên điện thoại để xem và tải ${ward ? offeredDocuments(ward) : 'tài liệu'} của ${term.group} mình${measures ? ' và báo cáo số liệu' : ''}, không cần tài khoản. Các đường dẫn chỉ dùng được khi trang ${term.leader} đang mở.</p>
<p>Mỗi chiến dịch có đường dẫn riêng: hãy gửi đường dẫn của chiến dịch này cho các ${term.leader}, kể cả khi đã gửi đường dẫn ở chiến dịch trước.</p>
${
  ward && measures === 0
    ? notice('info', noMeasuresNote(ward.campaign, term, c.slug, 'leaders'))
    : ''
}
${
  // Cells the campaign's text prints, empty for some groups: their leader pages lack that line
  // (qa51 m5: said on the groups and print tabs, not here, where the pages are opened).
  emptyCells.length
    ? noticeList(
        'warn',
        html`Trang và tài liệu của một số ${term.short} sẽ thiếu thông tin; xem lại ở trang <a href="/c/${c.slug}/groups">Danh sách ${term.short}</a>:`,
        emptyCells.map((w) => inUploadedFile(w, term)),
      )
    : ''
}
${
  open
    ? html`${
        serving
          ? justOpened
            ? html`<p class="notice ok" role="status" id="${OPENED}" tabindex="-1" autofocus>Đã mở. Trang ${term.leader} đang mở${atWardTime('từ', publication?.since)}.</p>`
            : notice(
                'ok',
                html`Trang ${term.leader} đang mở${atWardTime('từ', publication?.since)}.`,
              )
          : ''
      }
${renewedAll}
${latest ? html`<p><strong>${reportedCount}/${links.length} ${term.short}</strong> đã báo cáo số liệu. <a href="/c/${c.slug}/results">Xem số liệu ở thẻ Kết quả</a>.</p>` : ''}
${toTell && shown ? changedNotice(c.slug, session, toTell, shown, term, publication?.told?.at ?? publication?.sent?.at ?? '', changes?.digest ?? '') : ''}
${problem && serving ? notice('error', html`Nội dung vừa lưu có lỗi nên trang ${term.leader} vẫn hiện bản trước (bản đã chép${atWardTime('lúc', serving.copiedAt)}): ${loadProblem(c, problem)}`) : ''}
${
  unfilled.length && serving
    ? notice(
        'error',
        unfilledRefusal(
          c.slug,
          unfilled,
          `Trang ${term.leader} vẫn hiện bản đã chép${atWardTime('lúc', serving.copiedAt)}, chưa hiện nội dung vừa lưu`,
          'Lưu',
        ),
      )
    : ''
}
${
  unfilled.length && !serving && !problem
    ? notice(
        'error',
        unfilledRefusal(c.slug, unfilled, `Các ${term.leader} đang không xem được trang`, 'Lưu'),
      )
    : ''
}
${problem && !serving ? notice('error', html`Các ${term.leader} đang không xem được trang: nội dung đã lưu có lỗi và không còn bản nào trước đó để hiện. ${loadProblem(c, problem)} Sửa xong lỗi này thì trang mở lại ngay, với đường dẫn như cũ.`) : ''}
${serving ? addressSaid(c.slug, session.user.isAdmin, term, base, qr, from) : ''}
${
  serving
    ? html`<div class="actions">
<a class="button" href="/c/${c.slug}/leaders/links.csv">Tải bảng đường dẫn (Excel)</a>
${qr ? html`<a class="button secondary" href="${qrSheet}">${query ? `In mã QR của ${groupThousands(found.length)} ${term.short} tìm được (PDF)` : `In mã QR của các ${term.short} (PDF)`}</a>` : ''}
${qr && changed.size ? html`<a class="button secondary" href="/c/${c.slug}/leaders/qr.pdf?doi=1">In mã QR của các ${term.short} mới, đổi tên hoặc đổi ${term.leader} (${groupThousands(changed.size)} ${term.short})</a>` : ''}
</div>`
    : ''
}
${
  links.length
    ? html`<form class="search" method="get" role="search">
<label for="q">Tìm ${term.short} (tên, mã ${term.short}, ${term.leader})</label>
<span class="search-row"><input id="q" name="q" type="search" value="${query}" autocomplete="off"> <button type="submit" class="secondary">Tìm</button></span>
</form>`
    : ''
}
${query ? html`<p class="muted">${found.length ? `${groupThousands(found.length)}/${groupThousands(links.length)} ${term.short} khớp với “${query}”.` : `Không có ${term.short} nào khớp với “${query}”.`} <a href="/c/${c.slug}/leaders">Xem tất cả</a></p>` : ''}
${pager ? html`<p class="muted" id="danh-sach">Đang xem ${term.short} thứ ${pager.first}–${pager.last} trong ${pager.found} ${term.short} (trang ${pager.page}/${pager.pages}). Tìm theo tên để đến thẳng một ${term.short}.</p>` : ''}
<ul class="list leader-links">${rows.map(
        (r) => html`<li>
<div class="leader-link">
<h2 class="group-name"><strong>${r.name}</strong></h2>${r.leader ? html`<span class="muted">${r.Leader}: ${r.leader}${r.phone ? ` (${r.phone})` : ''}</span>` : r.noLeader ? html`<span class="change">Danh sách chưa có ${r.Leader.toLocaleLowerCase('vi')} (họ tên, số điện thoại): không có ai để gửi đường dẫn này; tờ rơi của ${term.short} ghi liên hệ văn phòng. Ghi người nhận việc vào <a href="/c/${c.slug}/groups">Danh sách ${term.short}</a>.</span>` : ''}${r.same ? html`<br><span class="muted">${r.same}.</span>` : ''}${r.change ? changeSaid(c.slug, session, r, term) : ''}${latest ? html`${r.leader || r.noLeader || r.same || r.change ? html`<br>` : ''}<span class="muted">${r.reported ? `Đã báo cáo số liệu lúc ${wardTimeSaid(r.reported)}` : 'Chưa báo cáo số liệu'}</span>` : ''}
<details class="row-more"${rows.length <= OPEN_ROWS ? html` open` : ''}><summary>Đường dẫn${forReader(`, mã QR của ${r.name}`)}</summary>
<div class="row-body">
${r.qr ? html`<img class="qr" src="${r.qr}" alt="Mã QR của ${r.name}" width="96" height="96" loading="lazy">` : ''}
<div>
<label class="visually-hidden" for="link-${r.id}">Đường dẫn của ${r.name}</label>
<input id="link-${r.id}" class="leader-url" value="${r.url}" readonly>
<span class="row-actions"><button type="button" class="secondary copy" data-copy="link-${r.id}" hidden><span class="copy-word">Chép đường dẫn</span> ${forReader(`của ${r.name}`)}</button> <a href="${r.url}" target="_blank" rel="noopener">Mở thử ${forReader(`trang của ${r.name}`)}</a></span>${r.change === 'leader' ? '' : renewLink(c.slug, r)}
</div>
</div>
</details>
</div>
</li>`,
      )}</ul>
${
  pager
    ? html`<nav class="pager" aria-label="Các trang của danh sách">
${pager.prev ? html`<a class="button secondary" href="${pager.prev}" rel="prev">‹ Trang trước</a>` : ''}
<span>Trang ${pager.page}/${pager.pages}</span>
${pager.next ? html`<a class="button secondary" href="${pager.next}" rel="next">Trang sau ›</a>` : ''}
</nav>`
    : ''
}
<form method="post" action="/c/${c.slug}/leaders/stop" class="card" id="dong-trang">
${csrfField(session)}
${endedOnSaid ? html`<p><strong>Chiến dịch đã kết thúc ngày ${endedOnSaid}, nhưng trang ${term.leader} vẫn mở: ai có đường dẫn vẫn xem được tài liệu${c.rosters ? ', cả bảng theo dõi ghi họ tên, địa chỉ người dân,' : ''} và báo cáo số liệu.</strong> Khi các ${term.short} đã báo cáo xong, nên đóng trang; các bản tài liệu tạm của trang cũng được xoá để giải phóng chỗ trên máy.</p>` : ''}
<p>Đóng trang: các đường dẫn ngừng hoạt động (số liệu đã báo cáo vẫn được giữ). Mở lại sau thì đường dẫn vẫn như cũ.</p>
<button type="submit" class="danger">Đóng trang ${term.leader}</button>
</form>`
    : html`${
        problem
          ? notice('error', html`Chưa mở được trang ${term.leader}: ${loadProblem(c, problem)}`)
          : ''
      }
${publication && !publication.open ? notice('info', html`Trang ${term.leader} đã đóng${atWardTime('lúc', publication.since)}. Mở lại thì đường dẫn vẫn như cũ.`) : ''}
${
  lost && !lost.recorded
    ? notice(
        'warn',
        html`<strong>Nếu đường dẫn của chiến dịch này đã được gửi cho các ${term.leader} từ máy này (đã có ${term.short} báo cáo số liệu qua đường dẫn từ lúc ${wardTimeSaid(lost.at)}), các đường dẫn và mã QR đó sẽ không mở được</strong>: thư mục dữ liệu trên máy này thiếu khoá của chúng (thư mục <code>published</code>). <strong>Để giữ đường dẫn cũ:</strong> dừng phần mềm, chép thư mục <code>published</code> từ máy cũ vào thư mục dữ liệu (hoặc khôi phục cả thư mục từ tệp sao lưu .zip), rồi mở lại phần mềm. Bấm “Mở trang ${term.leader}” thì các ${term.short} nhận đường dẫn mới; số liệu đã báo cáo vẫn được giữ.`,
      )
    : lost
      ? notice(
          'error',
          html`<strong>Các đường dẫn và mã QR đã gửi cho các ${term.leader} của chiến dịch này sẽ không mở được.</strong> Trang ${term.leader} đã được mở từ lúc ${wardTimeSaid(lost.at)}${lost.reported ? html` và đã có ${term.short} báo cáo số liệu qua đường dẫn` : ''}, nhưng thư mục dữ liệu trên máy này thiếu khoá của các đường dẫn đó (thư mục <code>published</code>). Việc này thường xảy ra khi chuyển sang máy mới hoặc khôi phục mà chỉ chép tệp dữ liệu và thư mục chiến dịch. <strong>Để giữ đường dẫn cũ:</strong> dừng phần mềm, chép thư mục <code>published</code> từ máy cũ vào thư mục dữ liệu (hoặc khôi phục cả thư mục từ tệp sao lưu .zip), rồi mở lại phần mềm. Nếu không còn máy cũ hay bản sao lưu: bấm “Mở trang với đường dẫn mới” rồi gửi lại đường dẫn và in lại mã QR cho tất cả các ${term.short}; số liệu đã báo cáo vẫn được giữ.`,
        )
      : ''
}
<form method="post" action="/c/${c.slug}/leaders/open" class="card">
${csrfField(session)}
${lost?.recorded ? html`<input type="hidden" name="new_links" value="1">` : ''}
<p>Mở trang cho ${ward ? `${ward.groups.length} ${term.short}` : term.groups} của ${unit}: mỗi ${term.short} nhận một đường dẫn riêng để gửi qua Zalo hoặc in thành mã QR.</p>
<button type="submit"${problem ? ' disabled' : ''}>${lost?.recorded ? 'Mở trang với đường dẫn mới' : `Mở trang ${term.leader}`}</button>
</form>`
}`;
    return sendPage(
      reply,
      page({ title: `Trang ${term.leader}: ${name}`, session, script: true, body }),
      opts.status ?? 200,
    );
  };

  app.get('/c/:slug/leaders', async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return reply.callNotFound();
    return leadersPage(req, reply, c);
  });

  app.post('/c/:slug/leaders/open', async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return reply.callNotFound();
    // A value still to fill in ("(phòng phụ trách)") would head every leader's page (qa7 E2).
    const unfilled = unfilledFields(
      (await checkCampaignText(await readCampaignText(c.file), c.file, c.groups)).warnings,
    );
    if (unfilled.length > 0) {
      const term = await campaignTerm(campaignForm(await readCampaignText(c.file)), c.groups);
      return leadersPage(req, reply, c, {
        status: 422,
        refused: unfilledRefusal(
          c.slug,
          unfilled,
          `Chưa mở trang ${term.leader}`,
          `Mở trang ${term.leader}`,
        ),
      });
    }
    // Links lost with published/ are replaced only by the button that says so (the tab tells why).
    if (formText(req.body, 'new_links') !== '1') {
      const ward = await wardOf(c).catch(() => undefined);
      const lost = await lostLinks(c.slug, ward, await sites.publication(c.slug));
      if (lost?.recorded && ward) {
        return leadersPage(req, reply, c, {
          status: 409,
          refused: html`Chưa mở trang ${ward.term.leader}: mở bây giờ sẽ cấp đường dẫn mới thay cho các đường dẫn đã gửi. Đọc thông báo dưới đây rồi chọn cách làm.`,
        });
      }
    }
    try {
      if (!c.groups) throw new Error('no groups file');
      await sites.publish(c);
    } catch (e) {
      // The page says why, with the way to fix it; nothing is opened.
      if (c.groups && !isUserError(e)) throw e;
      return leadersPage(req, reply, c, { status: 422 });
    }
    // Said where the office looks after the press: the page opens on "… đang mở" (OPENED).
    return reply.redirect(`/c/${c.slug}/leaders?${OPENED}`, 303);
  });

  /** The group named by a form's `to`, in the version served, or undefined. */
  const groupPosted = async (req: FastifyRequest, c: CampaignPaths) => {
    const id = String((req.body as Record<string, unknown> | undefined)?.to ?? '');
    if (!sites.isOpen(c.slug)) return undefined;
    return (await sites.serving(c.slug))?.ward.groups.find((g) => g.id === id);
  };

  app.get('/c/:slug/leaders/renew', async (req, reply) => {
    const c = campaignOf(ctx, req);
    const id = String((req.query as Record<string, unknown> | undefined)?.to ?? '');
    const ward = c && sites.isOpen(c.slug) ? (await sites.serving(c.slug))?.ward : undefined;
    const g = ward?.groups.find((x) => x.id === id);
    if (!c || !ward || !g) return reply.callNotFound();
    const session = sessionOf(req);
    return sendPage(
      reply,
      page({
        title: `Cấp đường dẫn mới cho ${g.name}`,
        session,
        body: html`${campaignHeader(
          c.slug,
          campaignName(campaignForm(await readCampaignText(c.file)), c),
          'leaders',
          ward.term,
          c.name,
        )}${renewPage(
          c.slug,
          session,
          g,
          ward.term,
          samePersonGroups(ward.groups).get(g.id) ?? [],
        )}`,
      }),
    );
  });

  // A group's new link (its leader changed, qa26 F6): the old one answers that it was replaced.
  app.post('/c/:slug/leaders/renew', async (req, reply) => {
    const c = campaignOf(ctx, req);
    const g = c ? await groupPosted(req, c) : undefined;
    if (!c || !g) return reply.callNotFound();
    // One person's groups link to each other's pages (qa44 m3): renewed alone, a leaked link's
    // old page would still lead to the other groups' pages, and from them to this one's new
    // page. So all of that person's groups get new links together, and the tab says so.
    const served = (await sites.serving(c.slug))?.ward;
    const same = served ? (samePersonGroups(served.groups).get(g.id) ?? []) : [];
    await sites.renewLink(
      c.slug,
      [g, ...same].map((o) => ({ id: o.id, leader: leaderKey(o) })),
    );
    const shownAfter: Record<string, string> = same.length
      ? { q: g.leader ?? g.name, [RENEWED_ALL]: g.id }
      : { q: g.name };
    return reply.redirect(`/c/${c.slug}/leaders?${new URLSearchParams(shownAfter)}`, 303);
  });

  // The office sent the group's link to its new leader.
  app.post('/c/:slug/leaders/told-leader', async (req, reply) => {
    const c = campaignOf(ctx, req);
    const g = c ? await groupPosted(req, c) : undefined;
    if (!c || !g) return reply.callNotFound();
    await sites.leaderTold(c.slug, g.id, leaderKey(g));
    return reply.redirect(`/c/${c.slug}/leaders`, 303);
  });

  // The office told the leaders of the change (the campaign as served, `v`).
  app.post('/c/:slug/leaders/told', async (req, reply) => {
    const c = campaignOf(ctx, req);
    const v = String((req.body as Record<string, unknown> | undefined)?.v ?? '');
    if (!c || !sites.isOpen(c.slug) || !v) return reply.callNotFound();
    await sites.leadersTold(c.slug, v);
    return reply.redirect(`/c/${c.slug}/leaders`, 303);
  });

  app.post('/c/:slug/leaders/stop', async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return reply.callNotFound();
    await sites.stop(c.slug);
    return reply.redirect(`/c/${c.slug}/leaders`, 303);
  });

  // The campaign's own web templates removed (web-overrides.ts): its leaders get the tool's pages.
  app.post('/c/:slug/web-templates/remove', async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return reply.callNotFound();
    await removeWebOverrides(c.folder);
    return reply.redirect(`/c/${c.slug}/leaders`, 303);
  });

  /** The campaign's publication while its leaders' pages are open. */
  const openPublication = async (c: CampaignPaths) => {
    const publication = await sites.publication(c.slug);
    return sites.isOpen(c.slug) && publication?.open ? publication : undefined;
  };
  /** The served ward of an open campaign and its links, or undefined (closed, or none served). */
  const openLinks = async (req: FastifyRequest, c: CampaignPaths) => {
    const publication = await openPublication(c);
    if (!publication) return undefined;
    const ward = (await sites.serving(c.slug))?.ward;
    if (!ward) return undefined;
    const { base, qr } = await addressOf(req);
    return { ward, qr, links: sites.links(c.slug, ward, publication, base) };
  };

  // One group's QR code, fetched by its <img> as it scrolls into view (loading="lazy").
  app.get('/c/:slug/leaders/qr.svg', async (req, reply) => {
    const c = campaignOf(ctx, req);
    const found = c ? await openLinks(req, c) : undefined;
    const link = found?.qr ? found.links.find((l) => l.id === param(req, 'to')) : undefined;
    if (!found || !link) return reply.callNotFound();
    // Kept by this browser (its address names the link's digest): paging back and forth through
    // a big ward asks for each code once, within the studio's rate limit.
    return reply
      .type('image/svg+xml')
      .header('Cache-Control', 'private, max-age=86400')
      .send(await qrSvg(link.url, campaignKey(found.ward.campaign)));
  });

  // The links and codes sheets name each group's leader (and the links sheet its phone).
  const logLeadersFile = async (
    req: FastifyRequest,
    campaign: string,
    groups: readonly { leader?: string; phone?: string }[],
    file: string,
  ) => {
    if (!holdsNames({ of: 'leaders', groups })) return;
    await recordDownload(ctx.opts.store.db, req, {
      user: sessionOf(req).user.name,
      campaign,
      file,
    });
  };

  app.get('/c/:slug/leaders/links.csv', async (req, reply) => {
    const c = campaignOf(ctx, req);
    const found = c && (await openLinks(req, c));
    if (!found) return reply.callNotFound();
    const { ward, links } = found;
    const rows = findLinks(ward.groups, links);
    const name = withCampaign(
      linksSheetName(ward.term, ward.campaign.issuer.ward),
      campaignTag(ward.campaign),
    );
    await logLeadersFile(req, c.slug, ward.groups, name);
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', contentDisposition(name))
      .send(linksSheet(rows, ward.term));
  });

  app.get('/c/:slug/leaders/qr.pdf', async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return reply.callNotFound();
    if (isHead(req)) {
      // The GET's checks, not its sheet: named with the served ward's word. A ward not served
      // since the studio started is loaded once, as the GET would (then known): whether any
      // version of it loads decides the answer, not found as the GET's (review s54 #9).
      if (!(await openPublication(c)) || !(await addressOf(req)).qr) return reply.callNotFound();
      const term = sites.servedTerm(c.slug) ?? (await sites.serving(c.slug))?.ward.term;
      if (!term) return reply.callNotFound();
      return headOnly(reply, 'application/pdf', qrSheetName(term), 'inline');
    }
    const found = await openLinks(req, c);
    if (!found?.qr) return reply.callNotFound();
    const { ward, links } = found;
    // A city's thousands of codes take minutes on a busy machine: the office, signed in, may wait.
    req.raw.socket.setTimeout(QR_SHEET_TIMEOUT_MS);
    // "?doi=1": the cards of the groups new or changed since the links were handed out (qa26 F10).
    const changedOnly = param(req, 'doi') === '1';
    const changed = changedOnly
      ? changedGroups(ward.groups, await sites.publication(c.slug))
      : undefined;
    const chosen = changed ? links.filter((l) => changed.has(l.id)) : links;
    if (changed && chosen.length === 0) return reply.redirect(`/c/${c.slug}/leaders`, 303);
    const cards = changed ? chosen : findLinks(ward.groups, links, queryOf(req));
    const pdf = await sites.qrSheet(c.slug, cards).catch(async (e: unknown) => {
      // A link too long for a card: the fix is a shorter public address, which the office
      // sets on the Cài đặt page (the hint of the CLI names its option).
      if (!isUserError(e) || e.where.field !== '--base-url') throw e;
      const session = sessionOf(req);
      const fix =
        (await addressOf(req)).from === 'start'
          ? 'Nhờ người cài đặt phần mềm đổi địa chỉ công khai sang một địa chỉ ngắn hơn.'
          : session.user.isAdmin
            ? 'Đổi địa chỉ công khai sang một địa chỉ ngắn hơn ở trang Cài đặt.'
            : 'Nhờ người quản trị phần mềm đổi địa chỉ công khai sang một địa chỉ ngắn hơn ở trang Cài đặt.';
      await sendPage(reply, problemPage(`${inVietnamese(e)} ${fix}`, session), 409);
      return undefined;
    });
    if (!pdf) return reply;
    const onCards = new Set(cards.map((l) => l.id));
    await logLeadersFile(
      req,
      c.slug,
      ward.groups.filter((g) => onCards.has(g.id)),
      qrSheetName(ward.term),
    );
    return reply
      .type('application/pdf')
      .header('Content-Disposition', contentDisposition(qrSheetName(ward.term), 'inline'))
      .send(Buffer.from(pdf));
  });
}
