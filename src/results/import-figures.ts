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
import { createHash } from 'node:crypto';
import type { Group } from '../load/types.js';
import type { StoreDb } from '../store/open-store.js';
import {
  type Figure,
  lockGroups,
  type ResultsScope,
  readImportedValues,
  readLatest,
  readWithdrawals,
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

/**
 * A figure of the file that the store has a newer one of: the newer one is kept. Or, with no
 * newer figure, the office withdrew the group's figures after the file's figure (`withdrawn`):
 * the file's older figure is not stored either, or it would count once stored (results-store.ts
 * readLatest: by the time each speaks for).
 */
export type KeptNewer = {
  row: number;
  group: Group;
  measure: string;
  /** The file's figure, not stored. */
  value: number;
  /** The time the file's figure speaks for (ISO), and whether it is the row's own. */
  at: string;
  rowTime: boolean;
} & (
  | {
      kept: Figure;
      /**
       * The file's figure is one a file stored before (ISO: when), and the newer figure kept is a
       * leader's or the office's correction of it made after (qa43 MAJOR 1): a corrected file
       * uploaded again for another row would otherwise undo it. Stored only when the office
       * chooses so (ImportOptions.overwrite).
       */
      reimported?: string;
    }
  | { withdrawn: { at: string; by?: string } }
);

export interface ImportOutcome {
  /** Rows whose figures (those that changed) were stored. */
  stored: number;
  /** Rows this same file stored before: nothing stored again. */
  already: number;
  /** Rows whose figures are all those stored already. */
  unchanged: number;
  /** Rows with no figure at all (a group's cells left empty): nothing to store (qa10 Q2). */
  blank: number;
  newer: KeptNewer[];
}

/** The submission id of a file's row: the same file (key) and group is the same submission. */
export const importId = (campaign: string, key: string, groupId: string) =>
  `import:${campaign}:${key}:${groupId}`;

/** A file's key from its bytes alone (the studio's uploads): their SHA-256, hex, shortened. */
export const fileFingerprint = (bytes: Uint8Array) =>
  createHash('sha256').update(bytes).digest('hex').slice(0, 32);

export interface ImportOptions {
  /** The file's content (and time, for the CLI): the same key is the same import. */
  key: string;
  /** The time the file's figures speak for (its last change, or its upload). */
  at: Date;
  /**
   * Figures above a group's population or households are meant. A function says it per row of
   * the figures stored (the studio marks only the rows with such a figure as confirmed).
   */
  confirmed: boolean | ((group: Group, values: Readonly<Record<string, number>>) => boolean);
  /** The studio account that imports the file (kept in the history). */
  by?: string;
  /**
   * The figures ("<group id>:<measure id>") the office chose to store although a file stored
   * the same figure before and it was corrected since (KeptNewer `reimported`).
   */
  overwrite?: ReadonlySet<string>;
}

/** The key of a group's figure of a measure in ImportOptions.overwrite. */
export const overwriteKey = (groupId: string, measure: string) => `${groupId}:${measure}`;

/** What importing a row does: stored before, its changed figures, those a newer one keeps out. */
export interface PlannedRow {
  row: ImportRow;
  id: string;
  /** When this same file's row was stored (ISO): nothing is stored again. */
  already?: string;
  /** The figures that would be stored (those that change the current figure). */
  changed: Record<string, number>;
  newer: KeptNewer[];
}

/**
 * What importing the rows would do against the store now, storing nothing: the studio's preview
 * shows it, and `importFigures` stores it (in one transaction, planned again there).
 */
export async function planImport(
  db: StoreDb,
  scope: ResultsScope,
  rows: readonly ImportRow[],
  opts: Pick<ImportOptions, 'key' | 'at' | 'overwrite'>,
): Promise<PlannedRow[]> {
  const latest = await readLatest(db, scope.campaign);
  // A file's earlier figures matter only where the current figure is another's correction
  // (below): those groups' alone are read, not every import the campaign ever had.
  const corrected = rows.flatMap((r) => {
    const current = latest.get(r.group.id);
    const differs = Object.entries(r.values).some(([measure, value]) => {
      const kept = current?.get(measure);
      return kept !== undefined && kept.source !== 'import' && kept.value !== value;
    });
    return differs ? [r.group.id] : [];
  });
  const imported = await readImportedValues(db, scope.campaign, corrected);
  const withdrawals = await readWithdrawals(db, scope.campaign);
  const ids = rows.map((r) => importId(scope.campaign, opts.key, r.group.id));
  const known = await storedIds(db, ids);
  return rows.map((r, i) => {
    const id = ids[i] as string;
    const already = known.get(id);
    const planned: PlannedRow = { row: r, id, changed: {}, newer: [] };
    if (already !== undefined) return { ...planned, already };
    const at = (r.at ?? opts.at).toISOString();
    const current = latest.get(r.group.id);
    const withdrawn = withdrawals.get(r.group.id);
    const said = { row: r.row, group: r.group, at, rowTime: !!r.at };
    for (const [measure, value] of Object.entries(r.values)) {
      const kept = current?.get(measure);
      if (kept && kept.at > at) {
        if (kept.value !== value) planned.newer.push({ ...said, measure, value, kept });
      } else if (!kept && withdrawn && withdrawn.at > at) {
        planned.newer.push({ ...said, measure, value, withdrawn });
      } else if (kept?.value !== value) {
        // The same figure a file stored before, corrected since by a leader or the office: the
        // correction is kept unless the office chose the file's figure (qa43 MAJOR 1).
        const before =
          kept && kept.source !== 'import'
            ? imported
                .get(r.group.id)
                ?.get(measure)
                ?.filter((f) => f.value === value && f.at < kept.at)
                .at(-1)
            : undefined;
        if (kept && before && !opts.overwrite?.has(overwriteKey(r.group.id, measure)))
          planned.newer.push({ ...said, measure, value, kept, reimported: before.at });
        else planned.changed[measure] = value;
      }
    }
    return planned;
  });
}

export async function importFigures(
  db: StoreDb,
  scope: ResultsScope,
  rows: readonly ImportRow[],
  opts: ImportOptions,
): Promise<ImportOutcome> {
  return db.transaction().execute(async (tx) => {
    // The groups' locks before their figures are read: a leader's save of one of them, between
    // the plan and the write, would otherwise be read as absent and stored unseen alongside.
    await lockGroups(
      tx,
      scope.campaign,
      rows.map((r) => r.group.id),
    );
    const plan = await planImport(tx, scope, rows, opts);
    const outcome: ImportOutcome = { stored: 0, already: 0, unchanged: 0, blank: 0, newer: [] };
    const submissions: Submission[] = [];
    for (const p of plan) {
      outcome.newer.push(...p.newer);
      if (p.already !== undefined) outcome.already++;
      else if (Object.keys(p.row.values).length === 0) outcome.blank++;
      else if (Object.keys(p.changed).length === 0) {
        if (p.newer.length === 0) outcome.unchanged++;
      } else {
        const confirmed =
          typeof opts.confirmed === 'function'
            ? opts.confirmed(p.row.group, p.changed)
            : opts.confirmed;
        submissions.push({
          group: p.row.group,
          values: p.changed,
          source: 'import',
          confirmed,
          id: p.id,
          at: p.row.at ?? opts.at,
          ...(opts.by ? { by: opts.by } : {}),
        });
      }
    }
    outcome.stored = (await recordAllIn(tx, scope, submissions)).filter((d) => d.stored).length;
    return outcome;
  });
}
