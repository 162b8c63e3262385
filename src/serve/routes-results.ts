/**
 * Serve stage: a leader sends the group's figures. In: POST /g/<token>/ket-qua, an urlencoded
 * form (results-form.ts). Out: 303 back to the page ("Đã lưu"), or the page again with what was
 * typed and why it was refused (422), in Vietnamese.
 *
 * The token in the URL decides the group — a group id in the body is never read. The form's
 * token must be this group's (HMAC), a browser's cross-site request is refused, and each link
 * may send only so many forms a minute (its own rate limit, apart from the per-client one).
 *
 * The office's side, behind HTTP Basic: /admin/ket-qua (results-admin.ts), its report buttons,
 * and POST /admin/ket-qua/xac-nhan, the "Xác nhận số đúng" of a figure not yet confirmed
 * (results/office-save.ts, the studio's rule; admin-form.ts, the page's token against another
 * site's form).
 */

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { UserError } from '../errors.js';
import type { Campaign } from '../load/campaign.js';
import type { Group } from '../load/types.js';
import { msg, say } from '../messages/message.js';
import { upperFirst } from '../model/format.js';
import { nameInText } from '../model/group-term.js';
import { eventStartOf } from '../results/early.js';
import { editsOf } from '../results/edited-figures.js';
import { askedProblems, FiguresRefused, needsConfirm } from '../results/figures.js';
import { dueDayOf } from '../results/late.js';
import { ALL_ROWS_QUERY, missingFolded, shownRows } from '../results/long-table.js';
import { confirmShown } from '../results/office-save.js';
import { uncitedOf } from '../results/report-model.js';
import { readHistory, readLatest, recordSubmission } from '../results/results-store.js';
import { retiredBoxes, retiredLogLine, retiredSaid } from '../results/retired-boxes.js';
import { storageFaultOf } from '../store/storage-fault.js';
import { wardDay } from '../ward-time.js';
import { ADMIN_FORM_FIELD, adminFormToken, adminFormTokenOk } from './admin-form.js';
import type { FormerGroup, ServeContext } from './app.js';
import { contentDisposition } from './disposition.js';
import { answerUnlisted, formerGroupOf } from './former-group.js';
import { renderPage } from './html.js';
import { lateReplaceOf, lateReplaceSaid } from './late-replace.js';
import { notFromOwnPage } from './own-page.js';
import {
  REPORT_PDF,
  REPORT_XLSX,
  RESULTS_PAGE,
  reportFileName,
  resultsAdminView,
} from './results-admin.js';
import {
  dotQuery,
  type FormState,
  fieldOf,
  formTokenOk,
  problemText,
  RESULTS_PATH,
  readTypedFigures,
  SAVED_QUERY,
  sameFigures,
  submissionId,
} from './results-form.js';
import type { AdminGuard } from './routes-admin.js';
import { leaderPageHtml } from './routes-leader.js';
import { uncountedRows, uncountedSaid } from './uncounted-rows.js';

type FormRequest = FastifyRequest<{ Params: { token: string }; Body: Record<string, string> }>;

export async function registerResultsRoutes(
  app: FastifyInstance,
  ctx: ServeContext,
  adminGuard: AdminGuard,
): Promise<void> {
  app.get(RESULTS_PAGE, { preHandler: adminGuard }, async (req, reply) => {
    // One version of the inputs for the whole request (a reload may come in between).
    const inputs = ctx.inputs();
    const { ward } = inputs;
    if (!inputs.results) return reply.callNotFound();
    const query = req.query as Record<string, unknown>;
    // Just confirmed, or nothing left to confirm (the POST's redirect): said at the top.
    const named = (key: string) => {
      const id = query[key];
      const group = typeof id === 'string' ? ward.group(id) : undefined;
      return group && nameInText(group.name, ward.term);
    };
    const confirmed = named(CONFIRMED_QUERY);
    const already = named(NOTHING_TO_CONFIRM_QUERY);
    const said = confirmed
      ? {
          ok: say(
            msg`Confirmed the figures of ${confirmed}: the report no longer marks them unconfirmed.`,
            'vi',
            ward.term,
          ),
        }
      : already
        ? {
            ok: say(
              msg`The figures of ${already} had nothing left to confirm (confirmed already, perhaps on another page): nothing was changed.`,
              'vi',
              ward.term,
            ),
          }
        : {};
    return reply
      .type('text/html; charset=utf-8')
      .send(await resultsPageHtml(ctx, inputs, req, listQueryOf(query), said));
  });
  registerReportRoutes(app, ctx, adminGuard);
  await app.register(async (scope) => {
    // Forms only, parsed here: the rest of the server takes no bodies at all. Fastify's own JSON
    // and text parsers removed: the same fields as JSON are refused with 415 (qa32 m7).
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_req, body, done) => {
        const fields: Record<string, string> = {};
        // The first of a repeated field: a form of ours never repeats one.
        for (const [k, v] of new URLSearchParams(String(body))) fields[k] ??= v.normalize('NFC');
        done(null, fields);
      },
    );
    scope.post(
      `/g/:token/${RESULTS_PATH}`,
      {
        config: {
          rateLimit: {
            max: ctx.opts.resultsRateLimit ?? 30,
            timeWindow: '1 minute',
            keyGenerator: (req: FastifyRequest) =>
              `results:${(req.params as { token?: string }).token ?? ''}`,
          },
        },
      },
      (req: FormRequest, reply) => submit(ctx, req, reply),
    );
    // The office confirms a figure it has not checked (results/office-save.ts, the studio's rule).
    scope.post<{ Body: Record<string, string> }>(
      CONFIRM_PATH,
      { preHandler: adminGuard },
      (req, reply) => confirm(ctx, req, reply),
    );
  });
}

/** Where /admin/ket-qua's "Xác nhận số đúng" posts. */
export const CONFIRM_PATH = `${RESULTS_PAGE}/xac-nhan`;
/** The page's query after a confirmation: the group's id, its name said at the top. */
const CONFIRMED_QUERY = 'da-xac-nhan';
/** …after a confirmation that found nothing left to confirm (a second click, another tab's). */
const NOTHING_TO_CONFIRM_QUERY = 'khong-con-so-cho';

/** The office's list as it was searched and sorted (`q`, `sap-xep`), from a query or a form. */
const listQueryOf = (from: Record<string, unknown>): { q?: string; sort?: string } => {
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v.slice(0, 100) : undefined);
  const q = text(from.q);
  const sort = text(from['sap-xep']);
  return { ...(q ? { q } : {}), ...(sort ? { sort } : {}) };
};

/** The list's search and sort again, after the page's own query (`&q=…&sap-xep=…`). */
const listQueryText = ({ q, sort }: { q?: string; sort?: string }) =>
  `${q ? `&q=${encodeURIComponent(q)}` : ''}${sort ? `&sap-xep=${encodeURIComponent(sort)}` : ''}`;

type AdminFormRequest = FastifyRequest<{ Body: Record<string, string> }>;

/** The office's figures page: the view of results.hbs, with its forms' token and a notice. */
async function resultsPageHtml(
  ctx: ServeContext,
  { ward, results: service }: Inputs,
  req: FastifyRequest,
  query: { q?: string; sort?: string },
  said: { ok?: string; error?: string },
): Promise<string> {
  if (!service) return '';
  const view = await resultsAdminView(
    service,
    ward.groups,
    {
      ...ward.campaign.issuer,
      term: ward.term,
      totalsBy: ward.campaign.totals_by,
      due: dueDayOf(ward.campaign),
      startOf: eventStartOf(ward.campaign),
    },
    query,
    { assets: '/assets/', admin: '/admin', reportPdf: REPORT_PDF, reportXlsx: REPORT_XLSX },
  );
  // A draft's number and day, written by hand on the paper, are not in the report (qa7 D8):
  // the office is told, as the studio's Kết quả tab tells it.
  const uncited = uncitedOf(ward.campaign);
  const draft = uncited.length
    ? { number: uncited.includes('number'), date: uncited.includes('date') }
    : null;
  // A long table shows its first rows and a link to all, as the studio's Kết quả does.
  const all = (req.query as Record<string, unknown>)[ALL_ROWS_QUERY] === '1';
  const { shown, more } = shownRows(view.rows, {
    all,
    searching: !!view.search.query,
    short: ward.term.short,
  });
  const allHref = `?${new URLSearchParams({ 'sap-xep': view.sort, [ALL_ROWS_QUERY]: '1' })}`;
  // Rows of the list the figures cannot count: said, and no report offered (as the studio).
  const uncounted = uncountedOf(ward);
  return renderPage(
    'results',
    {
      ...view,
      rows: shown,
      more: more && { ...more, href: allHref },
      missingFolded: missingFolded(view.missing.length),
      // The whole table stays whole when sorted another way.
      sorts: all
        ? view.sorts.map((o) => ({ ...o, href: `${o.href}&${ALL_ROWS_QUERY}=1` }))
        : view.sorts,
      uncited: draft,
      uncounted,
      said,
      confirm: {
        action: CONFIRM_PATH,
        field: ADMIN_FORM_FIELD,
        token: adminFormToken(ctx.secret, req.headers.authorization ?? ''),
        // Sent with the form, so that the answer keeps the list as the office searched and sorted it.
        q: query.q ?? '',
        sort: query.sort ?? '',
      },
    },
    ward.templateDir,
  );
}

/**
 * POST /admin/ket-qua/xac-nhan: the group (`to`), the measure (`chi_so`) and the figure as the
 * page showed it (`da_xem`). Refused without the page's token or from another site (403), the
 * figure changed since (409): the page again, saying so, nothing stored.
 */
async function confirm(ctx: ServeContext, req: AdminFormRequest, reply: FastifyReply) {
  // One version of the inputs for the whole request (a reload may come in between).
  const inputs = ctx.inputs();
  const { ward, results: service } = inputs;
  if (!service) return reply.callNotFound();
  const body = req.body ?? {};
  // The list as the office searched and sorted it, kept by every answer (review35 #7).
  const list = listQueryOf(body);
  const again = async (status: number, error: string) =>
    reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(await resultsPageHtml(ctx, inputs, req, list, { error }));
  if (
    notFromOwnPage(req) ||
    !adminFormTokenOk(
      ctx.secret,
      req.headers.authorization ?? '',
      String(body[ADMIN_FORM_FIELD] ?? ''),
    )
  ) {
    return again(
      403,
      say(
        msg`This form is out of date or did not come from this page: nothing was confirmed. Look at the figures below again, then confirm.`,
        'vi',
      ),
    );
  }
  const group = ward.group(String(body.to ?? ''));
  const measure = service.measures.find((m) => m.id === body.chi_so);
  const value = Number(body.da_xem || Number.NaN);
  if (!group || !measure || !Number.isFinite(value))
    return again(422, say(msg`This form is not valid: nothing was confirmed.`, 'vi'));
  const done = await confirmShown(service, group, new Map([[measure.id, value]]));
  const named = nameInText(group.name, ward.term);
  if (done === 'stale')
    return again(
      409,
      say(
        msg`The figures of ${named} changed after this page was opened: nothing was confirmed. Look at them again below.`,
        'vi',
        ward.term,
      ),
    );
  // Confirmed now, or nothing left to confirm (a second click, another tab): the page says which.
  const key = done === 'confirmed' ? CONFIRMED_QUERY : NOTHING_TO_CONFIRM_QUERY;
  return reply.redirect(
    `${RESULTS_PAGE}?${key}=${encodeURIComponent(group.id)}${listQueryText(list)}`,
    303,
  );
}

async function submit(ctx: ServeContext, req: FormRequest, reply: FastifyReply) {
  const { token } = req.params;
  // One version of the inputs for the whole request (a reload may come in between).
  const { tokens, lib, results: service } = ctx.inputs();
  const groupId = tokens.find(token);
  const group = groupId === undefined ? undefined : lib.ward.group(groupId);
  if (groupId === undefined && service) {
    const former = await formerGroupOf(ctx, token);
    if (former) return answerUnlistedForm(ctx, reply, former, req.body ?? {});
  }
  if (!group || !service) return reply.callNotFound();
  const body = req.body ?? {};
  const base = Number(body.base);
  if (
    notFromOwnPage(req) ||
    !Number.isSafeInteger(base) ||
    !formTokenOk(ctx.secret, service.campaign, group.id, base, String(body.form ?? ''))
  ) {
    return reply
      .code(403)
      .type('text/html; charset=utf-8')
      .send(
        await page(ctx, req, token, group, {
          errors: ['Biểu mẫu đã cũ hoặc không hợp lệ. Hãy xem lại các số dưới đây rồi gửi lại.'],
        }),
      );
  }
  const { typed, values, errors, invalid, dotted } = readTypedFigures(
    service.measures,
    (m) => body[fieldOf(m)],
  );
  // A refused form keeps the submission it was made on: sent again, it is checked against the
  // figures its leader saw, as the first sending was.
  const refuse = (state: FormState, status = 422) =>
    page(ctx, req, token, group, { typed, base, ...state }).then((html) =>
      reply.code(status).type('text/html; charset=utf-8').send(html),
    );
  if (errors.length > 0) return refuse({ errors, errorsOf: invalid, invalid });
  try {
    return await save(ctx, req, reply, {
      token,
      group,
      base,
      lib,
      service,
      typed,
      values,
      dotted,
      refuse,
    });
  } catch (e) {
    const fault = storageFaultOf(e);
    if (!fault) throw e;
    // The disk is full or the store cannot be written: the leader's figures stay in the form,
    // with what happened and what to do (a blank error page lost them: qa25b F2).
    const { code } = e as { code?: string };
    (ctx.opts.logError ?? ((line) => process.stderr.write(`${line}\n`)))(
      `storage fault on POST /g/:token/${RESULTS_PATH}: ${(e as Error).message}${code ? ` (${code})` : ''}`,
    );
    const phone = lib.ward.campaign.issuer.phone?.trim();
    return refuse(
      {
        errors: [
          `Số liệu chưa được lưu: máy chủ đang ${fault === 'full' ? 'hết chỗ ghi dữ liệu (ổ đĩa đầy)' : 'không ghi được dữ liệu'}. Các số vừa nhập vẫn còn dưới đây: xin gửi lại sau, hoặc gọi văn phòng${phone ? ` (${phone})` : ''} để báo số liệu.`,
        ],
      },
      503,
    );
  }
}

/**
 * A figures form sent from the page of a group the list no longer has (open since the office's
 * new list came, qa26 F9): not saved — the office removed the group knowingly, and where its
 * households now belong (merged into which tổ) is the office's to say — answered with the figures
 * typed, why, and whom to call (410); the log says it too, so the office can find the figures.
 */
function answerUnlistedForm(
  ctx: ServeContext,
  reply: FastifyReply,
  former: { id: string } & FormerGroup,
  body: Record<string, string>,
) {
  const { results: service } = ctx.inputs();
  const figures = (service?.measures ?? []).flatMap((m) => {
    const value = String(body[fieldOf(m)] ?? '').trim();
    return value ? [{ label: m.label, value }] : [];
  });
  (ctx.opts.logError ?? ((line) => process.stderr.write(`${line}\n`)))(
    `figures not saved on POST /g/:token/${RESULTS_PATH}: group ${former.id} “${former.name}” is no longer in the groups list${figures.length ? ` (${figures.map((f) => `${f.label}: ${f.value}`).join('; ')})` : ''}`,
  );
  return answerUnlisted(ctx, reply, former, figures);
}

type Inputs = ReturnType<ServeContext['inputs']>;

interface Sending {
  token: string;
  group: Group;
  /** The form's base (the submission it was made on). */
  base: number;
  /** The inputs of the whole request. */
  lib: Inputs['lib'];
  service: NonNullable<Inputs['results']>;
  typed: ReturnType<typeof readTypedFigures>['typed'];
  values: ReturnType<typeof readTypedFigures>['values'];
  dotted: ReturnType<typeof readTypedFigures>['dotted'];
  refuse: (state: FormState, status?: number) => Promise<unknown>;
}

/** Stores the figures that changed; redirects to the page ("Đã lưu") or refuses (the form again). */
async function save(
  ctx: ServeContext,
  req: FormRequest,
  reply: FastifyReply,
  { token, group, base, lib, service, typed, values, dotted, refuse }: Sending,
) {
  const body = req.body ?? {};
  // Only the boxes the leader edited are new figures: the form shows the figures saved when the
  // page was made (its `base`), and a box sent back as shown adds nothing, even when a newer figure
  // was saved since by the office or another phone (review35 #1). The rule shared with the
  // studio's group page (results/edited-figures.ts).
  const history = await readHistory(service.db, service.campaign, group.id);
  const current = (await readLatest(service.db, service.campaign)).get(group.id);
  const edits = editsOf({ typed, values }, history, base, current);
  // A box of a measure the office has taken out since the page was made (qa43 CRITICAL 1):
  // nothing stored, the form of now shown with what was typed, the figure named (retired-boxes.ts).
  const retired = retiredBoxes(
    body,
    service.measures,
    edits.shown,
    await (service.retired?.() ?? Promise.resolve(undefined)).catch(() => undefined),
  );
  if (retired.length > 0) {
    (ctx.opts.logError ?? ((line) => process.stderr.write(`${line}\n`)))(
      retiredLogLine(`POST /g/:token/${RESULTS_PATH}`, group.id, retired),
    );
    return refuse(
      {
        typed: edits.kept,
        base: undefined,
        errors: [retiredSaid(retired, 'anh/chị', lib.ward.campaign.issuer.phone?.trim())],
      },
      409,
    );
  }
  const changed = edits.changed(current);
  if (Object.keys(changed).length === 0) {
    if (Object.keys(values).length === 0) return refuse({ errors: ['Chưa nhập số liệu nào.'] });
    return reply.redirect(`${ctx.root}/g/${token}/?${SAVED_QUERY}${dotQuery(dotted)}#ket-qua`, 303);
  }
  // Past the campaign's due day, a figure already sent is replaced only when the leader says so
  // (late-replace.ts, qa58b M1); the newer campaign of the group, if any, named.
  const late =
    body.xac_nhan === '1'
      ? undefined
      : lateReplaceOf(
          lib.ward.campaign,
          service.measures,
          changed,
          current,
          ctx.opts.today?.() ?? wardDay(),
        );
  if (late) {
    const newer = (await ctx.opts.elsewhere?.(group.id, true)) ?? [];
    return refuse({
      errors: lateReplaceSaid(late, changed, current, newer),
      errorsOf: late.measures.map((m) => m.id),
      invalid: late.measures.map((m) => m.id),
      askConfirm: true,
    });
  }
  try {
    // A figure far out of line with its target is asked about first (qa24 F2).
    const asked = askedProblems(service.measures, group, changed, body.xac_nhan === '1');
    if (asked.length) throw new FiguresRefused(asked);
    const done = await recordSubmission(
      service.db,
      { campaign: service.campaign, measures: service.measures },
      {
        group,
        values: changed,
        source: 'leader',
        confirmed: body.xac_nhan === '1',
        id: submissionId(service.campaign, group.id, base),
        // A figure of these measures saved since the page was made (the office, another phone),
        // or the office's withdrawal: not written over unseen. Other measures' saves are kept.
        seen: base,
      },
    );
    // The same form already stored with these figures (a double tap racing itself): done.
    if (done.stale || (!done.stored && !sameFigures(done.values, changed))) {
      // A figure the leader edited saved since this page (or this form sent already with others,
      // from two tabs or two phones): nothing stored, the page again with the newer figures under
      // the boxes, what was typed in the edited boxes and the newest figures in the others, made
      // on the latest submission so that sent again only the edited boxes are saved.
      return refuse(
        {
          typed: edits.kept,
          base: undefined,
          errors: [
            say(
              msg`The group's figures changed since you opened this page: nothing was saved. The figures saved since are under the boxes; the boxes you changed keep what you typed, the others now hold the newest figures. Check them, then press Lưu lại.`,
              'vi',
              lib.ward.term,
            ),
          ],
        },
        409,
      );
    }
  } catch (e) {
    if (!(e instanceof FiguresRefused)) throw e;
    return refuse({
      errors: e.problems.map((p) => problemText(p, service.measures, lib.ward.term)),
      errorsOf: e.problems.map((p) => p.measure),
      invalid: e.problems.map((p) => p.measure),
      askConfirm: e.problems.some(needsConfirm),
    });
  }
  return reply.redirect(`${ctx.root}/g/${token}/?${SAVED_QUERY}${dotQuery(dotted)}#ket-qua`, 303);
}

function page(
  ctx: ServeContext,
  req: FastifyRequest,
  token: string,
  group: Group,
  state: FormState,
) {
  return leaderPageHtml(ctx, req, token, group.id, state);
}

/**
 * The list's rows the figures cannot count, said as the studio says them but in the file's words
 * (serve reads the file itself, again once it is saved); undefined when every row counts.
 */
function uncountedOf(ward: Inputs['ward']): { lead: string; each: string[] } | undefined {
  const rows = uncountedRows(ward);
  if (rows.length === 0) return undefined;
  const said = (e: UserError) => {
    const text = upperFirst(say(e.text, 'vi', ward.term));
    const hint = e.hintIn('vi', ward.term);
    return `${/[.!?…]$/.test(text) ? text : `${text}.`}${hint ? ` ${hint}` : ''}`;
  };
  return uncountedSaid(rows, ward, 'danh sách rồi lưu lại: trang này tự đọc lại tệp', said);
}

/** The office's report buttons: the same report.pdf and report.xlsx as `phuong-print report`. */
function registerReportRoutes(
  app: FastifyInstance,
  ctx: ServeContext,
  adminGuard: AdminGuard,
): void {
  const answer =
    (file: 'pdf' | 'xlsx', type: string, name: (campaign: Campaign) => string) =>
    async (req: FastifyRequest, reply: FastifyReply) => {
      // One version of the inputs for the whole request (a reload may come in between).
      const inputs = ctx.inputs();
      const { ward, renderer, results: service } = inputs;
      if (!service) return reply.callNotFound();
      // A list with rows the figures cannot count: not drawn, as `phuong-print report` and the
      // studio refuse it; the results page in its place, saying why (closing56).
      if (uncountedOf(ward)) {
        return reply
          .code(409)
          .type('text/html; charset=utf-8')
          .send(await resultsPageHtml(ctx, inputs, req, {}, {}));
      }
      const latest = await readLatest(service.db, service.campaign);
      // In a worker thread: a ward's report is many pages, and the event loop serves the leaders.
      const made = await renderer.renderReport(latest, { date: wardDay() }, file);
      return reply
        .type(type)
        .header('Content-Disposition', contentDisposition(name(ward.campaign)))
        .send(Buffer.from(made.bytes));
    };
  app.get(
    REPORT_PDF,
    { preHandler: adminGuard },
    answer('pdf', 'application/pdf', (w) => reportFileName('pdf', w)),
  );
  app.get(
    REPORT_XLSX,
    { preHandler: adminGuard },
    answer('xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', (w) =>
      reportFileName('xlsx', w),
    ),
  );
}
