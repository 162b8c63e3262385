/**
 * Studio: what the groups' leaders reported for a campaign (the "Kết quả" tab). In: the
 * campaign's saved files and the figures in the studio's store, under the campaign's key. Out:
 * the office's page — who has reported and when last, the ward's totals, each group's figures
 * and rates, who has not reported with their phone — and the report's two files to download,
 * the spreadsheet (report.xlsx) and the PDF (report.pdf). The page's model is `serve`'s
 * /admin/ket-qua (results-admin.ts) and the files are drawn as its buttons draw them
 * (`rendererOver`'s renderReport, in the preview's worker threads), so the studio, `serve` and
 * `phuong-print report` say the same numbers.
 */

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Group } from '../load/types.js';
import type { GroupTerm } from '../model/group-term.js';
import { baseName, type MeasureOf } from '../model/measure-base.js';
import { campaignKey } from '../results/campaign-key.js';
import { eventStartOf } from '../results/early.js';
import { dueDayOf } from '../results/late.js';
import { ALL_ROWS_QUERY, missingFolded, shownRows } from '../results/long-table.js';
import { figureLabel, type Uncited, uncitedOf } from '../results/report-model.js';
import { readLatest } from '../results/results-store.js';
import { toldApart } from '../results/told-apart.js';
import { unrankedSaid } from '../results/unranked.js';
import { contentDisposition } from '../serve/disposition.js';
import { rendererOver } from '../serve/renderer.js';
import { reportFileName, resultsAdminView } from '../serve/results-admin.js';
import type { ResultsService } from '../serve/results-form.js';
import { uncountedRows } from '../serve/uncounted-rows.js';
import type { Ward } from '../serve/ward.js';
import { wardDay, wardTimeSaid } from '../ward-time.js';
import { type StudioContext, sendPage, sessionOf } from './app.js';
import { campaignForm, readCampaignText } from './campaign-file.js';
import type { CampaignPaths } from './campaign-folders.js';
import { campaignTerm } from './group-term.js';
import { headOnly, isHead } from './head-only.js';
import { type Html, html } from './html.js';
import { campaignHeader, notice, page, problemPage } from './layout.js';
import { noMeasuresNote } from './no-measures.js';
import { phoneLinks } from './phone-links.js';
import { retiredLines } from './retired-measures.js';
import { campaignName, campaignOf } from './routes-campaigns.js';
import { loadProblem } from './routes-leaders.js';
import { groupResultsPath } from './routes-results-entry.js';
import { IMPORT_PATH, TEMPLATE_PATH } from './routes-results-import.js';
import { uncountedNote, uncountedSaid } from './uncounted-rows.js';
import { unlistedNotices } from './unlisted-links.js';

const FILES = {
  xlsx: {
    path: 'ket-qua.xlsx',
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  pdf: { path: 'bao-cao.pdf', type: 'application/pdf' },
} as const;

type Query = { q?: unknown; 'sap-xep'?: unknown; 'tat-ca'?: unknown };
const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 100) : undefined);

type View = Awaited<ReturnType<typeof resultsAdminView>>;

/**
 * The campaign as the figures are read for it: its saved files when they load (a kind whose
 * template cannot be drawn does not matter here), else the version its leaders are served.
 */
export async function resultsWardOf(ctx: StudioContext, c: CampaignPaths): Promise<Ward> {
  try {
    if (!c.groups) throw new Error('no groups file');
    return await ctx.previewer.previewWard(c);
  } catch (e) {
    const served = await ctx.leaderSites.serving(c.slug);
    if (served) return served.ward;
    throw e;
  }
}

/** The campaign's figures in the studio's store, as `serve` keeps them for the same campaign. */
export const resultsServiceOf = (ctx: StudioContext, ward: Ward): ResultsService => ({
  db: ctx.opts.store.db,
  campaign: campaignKey(ward.campaign),
  measures: ward.campaign.measures,
});

export function registerResultsRoutes(app: FastifyInstance, ctx: StudioContext): void {
  const wardOf = (c: CampaignPaths) => resultsWardOf(ctx, c);
  const serviceOf = (ward: Ward) => resultsServiceOf(ctx, ward);

  app.get('/c/:slug/results', async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return reply.callNotFound();
    const form = campaignForm(await readCampaignText(c.file));
    const name = campaignName(form, c);
    let ward: Ward | undefined;
    let problem: Html | undefined;
    try {
      ward = await wardOf(c);
    } catch (e) {
      problem = loadProblem(c, e);
    }
    const term = ward?.term ?? (await campaignTerm(form, c.groups));
    let content: Html;
    if (!ward) {
      content = notice('error', html`Chưa xem được số liệu: ${problem ?? ''}`);
    } else if (ward.campaign.measures.length === 0) {
      content = notice('info', noMeasuresNote(ward.campaign, term, c.slug, 'results'));
    } else {
      const query = req.query as Query;
      const base = `/c/${c.slug}/results`;
      const view = await resultsAdminView(
        serviceOf(ward),
        ward.groups,
        {
          ...ward.campaign.issuer,
          term: ward.term,
          totalsBy: ward.campaign.totals_by,
          due: dueDayOf(ward.campaign),
          startOf: eventStartOf(ward.campaign),
        },
        { q: text(query.q), sort: text(query['sap-xep']) },
        {
          assets: '/assets/',
          admin: `/c/${c.slug}/leaders`,
          reportPdf: `${base}/${FILES.pdf.path}`,
          reportXlsx: `${base}/${FILES.xlsx.path}`,
        },
        'studio',
        await retiredLines(c.folder),
      );
      const open = (await ctx.leaderSites.serving(c.slug)) !== undefined;
      const uncounted = uncountedNote(uncountedRows(ward), ward, c.slug);
      content = html`${uncounted}${uncitedNote(uncitedOf(ward.campaign), c.slug)}${resultsHtml(view, c.slug, open, ward.groups, ward.campaign.measures, query['tat-ca'] === '1', uncounted !== '')}`;
    }
    return sendPage(
      reply,
      page({
        title: `Kết quả: ${name}`,
        session: sessionOf(req),
        body: html`${campaignHeader(c.slug, name, 'results', term, c.name)}
${content}`,
      }),
    );
  });

  const download =
    (file: keyof typeof FILES) => async (req: FastifyRequest, reply: FastifyReply) => {
      const c = campaignOf(ctx, req);
      if (!c) return reply.callNotFound();
      let ward: Ward;
      try {
        ward = await wardOf(c);
      } catch {
        // The results page says why; there is nothing to put in a file.
        return reply.redirect(`/c/${c.slug}/results`, 303);
      }
      if (ward.campaign.measures.length === 0) return reply.callNotFound();
      // A list with rows the figures cannot count: not drawn, as `phuong-print report` refuses it.
      const uncounted = uncountedRows(ward);
      if (uncounted.length > 0) {
        const said = uncountedSaid(uncounted, ward);
        return sendPage(
          reply,
          problemPage(`${said.lead} ${said.each.join(' ')}`, sessionOf(req)),
          409,
        );
      }
      const name = reportFileName(file, ward.campaign);
      if (isHead(req)) return headOnly(reply, FILES[file].type, name);
      const latest = await readLatest(ctx.opts.store.db, campaignKey(ward.campaign));
      // In the preview's worker threads, as serve's buttons draw it: a city's report is long.
      const made = await rendererOver(ward, ctx.previewer.documentPool()).renderReport(
        latest,
        { date: wardDay() },
        file,
      );
      // Not logged: its rows are groups, never their leaders (holdsNames' 'report' says so; a
      // report that ever names them is logged here with recordDownload).
      return reply
        .type(FILES[file].type)
        .header('Cache-Control', 'no-store')
        .header('Content-Disposition', contentDisposition(name))
        .send(Buffer.from(made.bytes));
    };
  app.get(`/c/:slug/results/${FILES.xlsx.path}`, download('xlsx'));
  app.get(`/c/:slug/results/${FILES.pdf.path}`, download('pdf'));
}

/**
 * A draft notice's number and day are written by hand on the paper: the report leaves out what
 * the campaign does not hold (kinds/report.ts `cites`), and the office is told where to fill it
 * in before downloading (qa7 D8: it cited "Thông báo số      /TB-UBND ngày 10/02/2026").
 */
function uncitedNote(uncited: readonly Uncited[], slug: string): Html | string {
  if (uncited.length === 0) return '';
  const number = uncited.includes('number');
  const date = uncited.includes('date');
  const lacks = number && date ? 'số và ngày ban hành' : number ? 'số' : 'ngày ban hành';
  const fill = [
    ...(number ? ['“Số văn bản”'] : []),
    ...(date ? ['“Ngày ban hành” và bỏ đánh dấu “Dự thảo chưa có ngày”'] : []),
  ].join(', ');
  return notice(
    'warn',
    html`Văn bản của chiến dịch chưa có ${lacks} (dự thảo để văn thư ghi tay), nên báo cáo kết quả (PDF, Excel) không ghi ${number && date ? 'số, ngày' : lacks} của văn bản. Khi văn thư đã ghi trên bản giấy, điền ${fill} ở trang <a href="/c/${slug}">Nội dung</a>, rồi tải lại báo cáo.`,
  );
}

/** The page's content: the model's figures in the studio's frame, a card a group on a phone. */
function resultsHtml(
  v: View,
  slug: string,
  open: boolean,
  groups: readonly Group[],
  measures: readonly MeasureOf[],
  all = false,
  uncounted = false,
): Html {
  const term = v.term;
  const last = v.lastReportAt
    ? html` Lần báo cáo gần nhất: <strong>${wardTimeSaid(v.lastReportAt)}</strong>.`
    : html` Chưa có ${term.short} nào báo cáo.`;
  const totals = v.measures.map((m, i) => {
    const t = v.totals[i];
    // A measure no group has reported yet is said so, not "0 / 2.700 nhân khẩu · 0,0%".
    if (!t?.groups) {
      return html`<li><span>${m.label}</span>: <span class="muted">chưa có ${term.short} nào báo cáo</span></li>`;
    }
    // While some groups have not reported, the ward's rate counts them as 0: "12,7%" with 1 of
    // 7 tổ in read on a phone as the turnout (qa22 #8), so the rate over the groups that did
    // report leads, in bold, and the ward's follows, plain, said as counting the others as 0
    // (kept: it is the figure reported upward once all are in, and its climb shows the count).
    const r = t.reporting;
    const over = t.over ? `, ${t.over}` : '';
    const rate = r
      ? html` · ${t.rate}${t.aboveMark}${over}`
      : html` · <strong>${t.rate}${t.aboveMark}</strong>${over}`;
    // Figures of groups with no base are in the sum, not in the rate: said (qa9 Q4). The base
    // named as the report names it: a target's word ("các tổ có chỉ tiêu"), else "số người"
    // (qa23 #10: "các tổ có số người" over the report's "có chỉ tiêu").
    const measure = measures[i];
    const named = measure ? baseName(measure) : `số ${m.of}`;
    // A sum's unit said once, after its figure (qa43 m4).
    const label = measure ? figureLabel({ of: measure.of, label: m.label, noun: m.noun }) : m.label;
    const rated = t.unrated
      ? html`; các ${term.short} có ${named}: ${t.rated} / ${t.base} ${m.of}${t.rate ? rate : ''} <span class="muted">(không tính ${t.unrated.value} của ${t.unrated.who})</span>`
      : html`${t.base ? html` / ${t.base} ${m.of}` : html` ${m.noun}${t.zero ? html` <span class="muted">(${t.zero})</span>` : ''}`}${t.rate ? rate : ''}`;
    if (r) {
      return html`<li><span>${label}</span>: <strong>${r.rate}</strong> ở ${r.groups} ${term.short}${r.others ? html` có ${named}` : ''} đã báo cáo${r.left} <span class="muted">(${r.value} / ${r.base} ${m.of})</span>; toàn ${v.unit}: ${t.value}${rated} <span class="muted">(tính ${r.pending} ${term.short} chưa báo cáo là 0)</span></li>`;
    }
    return html`<li><span>${label}</span>: <strong>${t.value}</strong>${rated} <span class="muted">(${t.groups} ${term.short} đã báo cáo)</span></li>`;
  });
  // A long table shows its first rows in the order chosen, then a link to all of them (qa44 m8:
  // 220 tổ made a 43,128 px page on a phone, a card a row); a search shows all it finds.
  const { shown, more } = shownRows(v.rows, {
    all,
    searching: !!v.search.query,
    short: term.short,
  });
  const allHref = `?${new URLSearchParams({ 'sap-xep': v.sort, [ALL_ROWS_QUERY]: '1' })}#tung-to`;
  const rows = shown.map(
    (r) => html`<tr${r.missing ? html` class="missing"` : ''}>
${v.ranked ? html`<td class="num" data-label="Hạng">${r.rank}</td>` : ''}
<th scope="row">${r.name}${r.leader ? html`<span class="muted leader">${r.Leader}: ${r.leader}</span>` : ''}</th>
${r.cells.map((cell, i) => html`<td class="num" data-label="${v.measures[i]?.label ?? ''}">${cell.value}${cell.rate ? html` <span class="rate">(${cell.rate})</span>` : ''}${cell.over ? html`<span class="over">${cell.over}</span>` : ''}${cell.check ? html`<span class="check">⚠ ${cell.check}</span>` : ''}</td>`)}
<td data-label="Cập nhật">${r.missing ? html`<span class="badge">Chưa báo cáo</span>` : r.updated}${r.late ? html` <span class="late">(${r.late})</span>` : ''}${r.early ? html` <span class="late">(${r.early})</span>` : ''} <a class="edit" href="${groupResultsPath(slug, r.id)}" aria-label="Nhập, sửa số liệu: ${r.name}">Nhập, sửa</a></td>
</tr>`,
  );
  // Figures far out of line with their targets the office has not confirmed (a leader's tick,
  // an imported file): checked before the report goes out (qa24 F2), each group's page a click
  // away, where the office corrects or confirms them.
  const offTarget = v.offTarget.length
    ? html`<div class="notice warn off-target" role="status"><p><strong>Cần kiểm tra trước khi tải báo cáo:</strong> số liệu khác xa chỉ tiêu hoặc số trong danh sách (có thể thừa hoặc thiếu số 0, ghi theo nghìn đồng, hoặc ghi cho ${term.short} mà danh sách ghi bằng 0). Bấm “Nhập, sửa” ở dòng của ${term.short} đó trong bảng dưới để sửa số sai, hoặc xác nhận số đúng. Cho đến khi đó, báo cáo ghi số này là “chưa xác nhận” và chưa xếp hạng ${term.short}.</p><ul class="listed">${v.offTarget.map((said) => html`<li>${said}</li>`)}</ul></div>`
    : '';
  // Figures sent before a new groups list changed their group's target (qa26 F1, F5).
  const oldList = v.oldList.length
    ? html`<div class="notice warn old-list" role="status"><p><strong>Số liệu báo cáo theo danh sách ${term.short} cũ:</strong> sau khi ${term.leader} báo cáo, danh sách ${term.short} mới đã đổi chỉ tiêu (hoặc số hộ, số người) của ${term.short} này — ${term.short} được tách, sáp nhập hoặc sửa chỉ tiêu. Số đã báo cáo vẫn được cộng vào tổng, nhưng chưa xếp hạng và báo cáo ghi “chưa xác nhận” cho đến khi văn phòng kiểm tra: bấm “Nhập, sửa” ở dòng của ${term.short} đó, sửa lại số cho đúng với ${term.short} theo danh sách mới (ví dụ ${term.short} đã tách: chỉ nhập số của riêng ${term.short} này), hoặc xác nhận số vẫn đúng.</p><ul class="listed">${v.oldList.map((said) => html`<li>${said}</li>`)}</ul></div>`
    : '';
  // Figures sent before the office gave their measure another base, on Nội dung (qa58b M3): the
  // list did not change, and the way back is the old line.
  const rebased = v.rebased.length
    ? html`<div class="notice warn old-list rebased" role="status"><p><strong>Số liệu báo cáo trước khi chỉ tiêu đổi cách tính:</strong> sau khi ${term.leader} báo cáo, ô “Chỉ tiêu” ở thẻ <a href="/c/${slug}#f-measures">Nội dung</a> đã đổi cách tính tỉ lệ của chỉ tiêu này (danh sách ${term.short} không đổi). Số đã báo cáo vẫn được cộng vào tổng, nhưng chưa xếp hạng và báo cáo ghi “chưa xác nhận” cho đến khi văn phòng kiểm tra: bấm “Nhập, sửa” ở dòng của ${term.short} đó, sửa lại số cho đúng với cách tính mới, hoặc xác nhận số vẫn đúng; nếu đổi nhầm, ghi lại dòng cũ vào ô Chỉ tiêu.</p><ul class="listed">${v.rebased.map((said) => html`<li>${said}</li>`)}</ul></div>`
    : '';
  return html`${unlistedNotices(slug, v.unlisted, v.unlistedGroups)}${oldList}${rebased}${offTarget}<p class="lead">Đã báo cáo: <strong>${v.reported}/${v.total} ${term.short}</strong>.${last}</p>
${open ? '' : notice('info', html`Các ${term.leader} báo cáo số liệu trên trang của ${term.short} mình. Trang ${term.leader} đang đóng: <a href="/c/${slug}/leaders">mở trang này</a>. Số liệu ${term.leader} báo qua điện thoại, Zalo hoặc Excel thì văn phòng nhập ở mục “Văn phòng nhập số liệu” bên dưới.`)}
${
  // The list's rows not counted are said above, with why the report waits for them.
  uncounted
    ? ''
    : html`<div class="actions">
<a class="button" href="${v.reportXlsx}" download>Tải bảng số liệu (Excel)</a>
<a class="button secondary" href="${v.reportPdf}" download>Tải báo cáo kết quả (PDF)</a>
</div>`
}
${officeEntry(groups, term, slug)}
<h2>Toàn ${v.unit}</h2>
<ul class="totals">${totals}</ul>
${areasHtml(v)}
<h2 id="tung-to">Số liệu từng ${term.short}</h2>
${v.unranked ? notice('info', html`${unrankedSaid(v.unranked, term.short)} <a href="/c/${slug}#f-measures">Sửa ô Chỉ tiêu</a>`) : ''}
<form class="search" method="get" role="search">
<label for="q">Tìm ${term.short} (tên, mã ${term.short}, ${term.leader})</label>
<span class="search-row"><input id="q" name="q" type="search" value="${v.search.query}" autocomplete="off"><input type="hidden" name="sap-xep" value="${v.sort}">${all ? html`<input type="hidden" name="tat-ca" value="1">` : ''} <button type="submit" class="secondary">Tìm</button></span>
</form>
<p class="sorts">Sắp xếp: ${v.sorts.map((s, i) => html`${i ? ' · ' : ''}${s.current ? html`<strong>${s.label}</strong>` : html`<a href="${all ? `${s.href}&tat-ca=1` : s.href}">${s.label}</a>`}`)}</p>
${v.search.query ? html`<p class="muted">${v.rows.length}/${v.total} ${term.short} khớp với “${v.search.query}”. <a href="?">Xem tất cả</a></p>` : ''}
<div class="table-wrap">
<table class="results-table">
<thead><tr>${v.ranked ? html`<th scope="col">Hạng</th>` : ''}<th scope="col">${term.Short}</th>${v.measures.map((m) => html`<th scope="col">${m.label}</th>`)}<th scope="col">Cập nhật</th></tr></thead>
<tbody>${rows}</tbody>
<tfoot><tr>${v.ranked ? html`<td data-label=""></td>` : ''}<th scope="row">Toàn ${v.unit}${v.pending ? html` <span class="muted">(${v.pending})</span>` : ''}</th>${v.totals.map((t, i) => html`<td class="num" data-label="${v.measures[i]?.label ?? ''}">${t.groups ? html`${t.value}${t.rate ? html` <span class="rate">(${t.rate}${t.marks})</span>` : ''}` : ''}</td>`)}<td data-label=""></td></tr></tfoot>
</table>
</div>
${more ? html`<p class="more-rows">${more.said} <a href="${allHref}">${more.link}</a> ${more.after}</p>` : ''}
${[v.aboveNote, ...v.ratedNotes].filter(Boolean).map((note) => html`<p class="muted table-note">${note}</p>`)}
${
  v.missing.length
    ? // A long list is folded, its heading the summary: open, each line a number to call.
      html`<details class="missing-fold"${missingFolded(v.missing.length) ? '' : html` open`}><summary><h2>Chưa báo cáo (${v.missing.length} ${term.short})</h2></summary>
<ul class="list missing-list">${v.missing.map((g) => html`<li>${g.name}${g.leader ? ` — ${g.leader}` : ''}${g.phone ? html` · ${phoneLinks(g.phone)}` : ''}</li>`)}</ul></details>`
    : v.total > 0
      ? // Nothing missing: said as complete, not as a heading of none (h-left14b).
        html`<h2>Đã đủ báo cáo</h2>
<p>Tất cả ${v.total} ${term.short} đã báo cáo.</p>`
      : ''
}`;
}

/**
 * The totals per area of the campaign's `totals_by` column ("Khu vực bỏ phiếu": what the ward
 * reports upward on election day), a line an area as the ward's totals are: how many of its
 * groups reported, then per measure its figure over its base and rate; while some of its groups
 * have not reported, the rate over those that did first, as the ward's line says it.
 */
function areasHtml(v: View): Html | '' {
  if (!v.areas) return '';
  const term = v.term;
  const whole = `cả ${v.areas.column.toLocaleLowerCase('vi')}`;
  const figures = (
    c: NonNullable<View['areas']>['rows'][number]['cells'][number],
    of: string,
    noun: string,
  ) => {
    const r = c.reporting;
    if (!c.groups) return html`<span class="muted">chưa có ${term.short} nào báo cáo</span>`;
    // Over its target: said as the ward's line and the report's groups say it ("vượt chỉ tiêu").
    const over = c.over ? `, ${c.over}` : '';
    const rate = r ? html` · ${c.rate}${over}` : html` · <strong>${c.rate}</strong>${over}`;
    // Figures of its groups with no base: in its sum, not in its rate, said as the ward's are.
    // An area with no base at all still says its unit ("10 người"), and its targets of 0.
    const all = c.unrated
      ? html`${c.value}; các ${term.short} có ${c.baseName}: ${c.rated} / ${c.base} ${of}${c.rate ? rate : ''} <span class="muted">(không tính ${c.unrated.value} của ${c.unrated.who})</span>`
      : html`${c.value}${c.base ? html` / ${c.base} ${of}` : html` ${noun}${c.zero ? html` <span class="muted">(${c.zero})</span>` : ''}`}${c.rate ? rate : ''}`;
    if (r) {
      return html`<strong>${r.rate}</strong> ở ${r.groups} ${term.short}${r.others ? html` có ${c.baseName}` : ''} đã báo cáo${r.left} <span class="muted">(${r.value} / ${r.base} ${of})</span>; ${whole}: ${all} <span class="muted">(tính ${r.pending} ${term.short} chưa báo cáo là 0)</span>`;
    }
    return all;
  };
  return html`<h2>Theo ${v.areas.column.toLocaleLowerCase('vi')}</h2>
<ul class="totals areas">${v.areas.rows.map(
    (a) =>
      html`<li><strong>${a.name}</strong> <span class="muted">(${a.groups ? `${a.reported}/${a.groups} ${term.short} đã báo cáo` : `không có ${term.short} nào phải báo cáo`})</span>${v.measures.map(
        (m, i) => {
          const c = a.cells[i];
          // A sum's unit said once, after its figure (qa43 m4).
          const unit = `(${m.noun})`;
          const label =
            !c?.base && m.label.endsWith(unit) ? m.label.slice(0, -unit.length).trimEnd() : m.label;
          return c ? html`<br><span>${label}</span>: ${figures(c, m.of, m.noun)}` : '';
        },
      )}</li>`,
  )}</ul>`;
}

/**
 * The office's own ways in: a group's figures typed from a phone call (a picker, for a ward of
 * hundreds of groups; each row of the table links there too), and a spreadsheet of many groups
 * imported, with the template to fill.
 */
function officeEntry(groups: readonly Group[], term: GroupTerm, slug: string): Html {
  // Two groups of the same name each with its id, as the table beside it (told-apart.ts).
  const nameOf = toldApart(groups);
  return html`<details class="card office-entry">
<summary>Văn phòng nhập số liệu (${term.leader} báo qua điện thoại, Zalo, Excel)</summary>
<form method="get" action="/c/${slug}/results/group" class="pick-group">
<label for="to">Nhập, sửa số liệu của một ${term.short}</label>
<span class="search-row"><select id="to" name="to">${groups.map((g) => html`<option value="${g.id}">${nameOf(g)}</option>`)}</select> <button type="submit" class="secondary">Mở</button></span>
</form>
<p class="import-lead"><strong>Nhập từ tệp Excel hoặc CSV</strong> nhiều ${term.short} một lần: <a href="/c/${slug}/results/${TEMPLATE_PATH}" download>tải mẫu (Excel)</a> có sẵn các ${term.short} và cột số liệu, điền rồi tải lên. Trước khi lưu, phần mềm cho xem lại từng dòng.</p>
<p><a class="button secondary" href="/c/${slug}/results/${IMPORT_PATH}">Nhập số liệu từ tệp</a></p>
</details>`;
}
