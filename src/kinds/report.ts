/**
 * Kind "report": the ward's report of results (báo cáo kết quả) — one document for the ward, not
 * one per group, so it is not in the registry's per-group list; `phuong-print report` and the
 * office's button render it. Laid out as the notice (Decree 30/2020/NĐ-CP): the same header,
 * number and date, then the document's name "BÁO CÁO" and its subject centred, the body, the
 * per-group table (figures, rates, rank, the ward's totals), the bar chart of the rates drawn as
 * vector rectangles in rate order, and the signature beside "Nơi nhận".
 */

import { drawParagraph, paragraphHeight, widestLine } from '../layout/draw-text.js';
import { Flow } from '../layout/flow.js';
import { type Surface, tagged } from '../layout/surface.js';
import type { TableCell } from '../layout/table.js';
import { drawColumn } from '../layout/text-column.js';
import { MM, type TextStyle } from '../layout/text-model.js';
import type { Campaign } from '../load/campaign.js';
import { writtenDay } from '../load/day-first.js';
import { finalRemark } from '../load/remark.js';
import { buildContext, type DocContext } from '../model/context.js';
import { figureDecimals, formatFigure, formatFigureTo } from '../model/format.js';
import {
  groupOwnTerm,
  innermostUnitWordOf,
  leadersOf,
  MIXED_GROUP_TERM,
  unitWordOf,
} from '../model/group-term.js';
import { isAmount, rateLabel } from '../model/measure-base.js';
import { tickText } from '../results/chart.js';
import { earlyBefore } from '../results/early.js';
import { lastDayOf, lateAfter } from '../results/late.js';
import { aboveMarkOf, type NoteMarks, noteMarks, totalMarksOf } from '../results/note-marks.js';
import { pendingSaid, wardRowLabel } from '../results/pending-said.js';
import {
  columnLabel,
  farFromWord,
  figureLabel,
  type ReportData,
  rateNumber,
  reportingLead,
  reportingRateSaid,
  totalOver,
  uncheckedSaid,
  uncheckedTotalSaid,
  unlistedReportSaid,
} from '../results/report-model.js';
import { formatRate, type Total } from '../results/standings.js';
import { unratedWho, zeroBaseSaid } from '../results/unrated-said.js';
import type { Run } from '../template/blocks.js';
import type { DocumentKind, RenderInput } from './kind.js';
import {
  A4,
  CONTENT_W,
  drawBody,
  drawHeader,
  drawRecipients,
  MARGIN,
  PARA_GAP,
  S,
  signature,
  subjectRule,
  TABLE_STYLE,
} from './notice.js';

const TITLE: TextStyle = { family: 'serif', size: 14, leading: 1.2, align: 'center', bold: true };
const CELL: TextStyle = { family: 'serif', size: 11, leading: 1.15, align: 'left' };
const HEAD: TextStyle = { ...CELL, size: 10, align: 'center', bold: true };
const CHART_LABEL: TextStyle = { family: 'serif', size: 10, leading: 1.1, align: 'right' };
const CHART_VALUE: TextStyle = { family: 'serif', size: 10, leading: 1.1, align: 'left' };
const CHART_TICK: TextStyle = { family: 'serif', size: 9, leading: 1, align: 'center' };
/** The bars' colour: a dark grey that prints the same on a black-and-white office printer. */
export const BAR_COLOR = '#4d4d4d';
const BAR_ROW = 5.2 * MM;

/** The report's data as the kind reads it, next to the notice's context. */
export interface ReportContext extends DocContext {
  /** What the template prints: figures with thousands grouped, rates with a decimal comma. */
  report: Omit<ReportData, 'totals' | 'missing' | 'idle' | 'rankBy' | 'areas'> & {
    totals: {
      label: string;
      value: string;
      base: string;
      unit: string;
      /** What the figure counts ("trẻ đã được tiêm"), `unit` being its base's ("trẻ cần tiêm"). */
      valueUnit: string;
      /** The total's word before "; riêng các tổ…" (`totalUnit`). */
      totalUnit: string;
      rate: string;
      /** How many groups reported it (0: the total is no figure). */
      groups: number;
      /**
       * Fewer groups gave this figure than reported at all: "2 tổ đã báo cáo", said after a plain
       * total as the office's Kết quả page says it (qa55 M1: "29 túi" read as of 3 tổ); else ''.
       */
      fewer: string;
      /** The figures the rate is of, when some groups have no base (else empty). */
      rated: string;
      /** The figures of groups with no base, and how many such groups (0: none). */
      unratedValue: string;
      unratedGroups: number;
      /** Who those groups are: "3 tổ chưa có chỉ tiêu", "…, 2 tổ có chỉ tiêu bằng 0". */
      unratedWho: string;
      /** What a figure counts ("người", "cử tri"): said after the figure when there is no base. */
      noun: string;
      /** No group has a base, some a target of 0: "2 tổ có chỉ tiêu bằng 0"; else ''. */
      zero: string;
      /** The base is a target ("Chỉ tiêu (người)"): "đạt 86,7% chỉ tiêu", not "đạt tỷ lệ". */
      target: boolean;
      /** A target's word: "chỉ tiêu", an estimate's "dự kiến", a plan's "kế hoạch". */
      targetWord: string;
      /** A target's total is over it ("vượt chỉ tiêu"). */
      over: boolean;
      /** What a group's base is called: "số học sinh", a target's "chỉ tiêu". */
      baseName: string;
      /**
       * The mark of the note under the table saying this measure's ward rate is over the groups
       * with a base only ("**"), '' when it is over all (noteMarks).
       */
      mark: string;
      /**
       * While some groups with a base have not reported: the rate over those that did, as the
       * line says it first ("tỷ lệ 94,2% ở 1 tổ đã báo cáo (340/361 cử tri)"); '' otherwise.
       */
      reporting: string;
      /** How many groups with a base have not reported it (the ward's rate counts them as 0). */
      pending: number;
      /**
       * Of the sum, the figures far out of line with their targets the office has not confirmed
       * (standings.ts Total `unchecked`), and the rate without them, said in the line
       * (report-model.ts uncheckedTotalSaid); '' when none is.
       */
      unchecked: string;
    }[];
    /**
     * The totals per area of the campaign's `totals_by` column, each area's measures said in one
     * line (`said`), "Kết quả chung"'s lines after the ward's; undefined without the column.
     */
    areas?: {
      column: string;
      /** The column's header as said in a sentence: "khu vực bỏ phiếu". */
      lower: string;
      rows: { name: string; groups: number; reported: number; said: string }[];
      /** "Số cử tri đã đi bầu theo khu vực bỏ phiếu"; several measures: "Theo khu vực bỏ phiếu". */
      heading: string;
    };
    /** What the ranking's rate is over: "tổng số học sinh", a target's "chỉ tiêu". */
    rankOver: string;
    /** What a group without a rate lacks in the list: "số học sinh", a target's "chỉ tiêu". */
    rankBase: string;
    /** Some group has a rank: the table has its "Hạng" column, its heading says how it ranks. */
    ranked: boolean;
    /**
     * No group of the list has the ranking measure's base (qa21 #2: "Số nhân khẩu" empty in
     * every row): no rate, no rank, said once for the list rather than group by group.
     */
    noBase: boolean;
    /**
     * Per measure taken against a target, the groups over it, in rank order (qa19: going over a
     * blood-donation quota is good news, said as such); measures with none left out.
     */
    overs: { label: string; word: string; groups: string; count: number }[];
    /**
     * Per measure taken against what a group must do ("Số hộ phải sơ tán"), the groups the list
     * gives 0 (nothing to do: "không có hộ phải sơ tán"), in ward order; measures with none left
     * out (qa21 #7: they were listed as lacking the figure).
     */
    nones: { unit: string; groups: string; count: number }[];
    /**
     * Per measure, the groups the list gives a base of 0 (a target of 0, "0 cử tri": zeroBase;
     * a due column's are `nones`'): no rate and no rank, said apart from the groups it gives
     * none; measures with none left out. `said`: "chỉ tiêu bằng 0", "0 cử tri". `label` names
     * the measure when there are several; `ranked`: the ranking's measure.
     */
    zeros: {
      baseName: string;
      said: string;
      label: string;
      ranked: boolean;
      groups: string;
      count: number;
    }[];
    missing: string;
    missingCount: number;
    /** The groups with nothing to do that sent nothing, joined: out of "đã báo cáo" ('' when none). */
    idle: string;
    /** The groups that sent a figure after it was due, joined ('' when none). */
    late: string;
    lateCount: number;
    /** "sau hạn báo cáo 08/12/2026", "sau ngày kết thúc 05/12/2026" ('' without a due day). */
    lateAfter: string;
    /**
     * "05/12/2026": the campaign's last day, for a copied template's "sau ngày kết thúc" line (''
     * for a contest, or without a due day); never the `report.deadline`.
     */
    lastDayOn: string;
    /**
     * The groups a leader sent a figure for before their first day (results/early.ts), joined:
     * "Tổ 2, Tổ 3" when they share the day `earlyBefore` names, else each with its own day, "Tổ
     * 2 (14/12/2026), Tổ 3 (15/12/2026)" ('' when none).
     */
    early: string;
    earlyCount: number;
    /** "trước ngày diễn ra 14/12/2026" when every early group's day is that one, else "trước ngày diễn ra". */
    earlyBefore: string;
    /**
     * The titles of the missing groups' heads, asked to report: "trưởng khu phố, trưởng ấp" (each
     * kind's own; never "trưởng khu dân cư", the word for all of a mixed list's groups).
     */
    missingLeaders: string;
    /** Groups that reported but have no rate: the groups file gives no population/households. */
    unrated: string;
    unratedCount: number;
    rankBy: string;
    /**
     * What the figures above their group's base are above, named ("số nhân khẩu", "số nhân khẩu,
     * số hộ", "số tiền phải thu"), for the note under the table; '' when none is (their rates carry "*").
     */
    above: string;
    /**
     * Every figure marked "*" was confirmed as it was stored; false when one is above a base
     * lowered after the group reported, and the note asks for the figure to be checked too.
     */
    aboveConfirmed: boolean;
    /** The mark of the note on figures above their base ("*"), '' when none is (noteMarks). */
    aboveMark: string;
    /**
     * A figure of the ranking's measure is above its base: its group is not ranked until the
     * list is checked (standings.ts `above`), which the note says.
     */
    aboveUnranked: boolean;
    /**
     * What the figures marked "chưa xác nhận" are far out of line with ("chỉ tiêu"): figures the
     * office has not confirmed (standings.ts `unchecked`); '' when none is.
     */
    unchecked: string;
    /** Such a figure is of the ranking's measure: its group is not ranked until checked. */
    uncheckedUnranked: boolean;
    /**
     * Some figure was sent against the groups list before a new one changed its group's target
     * (standings.ts `oldList`): marked "chưa xác nhận: báo cáo theo danh sách cũ (…)" beside its
     * group, explained under the table; `oldListUnranked`: one is of the ranking's measure.
     */
    oldList: boolean;
    oldListUnranked: boolean;
    /**
     * Some figure was sent before the office gave its measure another base (qa58b M3): marked
     * "chưa xác nhận: báo cáo khi chỉ tiêu còn tính theo …", explained under the table;
     * `rebasedUnranked`: one is of the ranking's measure.
     */
    rebased: boolean;
    rebasedUnranked: boolean;
    /**
     * The figures of groups no longer in the list, left out of the table and the totals, with
     * their sum (report-model.ts unlistedReportSaid); '' when none.
     */
    unlistedSaid: string;
    /**
     * The notice as the report cites it: "Thông báo số 12/TB-UBND ngày 10/02/2026", with only
     * what the notice printed — a draft's blank number and a day it never carried are left out
     * ("Thông báo"), not printed as "số      /TB-UBND" (qa7 D8; reportData's `uncited`).
     */
    cites: string;
  };
  /** The figures as the kind draws them. */
  figures: ReportData;
}

export { marksText, type NoteMarks, noteMarks } from '../results/note-marks.js';

/** Some group is ranked: the table has a "Hạng" column. */
const hasRanks = (data: Pick<ReportData, 'rows'>) => data.rows.some((r) => r.rank !== undefined);

/**
 * Some group of the list has measure `i`'s base (the ward's base is its groups'): else the
 * measure has no rate anywhere, and the table no "Tỷ lệ (%)" column for it (qa21 #2: a column
 * empty in every row, under a heading that promised a ranking).
 */
const hasBase = (data: Pick<ReportData, 'totals'>, i: number) => data.totals[i]?.base !== undefined;

/**
 * The heads of the groups yet to report, by their units' titles: "trưởng khu phố" when only khu
 * phố are missing, "trưởng khu phố, trưởng ấp" when both are (model/group-term.ts leadersOf); the
 * ward's word's title when no name says a unit.
 */
function missingLeaders(campaign: Campaign, data: Pick<ReportData, 'missing' | 'term'>): string {
  const words = data.missing.map((g) => {
    const own = groupOwnTerm(campaign.issuer.group_term, g.name, data.term).group;
    // The law's word for all kinds heads no one, but a group named "Khu dân cư Bến Xe" has its
    // "trưởng khu dân cư" (qa59 p1: left out, "Đề nghị các trưởng thôn" while it was late).
    return own === MIXED_GROUP_TERM && innermostUnitWordOf(g.name) !== MIXED_GROUP_TERM
      ? undefined
      : own;
  });
  return leadersOf(words) ?? data.term.leader;
}

export function reportContext(campaign: Campaign, data: ReportData): ReportContext {
  // The ward stands where a notice has its group: the report is the ward's, not a group's.
  const ward = buildContext(
    campaign,
    { id: '', name: campaign.issuer.ward, source: { file: '', row: 0 } },
    'phuong',
    undefined,
    data.term,
  );
  // The report speaks of all the groups: the ward's word, never the word a group whose name
  // says none is given (qa24 F1: beside 6 "Khu phố", 2 "Ấp" under the header "Khu phố / Ấp"
  // made the ward's name an "ấp", and the report "Số ấp đã báo cáo: 2/8 ấp").
  const ctx = { ...ward, term: data.term };
  const lower = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
  const [first] = data.measures;
  // Reported the ranking's figure, but the file has no base to make it a rate of: said, so the
  // group missing from the ranking and the chart is explained.
  // A group whose list says it has nothing to do lacks no figure: said apart (`nones`).
  // A sum first (a fund's "Số tiền đã thu (đồng)") has no rate, whatever the list holds: no group
  // lacks one, and the list lacks no column for it (qa43: "Danh sách chưa có số đồng …").
  const sumFirst = data.measures[0] !== undefined && isAmount(data.measures[0]);
  const unrated = sumFirst
    ? []
    : data.rows.filter(
        (r) => r.values[0] !== undefined && r.rates[0] === undefined && !r.none[0] && !r.zero[0],
      );
  const marks = noteMarks(data);
  return {
    ...ctx,
    figures: data,
    report: {
      ...data,
      rankBy: lower(data.rankBy),
      totals: data.measures.map((m, i) => {
        const t = data.totals[i];
        return {
          label: figureLabel(m),
          value: formatFigure(t?.value ?? 0),
          base: t?.base === undefined ? '' : formatFigure(t.base),
          unit: m.unit,
          valueUnit: m.valueUnit,
          totalUnit: totalUnit(m),
          // Marked as the table's total is: it holds a figure above its base (qa18).
          rate: `${formatRate(t?.rate)}${aboveMarkOf(data, marks, i)}`,
          mark: marks.rated[i] ?? '',
          groups: t?.groups ?? 0,
          fewer:
            t !== undefined && t.groups > 0 && t.groups < data.reported
              ? `${t.groups} ${data.term.short} đã báo cáo`
              : '',
          rated: t?.unrated ? formatFigure(t.value - t.unrated.value) : '',
          unratedValue: t?.unrated ? formatFigure(t.unrated.value) : '',
          unratedGroups: t?.unrated?.groups ?? 0,
          // "3 tổ chưa có chỉ tiêu", "1 tổ chưa có chỉ tiêu, 2 tổ có chỉ tiêu bằng 0".
          unratedWho: t?.unrated ? unratedWho(t.unrated, data.term.short, m.baseName) : '',
          // No group has a base: what a figure counts ("92 người"), and the targets of 0.
          noun: m.noun,
          zero: t?.zero
            ? unratedWho({ groups: t.groups, zero: t.zero }, data.term.short, m.baseName)
            : '',
          target: m.target,
          targetWord: m.targetWord,
          // Not when over only because of figures not yet confirmed (review33 #1).
          over: m.target && t !== undefined && totalOver(t),
          baseName: m.baseName,
          reporting: t?.reporting ? reportingSaid(m, t, t.reporting, data.term.short) : '',
          pending: t?.reporting?.pending ?? 0,
          // Of the sum, the figures far out of line with their targets not yet confirmed, and the
          // rate without them: "trong đó … chưa xác nhận (khác xa chỉ tiêu), nếu không tính …".
          unchecked: t ? uncheckedTotalSaid(m, t, data.term.short) : '',
        };
      }),
      areas: data.areas && {
        column: data.areas.column,
        lower: lower(data.areas.column),
        rows: data.areas.rows.map((a) => ({
          name: a.name || `Chưa ghi ${lower(data.areas?.column ?? '')}`,
          groups: a.groups,
          reported: a.reported,
          // One measure is named in the heading; several, each before its figures.
          said: data.measures
            .map((m, i) => {
              const t = a.totals[i];
              // The area's rate holds a figure above its base: marked as the ward's is (qa43 m6).
              const mark = data.rows.some((r) => (r.area ?? '') === a.name && r.above[i])
                ? marks.above
                : '';
              const said = t
                ? areaSaid(m, t, data.term.short, lower(data.areas?.column ?? ''), mark)
                : '';
              return data.measures.length === 1 ? said : `${lower(figureLabel(m))}: ${said}`;
            })
            .join('; '),
        })),
        heading:
          data.measures.length === 1
            ? `${data.measures[0]?.label ?? ''} theo ${lower(data.areas.column)}`
            : `Theo ${lower(data.areas.column)}`,
      },
      // "trên tổng kinh phí", not "tổng số đồng kinh phí" (baseName: "số nhân khẩu", "kinh phí").
      rankOver: first?.target
        ? first.targetWord
        : `tổng ${first?.baseName ?? `số ${data.rankUnit}`}`,
      rankBase: first ? first.baseName : '',
      ranked: hasRanks(data),
      // A list whose every group has nothing to do says so (`nones`), not that it lacks the base.
      noBase:
        first !== undefined &&
        !sumFirst &&
        !hasBase(data, 0) &&
        !data.rows.some((r) => r.none[0] || r.zero[0]),
      // A figure not yet confirmed (ten times its target: a zero too many?) is no good news.
      overs: data.measures.flatMap((m, i) => {
        const over = data.rows.filter((r) => r.over[i] && !r.unchecked[i]);
        return m.target && over.length
          ? [
              {
                label: lower(rateLabel(m)),
                word: m.targetWord,
                groups: over.map((r) => r.name).join(', '),
                count: over.length,
              },
            ]
          : [];
      }),
      nones: data.measures.flatMap((m, i) => {
        // Unranked (no rate), so in ward order (byRank).
        const none = data.rows.filter((r) => r.none[i]);
        return none.length
          ? [{ unit: m.unit, groups: none.map((r) => r.name).join(', '), count: none.length }]
          : [];
      }),
      // Groups whose base the list gives as 0 (a target of 0, "0 cử tri"): no rate, said apart
      // from those it gives none (model/measure-base.ts zeroBase); in ward order, as they are
      // unranked. A due column's 0 is `nones`' ("không có trẻ cần tiêm"), not said twice.
      zeros: data.measures.flatMap((m, i) => {
        const zero = data.rows.filter((r) => r.zero[i] && !r.none[i]);
        return zero.length
          ? [
              {
                baseName: m.baseName,
                said: zeroBaseSaid(m.baseName),
                label: data.measures.length > 1 ? lower(figureLabel(m)) : '',
                ranked: i === 0 && hasRanks(data),
                groups: zero.map((r) => r.name).join(', '),
                count: zero.length,
              },
            ]
          : [];
      }),
      missing: data.missing.map((g) => g.name).join(', '),
      idle: data.idle.map((g) => g.name).join(', '),
      missingCount: data.missing.length,
      // Groups that sent a figure after the campaign's last day (qa43 m5): named in the closing.
      ...lateOf(data, campaign),
      // Groups that sent a figure before their event (qa54 p4): taken, counted, and named.
      ...earlyOf(data),
      missingLeaders: missingLeaders(campaign, data),
      unrated: unrated.map((r) => r.name).join(', '),
      unratedCount: unrated.length,
      above: [
        ...new Set(
          data.measures.filter((_, i) => data.rows.some((r) => r.above[i])).map((m) => m.baseName),
        ),
      ].join(', '),
      aboveMark: marks.above,
      aboveUnranked: data.rows.some((r) => r.above[0]),
      // Every figure marked "*" was confirmed when stored: the note may say so (above-note.ts).
      aboveConfirmed: data.rows.every((r) => r.unconfirmed.every((u) => !u)),
      // Figures far out of line with their targets the office has not confirmed: marked beside
      // their group ("chưa xác nhận: gấp 10 lần chỉ tiêu"), explained under the table.
      unchecked: [
        ...new Set(
          data.measures
            .filter((_, i) =>
              data.rows.some((r) => r.unchecked[i] && !r.oldList[i] && !r.rebased[i]),
            )
            .map(farFromWord),
        ),
      ].join(', '),
      uncheckedUnranked: data.rows.some((r) => r.unchecked[0] && !r.oldList[0] && !r.rebased[0]),
      // Figures sent against the groups list before it changed (qa26 F1): explained apart.
      oldList: data.rows.some((r) => r.oldList.some(Boolean)),
      oldListUnranked: data.rows.some((r) => r.oldList[0]),
      // Figures sent before the office gave their measure another base (qa58b M3): likewise.
      rebased: data.rows.some((r) => r.rebased.some(Boolean)),
      rebasedUnranked: data.rows.some((r) => r.rebased[0]),
      unlistedSaid: unlistedReportSaid(data, data.term.short),
      cites: [
        ctx.noticeType.name,
        data.uncited.includes('number') ? '' : `số ${ctx.noticeNumber}`,
        data.uncited.includes('date') ? '' : `ngày ${ctx.issued.short}`,
      ]
        .filter(Boolean)
        .join(' '),
    },
  };
}

type ReportMeasure = ReportData['measures'][number];

/** A figure over its base: "340/361 cử tri", a target's "340 người/chỉ tiêu 361 người". */
const over = (m: ReportMeasure, value: number, base: number) =>
  m.target
    ? `${formatFigure(value)} ${m.unit}/${m.targetWord} ${formatFigure(base)} ${m.unit}`
    : `${formatFigure(value)}/${formatFigure(base)} ${m.unit}`;

/**
 * While some groups have not reported: the rate over those that did, said first in the ward's
 * line ("tỷ lệ 94,2% ở 1 tổ đã báo cáo (340/361 cử tri)"), as the office's pages say it; the
 * ward's rate follows, said as counting the others as 0 (report.hbs).
 */
function reportingSaid(
  m: ReportMeasure,
  t: Total,
  r: NonNullable<Total['reporting']>,
  short: string,
): string {
  // Figures the office has not confirmed are no part of the rate said as a claim: it is said
  // over the other groups, and that they are left out ("553,3%" of 2 tổ was one tổ's
  // 150.000.000 to check); none confirmed, no rate (report-model.ts reportingLead).
  const c = reportingLead(r, short);
  const rate = reportingRateSaid(c.rate);
  const lead =
    c.rate === undefined ? rate : m.target ? `đạt ${rate} ${m.targetWord}` : `tỷ lệ ${rate}`;
  // The rate counts only the reported groups with a base: when others reported too, the count
  // says which ("ở 1 tổ có số cử tri đã báo cáo", not "ở 1 tổ" beside 2 that reported).
  const which = t.groups > r.groups ? ` có ${m.baseName}` : '';
  return `${lead} ở ${r.groups} ${short}${which} đã báo cáo${c.left} (${over(m, c.value, c.base)})`;
}

/**
 * An area's total of a measure, as its line in "Kết quả chung" says it: its figure over its base
 * and rate; while some of its groups have not reported, their rate first, then the area's,
 * counting the others as 0, as the ward's line says it.
 */
function areaSaid(m: ReportMeasure, t: Total, short: string, column: string, mark = ''): string {
  if (t.groups === 0) return `chưa có ${short} nào báo cáo`;
  // Of its sum, the figures not yet confirmed: said as the ward's line says them.
  const unchecked = uncheckedTotalSaid(m, t, short);
  return `${areaFigures(m, t, short, column, mark)}${unchecked ? `; ${unchecked}` : ''}`;
}

function areaFigures(m: ReportMeasure, t: Total, short: string, column: string, mark = ''): string {
  // No group of the area has a base: its figure with what it counts ("10 người"), as a group's
  // is said, and its bases of 0 (zeroBase) named, not left silent.
  if (t.base === undefined)
    return `${formatFigure(t.value)} ${m.noun}${t.zero ? ` (${unratedWho({ groups: t.groups, zero: t.zero }, short, m.baseName)})` : ''}`;
  const rate = `${formatRate(t.rate)}${mark}`;
  const rated = t.unrated ? t.value - t.unrated.value : t.value;
  // Over its target: said as the ward's line and the groups' are ("vượt chỉ tiêu").
  const beyond = m.target && totalOver(t) ? `, vượt ${m.targetWord}` : '';
  // A rate with no target is a share, not an aim reached: "chiếm tỷ lệ 2,0%", as the ward's line
  // says it ("Số hộ nghèo: 10/495 hộ, đạt tỷ lệ 2,0%" read as a goal met, qa55 p6).
  const said = `${over(m, rated, t.base)}, ${m.target ? `đạt ${rate} ${m.targetWord}${beyond}` : `chiếm tỷ lệ ${rate}`}`;
  // Figures of its groups with no base: in its sum, not in its rate, said as the ward's line
  // says them ("580 cử tri; riêng các tổ có số cử tri trong danh sách: 380/400 cử tri, …"): the
  // figure with its noun only, the label before it already says what was counted.
  const whole = t.unrated
    ? `${formatFigure(t.value)} ${totalUnit(m)}; riêng các ${short} có ${m.baseName} trong danh sách: ${said} (không tính ${formatFigure(t.unrated.value)} ${m.valueUnit} của ${unratedWho(t.unrated, short, m.baseName)})`
    : said;
  if (!t.reporting) return whole;
  return `${reportingSaid(m, t, t.reporting, short)}; cả ${column}: ${whole} (tính ${t.reporting.pending} ${short} chưa báo cáo là 0)`;
}

/**
 * A total's word before "; riêng các tổ có … trong danh sách": its noun alone when what it
 * counts begins with it ("583 hộ" after the label "Số hộ đã rà soát", not "583 hộ đã rà soát",
 * qa55 p6; "350 người" beside "300/4.000 nhân khẩu"); else what it counts: "43 suất quà đã trao"
 * against households (not "43 hộ"), and "48 trẻ đã được tiêm" beside the rate's "45/48 trẻ cần
 * tiêm", whose unit begins with the same noun (qa24 F1: "48 trẻ" would blur the two).
 */
const totalUnit = (m: { noun: string; valueUnit: string; unit: string }): string =>
  (m.valueUnit === m.noun || m.valueUnit.startsWith(`${m.noun} `)) &&
  !m.unit.startsWith(`${m.noun} `)
    ? m.noun
    : m.valueUnit;

const text = (s: string): Run[] => [{ text: s }];

const NBSP = '\u00a0';

/**
 * A group's name as the report's narrow name column and the chart's labels break it: only
 * between its unit word, its proper name and a bracketed note ("Khu dân cư | Nguyễn Thị Minh
 * Khai", "Khu phố Tân Định 2 | (Đa Kao cũ)"), never inside a person's or a place's name ("Khu
 * dân cư Nguyễn | Thị Minh Khai" read as two names; h-q10 item 2). Each part's words are joined by
 * no-break spaces; a part wider than its column still breaks (layout/names.ts).
 */
export function groupNameRuns(name: string): Run[] {
  const whole = name.trim().replace(/\s+/g, ' ');
  const word = unitWordOf(whole);
  const rest = word ? whole.slice(word.length).trim() : whole;
  const note = finalRemark(rest);
  const parts = [
    word ? whole.slice(0, word.length) : '',
    note?.before ?? rest,
    note?.bracket ?? '',
  ];
  return text(
    parts
      .filter(Boolean)
      .map((p) => p.replace(/ /g, NBSP))
      .join(' '),
  );
}
const cell = (s: string, bold = false): TableCell => ({ runs: text(s), bold });

/**
 * A row's name cell: the name, then in italics what of its figures is not yet confirmed
 * ("(chưa xác nhận: gấp 10 lần chỉ tiêu)", uncheckedSaid), which wraps under the name.
 */
function nameRuns(data: ReportData, r: ReportData['rows'][number]): Run[] {
  const said = uncheckedSaid(data, r);
  return said
    ? [...groupNameRuns(r.name), { text: ` (${said})`, italic: true }]
    : groupNameRuns(r.name);
}

/**
 * The name column: 36 mm, wider when a name is wider than that, so that names stand on one line
 * (a 400-row report of "Bản Số 158 Mường Chiến Tả Phìn" took two lines a row and 33 pages, qa11
 * Q16); but never so wide that a measure's columns get narrower than their widest word or figure
 * (or MEASURE_MIN for the pair). Where a name still does not fit, it breaks between its unit word,
 * proper name and note (groupNameRuns), never inside a proper name: the column is at least as wide
 * as the widest of those parts.
 */
function nameColumnWidth(
  surface: Surface,
  data: ReportData,
  padX: number,
  room: number,
  measuresMin: number,
): number {
  let widestPart = 0;
  let widestWhole = 0;
  for (const r of data.rows) {
    const runs = groupNameRuns(r.name);
    widestWhole = Math.max(widestWhole, widestLine(surface, runs, CELL, 1000 * MM));
    for (const part of (runs[0]?.text ?? '').split(' ')) {
      widestPart = Math.max(widestPart, widestLine(surface, text(part), CELL, 1000 * MM));
    }
  }
  const need = (w: number) => Math.ceil(w + 2 * padX + 1);
  const floor = Math.max(36 * MM, need(widestPart));
  return Math.max(floor, Math.min(need(widestWhole), room - measuresMin));
}

/** The least a measure's figure and rate columns take together. */
const MEASURE_MIN = 24 * MM;

/**
 * A measure's column of figures as the table prints them: every figure, the totals' too, with as
 * many decimals as the most precise of them, so that right-aligned they line up on the decimal
 * comma ("1.250,5" over "1.250,0", qa54 p11), as report.xlsx's cells show them.
 */
function columnFigures(values: readonly (number | undefined)[], total: number | undefined) {
  const decimals = Math.max(
    0,
    ...[...values, total].map((v) => (v === undefined ? 0 : figureDecimals(v))),
  );
  return (n: number | undefined) => (n === undefined ? '' : formatFigureTo(n, decimals));
}

/** Measure `i`'s figures and its total, each as its column prints it. */
function figureCells(data: ReportData, i: number) {
  const total = data.totals[i];
  const shown = total?.groups ? total.value : undefined;
  const said = columnFigures(
    data.rows.map((r) => r.values[i]),
    shown,
  );
  return { rows: data.rows.map((r) => said(r.values[i])), total: said(shown) };
}

/**
 * Measure `i`'s target column ("Chỉ tiêu (trẻ)", as the groups list heads it and report.xlsx
 * does, qa54 p11), when it is taken against a target some group has: so that a group's rate can
 * be checked on paper. Its cells are the list's targets, a target of 0 as 0, and the ward's total.
 */
function targetCells(data: ReportData, i: number) {
  const m = data.measures[i];
  if (!m?.target || !hasBase(data, i)) return undefined;
  const bases = data.rows.map((r) => (r.zero[i] ? 0 : r.bases[i]));
  const total = data.totals[i]?.base;
  const said = columnFigures(bases, total);
  return { head: m.of, rows: bases.map(said), total: said(total) };
}

/**
 * The least widths of a measure's columns: their widest word or figure each (the totals row's
 * in bold, a ward rate with its marks), with padding; `target` 0 without a target column.
 */
function measureWidths(
  surface: Surface,
  data: ReportData,
  i: number,
  padX: number,
): { figure: number; rate: number; target: number } {
  const widest = (cells: string[], style: TextStyle) =>
    Math.max(
      0,
      ...cells.flatMap((s) =>
        s.split(/\s+/).map((w) => widestLine(surface, text(w), style, 1000 * MM)),
      ),
    );
  const m = data.measures[i];
  const label = m ? columnLabel(m) : '';
  const figures = figureCells(data, i);
  const marks = noteMarks(data);
  const rates = data.rows.map((r) => `${rateNumber(r.rates[i])}${r.above[i] ? marks.above : ''}`);
  const bold = { ...CELL, bold: true };
  const figure =
    Math.max(widest([label], HEAD), widest(figures.rows, CELL), widest([figures.total], bold)) +
    2 * padX;
  const rate =
    Math.max(
      widest(['Tỷ lệ (%)'], HEAD),
      widest(rates, CELL),
      widest([totalRateText(data, marks, i)], bold),
    ) +
    2 * padX;
  const targets = targetCells(data, i);
  const target = targets
    ? Math.max(
        widest([targets.head], HEAD),
        widest(targets.rows, CELL),
        widest([targets.total], bold),
      ) +
      2 * padX
    : 0;
  return { figure, rate, target };
}

/** The least width of a measure's columns together. */
function measureMinWidth(surface: Surface, data: ReportData, i: number, padX: number): number {
  const { figure, rate, target } = measureWidths(surface, data, i, padX);
  // A measure without a rate column (hasBase) has its figure's alone.
  return hasBase(data, i)
    ? Math.max(MEASURE_MIN, figure + rate) + target
    : Math.max(MEASURE_MIN / 2, figure);
}

/**
 * The ward's rate in the totals row with its marks: those of figures above their base it holds
 * and of its being taken over the groups with a base only (qa19: "910 | 94,2", where 94,2 % is
 * 758/805), each said under the table.
 */
function totalRateText(data: ReportData, marks: NoteMarks, i: number): string {
  const t = data.totals[i];
  if (!t || t.groups === 0) return '';
  // The row's own figure over its base, as the ward's line above and Kết quả give it (qa58b M2:
  // "122 … 22,2" beside 122/625 = 19,5 %); the note under the table says it holds the figures
  // the office has not confirmed, the line above the rate without them.
  return `${rateNumber(t.rate)}${totalMarksOf(data, marks, i)}`;
}

function drawTable(flow: Flow, data: ReportData): void {
  const marks = noteMarks(data);
  // A table no group is ranked in has no "Hạng" column, and a measure no group has a base for
  // no "Tỷ lệ (%)" column: a plain table of figures and totals (qa21 #2). A measure taken
  // against a target has the list's targets before its figures (targetCells).
  const ranked = hasRanks(data);
  const rated = data.measures.map((_, i) => hasBase(data, i));
  const figures = data.measures.map((_, i) => figureCells(data, i));
  const targets = data.measures.map((_, i) => targetCells(data, i));
  const measureCells = (i: number, target: TableCell, figure: TableCell, rate: TableCell) => [
    ...(targets[i] ? [target] : []),
    figure,
    ...(rated[i] ? [rate] : []),
  ];
  const head = [
    ...(ranked ? [cell('Hạng')] : []),
    cell(data.term.Group),
    ...data.measures.flatMap((m, i) =>
      measureCells(i, cell(targets[i]?.head ?? ''), cell(columnLabel(m)), cell('Tỷ lệ (%)')),
    ),
  ];
  const rows = data.rows.map((r, row) => [
    ...(ranked ? [cell(r.rank === undefined ? '' : String(r.rank))] : []),
    { runs: nameRuns(data, r), bold: false },
    ...data.measures.flatMap((_, i) =>
      measureCells(
        i,
        cell(targets[i]?.rows[row] ?? ''),
        cell(figures[i]?.rows[row] ?? ''),
        cell(`${rateNumber(r.rates[i])}${r.above[i] ? marks.above : ''}`),
      ),
    ),
  ]);
  const totals = [
    // While groups are still reporting, its rates count them as 0: said as the headline says it.
    {
      runs: text(wardRowLabel(data.unitTerm, pendingSaid(data.totals, data.term.short))),
      span: ranked ? 2 : 1,
      bold: true,
    },
    // A measure no group reported has no total (blank, as its groups' cells are), not a 0.
    // A total holding a figure above its base is marked as that figure is (qa18: "114,3" with
    // no mark, over 100 % only because of confirmed figures above their base); a rate over the
    // groups with a base only has its own mark (totalRateText). The ward's target is the sum
    // of the list's, reported or not, as the rate's base.
    ...data.totals.flatMap((t, i) =>
      t.groups === 0
        ? measureCells(i, cell(targets[i]?.total ?? '', true), cell(''), cell(''))
        : measureCells(
            i,
            cell(targets[i]?.total ?? '', true),
            cell(figures[i]?.total ?? '', true),
            cell(totalRateText(data, marks, i), true),
          ),
    ),
  ];
  const style = { ...TABLE_STYLE, head: HEAD, body: CELL };
  // Rank and name take what they need; the measures share the rest, a figure wider than its
  // rate: their long labels wrap in the header.
  const rankW = ranked ? 12 * MM : 0;
  const measuresMin = data.measures.reduce(
    (sum, _, i) => sum + measureMinWidth(flow.surface, data, i, style.padX),
    0,
  );
  const nameW = nameColumnWidth(
    flow.surface,
    data,
    style.padX,
    flow.frame.width - rankW,
    measuresMin,
  );
  // A target's column is as wide as its widest word or figure, taken before the measures share
  // the rest, so that a measure with one is not squeezed beside one without.
  const needs = data.measures.map((_, i) => measureWidths(flow.surface, data, i, style.padX));
  const targetWs = needs.map((need, i) => (targets[i] ? Math.max(need.target, TARGET_ROOM) : 0));
  const each =
    (flow.frame.width - rankW - nameW - targetWs.reduce((a, w) => a + w, 0)) /
    Math.max(1, data.measures.length);
  // A rate column wider than its share when a rate and its marks need it ("156,6(*)(**)" on
  // one line), as far as its figure's column can give. A measure's columns are as wide as what
  // they hold, not wider than FIGURE_ROOM and RATE_ROOM when that holds it: a table of one or two
  // measures is narrower than the page, centred (a lone figure column took the whole width).
  const widths = [
    ...(ranked ? [rankW] : []),
    nameW,
    ...data.measures.flatMap((_, i) => {
      const need = needs[i] ?? { figure: 0, rate: 0, target: 0 };
      if (!rated[i]) return [Math.min(each, Math.max(need.figure, FIGURE_ROOM))];
      const target = targetWs[i] ?? 0;
      const share = Math.min(
        each,
        Math.max(need.figure, FIGURE_ROOM) + Math.max(need.rate, RATE_ROOM),
      );
      const rate = Math.max(share * 0.44, Math.min(need.rate, share - need.figure));
      return [...(targets[i] ? [target] : []), share - rate, rate];
    }),
  ];
  const name = ranked ? 1 : 0;
  const columns = widths.map((width, c) => ({
    width,
    align: (c === name ? 'left' : c < name ? 'center' : 'right') as 'left' | 'center' | 'right',
  }));
  const spare = flow.frame.width - widths.reduce((a, w) => a + w, 0);
  flow.table({ columns, style }, head, [...rows, totals], {
    spaceAfter: PARA_GAP,
    ...(spare > 0.5 ? { insetLeft: spare / 2 } : {}),
  });
}

/** The least a target's column takes: "Chỉ tiêu" and a three-digit target with room. */
const TARGET_ROOM = 18 * MM;

/** The most a figure's column takes when its figures and label fit (a label wraps in it). */
const FIGURE_ROOM = 34 * MM;
/** The same of a rate's column: "Tỷ lệ (%)" and a rate with its marks. */
const RATE_ROOM = 22 * MM;

/**
 * The bars in rate order, best first: a scale on top, a label, a bar and its rate per group. A
 * tagged PDF reads the chart as a figure whose alternative text lists each group and its rate
 * (the table above has the figures).
 */
function drawChart(flow: Flow, data: ReportData): void {
  const alt = `Biểu đồ: ${data.chart.bars.map((b) => `${b.label} ${b.text}`).join('; ')}`;
  tagged(flow.surface, 'Figure', () => drawBars(flow, data), alt);
}

/**
 * The labels' column: 38 mm, wider when a label's widest part (its proper name, kept whole by
 * groupNameRuns) is wider, so that a name wraps between its parts and never inside a place's or
 * a person's name ("Khu phố Nậm Khắt Háng | Chua Xá số 10" at 400 groups); at most
 * LABEL_MAX of the width, the bars keeping the rest. A part wider still breaks between its words.
 */
function chartLabelWidth(surface: Surface, data: ReportData): number {
  let widest = 0;
  for (const bar of data.chart.bars)
    for (const part of (groupNameRuns(bar.label)[0]?.text ?? '').split(' '))
      widest = Math.max(widest, widestLine(surface, text(part), CHART_LABEL, 1000 * MM));
  return Math.min(CONTENT_W * LABEL_MAX, Math.max(38 * MM, Math.ceil(widest + 1)));
}
const LABEL_MAX = 0.45;

/** The scale's row over the bars. */
const SCALE_H = 6 * MM;

/** Each bar's row height: a long name wraps, its row grows to hold it. */
function barRowHeights(surface: Surface, data: ReportData): number[] {
  const labelW = chartLabelWidth(surface, data);
  return data.chart.bars.map((bar) =>
    Math.max(
      BAR_ROW,
      paragraphHeight(surface, groupNameRuns(bar.label), CHART_LABEL, labelW) + 1.6 * MM,
    ),
  );
}

/**
 * What the chart's title keeps with on its page (qa58 p8: 3 bars on page 1, the 4th alone with
 * its own scale on page 2): the whole chart when it fits on a page of its own, else its scale
 * and first two bars. The last two bars keep together in drawBars.
 */
function chartKeep(flow: Flow, data: ReportData): number {
  const rows = barRowHeights(flow.surface, data);
  const whole = SCALE_H + rows.reduce((a, b) => a + b, 0) + PARA_GAP;
  // The title's lines come on top of it: a page less room for them.
  const page = flow.frame.bottom - flow.frame.top - CHART_TITLE_ROOM;
  return whole <= page ? whole : SCALE_H + (rows[0] ?? 0) + (rows[1] ?? 0);
}
/** Room left on a page for the chart's title above the chart kept whole. */
const CHART_TITLE_ROOM = 20 * MM;

function drawBars(flow: Flow, data: ReportData): void {
  const { surface } = flow;
  const { chart } = data;
  const labelW = chartLabelWidth(surface, data);
  const rows = barRowHeights(surface, data);
  const gap = 2 * MM;
  const plotW = CONTENT_W - labelW - gap - 16 * MM;
  const left = MARGIN.left + labelW + gap;
  const xOf = (share: number) => left + share * plotW;
  const scale = () =>
    flow.keepTogether(SCALE_H, (_x, y) => {
      for (const t of chart.ticks) {
        const x = xOf(t / chart.top);
        drawParagraph(surface, text(tickText(t)), CHART_TICK, x - 10 * MM, y, 20 * MM);
        surface.strokeLine(x, y + 4 * MM, x, y + 6 * MM, 0.5, '#000000');
      }
    });
  scale();
  let page = flow.pageNumber;
  const barH = BAR_ROW - 1.6 * MM;
  for (const [i, bar] of chart.bars.entries()) {
    // A long name wraps: its row grows to hold it, the bar centred beside it.
    const label = groupNameRuns(bar.label);
    const labelH = paragraphHeight(surface, label, CHART_LABEL, labelW);
    const rowH = rows[i] ?? BAR_ROW;
    // The last bar never alone on a page under its own scale: the one before goes with it.
    flow.ensure(i === rows.length - 2 ? rowH + (rows[i + 1] ?? 0) : rowH);
    // A chart that runs onto another page has its scale again.
    if (flow.pageNumber !== page) {
      page = flow.pageNumber;
      scale();
    }
    flow.keepTogether(rowH, (x, y) => {
      const barY = y + (rowH - barH) / 2;
      drawParagraph(surface, label, CHART_LABEL, x, y + (rowH - labelH) / 2, labelW);
      surface.fillRects([[left, barY, bar.share * plotW, barH]], BAR_COLOR);
      drawParagraph(surface, text(bar.text), CHART_VALUE, xOf(bar.share) + 1.5 * MM, barY, 16 * MM);
      surface.strokeLine(left, y, left, y + rowH, 0.5, '#000000');
    });
  }
  flow.skip(PARA_GAP);
}

function draw(surface: Surface, input: RenderInput): void {
  const { sections } = input;
  const data = (input.ctx as ReportContext).figures;
  const flow = new Flow(
    surface,
    { left: MARGIN.left, top: MARGIN.top, width: CONTENT_W, bottom: A4[1] - MARGIN.bottom },
    (page) => {
      // Page numbers are not read (a tagged PDF's artifacts).
      if (page > 1)
        tagged(surface, 'Artifact', () =>
          drawParagraph(surface, text(String(page)), S.pageNumber, MARGIN.left, 9 * MM, CONTENT_W),
        );
    },
  );
  let y = drawHeader(surface, input) - 4 * MM;
  // "BÁO CÁO" and what it reports on are the document's title (H1 of a tagged PDF).
  tagged(surface, 'H1', () => {
    y += drawColumn(surface, sections.lines('title'), TITLE, MARGIN.left, y, CONTENT_W, null);
    const subject = sections.lines('title-subject');
    y += drawColumn(surface, subject, TITLE, MARGIN.left + 10 * MM, y, CONTENT_W - 20 * MM, null);
    tagged(surface, 'Artifact', () => subjectRule(surface, subject, TITLE, CONTENT_W - 20 * MM, y));
  });
  flow.y = y + 6 * MM;
  // "Kính gửi: Ủy ban nhân dân thành phố …": the body the report goes up to (qa43 M2); an older
  // template of the office's without the section has none.
  if (sections.has('recipients')) {
    drawRecipients(flow, input);
    flow.skip(4 * MM);
  }
  drawBody(flow, sections.blocks('body'), 0);
  drawTable(flow, data);
  // The note that explains the "*" of a figure above its base (an office's older template may
  // have no such section: the marks then stand alone).
  if (sections.has('table-note')) drawBody(flow, sections.blocks('table-note'), 0);
  if (data.chart.bars.length > 0) {
    drawBody(flow, sections.blocks('chart-title'), chartKeep(flow, data));
    drawChart(flow, data);
  }
  const sig = signature(flow, input);
  drawBody(flow, sections.blocks('closing'), sig.height);
  sig.draw();
}

export const report: DocumentKind = {
  name: 'report',
  template: 'report.hbs',
  family: 'serif',
  tagged: true,
  pageSize: () => A4,
  draw,
};

/**
 * The groups whose figures were sent before their first day, for the closing's line: one day
 * said once when they share it (a campaign's own `when`), else each group's beside its name.
 */
function earlyOf(data: ReportData) {
  const early = data.rows.filter((r) => r.early);
  const days = new Set(early.map((r) => r.early));
  const [day] = days;
  const one = days.size === 1 && day !== undefined;
  return {
    early: early
      .map((r) => (one || !r.early ? r.name : `${r.name} (${writtenDay(r.early)})`))
      .join(', '),
    earlyCount: early.length,
    earlyBefore: one ? earlyBefore(day) : 'trước ngày diễn ra',
  };
}

/**
 * The groups whose figures were sent after they were due, for the closing's line. `lastDayOn` is
 * what its name says, the campaign's last day, for a copied template's "sau ngày kết thúc" line:
 * with `report.deadline` set it is not that deadline (review46 #6), and a contest's is ''.
 */
function lateOf(data: ReportData, campaign: Campaign) {
  const late = data.due ? data.rows.filter((r) => r.late) : [];
  const lastDay = data.due?.deadline ? lastDayOf(campaign) : data.due?.day;
  return {
    late: late.map((r) => r.name).join(', '),
    lateCount: late.length,
    lateAfter: data.due ? lateAfter(data.due) : '',
    lastDayOn: lastDay ? writtenDay(lastDay) : '',
  };
}
