/**
 * Results: a file of figures (`report --results --data`) into the store. In: the file's rows
 * (load/results-file.ts), the time the file speaks for, and a key for the file. Out: what was
 * stored, and what was not and why.
 *
 * A file's figures are as of the row's own time when the file gives one, else of the file's
 * time, not of the moment it is imported: a leader's correction sent after that stays the current
 * figure — the file's older figure is not stored, and is named (qa9 Q3: the import's older figure
 * won because it was stored later).
 * A figure the store already holds is no new figure. Each row is stored under an id made of the
 * file's key and the group: the same file imported again stores nothing a second time, and the
 * group's history lists it once. All of it in one transaction.
 */
import type { Group } from '../load/types.js';
import type { StoreDb } from '../store/open-store.js';
import {
  type Figure,
  type ResultsScope,
  readLatest,
  recordAllIn,
  type Submission,
  storedIds,
} from './results-store.js';

export interface ImportRow {
  group: Group;
  values: Readonly<Record<string, number>>;
  /** The file's row, to name it. */
  row: number;
  /** The row's own time, when the file gives one: else the file's (`opts.at`). */
  at?: Date;
}

/** A figure of the file that the store has a newer one of: the newer one is kept. */
export interface KeptNewer {
  row: number;
  group: Group;
  measure: string;
  /** The file's figure, not stored. */
  value: number;
  /** The time the file's figure speaks for (ISO), and whether it is the row's own. */
  at: string;
  rowTime: boolean;
  kept: Figure;
}

export interface ImportOutcome {
  /** Rows whose figures (those that changed) were stored. */
  stored: number;
  /** Rows this same file stored before: nothing stored again. */
  already: number;
  /** Rows whose figures are all those stored already. */
  unchanged: number;
  newer: KeptNewer[];
}

/** The submission id of a file's row: the same file (key) and group is the same submission. */
export const importId = (campaign: string, key: string, groupId: string) =>
  `import:${campaign}:${key}:${groupId}`;

export async function importFigures(
  db: StoreDb,
  scope: ResultsScope,
  rows: readonly ImportRow[],
  opts: {
    /** The file's content and time (e.g. a hash of both): the same key is the same import. */
    key: string;
    /** The time the file's figures speak for (its last change). */
    at: Date;
    confirmed: boolean;
  },
): Promise<ImportOutcome> {
  return db.transaction().execute(async (tx) => {
    const latest = await readLatest(tx, scope.campaign);
    const ids = rows.map((r) => importId(scope.campaign, opts.key, r.group.id));
    const known = await storedIds(tx, ids);
    const outcome: ImportOutcome = { stored: 0, already: 0, unchanged: 0, newer: [] };
    const submissions: Submission[] = [];
    rows.forEach((r, i) => {
      const id = ids[i] as string;
      if (known.has(id)) {
        outcome.already++;
        return;
      }
      const when = r.at ?? opts.at;
      const at = when.toISOString();
      const current = latest.get(r.group.id);
      const changed: Record<string, number> = {};
      for (const [measure, value] of Object.entries(r.values)) {
        const kept = current?.get(measure);
        if (kept && kept.at > at) {
          if (kept.value !== value)
            outcome.newer.push({
              row: r.row,
              group: r.group,
              measure,
              value,
              at,
              rowTime: !!r.at,
              kept,
            });
        } else if (kept?.value !== value) changed[measure] = value;
      }
      if (Object.keys(changed).length === 0) {
        if (!outcome.newer.some((n) => n.row === r.row)) outcome.unchanged++;
        return;
      }
      submissions.push({
        group: r.group,
        values: changed,
        source: 'import',
        confirmed: opts.confirmed,
        id,
        at: when,
      });
    });
    outcome.stored = (await recordAllIn(tx, scope, submissions)).filter((d) => d.stored).length;
    return outcome;
  });
}
