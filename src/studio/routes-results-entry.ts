/**
 * Studio: the office types a group's figures (the "Kết quả" tab › a group). Leaders often phone
 * or Zalo their figures to the office; the office enters them here, or corrects a figure a leader
 * mistyped. In: GET/POST /c/<campaign>/results/group/<group id>, a form of the campaign's
 * measures. Out: the group's page — its saved figures, the form, and its history, each
 * submission with who made it ("Văn phòng sửa (lan)") — or, when refused, the form again with
 * what was typed and each problem in Vietnamese under its box (422).
 *
 * The figures go to the same store as a leader's, read and checked as the leader's form reads
 * them (serve/results-form.ts readTypedFigures, results/figures.ts): numbers ≥ 0, whole for a
 * count, with at most two decimals for a quantity ("95,5" kg), and a
 * figure above the group's population or households only once confirmed. Only a changed figure
 * is a new submission; its key is the group's latest submission the form was shown on (`base`),
 * so the same form sent twice is stored once, and a form shown before someone else's save is
 * refused rather than silently written over it.
 *
 * Figures entered for the wrong group are taken back from the group's page (GET/POST …/withdraw:
 * a confirm page, a form that works without script): a withdrawal appended to the history
 * ("Văn phòng xoá số liệu (lan)"), after which the group has no figures — "Chưa báo cáo" on the
 * tab, in the report and its spreadsheet, and on its leader's page — until the next ones sent.
 */

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Group } from '../load/types.js';
import { msg, say } from '../messages/message.js';
import { upperFirst } from '../model/format.js';
import { type GroupTerm, groupOwnTerm, nameInText } from '../model/group-term.js';
import {
  baseName,
  baseOf,
  baseSaid,
  baseUnit,
  isQuantity,
  isTarget,
  measuredColumn,
} from '../model/measure-base.js';
import { editsOf, sinceWithdrawal } from '../results/edited-figures.js';
import { askedProblems, FiguresRefused, type Measure, needsConfirm } from '../results/figures.js';
import { changedSinceShown, confirmedValues, uncheckedOf } from '../results/office-save.js';
import {
  type HistoryEntry,
  readGroupNames,
  readHistory,
  readLatest,
  recordRestore,
  recordSubmission,
  recordWithdrawal,
} from '../results/results-store.js';
import {
  labelOfLine,
  retiredBoxes,
  retiredLogLine,
  retiredSaid,
} from '../results/retired-boxes.js';
import { formatRate, rateOf } from '../results/standings.js';
import {
  DOT_QUERY,
  dotNotes,
  dotQuery,
  dottedOf,
  figureInBox,
  firstFigures,
  formatCount,
  formatTime,
  latestSeq,
  problemText,
  RESTORED_LABEL,
  type ResultsService,
  readTypedFigures,
  sameFigures,
  savedFigure,
  savedNounOf,
  sourceLabel,
  withdrawnLabel,
} from '../serve/results-form.js';
import type { Ward } from '../serve/ward.js';
import type { Session } from './accounts.js';
import { formText, type RefusedPost, type StudioContext, sendPage, sessionOf } from './app.js';
import { campaignForm, readCampaignText } from './campaign-file.js';
import type { CampaignPaths } from './campaign-folders.js';
import { type Html, html } from './html.js';
import { campaignHeader, csrfField, notice, page, statusPage } from './layout.js';
import { phoneLinks } from './phone-links.js';
import { retiredLines } from './retired-measures.js';
import { campaignName, campaignOf } from './routes-campaigns.js';
import { resultsServiceOf, resultsWardOf } from './routes-results.js';

/** The group's page on the Kết quả tab. */
export const groupResultsPath = (slug: string, groupId: string) =>
  `/c/${slug}/results/group/${encodeURIComponent(groupId)}`;

/** The confirm page of taking back the group's figures. */
const withdrawPath = (slug: string, groupId: string) =>
  `${groupResultsPath(slug, groupId)}/withdraw`;

/** The office's withdrawal key: one per group and the submission its page was shown on. */
const withdrawalId = (campaign: string, groupId: string, base: number) =>
  `withdraw:${campaign}:${groupId}:${base}`;

/** A measure's box: "so_<measure id>", as on the leader's form. */
const fieldName = (id: string) => `so_${id}`;
/**
 * The hidden field carrying an unconfirmed figure as the page showed it: the tick confirms that
 * figure, not one a leader sent after the page was shown (review33 #7).
 */
const shownName = (id: string) => `da_xem_${id}`;
/**
 * The hidden field carrying a box's label as the form showed it: a form refused signed out
 * lists each figure typed with its label, read from the request alone (nothing of the campaign
 * is shown to a request without a session).
 */
const labelName = (id: string) => `nhan_${id}`;

/** The longest label shown back on the signed-out figures page (a measure's label is shorter). */
const LABEL_MAX = 200;

/** Figure `id`'s label as the request sent it, cut short; none for an id no campaign has. */
const sentLabel = (labels: ReadonlyMap<string, string>, id: string) =>
  /^[a-z][a-z0-9_]{0,31}$/.test(id)
    ? [...(labels.get(labelName(id)) ?? '')].slice(0, LABEL_MAX).join('')
    : '';

/** The office's submission key: one per group and the submission its form was shown on. */
const officeSubmissionId = (campaign: string, groupId: string, base: number) =>
  `office:${campaign}:${groupId}:${base}`;

interface EntryState {
  typed?: Record<string, string>;
  /** Measure id → its problems, said under its box. */
  problems?: Map<string, string[]>;
  /** Problems of no one box (the form is older than a save made meanwhile). */
  errors?: string[];
  askConfirm?: boolean;
  saved?: boolean;
  /** The figures just saved that were typed with a decimal dot: measure id → as typed. */
  dotted?: Record<string, string>;
  /** The group's figures were just withdrawn. */
  withdrawn?: boolean;
  /** The office just undid that withdrawal (qa58b p7). */
  restored?: boolean;
  /**
   * Figures were saved since the page was sent from: measure id → the figure that page showed
   * (undefined: none), each box then saying which figure it holds.
   */
  shownBefore?: Map<string, number | undefined>;
}

/**
 * "Chưa lưu. Số liệu của tổ vừa được cập nhật sau khi mở trang này …": the one answer to a form
 * sent from a page older than the group's latest figures. `kept`: some boxes keep what was typed.
 */
const staleSaid = (short: string, kept: boolean) =>
  `Số liệu của ${short} vừa được cập nhật sau khi mở trang này (xem “Số đã lưu” dưới mỗi ô): chưa lưu số nào. ${kept ? 'Ô bạn đã sửa vẫn giữ số bạn nhập; các ô khác nay ghi số đã lưu mới nhất' : 'Các ô nay ghi số đã lưu mới nhất'}. Kiểm tra lại rồi bấm Lưu lại.`;

/** Who made a submission, as the history says it: "Văn phòng sửa (lan)", "Văn phòng nhập (lan)". */
export function madeBy(
  source: Parameters<typeof sourceLabel>[0],
  term: GroupTerm,
  by?: string,
  first = false,
) {
  return `${sourceLabel(source, term, first)}${by ? ` (${by})` : ''}`;
}

/** Where the office undoes its latest withdrawal of a group's figures (qa58b p7). */
const restorePath = (slug: string, groupId: string) => `${groupResultsPath(slug, groupId)}/restore`;

/**
 * The way back from a "Xoá số liệu" made by mistake (qa58b p7): what the withdrawal took, as it
 * was sent, and one button that makes it current again (recorded in the history). Shown while
 * the withdrawal is the group's latest entry.
 */
function restoreCard(
  slug: string,
  group: Group,
  history: readonly HistoryEntry[],
  measures: readonly Measure[],
  session: Session,
  term: GroupTerm,
): Html {
  const [withdrawal, ...older] = history;
  if (!withdrawal) return html``;
  const before = sinceWithdrawal(older);
  const figures = measures.flatMap((m) => {
    const h = before.find((e) => e.values[m.id] !== undefined);
    return h ? [`${m.label} ${formatCount(h.values[m.id] ?? 0)}`] : [];
  });
  if (!figures.length) return html``;
  return html`<form method="post" action="${restorePath(slug, group.id)}" class="card restore">
${csrfField(session)}
<input type="hidden" name="base" value="${String(withdrawal.seq)}">
<p>Số liệu của ${nameInText(group.name, term)} đã bị xoá lúc ${formatTime(withdrawal.at)}${withdrawal.by ? ` (${withdrawal.by})` : ''}: ${figures.join('; ')}. Xoá nhầm? Bấm nút dưới để khôi phục đúng các số này, như đã gửi (lịch sử ghi lại việc khôi phục).</p>
<div class="actions"><button type="submit">Khôi phục số liệu vừa xoá</button></div>
</form>`;
}

/** Who made a history's entry: madeBy, or "Văn phòng xoá số liệu (lan)" for a withdrawal. */
const entryMadeBy = (h: HistoryEntry, term: GroupTerm, first: boolean) =>
  h.withdrawn || h.restored
    ? `${h.withdrawn ? withdrawnLabel() : RESTORED_LABEL}${h.by ? ` (${h.by})` : ''}`
    : madeBy(h.source, term, h.by, first);

/**
 * What the page of a group no longer in the list says: that its figures are kept but not
 * counted, what they are, and what to do when it was merged into another (qa26 F2).
 */
async function removedSaid(service: ResultsService, group: Group, term: GroupTerm): Promise<Html> {
  const figures = (await readLatest(service.db, service.campaign)).get(group.id);
  const shown = service.measures.flatMap((m) => {
    const f = figures?.get(m.id);
    return f ? [html`<li>${m.label}: <strong>${savedFigure(m, f.value)}</strong></li>`] : [];
  });
  return html`<div class="notice warn" role="status"><p><strong>${upperFirst(term.short)} này không còn trong danh sách ${term.short} của chiến dịch.</strong> Số liệu đã báo cáo vẫn được lưu nhưng không tính vào tổng của Kết quả và báo cáo (báo cáo ghi riêng là “chưa tính vào số liệu trên”).</p>${shown.length ? html`<p>Số đang lưu:</p><ul class="listed">${shown}</ul>` : ''}<p>Nếu ${term.short} này đã sáp nhập vào ${term.short} khác: mở “Nhập, sửa” của ${term.short} mới, nhập số đã cộng cả số trên, rồi quay lại đây bấm nút xoá số liệu bên dưới để số không bị tính hai lần. Nếu ${term.short} bị bỏ sót trong tệp, hãy thêm lại vào danh sách với đúng mã ${group.id}.</p></div>`;
}

/**
 * A saved figure with what it counts, as the leader's form says it ("30 hộ", "6 cụ"; a sum or a
 * quantity with its unit, "95,5 kg"): "Số đã lưu: 30 / 150 hộ" said no noun for the 30.
 */
const savedSaid = (m: Parameters<typeof savedNounOf>[0], value: number) => {
  const noun = savedNounOf(m);
  return noun ? `${savedFigure(m, value)} ${noun}` : savedFigure(m, value);
};

/** A group's page of the campaign's figures: what the URL names, and the campaign's name. */
interface GroupPage {
  c: CampaignPaths;
  name: string;
  ward: Ward;
  service: ResultsService;
  group: Group;
  /** The group is no longer in the groups list: its figures are read, not entered (qa26 F2). */
  removed?: true;
}

async function entryPage(
  { c, name, ward, service, group, removed }: GroupPage,
  session: Session,
  state: EntryState,
): Promise<string> {
  const term = ward.term;
  // The group's own word for its head: "Trưởng ấp: …", "Trưởng ấp gửi" (the ward's word over
  // a list of khu phố and ấp names both titles, "Trưởng khu phố, trưởng ấp").
  const own = groupOwnTerm(ward.campaign.issuer.group_term, group.name, term);
  const history = await readHistory(service.db, service.campaign, group.id);
  const retired = await retiredLines(c.folder);
  const base = latestSeq(history);
  const problems = state.problems ?? new Map<string, string[]>();
  const current = sinceWithdrawal(history);
  const fields = service.measures.map((m) => {
    const id = `f-${m.id}`;
    // The group's current figure: its latest submission that holds the measure (newest first),
    // none from before the office withdrew them.
    const figure = current.find((h) => h.values[m.id] !== undefined);
    const at = figure ? history.indexOf(figure) : -1;
    const value0 = figure?.values[m.id];
    const limit = baseOf(group, m);
    const rate = value0 !== undefined ? formatRate(rateOf(value0, limit)) : '';
    const saved =
      figure && value0 !== undefined
        ? html`Số đã lưu: <strong>${savedSaid(m, value0)}</strong>${limit !== undefined ? ` / ${baseSaid(m, formatCount(limit))}` : ''}${rate ? ` (${rate})` : ''} — ${madeBy(figure.source, own, figure.by, firstFigures(history, at, [m.id]))} lúc ${formatTime(figure.at)}.`
        : html`Chưa có số liệu.${limit === undefined ? '' : isTarget(m) ? ` Chỉ tiêu của ${term.short}: ${formatCount(limit)} ${baseUnit(m)}.` : ` ${upperFirst(baseName(m))} của ${term.short}: ${formatCount(limit)}${measuredColumn(m) ? ` ${measuredColumn(m)?.unit}` : ''}.`}`;
    const errors = problems.get(m.id);
    const typed = state.typed?.[m.id];
    const value = typed ?? (value0 !== undefined ? figureInBox(value0, m) : '');
    // Shown again after figures were saved since: which figure the box holds.
    const before = state.shownBefore?.get(m.id);
    const whose =
      state.shownBefore === undefined
        ? ''
        : typed !== undefined
          ? 'Trong ô: số bạn vừa nhập, chưa lưu.'
          : before !== undefined && before !== value0
            ? value0 === undefined
              ? `Trang trước ghi ${formatCount(before)}; số liệu này đã bị xoá nên ô để trống.`
              : `Trong ô: số đã lưu mới nhất (trang trước ghi ${formatCount(before)}).`
            : '';
    return html`<div class="figure-field${errors ? ' invalid' : ''}">
<label for="${id}">${m.label}</label>
<p class="help" id="${id}-help">${saved}${whose ? html` <strong class="whose">${whose}</strong>` : ''}</p>
<input id="${id}" name="${fieldName(m.id)}" inputmode="${isQuantity(m) ? 'decimal' : 'numeric'}" autocomplete="off" value="${value}" aria-describedby="${id}-help${errors ? ` ${id}-error` : ''}"${errors ? html` aria-invalid="true"` : ''}>
${errors ? html`<p class="field-error" id="${id}-error">${errors.map((t) => html`<span>${t}</span>`)}</p>` : ''}
</div>`;
  });
  // Saved figures far out of line with their targets, not yet confirmed by the office: asked
  // about here, the box to tick below (the report marks them "chưa xác nhận" till then).
  const unchecked = await uncheckedOf(service, group);
  const doubt = unchecked.size
    ? html`<div class="notice warn" role="status"><p><strong>Số đã lưu chưa được văn phòng xác nhận:</strong></p><ul class="listed">${service.measures.flatMap(
        (m) => {
          const u = unchecked.get(m.id);
          return u ? [html`<li>${m.label}: ${formatCount(u.value)}, ${u.said}.</li>`] : [];
        },
      )}</ul><p>Báo cáo kết quả ghi số này là “chưa xác nhận” và chưa xếp hạng ${term.short} cho đến khi kiểm tra xong. Nếu số sai, sửa ở ô bên dưới; nếu đã hỏi lại và số đúng, đánh dấu ô “Tôi đã kiểm tra” rồi bấm Lưu lại.</p></div>`
    : '';
  const refused = problems.size + (state.errors?.length ?? 0);
  // What a figure typed with a decimal dot ("95.5" kg) was read as, with "Đã lưu".
  const dots = state.saved
    ? dotNotes(
        service.measures,
        state.dotted ?? {},
        (id) => current.find((h) => h.values[id] !== undefined)?.values[id],
      )
    : [];
  const back = `/c/${c.slug}/results`;
  const gone = removed ? await removedSaid(service, group, term) : '';
  return page({
    title: `${group.name}: ${name}`,
    session,
    body: html`${campaignHeader(c.slug, name, 'results', term, c.name)}
<p class="muted"><a href="${back}">Kết quả</a> › ${group.name}</p>
<h2>${group.name}</h2>
<p>${group.leader ? html`${own.Leader}: ${group.leader}` : ''}${group.phone ? html` · ${phoneLinks(group.phone, 'tel')}` : ''}</p>
${state.saved ? notice('ok', 'Đã lưu số liệu.') : ''}${state.restored ? notice('ok', `Đã khôi phục số liệu của ${nameInText(group.name, term)} như trước khi xoá.`) : ''}${dots.map((d) => notice('warn', d))}${state.withdrawn ? notice('ok', say(msg`Withdrew the figures of ${nameInText(group.name, term)}: it has not reported now.`, 'vi', term)) : ''}${
  refused
    ? // It takes the keyboard, as the leader page's own figures form's does (qa30 3).
      html`<div class="notice error" role="alert" id="entry-error" tabindex="-1" autofocus><p>Chưa lưu. ${state.errors?.length ? state.errors.join(' ') : 'Hãy xem lại các số được đánh dấu bên dưới.'}</p></div>`
    : ''
}
${history[0]?.withdrawn ? restoreCard(c.slug, group, history, service.measures, session, term) : ''}${gone}${
  removed
    ? ''
    : html`${doubt}<form method="post" action="${groupResultsPath(c.slug, group.id)}" class="card figures-form" novalidate>
${csrfField(session)}
<input type="hidden" name="base" value="${String(base)}">
${[...unchecked].map(([id, u]) => html`<input type="hidden" name="${shownName(id)}" value="${String(u.value)}">`)}
${service.measures.map((m) => html`<input type="hidden" name="${labelName(m.id)}" value="${m.label}">`)}
<p class="help">Nhập số liệu ${own.leader} báo qua điện thoại hoặc Zalo, hoặc sửa số đã báo. Ô để trống giữ nguyên số đã lưu. Số được ghi là văn phòng nhập (${session.user.name}).</p>
${fields}
${state.askConfirm || unchecked.size ? html`<label class="check"><input name="xac_nhan" type="checkbox" value="1"> Tôi đã kiểm tra: các số trên là đúng</label>` : ''}
<div class="actions"><button type="submit">Lưu lại</button> <a class="button secondary" href="${back}">Quay lại Kết quả</a></div>
</form>`
}
${
  current.some((h) => Object.keys(h.values).length > 0)
    ? html`<div class="card withdraw">
<p class="help" id="withdraw-help">${say(msg`Figures entered for the wrong group? Withdraw them: the group goes back to "not reported". The history keeps them.`, 'vi', term)}</p>
<a class="button secondary" href="${withdrawPath(c.slug, group.id)}" aria-describedby="withdraw-help">${say(msg`Withdraw this group's figures`, 'vi', term)}</a>
</div>`
    : ''
}
<h2>Lịch sử số liệu</h2>
${
  history.length
    ? html`<ol class="list history">${history.map(
        (h, i) =>
          html`<li><strong>${formatTime(h.at)}</strong> · ${entryMadeBy(h, own, firstFigures(history, i))}${h.confirmed ? ' · đã xác nhận số vượt' : ''}${h.withdrawn || h.restored ? '' : ': '}${[
            ...service.measures
              .filter((m) => h.values[m.id] !== undefined)
              .map((m) => `${m.label} ${formatCount(h.values[m.id] ?? 0)}`),
            // A figure of a measure taken out since (qa43): named, not an empty entry.
            ...Object.entries(h.values)
              .filter(([id]) => !service.measures.some((m) => m.id === id))
              .map(
                ([id, v]) =>
                  `${labelOfLine(retired.get(id) ?? '') ?? 'Chỉ tiêu cũ'} ${formatCount(v)} (chỉ tiêu đã bỏ, không tính vào kết quả)`,
              ),
          ].join('; ')}</li>`,
      )}</ol>`
    : html`<p>Chưa có số liệu nào của ${term.short} này.</p>`
}`,
  });
}

/**
 * The confirm page of taking back the group's figures: which figures, what follows, and the
 * button (a form: works without script). `problem`: why the last try withdrew nothing.
 */
async function withdrawPage(
  { c, name, ward, service, group }: GroupPage,
  session: Session,
  problem?: string,
): Promise<string> {
  const term = ward.term;
  // The group's own word for its head: "Trưởng ấp: …", "Trưởng ấp gửi" (the ward's word over
  // a list of khu phố and ấp names both titles, "Trưởng khu phố, trưởng ấp").
  const own = groupOwnTerm(ward.campaign.issuer.group_term, group.name, term);
  const history = await readHistory(service.db, service.campaign, group.id);
  const figures = (await readLatest(service.db, service.campaign)).get(group.id);
  const here = groupResultsPath(c.slug, group.id);
  const said = nameInText(group.name, term);
  const title = say(msg`Withdraw the figures of ${said}?`, 'vi', term);
  const shown = service.measures.flatMap((m) => {
    const f = figures?.get(m.id);
    return f ? [html`<li>${m.label}: <strong>${formatCount(f.value)}</strong></li>`] : [];
  });
  return page({
    title: `${title} ${name}`,
    session,
    body: html`${campaignHeader(c.slug, name, 'results', term, c.name)}
<p class="muted"><a href="/c/${c.slug}/results">Kết quả</a> › <a href="${here}">${group.name}</a> › ${say(msg`Withdraw the figures`, 'vi')}</p>
<h2>${title}</h2>
${problem && shown.length ? notice('error', problem) : ''}${
  shown.length
    ? html`<p>${say(msg`The figures counted now:`, 'vi')}</p><ul class="listed">${shown}</ul>
<p>${say(msg`They will no longer count: ${said} goes back to "not reported" in the results, the report and its spreadsheet, and its leader's page shows no figures. The history keeps them, with this withdrawal, your name and the time. The leader can send figures again at any time.`, 'vi', own)}</p>
<form method="post" action="${withdrawPath(c.slug, group.id)}" class="card">${csrfField(session)}
<input type="hidden" name="base" value="${String(latestSeq(history))}">
<div class="actions"><button type="submit" class="danger">${say(msg`Withdraw the figures`, 'vi')}</button> <a class="button secondary" href="${here}">${say(msg`Cancel, keep them`, 'vi')}</a></div>
</form>`
    : html`${notice('info', say(msg`There are no figures of ${said} to withdraw.`, 'vi', term))}
<p><a class="button secondary" href="${here}">${say(msg`Back to the group's figures`, 'vi', term)}</a></p>`
}`,
  });
}

type Params = { slug: string; group: string };

export function registerResultsEntryRoutes(app: FastifyInstance, ctx: StudioContext): void {
  /** The campaign, its figures and the group the URL names, or undefined (404). */
  const found = async (req: FastifyRequest): Promise<GroupPage | undefined> => {
    const c = campaignOf(ctx, req);
    if (!c) return undefined;
    const ward = await resultsWardOf(ctx, c).catch(() => undefined);
    if (!ward || ward.campaign.measures.length === 0) return undefined;
    const id = (req.params as Params).group;
    const service = resultsServiceOf(ctx, ward);
    const listed = ward.group(id);
    // A group no longer in the list whose figures the store holds (a tổ merged into another):
    // its page opens, to read its figures and history and to withdraw them (qa26 F2).
    const removed = listed
      ? undefined
      : (await readGroupNames(service.db, service.campaign, [id])).get(id);
    const group: Group | undefined =
      listed ??
      (removed === undefined ? undefined : { id, name: removed, source: { file: '', row: 0 } });
    if (!group) return undefined;
    const name = campaignName(campaignForm(await readCampaignText(c.file)), c);
    return { c, name, ward, group, service, ...(listed ? {} : { removed: true as const }) };
  };

  // The Kết quả tab's picker (a GET form): to the chosen group's page.
  app.get('/c/:slug/results/group', async (req, reply) => {
    const c = campaignOf(ctx, req);
    const to = (req.query as { to?: unknown }).to;
    if (!c || typeof to !== 'string' || to === '') return reply.callNotFound();
    return reply.redirect(groupResultsPath(c.slug, to), 303);
  });

  app.get('/c/:slug/results/group/:group', async (req, reply) => {
    const f = await found(req);
    if (!f) return reply.callNotFound();
    const query = req.query as {
      saved?: string;
      withdrawn?: string;
      restored?: string;
      [DOT_QUERY]?: unknown;
    };
    const saved = query.saved === '1';
    const withdrawn = query.withdrawn === '1';
    return sendPage(
      reply,
      await entryPage(f, sessionOf(req), {
        saved,
        withdrawn,
        restored: query.restored === '1',
        dotted: dottedOf(query[DOT_QUERY]),
      }),
    );
  });

  app.get('/c/:slug/results/group/:group/withdraw', async (req, reply) => {
    const f = await found(req);
    if (!f) return reply.callNotFound();
    return sendPage(reply, await withdrawPage(f, sessionOf(req)));
  });

  app.post('/c/:slug/results/group/:group/withdraw', async (req, reply) => {
    const f = await found(req);
    if (!f) return reply.callNotFound();
    const session = sessionOf(req);
    const term = f.ward.term;
    const said = nameInText(f.group.name, term);
    const again = async (problem: string, status: number) =>
      sendPage(reply, await withdrawPage(f, session, problem), status);
    const base = Number(formText(req.body, 'base'));
    if (!Number.isSafeInteger(base) || base < 0) return again('Biểu mẫu không hợp lệ.', 422);
    const done = await recordWithdrawal(f.service.db, f.service.campaign, {
      group: f.group,
      by: session.user.name,
      id: withdrawalId(f.service.campaign, f.group.id, base),
      base,
    });
    if (done === 'stale') {
      return again(
        say(
          msg`The figures of ${said} changed after this page was opened: nothing was withdrawn. Look at them again before withdrawing.`,
          'vi',
          term,
        ),
        409,
      );
    }
    if (done === 'none')
      return again(say(msg`There are no figures of ${said} to withdraw.`, 'vi', term), 409);
    // Stored, or stored by the same form a moment ago (a second click): the group's page says so.
    return reply.redirect(`${groupResultsPath(f.c.slug, f.group.id)}?withdrawn=1`, 303);
  });

  // The undo of a "Xoá số liệu" made by mistake (qa58b p7).
  app.post('/c/:slug/results/group/:group/restore', async (req, reply) => {
    const f = await found(req);
    if (!f) return reply.callNotFound();
    const session = sessionOf(req);
    const term = f.ward.term;
    const back = groupResultsPath(f.c.slug, f.group.id);
    const base = Number(formText(req.body, 'base'));
    if (!Number.isSafeInteger(base) || base < 0)
      return sendPage(
        reply,
        await entryPage(f, session, { errors: ['Biểu mẫu không hợp lệ.'] }),
        422,
      );
    const done = await recordRestore(f.service.db, f.service.campaign, {
      group: f.group,
      by: session.user.name,
      id: `restore:${f.service.campaign}:${f.group.id}:${base}`,
      base,
    });
    if (done === 'stale' || done === 'none')
      return sendPage(
        reply,
        await entryPage(f, session, {
          errors: [
            `Chưa khôi phục: số liệu của ${nameInText(f.group.name, term)} đã thay đổi sau khi mở trang này (có số mới gửi, hoặc đã khôi phục ở tab khác). Hãy xem lại số liệu và lịch sử bên dưới.`,
          ],
        }),
        409,
      );
    return reply.redirect(`${back}?restored=1`, 303);
  });

  /**
   * The figures form refused before its route ran (qa45 F5: "Biểu mẫu đã hết hạn", the figures a
   * leader phoned in lost). Signed out: the figures as typed, and the form again as sent, to
   * press once signed in (a page of the request alone: nothing of the campaign is shown); a form
   * of an earlier session: the group's page with the typed figures in their boxes.
   */
  const figuresNotSaved: RefusedPost = async (req, reply, why) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const sent = Object.entries(body).filter(
      (e): e is [string, string] => typeof e[1] === 'string' && e[0] !== '_csrf',
    );
    const session = req.studio ?? undefined;
    const f = why === 'stale-form' && session ? await found(req) : undefined;
    if (f && session && !f.removed) {
      const typed = Object.fromEntries(
        f.service.measures
          .map((m) => [m.id, formText(req.body, fieldName(m.id))] as const)
          .filter(([, v]) => v.trim() !== ''),
      );
      return sendPage(
        reply,
        await entryPage(f, session, {
          typed,
          errors: [
            'Trang này được mở từ lần đăng nhập trước. Các số bạn đã gõ vẫn còn nguyên bên dưới: bấm Lưu lại lần nữa để lưu.',
          ],
        }),
        403,
      );
    }
    // Signed in, but a form of no group this studio has, or an upload: the plain refusal. The
    // page below says the session ended, which is true only when there is none.
    if (session) return sendPage(reply, statusPage(403, session), 403);
    // Each with its label as the form showed it (its hidden field); a form of a page made
    // before that field existed gives the figure alone.
    // The labels come from the request (any site can post here): each cut to LABEL_MAX letters,
    // and only for a figure whose id is one a campaign can have.
    const labels = new Map(sent);
    const figures = sent.flatMap(([k, v]) =>
      k.startsWith('so_') && v.trim() !== ''
        ? [{ label: sentLabel(labels, k.slice(3)), value: v }]
        : [],
    );
    return sendPage(
      reply,
      page({
        title: 'Chưa lưu số liệu',
        session: req.studio ?? undefined,
        body: html`<h1>Chưa lưu số liệu</h1>
${notice('error', html`Chưa lưu: phiên đăng nhập đã hết (đã đăng xuất ở nơi khác, đổi mật khẩu, hoặc quá 12 giờ). Hãy <a href="/sign-in" target="_blank" rel="noopener">đăng nhập lại ở tab mới</a>, rồi quay lại trang này và bấm Lưu lại.`)}
${figures.length ? html`<p>Các số vừa gõ (chưa lưu):</p><ul class="listed">${figures.map((f) => html`<li>${f.label ? `${f.label}: ` : ''}<strong>${f.value}</strong></li>`)}</ul>` : ''}
<form method="post" action="${req.url}" class="card">
${sent.map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}
<div class="actions"><button type="submit">Lưu lại</button></div>
</form>`,
      }),
      403,
    );
  };

  app.post(
    '/c/:slug/results/group/:group',
    { config: { refused: figuresNotSaved } },
    async (req, reply) => {
      const f = await found(req);
      // A group no longer in the list takes no new figures: its page has no form.
      if (!f || f.removed) return reply.callNotFound();
      const session = sessionOf(req);
      const field = (name: string) => formText(req.body, name);
      const { measures } = f.service;
      const read = readTypedFigures(measures, (m) => field(fieldName(m.id)));
      // Only what the office changed on the page is a new figure: the form shows the saved ones,
      // and a box sent back as the page showed it adds nothing, even when a newer figure was saved
      // since (review34 #1: the old figure in an untouched box was stored over a leader's newer one).
      // What the page showed is the group's figures as of its `base`, the latest submission then.
      const history = await readHistory(f.service.db, f.service.campaign, f.group.id);
      const current = (await readLatest(f.service.db, f.service.campaign)).get(f.group.id);
      const base = Number(field('base'));
      const baseKnown = Number.isSafeInteger(base) && base >= 0;
      // The rule shared with the leader's form (results/edited-figures.ts).
      const edits = editsOf(read, history, baseKnown ? base : undefined, current);
      const wasShown = edits.shown;
      // A box of a measure taken out since the page was shown (qa43 CRITICAL 1): nothing stored,
      // the page of now with what was typed, the figure named (results/retired-boxes.ts).
      const retired = retiredBoxes(
        (req.body ?? {}) as Record<string, unknown>,
        measures,
        wasShown,
        await retiredLines(f.c.folder),
      );
      if (retired.length > 0) {
        (ctx.opts.logError ?? ((line) => process.stderr.write(`${line}\n`)))(
          retiredLogLine(`POST ${groupResultsPath(f.c.slug, f.group.id)}`, f.group.id, retired),
        );
        return sendPage(
          reply,
          await entryPage(f, session, {
            typed: edits.kept,
            errors: [retiredSaid(retired, 'bạn')],
          }),
          409,
        );
      }
      // A page shown again keeps what the office typed in the boxes it edited; the others show
      // the figures saved now.
      const kept = edits.kept;
      const refuse = async (state: EntryState) =>
        sendPage(reply, await entryPage(f, session, { typed: kept, ...state }), 422);
      // Figures saved since the page was shown (tick or not, and a second tab's save): nothing
      // stored, the page again with the new figures, what the office edited kept, each box saying
      // which figure it holds (review34 #5: one answer for the three ways to find it).
      const stale = async () =>
        sendPage(
          reply,
          await entryPage(f, session, {
            typed: kept,
            shownBefore: new Map(measures.map((m) => [m.id, wasShown(m.id)])),
            errors: [staleSaid(f.ward.term.short, Object.keys(kept).length > 0)],
          }),
          409,
        );
      const byMeasure = (pairs: readonly (readonly [string, string])[]) => {
        const map = new Map<string, string[]>();
        for (const [id, text] of pairs) map.set(id, [...(map.get(id) ?? []), text]);
        return map;
      };
      if (read.errors.length > 0) {
        return refuse({
          problems: byMeasure(read.invalid.map((id, i) => [id, read.errors[i] ?? ''])),
        });
      }
      const confirmed = field('xac_nhan') === '1';
      // The unconfirmed figures the page showed, as it showed them: with the tick, a figure saved
      // since (a leader sent another) is not confirmed unseen; the page is shown again with it.
      const shown = new Map(
        measures.flatMap((m) => {
          const v = Number(field(shownName(m.id)) || Number.NaN);
          return Number.isFinite(v) ? [[m.id, v] as const] : [];
        }),
      );
      if (confirmed && changedSinceShown(shown, current)) return stale();
      // Sent again as saved (the same form twice) is no change either.
      const changed = edits.changed(current);
      // Ticked "the figures are right": a saved figure far out of line with its target, not yet
      // confirmed by the office and kept as it is, is stored again as the office's, confirmed; one
      // whose box was emptied only when it is the figure the page showed.
      // The rule shared with /admin/ket-qua (results/office-save.ts).
      if (confirmed) {
        for (const [id, v] of Object.entries(
          confirmedValues(await uncheckedOf(f.service, f.group), shown, read.values),
        ))
          changed[id] ??= v;
      }
      const done = `${groupResultsPath(f.c.slug, f.group.id)}?saved=1${dotQuery(read.dotted)}`;
      if (Object.keys(changed).length === 0) {
        if (Object.keys(read.values).length === 0) {
          return refuse({ errors: ['Chưa nhập số liệu nào.'] });
        }
        return reply.redirect(done, 303);
      }
      if (!baseKnown) return refuse({ errors: ['Biểu mẫu không hợp lệ.'] });
      // A figure stored since the page was shown (a leader sent a newer one from the phone) is not
      // written over unseen by the page's older form, ticked or not; nor are figures withdrawn since
      // brought back. (The same form sent twice has nothing left to change by then: stored once.)
      const since = history.filter((h) => h.seq > base);
      if (
        since.some(
          (h) => h.withdrawn || h.restored || Object.keys(changed).some((id) => id in h.values),
        )
      )
        return stale();
      try {
        // A figure far out of line with its target is asked about first (qa24 F2).
        const asked = askedProblems(measures, f.group, changed, confirmed);
        if (asked.length) throw new FiguresRefused(asked);
        const stored = await recordSubmission(
          f.service.db,
          { campaign: f.service.campaign, measures },
          {
            group: f.group,
            values: changed,
            source: 'office',
            by: session.user.name,
            confirmed,
            id: officeSubmissionId(f.service.campaign, f.group.id, base),
            // The check above, again in the write's own transaction: a leader's figure saved in
            // between (after this request read the history) is not written over either (review35 #4).
            seen: base,
          },
        );
        // Saved in between, or this form sent already with other figures (two tabs, at once).
        if (stored.stale || (!stored.stored && !sameFigures(stored.values, changed)))
          return stale();
      } catch (e) {
        if (!(e instanceof FiguresRefused)) throw e;
        return refuse({
          problems: byMeasure(
            e.problems.map((p) => [p.measure, problemText(p, measures, f.ward.term)]),
          ),
          askConfirm: e.problems.some(needsConfirm),
        });
      }
      return reply.redirect(done, 303);
    },
  );
}

/** A group's name in the results table, a link to its page where the office types its figures. */
export const groupLink = (slug: string, id: string, name: string): Html =>
  html`<a href="${groupResultsPath(slug, id)}">${name}</a>`;
