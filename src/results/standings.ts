/**
 * Results → model: the ward's table of figures, shared by the office's page and the report so
 * both say the same numbers. In: the groups in ward order, the campaign's measures, the current
 * figures. Out: per group its figures and rates, the ward's totals, the ranking, and who has not
 * reported.
 *
 * A rate is rounded once, here, to a tenth of a percent, and kept as a whole number of tenths:
 * the ranking compares the rounded rates, so two groups shown with the same rate share a rank
 * (competition ranking, 1-2-2-4), as the prize rule reads the published table. The first measure
 * ranks (the contest's participants / population).
 */
import type { Group } from '../load/types.js';
import { groupThousands, roundFigure, sumFigures } from '../model/format.js';
import { baseOf, isTarget, zeroBase } from '../model/measure-base.js';
import { type Measure, type OffTarget, offTargetOf } from './figures.js';
import { hasNothingToDo } from './nothing-to-do.js';
import type { Figure, LatestFigures } from './results-store.js';

export interface Cell {
  figure?: Figure;
  /** The rate in tenths of a percent (123 = 12,3%); undefined without a figure or a base. */
  rate?: number;
  /**
   * The figure is above its base (more participants than the list's population): stored only
   * when confirmed (figures.ts), yet unusual, so every table marks it for the office to see. It
   * is not ranked (qa21 #9: "102,9*" topped the table the ward chairman reads first, above a
   * real 100 %): kept out of the ranking and the chart until the list (or the figure) is
   * checked, as the note under the table says (above-note.ts).
   */
  above?: true;
  /** Over its target ("Chỉ tiêu (người)": model/measure-base.ts isTarget): good news, unmarked. */
  over?: true;
  /**
   * Above its base, yet not confirmed when stored: the list's figure was lowered (or first
   * given) after the report, so the note under a table must not say "đã được xác nhận".
   */
  unconfirmed?: true;
  /**
   * Far out of line with its target (figures.ts offTargetOf: a sum of money 10 times its quota,
   * or typed in thousands), confirmed by who gave it or imported from a file: flagged on the
   * office's pages for the office to check before the report goes out (qa24 F2).
   */
  offTarget?: OffTarget;
  /**
   * Far out of line with its target (`offTarget`) and not confirmed by the office (officeChecked):
   * a leader's tick, an imported file, are not the office's check. Counted in the totals (said
   * there how much), yet not ranked, and marked "chưa xác nhận" in the report and its
   * spreadsheet until the office confirms it or corrects it (a 150.000.000 typed for 15.000.000
   * topped the signed report's ranking unmarked).
   */
  unchecked?: true;
  /**
   * Sent against another list: the group's base (its target, households…) was `base` when the
   * figure was sent, and a new groups list changed it — a tổ split, two merged, a target
   * corrected (qa26 F1, F5). `name`: the group's name then, when it was another. Its rate is not
   * what the leader reported against, so the figure is `unchecked` too (not ranked, said apart
   * in the totals) until the office confirms it on the group's page or enters it again, or the
   * leader sends it again: a figure stored now keeps the list's base of now. `of`: the measure's
   * base then (its `of`), when the office has since given the measure another (qa58b M3): the
   * figure is said as sent against the measure's old base, not an old list.
   */
  oldList?: { base: number; name?: string; of?: string };
}

/**
 * The office confirmed the figure: it typed or kept it on the group's page, answering "the
 * figures are right" to the question its form asked (studio/routes-results-entry.ts). A leader's
 * own tick or an imported file is not the office's check of a figure far out of line.
 */
export const officeChecked = (f: Pick<Figure, 'source' | 'confirmed'>) =>
  f.source === 'office' && f.confirmed;

export interface GroupStanding {
  group: Group;
  /** One per measure, in the campaign's order. */
  cells: Cell[];
  /** By the first measure's rate; undefined when the group has no rate for it. */
  rank?: number;
  /** The latest time any of its figures was set. */
  updated?: string;
}

export interface Total {
  /** Every reported figure's sum. */
  value: number;
  /** The ward's population (or households): every group's, reported or not. */
  base?: number;
  /** The rated figures (`value` less `unrated`'s) over `base`. */
  rate?: number;
  /** How many groups reported this measure. */
  groups: number;
  /**
   * Figures of groups the list gives no base for (no households or population), when others
   * have one: in `value`, not in the rate, and said beside it. `zero`: how many of those groups
   * have a base of 0 in the list (a target of 0, "0 trẻ cần tiêm": zeroBase), said apart from
   * those with none.
   */
  unrated?: { value: number; groups: number; zero: number };
  /**
   * With no `base` (no group has one): how many reported groups have a base of 0 in the list
   * (model/measure-base.ts zeroBase), said beside the figure; absent when none.
   */
  zero?: number;
  /**
   * While some groups with a base have not reported this measure (election night: 1 of 7 tổ):
   * the rate over the groups that did, as the office's headline says it first ("94,2% ở 1 tổ
   * đã báo cáo"), beside the ward's rate, which counts the groups yet to report as 0. `groups`:
   * the reported groups with a base; `pending`: every group yet to report (with a base or not,
   * as the list of those yet to report counts them), the groups the ward's rate counts as 0. Absent
   * when every group with a base has reported, or none has.
   */
  reporting?: {
    value: number;
    base: number;
    rate?: number;
    groups: number;
    pending: number;
    /**
     * Of `value`, the figures the office has not confirmed (Cell `unchecked`) and their groups;
     * `base` and `rate` over the other reported groups only (their groups left out of both the
     * figure and the base, as Total `unchecked` rate is): the rate said as a claim does not rest
     * on a figure yet to check, nor is pulled down by a target whose figure is left out
     * (review34 #4). `rate` absent when every reported group's figure is unconfirmed: no rate to
     * claim. Absent when none of the reported is.
     */
    unchecked?: { value: number; groups: number; base: number; rate?: number };
  };
  /**
   * Of `value`, the figures far out of line with their targets the office has not confirmed
   * (Cell `unchecked`): how much, and of how many groups; absent when none. `rate`: the total's
   * rate without them, their groups left out of both the figure and the base (the report says
   * it, and no "vượt chỉ tiêu" unless it is over too: a figure not yet checked is no good news);
   * absent without a rate, or when the rate holds none of them (their groups have no base).
   * `only`: every figure the rate holds is unconfirmed, so there is no rate without them.
   * `oldList`: how many of those groups' figures were sent against another groups list (Cell
   * `oldList`), said as such; `rebased`: of those, how many were sent against the measure's old
   * base (Cell `oldList.of`).
   */
  unchecked?: {
    value: number;
    groups: number;
    rate?: number;
    only?: true;
    oldList?: number;
    rebased?: number;
  };
}

export interface Standings {
  measures: readonly Measure[];
  /** Ward order. */
  rows: GroupStanding[];
  totals: Total[];
  /** Groups with no figure at all. */
  missing: Group[];
  /** Ward order of the ranked groups, best first (rank ties keep ward order). */
  ranked: GroupStanding[];
}

/** value / base in tenths of a percent, rounded half up; undefined without a positive base. */
export function rateOf(value: number, base: number | undefined): number | undefined {
  if (base === undefined || base <= 0) return undefined;
  return Math.round((value * 1000) / base);
}

/** The mark a figure above its base carries beside its rate, explained under the table. */
export const ABOVE_MARK = '*';

/**
 * 123 → "12,3%": a Vietnamese reader's decimal comma, and its thousands dot (10000 → "1.000,0%",
 * qa24 F7). The one formatter of a rate: the report, its spreadsheet's notes, Kết quả, the
 * leader's "Đã lưu" line.
 */
export function formatRate(rate: number | undefined): string {
  if (rate === undefined) return '';
  return `${groupThousands(Math.floor(rate / 10))},${rate % 10}%`;
}

export function standingsOf(
  groups: readonly Group[],
  measures: readonly Measure[],
  latest: LatestFigures,
): Standings {
  const target = measures.map(isTarget);
  const rows: GroupStanding[] = groups.map((group) => {
    const figures = latest.get(group.id);
    const cells = measures.map((m, i): Cell => {
      const figure = figures?.get(m.id);
      if (!figure) return {};
      const base = baseOf(group, m);
      const rate = rateOf(figure.value, base);
      const off = offTargetOf(group, m, figure.value);
      // Sent while the measure had another base (hộ → a column "Số hộ nguy cơ cao"): the office
      // changed the measure, not the list (qa58b M3).
      const rebased = figure.of !== undefined && figure.of !== m.of;
      const old =
        figure.base !== undefined && (figure.base !== base || rebased)
          ? {
              oldList: {
                base: figure.base,
                ...(figure.name && figure.name !== group.name ? { name: figure.name } : {}),
                ...(rebased ? { of: figure.of } : {}),
              },
              unchecked: true as const,
            }
          : {};
      const flagged = {
        ...(off
          ? { offTarget: off, ...(officeChecked(figure) ? {} : { unchecked: true as const }) }
          : {}),
        ...old,
      };
      if (rate === undefined || base === undefined || figure.value <= base)
        return { figure, rate, ...flagged };
      if (target[i]) return { figure, rate, over: true, ...flagged };
      return {
        figure,
        rate,
        ...flagged,
        above: true,
        ...(figure.confirmed ? {} : { unconfirmed: true as const }),
      };
    });
    const times = cells.flatMap((c) => (c.figure ? [c.figure.at] : [])).sort();
    return { group, cells, updated: times.at(-1) };
  });
  const ranked = rows
    .filter((r) => r.cells[0]?.rate !== undefined && !r.cells[0]?.above && !r.cells[0]?.unchecked)
    .sort((a, b) => (b.cells[0]?.rate ?? 0) - (a.cells[0]?.rate ?? 0));
  ranked.forEach((r, i) => {
    const previous = ranked[i - 1];
    r.rank = previous && previous.cells[0]?.rate === r.cells[0]?.rate ? previous.rank : i + 1;
  });
  const totals = measures.map((m, i): Total => {
    const reported = rows.filter((r) => r.cells[i]?.figure);
    // In hundredths: a quantity's 0,1 + 0,2 is 0,3 (model/format.ts sumFigures).
    const sum = (rs: readonly GroupStanding[]) =>
      sumFigures(rs.map((r) => r.cells[i]?.figure?.value ?? 0));
    const value = sum(reported);
    const doubtful = reported.filter((r) => r.cells[i]?.unchecked);
    const old = doubtful.filter((r) => r.cells[i]?.oldList).length;
    const rebased = doubtful.filter((r) => r.cells[i]?.oldList?.of !== undefined).length;
    const unchecked = doubtful.length
      ? {
          unchecked: {
            value: sum(doubtful),
            groups: doubtful.length,
            ...(old ? { oldList: old } : {}),
            ...(rebased ? { rebased } : {}),
          },
        }
      : {};
    const bases = groups.map((g) => baseOf(g, m));
    const base = bases.some((b) => b !== undefined)
      ? sumFigures(bases.map((b) => b ?? 0))
      : undefined;
    if (base === undefined) {
      // No group has a base, yet some reported with one of 0 (zeroBase): said, not silent.
      const zero = reported.filter((r) => zeroBase(r.group, m)).length;
      return { value, groups: reported.length, ...(zero ? { zero } : {}), ...unchecked };
    }
    // A figure counts toward the ward's rate only with its group's base in the sum under it:
    // figures of groups with none made "122/100 hộ, 122,0%" (qa9 Q4).
    // Only figures the rate leaves out are said: a group without a base that reported 0 takes
    // nothing from it ("không tính 0 hộ … của 1 thôn": qa19).
    const unbased = reported.filter(
      (r) => !((baseOf(r.group, m) ?? 0) > 0) && (r.cells[i]?.figure?.value ?? 0) > 0,
    );
    // Of them, those whose base the list gives as 0 (zeroBase): said apart.
    const zero = unbased.filter((r) => zeroBase(r.group, m)).length;
    const unrated = unbased.length
      ? { value: sum(unbased), groups: unbased.length, zero }
      : undefined;
    const rated = roundFigure(value - (unrated?.value ?? 0));
    const rate = rateOf(rated, base);
    const reporting = reportingOf(rows, i, m, measures);
    // The rate without the unchecked figures the rate holds (not those of groups with no base),
    // their groups' bases left out too, as the reported groups' rate is (reportingOf).
    const inRate = doubtful.filter((r) => !unbased.includes(r));
    const confirmedIn = reported.filter((r) => !unbased.includes(r) && !inRate.includes(r));
    const only = inRate.length > 0 && confirmedIn.length === 0;
    const uncheckedRate =
      inRate.length && !only
        ? rateOf(
            roundFigure(rated - sum(inRate)),
            roundFigure(base - sumFigures(inRate.map((r) => baseOf(r.group, m) ?? 0))),
          )
        : undefined;
    return {
      value,
      base,
      rate,
      groups: reported.length,
      ...(unrated ? { unrated } : {}),
      ...(reporting ? { reporting } : {}),
      ...(unchecked.unchecked
        ? {
            unchecked: {
              ...unchecked.unchecked,
              ...(uncheckedRate === undefined ? {} : { rate: uncheckedRate }),
              ...(only ? { only: true as const } : {}),
            },
          }
        : {}),
    };
  });
  const missing = rows.filter((r) => r.cells.every((c) => !c.figure)).map((r) => r.group);
  return { measures, rows, totals, missing, ranked };
}

/**
 * The rate of measure `i` over the groups with a base that reported it, while others with one
 * have not (Total `reporting`); undefined once all have, or before any has.
 */
function reportingOf(
  rows: readonly GroupStanding[],
  i: number,
  m: Measure,
  measures: readonly Measure[],
): Total['reporting'] | undefined {
  const based = rows.filter((r) => (baseOf(r.group, m) ?? 0) > 0);
  const done = based.filter((r) => r.cells[i]?.figure);
  if (done.length === 0 || done.length === based.length) return undefined;
  // Every group yet to report, a base of 0 or none in the list too: the label "tính 3 tổ chưa
  // báo cáo là 0" agrees with the page's "Chưa báo cáo (3 tổ)" (qa54 M5: it said 2, Tổ 3's "Số
  // hộ kinh doanh thực phẩm" being 0), and counting those as 0 changes no sum. A group the list
  // gives nothing to do (every base 0, nothing sent) is listed as late nowhere (nothing-to-do.ts,
  // qa56 p4): not counted here either.
  const pending = rows.filter(
    (r) =>
      !r.cells[i]?.figure &&
      !(r.cells.every((c) => !c?.figure) && hasNothingToDo(r.group, measures)),
  ).length;
  const value = sumFigures(done.map((r) => r.cells[i]?.figure?.value ?? 0));
  const base = sumFigures(done.map((r) => baseOf(r.group, m) ?? 0));
  const doubtful = done.filter((r) => r.cells[i]?.unchecked);
  const left = sumFigures(doubtful.map((r) => r.cells[i]?.figure?.value ?? 0));
  // Over the groups whose figures count: the others' figures and targets both left out.
  const kept = roundFigure(base - sumFigures(doubtful.map((r) => baseOf(r.group, m) ?? 0)));
  const rate = doubtful.length < done.length ? rateOf(roundFigure(value - left), kept) : undefined;
  const unchecked = doubtful.length
    ? {
        unchecked: {
          value: left,
          groups: doubtful.length,
          base: kept,
          ...(rate === undefined ? {} : { rate }),
        },
      }
    : {};
  return { value, base, rate: rateOf(value, base), groups: done.length, pending, ...unchecked };
}

/** Ranked groups first, best first; then the rest, in ward order (ties keep ward order too). */
export function byRank(rows: readonly GroupStanding[]): GroupStanding[] {
  const order = new Map(rows.map((r, i) => [r, i]));
  const last = Number.MAX_SAFE_INTEGER;
  return [...rows].sort(
    (a, b) => (a.rank ?? last) - (b.rank ?? last) || (order.get(a) ?? 0) - (order.get(b) ?? 0),
  );
}
