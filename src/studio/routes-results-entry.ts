/**
 * Studio: the office types a group's figures (the "Kết quả" tab › a group). Leaders often phone
 * or Zalo their figures to the office; the office enters them here, or corrects a figure a leader
 * mistyped. In: GET/POST /c/<campaign>/results/group/<group id>, a form of the campaign's
 * measures. Out: the group's page — its saved figures, the form, and its history, each
 * submission with who made it ("Văn phòng sửa (lan)") — or, when refused, the form again with
 * what was typed and each problem in Vietnamese under its box (422).
 *
 * The figures go to the same store as a leader's, read and checked as the leader's form reads
 * them (serve/results-form.ts readTypedFigures, results/figures.ts): whole numbers ≥ 0, and a
 * figure above the group's population or households only once confirmed. Only a changed figure
 * is a new submission; its key is the group's latest submission the form was shown on (`base`),
 * so the same form sent twice is stored once, and a form shown before someone else's save is
 * refused rather than silently written over it.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Group } from '../load/types.js';
import type { GroupTerm } from '../model/group-term.js';
import { baseOf, baseSaid, baseUnit, isTarget } from '../model/measure-base.js';
import { FiguresRefused } from '../results/figures.js';
import { readHistory, readLatest, recordSubmission } from '../results/results-store.js';
import { formatRate, rateOf } from '../results/standings.js';
import {
  firstFigures,
  formatCount,
  formatTime,
  latestSeq,
  problemText,
  type ResultsService,
  readTypedFigures,
  sameFigures,
  sourceLabel,
} from '../serve/results-form.js';
import type { Ward } from '../serve/ward.js';
import type { Session } from './accounts.js';
import { formText, type StudioContext, sendPage, sessionOf } from './app.js';
import { campaignForm, readCampaignText } from './campaign-file.js';
import type { CampaignPaths } from './campaign-folders.js';
import { type Html, html } from './html.js';
import { campaignHeader, csrfField, notice, page } from './layout.js';
import { campaignName, campaignOf } from './routes-campaigns.js';
import { resultsServiceOf, resultsWardOf } from './routes-results.js';

/** The group's page on the Kết quả tab. */
export const groupResultsPath = (slug: string, groupId: string) =>
  `/c/${slug}/results/group/${encodeURIComponent(groupId)}`;

/** A measure's box: "so_<measure id>", as on the leader's form. */
const fieldName = (id: string) => `so_${id}`;

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
}

/** Who made a submission, as the history says it: "Văn phòng sửa (lan)", "Văn phòng nhập (lan)". */
export function madeBy(
  source: Parameters<typeof sourceLabel>[0],
  term: GroupTerm,
  by?: string,
  first = false,
) {
  return `${sourceLabel(source, term, first)}${by ? ` (${by})` : ''}`;
}

async function entryPage(
  c: CampaignPaths,
  name: string,
  session: Session,
  ward: Ward,
  service: ResultsService,
  group: Group,
  state: EntryState,
): Promise<string> {
  const term = ward.term;
  const history = await readHistory(service.db, service.campaign, group.id);
  const base = latestSeq(history);
  const problems = state.problems ?? new Map<string, string[]>();
  const fields = service.measures.map((m) => {
    const id = `f-${m.id}`;
    // The group's current figure: its latest submission that holds the measure (newest first).
    const at = history.findIndex((h) => h.values[m.id] !== undefined);
    const figure = history[at];
    const value0 = figure?.values[m.id];
    const limit = baseOf(group, m);
    const rate = value0 !== undefined ? formatRate(rateOf(value0, limit)) : '';
    const saved =
      figure && value0 !== undefined
        ? html`Số đã lưu: <strong>${formatCount(value0)}</strong>${limit !== undefined ? ` / ${baseSaid(m, formatCount(limit))}` : ''}${rate ? ` (${rate})` : ''} — ${madeBy(figure.source, term, figure.by, firstFigures(history, at, [m.id]))} lúc ${formatTime(figure.at)}.`
        : html`Chưa có số liệu.${limit === undefined ? '' : isTarget(m) ? ` Chỉ tiêu của ${term.short}: ${formatCount(limit)} ${baseUnit(m)}.` : ` Số ${baseUnit(m)} của ${term.short}: ${formatCount(limit)}.`}`;
    const errors = problems.get(m.id);
    const value = state.typed?.[m.id] ?? (value0 !== undefined ? String(value0) : '');
    return html`<div class="figure-field${errors ? ' invalid' : ''}">
<label for="${id}">${m.label}</label>
<p class="help" id="${id}-help">${saved}</p>
<input id="${id}" name="${fieldName(m.id)}" inputmode="numeric" autocomplete="off" value="${value}" aria-describedby="${id}-help${errors ? ` ${id}-error` : ''}"${errors ? html` aria-invalid="true"` : ''}>
${errors ? html`<p class="field-error" id="${id}-error">${errors.map((t) => html`<span>${t}</span>`)}</p>` : ''}
</div>`;
  });
  const refused = problems.size + (state.errors?.length ?? 0);
  const back = `/c/${c.slug}/results`;
  return page({
    title: `${group.name}: ${name}`,
    session,
    body: html`${campaignHeader(c.slug, name, 'results', term, c.name)}
<p class="muted"><a href="${back}">Kết quả</a> › ${group.name}</p>
<h2>${group.name}</h2>
<p>${group.leader ? html`${term.Leader}: ${group.leader}` : ''}${group.phone ? html` · <a class="tel" href="tel:${group.phone.replace(/[^\d+]/g, '')}">${group.phone}</a>` : ''}</p>
${state.saved ? notice('ok', 'Đã lưu số liệu.') : ''}${
  refused
    ? html`<div class="notice error" role="alert"><p>Chưa lưu. ${state.errors?.length ? state.errors.join(' ') : 'Hãy xem lại các số được đánh dấu bên dưới.'}</p></div>`
    : ''
}
<form method="post" action="${groupResultsPath(c.slug, group.id)}" class="card figures-form" novalidate>
${csrfField(session)}
<input type="hidden" name="base" value="${String(base)}">
<p class="help">Nhập số liệu ${term.leader} báo qua điện thoại hoặc Zalo, hoặc sửa số đã báo. Ô để trống giữ nguyên số đã lưu. Số được ghi là văn phòng nhập (${session.user.name}).</p>
${fields}
${state.askConfirm ? html`<label class="check"><input name="xac_nhan" type="checkbox" value="1"> Tôi đã kiểm tra: số lớn hơn số nhân khẩu hoặc số hộ là đúng</label>` : ''}
<div class="actions"><button type="submit">Lưu lại</button> <a class="button secondary" href="${back}">Quay lại Kết quả</a></div>
</form>
<h2>Lịch sử số liệu</h2>
${
  history.length
    ? html`<ol class="list history">${history.map(
        (h, i) =>
          html`<li><strong>${formatTime(h.at)}</strong> · ${madeBy(h.source, term, h.by, firstFigures(history, i))}${h.confirmed ? ' · đã xác nhận số vượt' : ''}: ${service.measures
            .filter((m) => h.values[m.id] !== undefined)
            .map(
              (m, i) => html`${i ? '; ' : ''}${m.label} ${formatCount(h.values[m.id] ?? 0)}`,
            )}</li>`,
      )}</ol>`
    : html`<p>Chưa có số liệu nào của ${term.short} này.</p>`
}`,
  });
}

type Params = { slug: string; group: string };

export function registerResultsEntryRoutes(app: FastifyInstance, ctx: StudioContext): void {
  /** The campaign, its figures and the group the URL names, or undefined (404). */
  const found = async (req: FastifyRequest) => {
    const c = campaignOf(ctx, req);
    if (!c) return undefined;
    const ward = await resultsWardOf(ctx, c).catch(() => undefined);
    if (!ward || ward.campaign.measures.length === 0) return undefined;
    const group = ward.group((req.params as Params).group);
    if (!group) return undefined;
    const name = campaignName(campaignForm(await readCampaignText(c.file)), c);
    return { c, name, ward, group, service: resultsServiceOf(ctx, ward) };
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
    const saved = (req.query as { saved?: string }).saved === '1';
    return sendPage(
      reply,
      await entryPage(f.c, f.name, sessionOf(req), f.ward, f.service, f.group, { saved }),
    );
  });

  app.post('/c/:slug/results/group/:group', async (req, reply) => {
    const f = await found(req);
    if (!f) return reply.callNotFound();
    const session = sessionOf(req);
    const field = (name: string) => formText(req.body, name);
    const { measures } = f.service;
    const read = readTypedFigures(measures, (m) => field(fieldName(m.id)));
    const refuse = async (state: EntryState) =>
      sendPage(
        reply,
        await entryPage(f.c, f.name, session, f.ward, f.service, f.group, {
          typed: read.typed,
          ...state,
        }),
        422,
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
    // Only what changed is a new figure: the form shows the saved ones, and sending them back
    // unchanged adds nothing to the history.
    const current = (await readLatest(f.service.db, f.service.campaign)).get(f.group.id);
    const changed = Object.fromEntries(
      Object.entries(read.values).filter(([id, v]) => current?.get(id)?.value !== v),
    );
    const done = `${groupResultsPath(f.c.slug, f.group.id)}?saved=1`;
    if (Object.keys(changed).length === 0) {
      if (Object.keys(read.values).length === 0) {
        return refuse({ errors: ['Chưa nhập số liệu nào.'] });
      }
      return reply.redirect(done, 303);
    }
    const base = Number(field('base'));
    if (!Number.isSafeInteger(base) || base < 0)
      return refuse({ errors: ['Biểu mẫu không hợp lệ.'] });
    try {
      const stored = await recordSubmission(
        f.service.db,
        { campaign: f.service.campaign, measures },
        {
          group: f.group,
          values: changed,
          source: 'office',
          by: session.user.name,
          confirmed: field('xac_nhan') === '1',
          id: officeSubmissionId(f.service.campaign, f.group.id, base),
        },
      );
      if (!stored.stored && !sameFigures(stored.values, changed)) {
        // This form was sent already with other figures (two tabs on one page).
        return refuse({
          errors: [
            `Số liệu của ${f.ward.term.short} vừa được lưu từ một trang khác. Hãy xem lại các số đã lưu rồi gửi lại.`,
          ],
        });
      }
    } catch (e) {
      if (!(e instanceof FiguresRefused)) throw e;
      return refuse({
        problems: byMeasure(
          e.problems.map((p) => [p.measure, problemText(p, measures, f.ward.term)]),
        ),
        askConfirm: e.problems.some((p) => p.kind === 'above'),
      });
    }
    return reply.redirect(done, 303);
  });
}

/** A group's name in the results table, a link to its page where the office types its figures. */
export const groupLink = (slug: string, id: string, name: string): Html =>
  html`<a href="${groupResultsPath(slug, id)}">${name}</a>`;
