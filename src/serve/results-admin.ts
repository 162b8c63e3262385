/**
 * Serve stage, the participation loop on the office's side: the ward's figures page
 * (/admin/ket-qua). In: the results service, the ward, the query (search, sort). Out: the view of
 * templates/web/results.hbs — each group's figures and rates, the ward's totals, the ranking, who
 * has not reported, and the bar chart of the rates as server-drawn SVG (no script needed).
 * Current on every load: the figures are read from the store each time.
 */

import type { Campaign } from '../load/campaign.js';
import type { Group } from '../load/types.js';
import { officeInText, officeSaysWard } from '../model/format.js';
import { type GroupTerm, groupOwnTerm } from '../model/group-term.js';
import {
  baseName,
  baseOf,
  baseUnit,
  countedOf,
  type MeasureOf,
  rateLabel,
  reportedUnit,
  targetWord,
} from '../model/measure-base.js';
import { matches, searchOf } from '../model/search.js';
import { unitTermOf } from '../model/unit-term.js';
import { aboveNote } from '../results/above-note.js';
import { areaTotalsOf, hasColumn } from '../results/areas.js';
import { chartOf, tickText } from '../results/chart.js';
import { type EventStart, earlySaid, sentEarly } from '../results/early.js';
import { offTargetShort } from '../results/figures.js';
import { type DueDay, lateSaid, sentLate } from '../results/late.js';
import { aboveMarkOf, noteMarks, ratedNote, totalMarksOf } from '../results/note-marks.js';
import { dueOf } from '../results/nothing-to-do.js';
import { pendingSaid } from '../results/pending-said.js';
import {
  oldListNowSaid,
  reportingLead,
  reportingRateSaid,
  totalOver,
  uncheckedRateSaid,
} from '../results/report-model.js';
import { readLatest, readProgress } from '../results/results-store.js';
import {
  ABOVE_MARK,
  byRank,
  formatRate,
  type GroupStanding,
  type Standings,
  standingsOf,
  type Total,
} from '../results/standings.js';
import { toldApart } from '../results/told-apart.js';
import { readUnlisted, unlistedGroupName } from '../results/unlisted.js';
import { unrankedWhy } from '../results/unranked.js';
import { unratedWho } from '../results/unrated-said.js';
import { wardTimeSaid } from '../ward-time.js';
import { campaignTag, fileNamePart } from './campaign-file-name.js';
import { formatCount, formatTime, type ResultsService, sourceLabel } from './results-form.js';
import { unlistedSaid } from './unlisted-said.js';

/** The ward's figures page, and the report's files (the office's "report" buttons). */
export const RESULTS_PAGE = '/admin/ket-qua';
export const REPORT_PDF = '/admin/bao-cao.pdf';
export const REPORT_XLSX = '/admin/bao-cao.xlsx';

/**
 * The office's names of the report's files (the serve page's and the studio's buttons), naming
 * the campaign — its short title, else its notice's number — so that two campaigns' reports do
 * not take each other's name in Downloads (qa18): "Báo cáo kết quả - Ngày hội PCCC - phường An
 * Phú.pdf", "Kết quả - số 05-UBND-VHXH - phường Lê Chân.xlsx".
 */
export function reportFileName(
  file: 'pdf' | 'xlsx' | 'template',
  campaign: Pick<Campaign, 'title' | 'notice' | 'issuer'>,
): string {
  const name = [campaignTag(campaign), fileNamePart(campaign.issuer.ward)]
    .filter(Boolean)
    .join(' - ');
  // The import's template names its campaign too (qa43 m9: two campaigns' templates the same
  // week were two "Mẫu số liệu - phường Lê Chân.xlsx" in Downloads).
  if (file === 'template') return `Mẫu số liệu - ${name}.xlsx`;
  return file === 'pdf' ? `Báo cáo kết quả - ${name}.pdf` : `Kết quả - ${name}.xlsx`;
}

/**
 * A total as the pages print it: its figure, base and rate, and while some groups with a base
 * have not reported, the rate over those that did with how many did and did not (Total
 * `reporting`): the headline gives that rate first, the ward's after it said as counting the
 * others as 0.
 */
function totalView(t: Total, short: string, m: MeasureOf | undefined) {
  const r = t.reporting;
  const lead = r ? reportingLead(r, short) : undefined;
  const named = m ? baseName(m) : '';
  const word = m ? targetWord(m) : undefined;
  return {
    value: formatCount(t.value),
    base: t.base === undefined ? '' : formatCount(t.base),
    rate: formatRate(t.rate),
    groups: t.groups,
    // Figures of groups with no base: in the sum, left out of the rate, said beside it (qa9 Q4),
    // the ward's and each area's alike.
    rated: t.unrated ? formatCount(t.value - t.unrated.value) : '',
    // Who: "1 tổ chưa có chỉ tiêu trong danh sách, 2 tổ có chỉ tiêu bằng 0" (unrated-said.ts).
    unrated: t.unrated
      ? {
          value: formatCount(t.unrated.value),
          groups: t.unrated.groups,
          who: unratedWho(t.unrated, short, named, ' trong danh sách'),
        }
      : undefined,
    // No group has a base, some a target of 0: said beside the figure ("2 tổ có chỉ tiêu bằng 0").
    zero: t.zero
      ? unratedWho({ groups: t.groups, zero: t.zero }, short, named, ' trong danh sách')
      : '',
    // What follows the rate: over its target, said as the report says a group's and the ward's
    // ("vượt chỉ tiêu"), unless only because of figures not yet confirmed; and the rate without
    // them ("nếu không tính số liệu chưa xác nhận thì đạt 14,3% chỉ tiêu", "… thì chiếm tỷ lệ 14,3%" with no target; review33 #1).
    over: [word !== undefined && totalOver(t) ? `vượt ${word}` : '', uncheckedRateSaid(t, word)]
      .filter(Boolean)
      .join(', '),
    // The rate of the groups that reported, said in bold as the headline's claim: without the
    // figures the office has not confirmed, and that they are left out, as the report says it.
    reporting: r
      ? {
          value: formatCount(lead?.value ?? r.value),
          base: formatCount(lead?.base ?? r.base),
          rate: reportingRateSaid(lead?.rate),
          left: lead?.left ?? '',
          groups: r.groups,
          // Some groups with no base reported too: the count is of those with one.
          others: t.groups > r.groups,
          pending: r.pending,
        }
      : undefined,
  };
}

/** The sort orders the page offers: by rank, ward order, a measure's rate, latest report. */
export type SortKey = 'hang' | 'to' | 'cap-nhat' | `ty-le-${string}`;

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The rates' bar chart as HTML (text escaped here: it goes into the page unescaped): a list, one
 * group a line, its name and figure as text that keeps the page's size and wraps on a phone, its
 * bar a small SVG stretched to the line's width. One SVG of 640 units scaled to a 330 px phone
 * set the names in 6 px type.
 */
export function chartHtml(chart: ReturnType<typeof chartOf>, title: string): string {
  const track = (share: number, rate?: number) =>
    `<svg class="bar-track" viewBox="0 0 1000 16" preserveAspectRatio="none" aria-hidden="true" xmlns="http://www.w3.org/2000/svg">` +
    `<rect class="bar" x="0" y="0" width="${(share * 1000).toFixed(1)}" height="16" fill="#b3121b"${rate === undefined ? '' : ` data-rate="${rate}"`}/></svg>`;
  const rows = chart.bars
    .map(
      (b) =>
        `<li><span class="bar-label">${escapeXml(b.label)}</span>` +
        `<span class="bar-line">${track(b.share, b.rate)}<span class="bar-text">${escapeXml(b.text)}</span></span></li>`,
    )
    .join('');
  // The scale: a bar across the whole line is the top tick's rate.
  const scale = `<li class="bar-scale" aria-hidden="true"><span class="bar-label"></span><span class="bar-line"><span>0%</span><span>${tickText(chart.top)}</span></span></li>`;
  return `<ol class="bar-chart" aria-label="${escapeXml(title)}">${scale}${rows}</ol>`;
}

/**
 * The ward's rate of the first measure over time, as an SVG line (one point per submission that
 * changed it); empty until there are two points.
 */
export function progressSvg(
  points: readonly { at: string; total: number }[],
  base: number | undefined,
  title: string,
): string {
  if (points.length < 2 || !base) return '';
  // Drawn at 400 units: on a 330 px phone its type is still ~10 px.
  const width = 400;
  const height = 180;
  const pad = { left: 46, right: 12, top: 14, bottom: 30 };
  const t0 = Date.parse(points[0]?.at ?? '');
  const t1 = Math.max(t0 + 1, Date.parse(points.at(-1)?.at ?? ''));
  const best = Math.max(...points.map((p) => p.total / base));
  const top = Math.max(0.1, Math.ceil(best * 10) / 10);
  const x = (at: string) =>
    pad.left + ((Date.parse(at) - t0) / (t1 - t0)) * (width - pad.left - pad.right);
  const y = (total: number) => pad.top + (1 - total / base / top) * (height - pad.top - pad.bottom);
  const line = points.map((p) => `${x(p.at).toFixed(1)},${y(p.total).toFixed(1)}`).join(' ');
  const ticks = [0, top / 2, top]
    .map(
      (v) =>
        `<line x1="${pad.left}" y1="${y(v * base)}" x2="${width - pad.right}" y2="${y(v * base)}" stroke="#d0d0d6"/>` +
        `<text x="${pad.left - 6}" y="${y(v * base) + 4}" text-anchor="end" font-size="13" fill="#5b5b60">${Math.round(v * 100)}%</text>`,
    )
    .join('');
  // Two points on one day are told apart by their time.
  const first = formatTime(points[0]?.at ?? '');
  const last = formatTime(points.at(-1)?.at ?? '');
  const oneDay = first.slice(6) === last.slice(6);
  const day = (at: string) => (oneDay ? formatTime(at) : formatTime(at).slice(6));
  return (
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${escapeXml(title)}</title>${ticks}` +
    `<polyline class="progress" points="${line}" fill="none" stroke="#b3121b" stroke-width="2.5"/>` +
    `<text x="${pad.left}" y="${height - 8}" font-size="13" fill="#5b5b60">${escapeXml(day(points[0]?.at ?? ''))}</text>` +
    `<text x="${width - pad.right}" y="${height - 8}" text-anchor="end" font-size="13" fill="#5b5b60">${escapeXml(day(points.at(-1)?.at ?? ''))}</text></svg>`
  );
}

/**
 * A figure the office has not confirmed, as /admin/ket-qua lists it with its button: the phrase,
 * and what the confirmation form sends (the group, the measure, the figure as shown).
 */
export interface UncheckedItem {
  said: string;
  group: string;
  measure: string;
  value: number;
  /** Sent before the office gave the measure another base, not against an old list (qa58b M3). */
  rebased?: true;
}

/**
 * The figures far out of line with their targets (standings.ts `offTarget`), one phrase each, for
 * the office to check before the report goes out (qa24 F2): "Tổ dân phố 7: 150.000.000 đồng, gấp
 * 10 lần chỉ tiêu 15.000.000 đồng"; the measure named when the campaign has several.
 */
function offTargetItems(standings: Standings): UncheckedItem[] {
  const several = standings.measures.length > 1;
  return standings.rows.flatMap((r) =>
    r.cells.flatMap((c, i) => {
      const o = c.offTarget;
      const m = standings.measures[i];
      // A figure the office confirmed is checked: no longer asked about (standings.ts). One sent
      // against another list is said apart (oldListItems).
      if (!o || !c.figure || !c.unchecked || c.oldList || !m) return [];
      const label = several ? ` (${m.label})` : '';
      return [
        {
          said:
            o.zero || o.thin
              ? `${r.group.name}${label}: ${formatCount(c.figure.value)} ${o.valueUnit}, ${offTargetShort(o)}`
              : `${r.group.name}${label}: ${formatCount(c.figure.value)} ${o.unit}, ${offTargetShort(o)} ${formatCount(o.target)} ${o.unit}`,
          group: r.group.id,
          measure: m.id,
          value: c.figure.value,
        },
      ];
    }),
  );
}

/**
 * The figures sent against the groups list before a new one changed their group's target
 * (standings.ts `oldList`: a tổ split, two merged, a target corrected), one phrase each, for the
 * office to check before the report goes out (qa26 F1, F5): "Tổ dân phố 12A: 140 hộ, báo cáo
 * theo danh sách cũ, khi đó là Tổ dân phố 12, chỉ tiêu 148 hộ, nay chỉ tiêu 63 hộ".
 */
function oldListItems(standings: Standings): UncheckedItem[] {
  const several = standings.measures.length > 1;
  return standings.rows.flatMap((r) =>
    r.cells.flatMap((c, i) => {
      const m = standings.measures[i];
      if (!c.oldList || !c.figure || !m) return [];
      const label = several ? ` (${m.label})` : '';
      return [
        {
          said: `${r.group.name}${label}: ${formatCount(c.figure.value)} ${reportedUnit(m)}, ${oldListNowSaid(m, c.oldList, baseOf(r.group, m))}`,
          group: r.group.id,
          measure: m.id,
          value: c.figure.value,
          ...(c.oldList.of === undefined ? {} : { rebased: true as const }),
        },
      ];
    }),
  );
}

function sorted(rows: GroupStanding[], key: string, measureIds: readonly string[]) {
  const ward = (a: GroupStanding, b: GroupStanding) => rows.indexOf(a) - rows.indexOf(b);
  const desc =
    (v: (r: GroupStanding) => number | undefined) => (a: GroupStanding, b: GroupStanding) =>
      (v(b) ?? -1) - (v(a) ?? -1) || ward(a, b);
  if (key === 'to') return [...rows];
  if (key === 'cap-nhat') {
    return [...rows].sort((a, b) => (b.updated ?? '').localeCompare(a.updated ?? '') || ward(a, b));
  }
  const m = key.startsWith('ty-le-') ? measureIds.indexOf(key.slice(6)) : -1;
  if (m >= 0) return [...rows].sort(desc((r) => r.cells[m]?.rate ?? r.cells[m]?.figure?.value));
  return byRank(rows);
}

export async function resultsAdminView(
  service: ResultsService,
  groups: readonly Group[],
  /** `group_term`: the campaign's word, when it gives one (each group's own word otherwise). */
  ward: {
    ward: string;
    office: string;
    term: GroupTerm;
    group_term?: string;
    /** The campaign's `totals_by`: the groups column to total the figures by ("Khu vực bỏ phiếu"). */
    totalsBy?: string;
    /** When the figures were due (results/late.ts dueDayOf): a figure sent after it is marked. */
    due?: DueDay;
    /** Each group's first day (results/early.ts eventStartOf): a figure sent before it is marked. */
    startOf?: EventStart;
  },
  query: { q?: string; sort?: string },
  links: { assets: string; admin: string; reportPdf: string; reportXlsx: string },
  /** Where the page is read: the studio's office never sees campaign.yaml (unlisted-said.ts). */
  place: 'serve' | 'studio' = 'serve',
  /** The studio's lines of the measures taken out of its Chỉ tiêu field, by id (unlisted-said.ts). */
  retiredLines?: ReadonlyMap<string, string>,
) {
  const unit = unitTermOf(ward.ward);
  const first = service.measures[0];
  // The line is the rate's: of the groups in the list with a base, as the totals' rate is.
  const rated = first
    ? new Set(groups.filter((g) => (baseOf(g, first) ?? 0) > 0).map((g) => g.id))
    : undefined;
  const progress = first ? await readProgress(service.db, service.campaign, first.id, rated) : [];
  const latest = await readLatest(service.db, service.campaign);
  const standings = standingsOf(groups, service.measures, latest);
  const due = dueOf(standings, service.measures);
  // Figures of groups or measures the campaign no longer has: kept, not counted, said (qa9 Q9).
  const unlisted = await readUnlisted(
    service.db,
    service.campaign,
    latest,
    groups,
    service.measures,
  );
  const ids = service.measures.map((m) => m.id);
  // Nothing ranked (no group with a base for the first measure): no rank to sort by or show.
  const ranked = standings.rows.some((r) => r.rank !== undefined);
  const key = query.sort === 'hang' && !ranked ? 'to' : (query.sort ?? (ranked ? 'hang' : 'to'));
  const search = searchOf(query.q ?? '');
  const rows = sorted(standings.rows, key, ids).filter((r) =>
    matches(search, `${r.group.name} ${r.group.id} ${r.group.leader ?? ''}`),
  );
  // Two groups of the same name each with its id, as the report prints them (told-apart.ts).
  const nameOf = toldApart(groups);
  const chart = chartOf(standings, (name, id) => nameOf({ id, name }));
  // The marks after the ward's rates and the notes they refer to, as the report prints them.
  const marked = {
    rows: standings.rows.map((r) => ({ above: r.cells.map((c) => c.above === true) })),
    totals: standings.totals,
    measures: service.measures,
  };
  const marks = noteMarks(marked);
  // Each measure's target word ("chỉ tiêu", "dự kiến"): a row's "vượt chỉ tiêu".
  const targetWords = service.measures.map((m) => targetWord(m) ?? '');
  const noted = service.measures.map((m) => ({
    label: m.label,
    unit: baseUnit(m),
    valueUnit: reportedUnit(m),
    targetWord: targetWord(m) ?? '',
    baseName: baseName(m),
  }));
  const sortLink = (k: string) =>
    `?sap-xep=${encodeURIComponent(k)}${query.q ? `&q=${encodeURIComponent(query.q)}` : ''}`;
  const lastReportAt =
    standings.rows
      .map((r) => r.updated ?? '')
      .sort()
      .at(-1) || undefined;
  const toConfirm = { offTarget: offTargetItems(standings), oldList: oldListItems(standings) };
  return {
    assets: links.assets,
    admin: links.admin,
    reportPdf: links.reportPdf,
    reportXlsx: links.reportXlsx,
    ward: ward.ward,
    office: ward.office,
    // The header as the other pages say it: "Công an xã An Khánh", not "Công an xã · xã An Khánh".
    officeInText: officeInText(ward.office, ward.ward),
    officeSaysWard: officeSaysWard(ward.office, ward.ward),
    term: ward.term,
    /** "phường", "xã"…: the unit "toàn …" means. */
    unit,
    /** Sentences naming the figures stored for groups or measures no longer in the campaign. */
    unlisted: unlistedSaid(unlisted, ward.term, place, retiredLines, service.measures),
    /** The groups of the first of them, each with its id: the studio links their pages. */
    unlistedGroups: unlisted.groups.map((g) => ({ id: g.id, name: unlistedGroupName(g) })),
    /** The figures far out of line with their targets, to check before the report (offTargetItems). */
    offTarget: toConfirm.offTarget.map((f) => f.said),
    /** The figures sent against the groups list before it changed (oldListItems). */
    oldList: toConfirm.oldList.filter((f) => !f.rebased).map((f) => f.said),
    /** Those sent before the office gave their measure another base (qa58b M3), said apart. */
    rebased: toConfirm.oldList.filter((f) => f.rebased).map((f) => f.said),
    /** The same two lists with what each one's confirmation form sends (/admin/ket-qua). */
    toConfirm,
    search: { query: query.q ?? '' },
    sort: key,
    sorts: [
      ...(ranked
        ? [{ key: 'hang', label: 'Xếp hạng', href: sortLink('hang'), current: key === 'hang' }]
        : []),
      {
        key: 'to',
        label: `Thứ tự ${ward.term.short}`,
        href: sortLink('to'),
        current: key === 'to',
      },
      ...service.measures.map((m) => ({
        key: `ty-le-${m.id}`,
        label: m.label,
        href: sortLink(`ty-le-${m.id}`),
        current: key === `ty-le-${m.id}`,
      })),
      {
        key: 'cap-nhat',
        label: 'Mới cập nhật',
        href: sortLink('cap-nhat'),
        current: key === 'cap-nhat',
      },
    ],
    measures: service.measures.map((m) => ({
      label: m.label,
      of: baseUnit(m),
      // What the groups a rate counts have, as the report names it: a target's word ("các tổ có
      // chỉ tiêu"), else "số cử tri" (qa23 #10).
      baseName: baseName(m),
      // What a figure counts ("người", "cử tri"), said after one with no base (countedOf).
      noun: countedOf(m).noun,
    })),
    rankBy: first ? rateLabel(first) : '',
    /** Some group is ranked: the table has its "Hạng" column (as the report's has). */
    ranked,
    /** Per measure, some group has its base: its cells have a rate (the report's "Tỷ lệ (%)"). */
    rated: standings.totals.map((t) => t.base !== undefined),
    /** Why nothing is ranked when the first line has no rate and another has (unrankedWhy). */
    unranked: unrankedWhy(service.measures, groups),
    // A group with nothing to do that sent nothing is neither counted nor listed (nothing-to-do.ts).
    total: due.total,
    reported: due.reported,
    /** When the latest figure of any group was set (ISO), undefined before the first. */
    lastReportAt,
    /** The same, as the page says it ("08:05 ngày 20/10/2025"); '' before the first. */
    lastReport: lastReportAt ? wardTimeSaid(lastReportAt) : '',
    rows: rows.map((r) => {
      // A mixed commune's thôn has a "Trưởng thôn", its tổ dân phố a "Tổ trưởng", as their
      // papers say (h-q10 item 4).
      const own = groupOwnTerm(ward.group_term, r.group.name, ward.term);
      return {
        id: r.group.id,
        name: nameOf(r.group),
        leader: r.group.leader ?? '',
        /** The group's head's title: "Trưởng thôn", "Tổ trưởng". */
        Leader: own.Leader,
        rank: r.rank ?? '',
        cells: r.cells.map((c, i) => ({
          value: c.figure ? formatCount(c.figure.value) : '',
          // A figure above its group's base, a rate over 100 %: marked, not ranked, and the
          // page's note under the table says why.
          rate: c.above ? `${formatRate(c.rate)}${ABOVE_MARK}` : formatRate(c.rate),
          source: c.figure ? sourceLabel(c.figure.source, own) : '',
          // Far out of line with its target: flagged for the office to check (qa24 F2), until
          // the office confirms it (standings.ts `unchecked`).
          check: c.oldList
            ? c.oldList.of === undefined
              ? 'báo cáo theo danh sách cũ, cần kiểm tra'
              : 'báo cáo khi chỉ tiêu còn tính theo cách cũ, cần kiểm tra'
            : c.offTarget && c.unchecked
              ? `${offTargetShort(c.offTarget)}, cần kiểm tra`
              : '',
          // Over its target, as the report's closing list and the spreadsheet's note say it;
          // not while the figure is yet to be checked (the report does not call it good news).
          over: c.over && !c.unchecked ? `vượt ${targetWords[i] ?? ''}` : '',
        })),
        // A group with nothing to do that sent nothing is not "Chưa báo cáo" (nothing-to-do.ts).
        updated: r.updated
          ? formatTime(r.updated)
          : due.idle.includes(r.group)
            ? 'Không có gì phải báo cáo'
            : '',
        // Sent after the campaign's last day: said beside the time (qa43 m5).
        late: ward.due && sentLate(r.cells, ward.due) ? lateSaid(ward.due) : '',
        // Sent before the group's event (qa54 p4): taken, and said the same way.
        early: earlyOfRow(r.cells, ward.startOf?.(r.group)),
        missing: !r.updated && !due.idle.includes(r.group),
      };
    }),
    /** The note under the table on the figures marked "*", '' when no figure is above its base. */
    aboveNote: aboveNote(
      standings.measures,
      standings.rows.map((r) => r.cells),
      ward.term.short,
    ),
    /**
     * The notes on ward rates taken over the groups with a base only, each after its mark, as the
     * report prints them under its table ("(**) Tỷ lệ … tính trên các tổ có số nhân khẩu …").
     */
    ratedNotes: standings.totals.flatMap((t, i) => {
      const m = noted[i];
      const note = m ? ratedNote(marks.rated[i] ?? '', m, t, unit, ward.term.short) : '';
      return note ? [note] : [];
    }),
    /**
     * The totals per area of the campaign's `totals_by` column (results/areas.ts), undefined
     * when it names none or a column the list does not have (the build warns of that).
     */
    areas:
      ward.totalsBy && hasColumn(groups, ward.totalsBy)
        ? {
            column: ward.totalsBy,
            rows: areaTotalsOf(groups, service.measures, latest, ward.totalsBy).map((a) => ({
              name: a.name || `Chưa ghi ${ward.totalsBy?.toLocaleLowerCase('vi')}`,
              groups: a.groups,
              reported: a.reported,
              // Each with its measure's words, for a template's loop over the cells.
              cells: a.totals.map((t, i) => ({
                ...totalView(t, ward.term.short, service.measures[i]),
                label: service.measures[i]?.label ?? '',
                of: service.measures[i] ? baseUnit(service.measures[i]) : '',
                baseName: service.measures[i] ? baseName(service.measures[i]) : '',
                noun: service.measures[i] ? countedOf(service.measures[i]).noun : '',
              })),
            })),
          }
        : undefined,
    /**
     * While groups are still reporting, the label of the table's "Toàn phường" row, whose rates
     * count them as 0, as the headline says it ("tính 3 tổ chưa báo cáo là 0"); '' once all have.
     */
    pending: pendingSaid(standings.totals, ward.term.short),
    /** The same, of the "Toàn phường theo thời gian" chart's measure (the first). */
    progressPending: pendingSaid([standings.totals[0]], ward.term.short),
    totals: standings.totals.map((t, i) => ({
      ...totalView(t, ward.term.short, service.measures[i]),
      /** The rate's marks in the totals of the ward (the report's general results): "*". */
      aboveMark: t.rate === undefined ? '' : aboveMarkOf(marked, marks, i),
      /** The rate's marks in the table's totals row: "*", "**", "(*)(**)". */
      marks: t.rate === undefined ? '' : totalMarksOf(marked, marks, i),
    })),
    missing: due.missing.map((g) => ({
      id: g.id,
      name: nameOf(g),
      leader: g.leader ?? '',
      phone: g.phone ?? '',
    })),
    progress: progressSvg(
      progress,
      standings.totals[0]?.base,
      [
        `Tỷ lệ ${first ? rateLabel(first).toLocaleLowerCase('vi') : ''} của toàn ${unit} theo thời gian`,
        pendingSaid([standings.totals[0]], ward.term.short),
      ]
        .filter(Boolean)
        .join(', '),
    ),
    chart: chart.bars.length
      ? chartHtml(
          chart,
          `Tỷ lệ ${first ? rateLabel(first).toLocaleLowerCase('vi') : ''} của các ${ward.term.short}`,
        )
      : '',
  };
}

/** "gửi trước ngày diễn ra 14/12/2026" beside a group's time, '' when it sent nothing early. */
const earlyOfRow = (cells: Parameters<typeof sentEarly>[0], starts: string | undefined) =>
  starts !== undefined && sentEarly(cells, starts) ? earlySaid(starts) : '';
