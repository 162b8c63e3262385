/**
 * Results: what makes a group's figures acceptable, before anything is stored. In: the
 * campaign's measures, the group, the figures given. Out: the problems, each naming its
 * measure, for the caller to word (the leader's page in Vietnamese, the CLI in English).
 *
 * A figure is a number ≥ 0: a whole one for a count (people, households, things), one with at
 * most two decimals for a quantity ("95,5 kg": model/measure-base.ts isQuantity). A figure
 * above what it counts — the group's population for a count of people, its households for a
 * count of households — is most often a typo (an extra 0), so it is refused unless the
 * submitter confirms it (new residents, a stale groups file).
 * A list without a population still bounds a count of people: by its voters ("Số cử tri", an
 * election's list), else by ten people a household (qa5 G13: 20.000 voters saved for a thôn of
 * 198 households and 560 voters, without a word).
 */
import type { Campaign } from '../load/campaign.js';
import { normaliseHeader } from '../load/groups/columns.js';
import type { Group } from '../load/types.js';
import { formatFigure } from '../model/format.js';
import {
  baseColumnOf,
  baseName,
  baseOf,
  baseUnit,
  countedOf,
  isAmount,
  isQuantity,
  isTarget,
  knownCount,
  measuredColumn,
  moneyScaleOf,
  reportedUnit,
  targetWord,
  zeroBase,
} from '../model/measure-base.js';
import { isFigure } from './figure-text.js';
import { zeroBaseSaid } from './unrated-said.js';

export type Measure = Campaign['measures'][number];

export type FigureProblem =
  | { kind: 'unknown-measure'; measure: string }
  | { kind: 'not-a-count'; measure: string }
  /** A count with a decimal part: "2,5" people. */
  | { kind: 'fraction'; measure: string }
  /** A quantity with more than two decimals, or written with marks that cannot be told apart. */
  | { kind: 'decimals'; measure: string }
  | { kind: 'negative'; measure: string }
  /** Digits only, but more of them than any count of a group can have (a slip of the finger). */
  | { kind: 'too-large'; measure: string }
  | {
      kind: 'above';
      measure: string;
      /** The group's name: the office's page and the results file name it. */
      group: string;
      value: number;
      limit: number;
      /** What `limit` is: the group's population, voters or households, or ten people a household. */
      base: FigureBase;
      /** What the limit counts, after a figure: "nhân khẩu", "hộ", "cử tri" (a column's). */
      unit: string;
      /** What a column's limit is called (model/measure-base.ts baseName): "số cử tri", "kinh phí". */
      name?: string;
    }
  /**
   * Far out of line with the group's target (offTargetOf): most often a typing slip, so asked
   * to be confirmed, as a figure above the population is.
   */
  | ({ kind: 'off-target'; measure: string; group: string; value: number } & OffTarget);

/**
 * What a figure above its base is above, named as a sentence names it ("lớn hơn số cử tri"): the
 * population's "số nhân khẩu", the households' "số hộ", a column's name ("số cử tri", "kinh phí").
 * The results import's tick names these, not always "số nhân khẩu hoặc số hộ" (qa25 F6).
 */
export function aboveName(p: Extract<FigureProblem, { kind: 'above' }>): string {
  switch (p.base) {
    case 'population':
      return 'số nhân khẩu';
    case 'voters':
      return 'số cử tri';
    case 'households':
    case 'people-per-household':
      return 'số hộ';
    case 'column':
      return p.name ?? `số ${p.unit}`;
  }
}

/**
 * What a figure is checked against: the count column the measure names ("Số cử tri"; `unit` is
 * what it counts, "cử tri"), the population, voters, households, or ten people a household.
 */
export type FigureBase = 'population' | 'voters' | 'households' | 'people-per-household' | 'column';

/** More people than this a household is no count of a group's residents (a typo's extra 0). */
export const MAX_PEOPLE_PER_HOUSEHOLD = 10;

/** A voters column's header, folded: "Số cử tri", "Tổng số cử tri", "Cử tri". */
const VOTERS_HEADER = /^(?:tong )?(?:so )?cu tri$/;

/**
 * The group's voters from a column the groups file names so, when its cell is a count; a 0 is
 * not known, as in a measure's own base column (qa20 finding 3: "50 lớn hơn số cử tri … (0)").
 */
export function votersOf(group: Pick<Group, 'columns'>): number | undefined {
  for (const [header, cell] of Object.entries(group.columns ?? {})) {
    if (!VOTERS_HEADER.test(normaliseHeader(header))) continue;
    const count = knownCount(cell);
    if (count !== undefined) return count;
  }
  return undefined;
}

type Limit = { limit: number; base: FigureBase; unit: string; name?: string };

/**
 * The most a measure's figure can plausibly be for the group, and what that is. A column's own
 * figure first; a group whose cell is empty (or 0: not known, model/measure-base.ts) is bounded
 * as what the column counts: households by the group's households, people by its population;
 * things ("Số chó") by nothing the list knows. So is a target's, whatever its cell.
 */
function limitOf(group: Group, m: Measure): Limit | undefined {
  // A target ("Chỉ tiêu (người)") bounds nothing: going over it is the point (qa19).
  const own = baseColumnOf(m) === undefined || isTarget(m) ? undefined : baseOf(group, m);
  if (own !== undefined)
    return { limit: own, base: 'column', unit: baseUnit(m), name: baseName(m) };
  // A plain count (absentees: `people-count`) is of the group's people or households all the
  // same: 7,000 absentees in a tổ of 700 people is a slip (review57a #4).
  const kind =
    m.of === 'people-count'
      ? 'people'
      : m.of === 'households-count'
        ? 'households'
        : countedOf(m).kind;
  if (kind === 'things') return undefined;
  if (kind === 'households') {
    return group.households === undefined
      ? undefined
      : { limit: group.households, base: 'households', unit: 'hộ' };
  }
  if (group.population !== undefined) {
    return { limit: group.population, base: 'population', unit: 'nhân khẩu' };
  }
  const voters = votersOf(group);
  if (voters !== undefined) return { limit: voters, base: 'voters', unit: 'cử tri' };
  return group.households
    ? {
        limit: group.households * MAX_PEOPLE_PER_HOUSEHOLD,
        base: 'people-per-household',
        unit: 'hộ',
      }
    : undefined;
}

export function figureProblems(
  measures: readonly Measure[],
  group: Group,
  values: Readonly<Record<string, number>>,
  confirmed: boolean,
): FigureProblem[] {
  const byId = new Map(measures.map((m) => [m.id, m]));
  return Object.entries(values).flatMap(([id, value]): FigureProblem[] => {
    const m = byId.get(id);
    if (!m) return [{ kind: 'unknown-measure', measure: id }];
    if (!isFigure(value, isQuantity(m))) {
      const kind = !Number.isFinite(value)
        ? 'not-a-count'
        : value < 0
          ? 'negative'
          : value >= 1e13
            ? 'too-large'
            : isQuantity(m)
              ? 'decimals'
              : 'fraction';
      return [{ kind, measure: id }];
    }
    const bound = limitOf(group, m);
    if (!confirmed && bound && value > bound.limit) {
      return [{ kind: 'above', measure: id, group: group.name, value, ...bound }];
    }
    return [];
  });
}

/**
 * How far out of line with its target a figure may be before the leader is asked whether it is
 * right (qa24 F2). A sum of money is not a count of people signing up: a tổ that raises three
 * times its quota is rare, while one zero too many (10×) or a sum typed in thousands ("9.500"
 * for 9.500.000: 0,1 %) is an everyday slip; 3× leaves room for a generous tổ (150–200 % is
 * seen) and 1 % for one that has just started (a few hundred thousand đồng of millions), and
 * 0 đồng is a true "nothing yet". For any other target ("Chỉ tiêu (người)", "Khối lượng dự
 * kiến (kg)") going over is good news (README › Participation results), so only a figure ten
 * times the target — an extra 0 — is asked about, and a low one never is (a sign-up that has
 * barely started is no slip). A sum taken against a sum the list gives that is no target
 * ("Kinh phí (đồng)": a budget handed down) is asked about under 1 % as a target's is (qa25
 * F3: "4.500" typed for 4.500.000); over it, it is above its base (figureProblems).
 */
export const MONEY_HIGH_TIMES = 3;
export const MONEY_LOW_SHARE = 0.01;
export const TARGET_HIGH_TIMES = 10;

/** A figure far out of line with its target: how many times the target, and the target. */
export interface OffTarget {
  /** value / target (Infinity when the target is 0: `zero`). */
  times: number;
  /** Below MONEY_LOW_SHARE of the target (a sum typed in thousands), rather than far above. */
  low: boolean;
  /**
   * The list gives the group a base of 0 ("Kinh phí (đồng)" = 0, "Chỉ tiêu" = 0, "0 hộ nghèo":
   * model/measure-base.ts zeroBase) and the figure is more than 0 (qa25 F3: 1.000.000 đồng
   * handed out in a thôn given no money): asked about, as a figure far off its target is.
   */
  zero: boolean;
  target: number;
  /**
   * What the target is called: a target's word ("chỉ tiêu", "dự kiến", "kế hoạch"), else the
   * base's name (model/measure-base.ts baseName: "kinh phí", "số hộ nghèo, cận nghèo").
   */
  word: string;
  /** The target's unit, after a figure: "đồng", "người". */
  unit: string;
  /** What the figure counts, after it ("đồng", "suất quà đã trao"): reportedUnit. */
  valueUnit: string;
  /** How many đồng a unit is, when the measure counts money (1 for "đồng"). */
  money?: number;
  /**
   * A sum in đồng with nothing in the list to weigh it against (no target, no budget: a fee or a
   * fund drive) so small that it reads as typed in thousands ("28.800" for 28.800.000, qa43 M3):
   * under THIN_PER_HOUSEHOLD đồng for each household the list gives the group, or under
   * THIN_GROUP_SUM for a group the list gives none. `target` is then that least sum.
   */
  thin?: { households?: number };
}

/**
 * The least believable sum of a fee or fund drive without a target (qa43 M3), per household of
 * the group as the list counts them: a ward's fees are tens of thousands of đồng per household
 * a month (20.000–30.000 for refuse collection), a fund's least gift 10.000–50.000; even when
 * one household in twenty has paid, the sum is over 1.000 đồng per household of the tổ, while
 * a sum typed in thousands is a thousandth of it (28.800 for 150 households: 192 đồng each).
 * Without the households: 100.000 đồng for the whole tổ, a couple of households' fee. The
 * campaign holds no amount to weigh against (its `payment` is where to pay, not how much).
 */
export const THIN_PER_HOUSEHOLD = 1000;
export const THIN_GROUP_SUM = 100_000;

/** A sum in whole đồng with nothing to weigh it against, under the least believable (OffTarget `thin`). */
function thinSum(
  group: Pick<Group, 'households'>,
  value: number,
  said: Omit<OffTarget, 'times' | 'low' | 'zero' | 'target'>,
): OffTarget | undefined {
  const households =
    group.households !== undefined && group.households > 0 ? group.households : undefined;
  const least = households === undefined ? THIN_GROUP_SUM : households * THIN_PER_HOUSEHOLD;
  if (value <= 0 || value >= least) return undefined;
  return {
    times: value / least,
    low: true,
    zero: false,
    target: least,
    ...said,
    thin: households === undefined ? {} : { households },
  };
}

/** "10", "3,3": how many times a target a figure is, to a tenth under 10, whole from 10. */
export const timesSaid = (times: number) =>
  formatFigure(times >= 10 ? Math.round(times) : Math.round(times * 10) / 10);

/**
 * Whether a figure far over its target is likely a zero too many: ten times or more, as said
 * ("gấp 10 lần"); 3 to 10 times a sum's target has no zero in question (review32 F10). Every
 * surface that asks or warns words it by this.
 */
export const zerosInQuestion = (o: { low: boolean; times: number; zero?: boolean }) =>
  !o.low && !o.zero && Math.round(o.times * 10) / 10 >= 10;

/** "gấp 10 lần chỉ tiêu", "chưa bằng 1% chỉ tiêu", "danh sách ghi kinh phí bằng 0": how far a figure is from its target. */
export function offTargetShort(o: OffTarget): string {
  if (o.zero) return `danh sách ghi ${zeroBaseSaid(o.word)}`;
  if (o.thin)
    return o.thin.households === undefined
      ? `chưa đến ${formatFigure(THIN_GROUP_SUM)} đồng`
      : `chưa đến ${formatFigure(THIN_PER_HOUSEHOLD)} đồng mỗi hộ của ${formatFigure(o.thin.households)} hộ`;
  if (o.low) return `chưa bằng 1% ${o.word}`;
  return `gấp ${timesSaid(o.times)} lần ${o.word}`;
}

/**
 * The figure's distance from the group's target when it is far out of line; else undefined. The
 * one rule every surface asks, flags and warns by: the leader's form, Kết quả, /admin/ket-qua
 * and a results file's import.
 */
export function offTargetOf(group: Group, m: Measure, value: number): OffTarget | undefined {
  const target = targetWord(m);
  const money = moneyScaleOf(m);
  // A sum against a sum the list gives (no target): only its low side is asked here.
  const sum = target === undefined && money !== undefined ? measuredColumn(m) : undefined;
  const word = target ?? (sum ? baseName(m) : undefined);
  const said = {
    word: word ?? baseName(m),
    unit: sum?.unit ?? baseUnit(m),
    valueUnit: reportedUnit(m),
    ...(money === undefined ? {} : { money }),
  };
  if (value > 0 && zeroBase(group, m))
    return { times: Number.POSITIVE_INFINITY, low: false, zero: true, target: 0, ...said };
  // A sum in đồng with nothing to weigh it against: asked when it is too small to be believed.
  if (word === undefined && money === 1 && isAmount(m)) return thinSum(group, value, said);
  const base = word === undefined ? undefined : baseOf(group, m);
  if (word === undefined || base === undefined || base <= 0) return undefined;
  const times = value / base;
  const high =
    target !== undefined && times >= (money === undefined ? TARGET_HIGH_TIMES : MONEY_HIGH_TIMES);
  const low = money !== undefined && value > 0 && times < MONEY_LOW_SHARE;
  if (!high && !low) return undefined;
  return { times, low, zero: false, target: base, ...said };
}

/** The figures far out of line with their targets (offTargetOf), to be confirmed. */
export function offTargetProblems(
  measures: readonly Measure[],
  group: Group,
  values: Readonly<Record<string, number>>,
): FigureProblem[] {
  return measures.flatMap((m): FigureProblem[] => {
    const value = values[m.id];
    const off = value === undefined ? undefined : offTargetOf(group, m, value);
    return off && value !== undefined
      ? [{ kind: 'off-target', measure: m.id, group: group.name, value, ...off }]
      : [];
  });
}

/**
 * What a leader's or the office's form must ask before storing (figures typed by hand): unless
 * confirmed, a figure far out of line with its target (offTargetProblems) together with every
 * other problem of the figures (figureProblems), so one tick answers all. The store itself
 * checks only figureProblems: a results file is the office's own count, flagged on Kết quả.
 */
export function askedProblems(
  measures: readonly Measure[],
  group: Group,
  values: Readonly<Record<string, number>>,
  confirmed: boolean,
): FigureProblem[] {
  if (confirmed) return [];
  const off = offTargetProblems(measures, group, values);
  return off.length ? [...figureProblems(measures, group, values, false), ...off] : [];
}

/** A problem the submitter may answer by ticking "the figure is right". */
export const needsConfirm = (p: FigureProblem) => p.kind === 'above' || p.kind === 'off-target';

/** Refused figures: nothing of the submission was stored. */
export class FiguresRefused extends Error {
  override readonly name = 'FiguresRefused';
  constructor(readonly problems: readonly FigureProblem[]) {
    super(`figures refused: ${problems.map((p) => `${p.measure} ${p.kind}`).join(', ')}`);
  }
}
