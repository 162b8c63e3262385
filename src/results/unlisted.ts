/**
 * Results: figures the store holds that the campaign no longer counts — of groups no longer in
 * the groups list (a new file left them out, or gave them other ids), and of measures the
 * campaign no longer has (an id changed or removed in campaign.yaml). Nothing is deleted (the
 * store is append-only): once the group or the measure id is back, its figures count again. In:
 * the current figures, the groups list, the campaign's measures. Out: what to tell the office
 * (the studio's and serve's Kết quả, the studio's saves, `report` on stderr), so that 12 groups'
 * figures never vanish from the report without a word (qa9 Q9).
 */
import { withoutLeadingZeros } from '../load/groups/leading-zeros.js';
import type { Group } from '../load/types.js';
import type { StoreDb } from '../store/open-store.js';
import type { Measure } from './figures.js';
import { type LatestFigures, readGroupNames } from './results-store.js';

export interface Unlisted {
  /**
   * Groups with figures, not in the list: their id and the name they were reported under, and
   * the listed id that is theirs but for leading zeros ("01" reported, "1" listed: Excel drops
   * them when it saves a list as CSV; qa10 Q1).
   */
  groups: {
    id: string;
    name?: string;
    listedAs?: string;
    /** Its current figures, measure id → figure (qa26 F2: said with the group). */
    values?: Record<string, number>;
  }[];
  /** Measure ids with figures (of groups in the list or not) that the campaign does not have. */
  measures: { id: string; groups: number }[];
}

export function unlistedOf(
  latest: LatestFigures,
  groups: readonly Pick<Group, 'id'>[],
  measures: readonly Pick<Measure, 'id'>[],
): Unlisted {
  const listed = new Set(groups.map((g) => g.id));
  const unpadded = new Map(groups.map((g) => [withoutLeadingZeros(g.id), g.id]));
  const known = new Set(measures.map((m) => m.id));
  const byMeasure = new Map<string, number>();
  const out: Unlisted = { groups: [], measures: [] };
  for (const [id, figures] of latest) {
    if (!listed.has(id)) {
      const listedAs = unpadded.get(withoutLeadingZeros(id));
      const values = Object.fromEntries([...figures].map(([m, f]) => [m, f.value]));
      out.groups.push(listedAs === undefined ? { id, values } : { id, listedAs, values });
    }
    for (const m of figures.keys()) {
      if (!known.has(m)) byMeasure.set(m, (byMeasure.get(m) ?? 0) + 1);
    }
  }
  out.groups.sort((a, b) => a.id.localeCompare(b.id, 'vi', { numeric: true }));
  out.measures = [...byMeasure]
    .map(([id, n]) => ({ id, groups: n }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return out;
}

/** The same, the groups named as they were when they reported. */
export async function readUnlisted(
  db: StoreDb,
  campaign: string,
  latest: LatestFigures,
  groups: readonly Pick<Group, 'id'>[],
  measures: readonly Pick<Measure, 'id'>[],
): Promise<Unlisted> {
  const found = unlistedOf(latest, groups, measures);
  const names = await readGroupNames(
    db,
    campaign,
    found.groups.map((g) => g.id),
  );
  found.groups = found.groups.map((g) => ({ ...g, name: names.get(g.id) }));
  return found;
}

export const isEmpty = (u: Unlisted) => u.groups.length === 0 && u.measures.length === 0;

/**
 * A group named for the office: "Tổ dân phố số 21 (mã 21)", or "mã 21" with no name kept; with
 * the listed id that differs only by leading zeros: "(mã 01, danh sách nay ghi “1”)".
 */
export const unlistedGroupName = (g: Unlisted['groups'][number]) => {
  const id =
    g.listedAs === undefined ? `mã ${g.id}` : `mã ${g.id}, danh sách nay ghi “${g.listedAs}”`;
  return g.name ? `${g.name} (${id})` : id;
};
