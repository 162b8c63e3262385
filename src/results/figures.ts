/**
 * Results: what makes a group's figures acceptable, before anything is stored. In: the
 * campaign's measures, the group, the figures given. Out: the problems, each naming its
 * measure, for the caller to word (the leader's page in Vietnamese, the CLI in English).
 *
 * A figure is a whole number ≥ 0. A figure above what it counts — the group's population for
 * a count of people, its households for a count of households — is most often a typo (an extra
 * 0), so it is refused unless the submitter confirms it (new residents, a stale groups file).
 */
import type { Campaign } from '../load/campaign.js';
import type { Group } from '../load/types.js';

export type Measure = Campaign['measures'][number];

export type FigureProblem =
  | { kind: 'unknown-measure'; measure: string }
  | { kind: 'not-a-count'; measure: string }
  /** Digits only, but more of them than any count of a group can have (a slip of the finger). */
  | { kind: 'too-large'; measure: string }
  | { kind: 'above'; measure: string; value: number; limit: number; of: Measure['of'] };

/** The group's figure a measure's rate is taken against (undefined when the file has none). */
export function baseOf(group: Pick<Group, 'population' | 'households'>, m: Measure) {
  return m.of === 'people' ? group.population : group.households;
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
    if (!Number.isSafeInteger(value) || value < 0) return [{ kind: 'not-a-count', measure: id }];
    const limit = baseOf(group, m);
    if (!confirmed && limit !== undefined && value > limit) {
      return [{ kind: 'above', measure: id, value, limit, of: m.of }];
    }
    return [];
  });
}

/** Refused figures: nothing of the submission was stored. */
export class FiguresRefused extends Error {
  override readonly name = 'FiguresRefused';
  constructor(readonly problems: readonly FigureProblem[]) {
    super(`figures refused: ${problems.map((p) => `${p.measure} ${p.kind}`).join(', ')}`);
  }
}
