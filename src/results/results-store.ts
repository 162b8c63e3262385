/**
 * Results: the groups' figures in the store. In: submissions (a leader's form, an imported
 * file, the office). Out: each group's current figures (the latest of each measure) and its
 * history. Writes are append-only, one transaction per submission — or one for a whole
 * imported file, so that a file is stored whole or not at all — and a submission's id is unique,
 * so the same form sent twice (a double tap, a retry after a lost answer) is stored once.
 * The office's withdrawal of a group's figures is a submission too (`withdrawn`, no figures): the
 * group has no current figures after it, and its history keeps what was withdrawn. Its undo is
 * one too (`withdrawn` = RESTORED): the figures as they stood before the withdrawal are current
 * again, the leader's as the leader sent them (qa58b p7).
 * The one deletion: a campaign removed for good takes its rows with it (`forgetCampaign`).
 */
import { randomUUID } from 'node:crypto';
import { PostgresAdapter, sql } from 'kysely';
import type { Group } from '../load/types.js';
import { roundFigure } from '../model/format.js';
import { baseOf } from '../model/measure-base.js';
import type { StoreDb } from '../store/open-store.js';
import type { ResultSubmissionsTable } from '../store/tables.js';
import { FiguresRefused, figureProblems, type Measure } from './figures.js';

export type Source = ResultSubmissionsTable['source'];

/** `withdrawn` of the office's withdrawal of a group's figures. */
const WITHDRAWN = 1;
/** `withdrawn` of the office's undo of its latest withdrawal: the figures before it are back. */
const RESTORED = 2;

export interface Submission {
  group: Group;
  /** Measure id → whole number ≥ 0; a measure left out keeps its previous figure. */
  values: Readonly<Record<string, number>>;
  source: Source;
  /** Figures above the group's population/households are meant (see figures.ts). */
  confirmed?: boolean;
  /** The submitter's key: the same id again is the same submission (stored once). */
  id?: string;
  /** When it was made (default: now). */
  at?: Date;
  /** The studio account that stored it (source 'office' or 'import' from the studio). */
  by?: string;
  /**
   * The group's latest submission (store order) the submitter saw, when what it saw of these
   * figures must still hold: another stored since with a figure of one of this one's measures,
   * or the office's withdrawal since (the office, another phone), and this one is not stored
   * (`Recorded.stale`), unless its id was stored already (a resend). A save since of other
   * measures only is no conflict: each form sends only the boxes edited (edited-figures.ts).
   * Checked in the write's transaction, under the group's lock on PostgreSQL (lockGroup).
   */
  seen?: number;
}

export interface Recorded {
  seq: number;
  /** False when this id was already stored: nothing was written. */
  stored: boolean;
  /** The figures stored under this id (the earlier ones when `stored` is false). */
  values: Record<string, number>;
  /** Not stored: the group's figures of these measures changed since the submission's `seen` (none under its id). */
  stale?: true;
}

/** The campaign whose figures these are, and its measures. */
export interface ResultsScope {
  campaign: string;
  measures: readonly Measure[];
}

function check(scope: ResultsScope, s: Submission): void {
  const problems = figureProblems(scope.measures, s.group, s.values, s.confirmed ?? false);
  if (problems.length > 0) throw new FiguresRefused(problems);
}

/**
 * On PostgreSQL, holds the group's lock until the transaction `tx` ends: the checks of the
 * group's figures that a write makes (a `seen`, a withdrawal's base) and the write are then one
 * step, whatever the isolation level — two phones sending at once cannot both pass the check and
 * both write (review35 #3). SQLite needs none: the store's one connection runs one transaction at
 * a time, and another process's write is waited for (BEGIN IMMEDIATE, open-store.ts).
 */
async function lockGroup(tx: StoreDb, campaign: string, groupId: string): Promise<void> {
  if (!(tx.getExecutor().adapter instanceof PostgresAdapter)) return;
  // A key shared by two groups (a hash's collision) only makes them wait for each other.
  const key = `results:${campaign}:${groupId}`;
  await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(tx);
}

/**
 * The locks of several groups (an import's), as a leader's save takes one (`lockGroup`): an
 * import's reads of their figures and its writes are then one step against a save or a
 * withdrawal of any of them. Taken in one order (sorted ids), so two imports never wait on each
 * other crosswise; a save or a withdrawal holds a single group's.
 */
export async function lockGroups(
  tx: StoreDb,
  campaign: string,
  groupIds: Iterable<string>,
): Promise<void> {
  for (const id of [...new Set(groupIds)].sort()) await lockGroup(tx, campaign, id);
}

/**
 * The group's submissions stored after `seen` (store order) that a submission of `measures`
 * would write over unseen: one with a figure of any of them, or the office's withdrawal.
 */
async function changedSince(
  tx: StoreDb,
  campaign: string,
  groupId: string,
  seen: number,
  measures: readonly string[],
): Promise<boolean> {
  const hit = await tx
    .selectFrom('result_submissions as s')
    .leftJoin('result_values as v', 'v.submission', 's.seq')
    .select('s.seq')
    .where('s.campaign', '=', campaign)
    .where('s.group_id', '=', groupId)
    .where('s.seq', '>', seen)
    .where((eb) =>
      measures.length > 0
        ? eb.or([eb('s.withdrawn', '>=', WITHDRAWN), eb('v.measure', 'in', [...measures])])
        : eb('s.withdrawn', '>=', WITHDRAWN),
    )
    .limit(1)
    .executeTakeFirst();
  return hit !== undefined;
}

async function insert(db: StoreDb, scope: ResultsScope, s: Submission): Promise<Recorded> {
  const id = s.id ?? randomUUID();
  if (s.seen !== undefined) {
    await lockGroup(db, scope.campaign, s.group.id);
    const known = await db
      .selectFrom('result_submissions')
      .select('seq')
      .where('id', '=', id)
      .executeTakeFirst();
    if (
      !known &&
      (await changedSince(db, scope.campaign, s.group.id, s.seen, Object.keys(s.values)))
    ) {
      const seq = await readLatestSeq(db, scope.campaign, s.group.id);
      return { seq, stored: false, values: {}, stale: true };
    }
  }
  const row = await db
    .insertInto('result_submissions')
    .values({
      id,
      campaign: scope.campaign,
      group_id: s.group.id,
      group_name: s.group.name,
      source: s.source,
      recorded_at: (s.at ?? new Date()).toISOString(),
      confirmed: s.confirmed ? 1 : 0,
      submitted_by: s.by ?? null,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('seq')
    .executeTakeFirst();
  if (!row) {
    const known = await db
      .selectFrom('result_submissions')
      .select('seq')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const rows = await db
      .selectFrom('result_values')
      .select(['measure', 'value'])
      .where('submission', '=', known.seq)
      .execute();
    const values = Object.fromEntries(rows.map((r) => [r.measure, Number(r.value)]));
    return { seq: Number(known.seq), stored: false, values };
  }
  // Each figure with the base its group had in the list it was sent against (qa26 F1).
  const values = Object.entries(s.values).map(([measure, value]) => {
    const m = scope.measures.find((x) => x.id === measure);
    return {
      submission: row.seq,
      measure,
      value,
      base: (m && baseOf(s.group, m)) ?? null,
      // What that base counted: the measure may be given another base later (qa58b M3).
      base_of: m?.of ?? null,
    };
  });
  if (values.length > 0) await db.insertInto('result_values').values(values).execute();
  return { seq: Number(row.seq), stored: true, values: { ...s.values } };
}

/** One submission, checked, in one transaction. Throws FiguresRefused (nothing stored). */
export async function recordSubmission(
  db: StoreDb,
  scope: ResultsScope,
  s: Submission,
): Promise<Recorded> {
  check(scope, s);
  return db.transaction().execute((tx) => insert(tx, scope, s));
}

/** Several submissions (an imported file): all checked first, then stored in one transaction. */
export async function recordAll(
  db: StoreDb,
  scope: ResultsScope,
  all: readonly Submission[],
): Promise<Recorded[]> {
  return db.transaction().execute((tx) => recordAllIn(tx, scope, all));
}

/**
 * Several submissions, all checked first, inside a transaction the caller holds (an import that
 * reads the current figures first, in the same transaction). Throws FiguresRefused: the caller's
 * transaction is then rolled back, nothing of the batch stored.
 */
export async function recordAllIn(
  tx: StoreDb,
  scope: ResultsScope,
  all: readonly Submission[],
): Promise<Recorded[]> {
  for (const s of all) check(scope, s);
  const done: Recorded[] = [];
  for (const s of all) done.push(await insert(tx, scope, s));
  return done;
}

/**
 * The latest submission in store order (0 when none) of group `groupId`, what a `seen` names
 * (withdrawals are submissions too). The whole campaign's is readCampaignLatestSeq: two names,
 * so that a group id missing by mistake does not quietly read the campaign's (review39 #8).
 */
export function readLatestSeq(db: StoreDb, campaign: string, groupId: string): Promise<number> {
  return latestSeq(db, campaign, groupId);
}

/** The latest submission in store order (0 when none) of any group of the campaign. */
export function readCampaignLatestSeq(db: StoreDb, campaign: string): Promise<number> {
  return latestSeq(db, campaign, undefined);
}

async function latestSeq(db: StoreDb, campaign: string, groupId: string | undefined) {
  const last = await db
    .selectFrom('result_submissions')
    .select(db.fn.max('seq').as('seq'))
    .where('campaign', '=', campaign)
    .$if(groupId !== undefined, (q) => q.where('group_id', '=', groupId ?? ''))
    .executeTakeFirst();
  return Number(last?.seq ?? 0);
}

export interface Figure {
  value: number;
  /** ISO 8601 time of the submission that set it. */
  at: string;
  source: Source;
  /** Its submission said a figure above the group's base was meant (figures.ts). */
  confirmed: boolean;
  /**
   * The group's base in the list the figure was sent against (its target, households…);
   * undefined when it had none, or the figure was stored before bases were kept.
   */
  base?: number;
  /**
   * What `base` counted: the measure's `of` when the figure was sent ("households", a column's
   * header); undefined for figures stored before it was kept.
   */
  of?: string;
  /** The group's name in that list (undefined for figures stored before names were kept). */
  name?: string;
}

/** Group id → measure id → its current figure. Groups that never reported are absent. */
export type LatestFigures = Map<string, Map<string, Figure>>;

export async function readLatest(
  db: StoreDb,
  campaign: string,
  /** Only what was recorded before this moment (an ISO time): the figures as they stood then. */
  before?: string,
): Promise<LatestFigures> {
  let query = db
    .selectFrom('result_submissions as s')
    .leftJoin('result_values as v', 'v.submission', 's.seq')
    .select([
      's.group_id',
      's.recorded_at',
      's.source',
      's.confirmed',
      's.withdrawn',
      's.group_name',
      'v.measure',
      'v.value',
      'v.base',
      'v.base_of',
    ])
    .where('s.campaign', '=', campaign);
  // recorded_at is `toISOString()` text: its order is time order.
  if (before !== undefined) query = query.where('s.recorded_at', '<', before);
  // By the time a figure speaks for, then store order: an imported file's figures are as of the
  // file's time, and a leader's newer correction stays current even if the file is stored
  // after it (qa9 Q3).
  const rows = await query.orderBy('s.recorded_at').orderBy('s.seq').execute();
  const latest: LatestFigures = new Map();
  // What each withdrawal took, for its undo.
  const taken = new Map<string, Map<string, Figure> | undefined>();
  for (const r of rows) {
    // The office withdrew the group's figures: none until its next submission.
    if (Number(r.withdrawn) === WITHDRAWN) {
      taken.set(r.group_id, latest.get(r.group_id));
      latest.delete(r.group_id);
      continue;
    }
    // The office undid it: the figures it took are current again (qa58b p7).
    if (Number(r.withdrawn) === RESTORED) {
      const back = taken.get(r.group_id);
      if (back) latest.set(r.group_id, back);
      taken.delete(r.group_id);
      continue;
    }
    if (r.measure === null || r.value === null) continue;
    let group = latest.get(r.group_id);
    if (!group) {
      group = new Map();
      latest.set(r.group_id, group);
    }
    // Rows come in time order: a later one replaces the earlier figure.
    group.set(r.measure, {
      value: Number(r.value),
      at: r.recorded_at,
      source: r.source,
      confirmed: Number(r.confirmed) === 1,
      ...(r.base === null ? {} : { base: Number(r.base) }),
      ...(r.base_of === null ? {} : { of: r.base_of }),
      ...(r.group_name === null ? {} : { name: r.group_name }),
    });
  }
  return latest;
}

/** The office's latest withdrawal of each group's figures that has one: when, and by whom. */
export async function readWithdrawals(
  db: StoreDb,
  campaign: string,
): Promise<Map<string, { at: string; by?: string }>> {
  const rows = await db
    .selectFrom('result_submissions')
    .select(['group_id', 'recorded_at', 'submitted_by'])
    .where('campaign', '=', campaign)
    .where('withdrawn', '=', WITHDRAWN)
    .orderBy('recorded_at')
    .orderBy('seq')
    .execute();
  return new Map(
    rows.map((r) => [
      r.group_id,
      { at: r.recorded_at, ...(r.submitted_by ? { by: r.submitted_by } : {}) },
    ]),
  );
}

/**
 * The figures stored from files (source "import"), by group and measure: each value with when it
 * was stored (the time it speaks for), oldest first. A file's figure equal to one of these was
 * imported once already (import-figures.ts `reimported`).
 */
export async function readImportedValues(
  db: StoreDb,
  campaign: string,
  /** Only these groups' (an import's file rows a figure was corrected since): none, no query. */
  groups?: readonly string[],
): Promise<Map<string, Map<string, { value: number; at: string }[]>>> {
  if (groups?.length === 0) return new Map();
  let query = db
    .selectFrom('result_submissions as s')
    .innerJoin('result_values as v', 'v.submission', 's.seq')
    .select(['s.group_id', 's.recorded_at', 'v.measure', 'v.value'])
    .where('s.campaign', '=', campaign)
    .where('s.source', '=', 'import');
  if (groups) query = query.where('s.group_id', 'in', [...groups]);
  const rows = await query.orderBy('s.recorded_at').orderBy('s.seq').execute();
  const out = new Map<string, Map<string, { value: number; at: string }[]>>();
  for (const r of rows) {
    let group = out.get(r.group_id);
    if (!group) {
      group = new Map();
      out.set(r.group_id, group);
    }
    const list = group.get(r.measure) ?? [];
    list.push({ value: Number(r.value), at: r.recorded_at });
    group.set(r.measure, list);
  }
  return out;
}

export interface Withdrawal {
  group: Group;
  /** The studio account that withdrew the figures. */
  by: string;
  /** The withdrawer's key: the same id again is the same withdrawal (stored once). */
  id: string;
  /** The group's latest submission (store order) the office saw when it asked: else stale. */
  base: number;
  at?: Date;
}

/**
 * The office takes back a group's current figures, appended as a submission without figures
 * (`withdrawn`), in one transaction: 'stored', 'already' (this id was stored and is still the
 * group's latest: a second click), 'stale' (the group's figures changed since the page was shown,
 * a later save after this withdrawal included), or 'none' (no figures to take back).
 * Serializable with a retry, so that on PostgreSQL a leader's save committed between the check
 * and the insert, or a double click, is seen (SQLite runs one transaction at a time anyway).
 */
export async function recordWithdrawal(
  db: StoreDb,
  campaign: string,
  w: Withdrawal,
): Promise<'stored' | 'already' | 'stale' | 'none'> {
  return serializable(db, (tx) => withdrawIn(tx, campaign, w));
}

/** `write` in a SERIALIZABLE transaction, tried again on a conflict with another write. */
async function serializable<T>(db: StoreDb, write: (tx: StoreDb) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().setIsolationLevel('serializable').execute(write);
    } catch (e) {
      // PostgreSQL's "could not serialize access" (40001), or the id stored by the other click
      // (23505): look again, and the other's write is found.
      const code = (e as { code?: string }).code;
      if ((code !== '40001' && code !== '23505') || attempt >= 5) throw e;
    }
  }
}

async function withdrawIn(
  tx: StoreDb,
  campaign: string,
  w: Withdrawal,
): Promise<'stored' | 'already' | 'stale' | 'none'> {
  return markIn(tx, campaign, w, WITHDRAWN, async () =>
    (await readLatest(tx, campaign)).has(w.group.id),
  );
}

/**
 * The office undoes its withdrawal of a group's figures (a "Xoá số liệu" by mistake, qa58b p7),
 * appended as a submission without figures (`withdrawn` = RESTORED): the figures the withdrawal
 * took are current again, as they were sent. 'stored', 'already' (this id stored and still the
 * group's latest: a second click), 'stale' (the group's figures changed since the page was shown),
 * or 'none' (the group's latest submission is no withdrawal: nothing to undo).
 */
export async function recordRestore(
  db: StoreDb,
  campaign: string,
  w: Withdrawal,
): Promise<'stored' | 'already' | 'stale' | 'none'> {
  return serializable(db, (tx) =>
    markIn(tx, campaign, w, RESTORED, async (last) => {
      const row = await tx
        .selectFrom('result_submissions')
        .select('withdrawn')
        .where('seq', '=', last)
        .executeTakeFirst();
      return Number(row?.withdrawn) === WITHDRAWN;
    }),
  );
}

/**
 * The office's mark on a group's figures (a withdrawal, or its undo), a submission without
 * figures, stored when the group's latest submission is still `w.base` and `can` says there is
 * something to mark.
 */
async function markIn(
  tx: StoreDb,
  campaign: string,
  w: Withdrawal,
  kind: typeof WITHDRAWN | typeof RESTORED,
  can: (last: number) => Promise<boolean>,
): Promise<'stored' | 'already' | 'stale' | 'none'> {
  // The same lock as a checked save's: a leader's save and this mark are not both written
  // unseen by the other (a read-committed save is not one SERIALIZABLE can see conflict with).
  await lockGroup(tx, campaign, w.group.id);
  const last = await readLatestSeq(tx, campaign, w.group.id);
  const known = await tx
    .selectFrom('result_submissions')
    .select('seq')
    .where('id', '=', w.id)
    .executeTakeFirst();
  if (known) return Number(known.seq) === last ? 'already' : 'stale';
  if (last !== w.base) return 'stale';
  if (!(await can(last))) return 'none';
  await tx
    .insertInto('result_submissions')
    .values({
      id: w.id,
      campaign,
      group_id: w.group.id,
      group_name: w.group.name,
      source: 'office',
      recorded_at: (w.at ?? new Date()).toISOString(),
      confirmed: 0,
      submitted_by: w.by,
      withdrawn: kind,
    })
    .execute();
  return 'stored';
}

export interface HistoryEntry {
  seq: number;
  at: string;
  source: Source;
  confirmed: boolean;
  /** The studio account that stored it, when the office did. */
  by?: string;
  /** The office withdrew the group's figures (no figures of its own). */
  withdrawn: boolean;
  /** The office undid its withdrawal before it: the figures it took are back (no figures of its own). */
  restored?: true;
  values: Record<string, number>;
}

/** A group's submissions, newest first (by the time each speaks for). */
export async function readHistory(
  db: StoreDb,
  campaign: string,
  groupId: string,
): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom('result_submissions as s')
    .leftJoin('result_values as v', 'v.submission', 's.seq')
    .select([
      's.seq',
      's.recorded_at',
      's.source',
      's.confirmed',
      's.submitted_by',
      's.withdrawn',
      'v.measure',
      'v.value',
    ])
    .where('s.campaign', '=', campaign)
    .where('s.group_id', '=', groupId)
    .orderBy('s.recorded_at', 'desc')
    .orderBy('s.seq', 'desc')
    .execute();
  const bySeq = new Map<number, HistoryEntry>();
  for (const r of rows) {
    const seq = Number(r.seq);
    let entry = bySeq.get(seq);
    if (!entry) {
      entry = {
        seq,
        at: r.recorded_at,
        source: r.source,
        confirmed: Number(r.confirmed) === 1,
        ...(r.submitted_by ? { by: r.submitted_by } : {}),
        withdrawn: Number(r.withdrawn) === WITHDRAWN,
        ...(Number(r.withdrawn) === RESTORED ? { restored: true as const } : {}),
        values: {},
      };
      bySeq.set(seq, entry);
    }
    if (r.measure !== null && r.value !== null) entry.values[r.measure] = Number(r.value);
  }
  return [...bySeq.values()];
}

/**
 * The ward's total of one measure after each submission that changed it, in time order: how
 * the figure grew (each group counts with its latest figure at that moment, never twice).
 */
export async function readProgress(
  db: StoreDb,
  campaign: string,
  measure: string,
  /** Only these groups' figures are summed (the groups with a base, in the current list). */
  counted?: ReadonlySet<string>,
): Promise<{ at: string; total: number }[]> {
  const rows = await db
    .selectFrom('result_submissions as s')
    .leftJoin('result_values as v', (join) =>
      join.onRef('v.submission', '=', 's.seq').on('v.measure', '=', measure),
    )
    .select(['s.group_id', 's.recorded_at', 's.withdrawn', 'v.value'])
    .where('s.campaign', '=', campaign)
    .where((eb) => eb.or([eb('v.value', 'is not', null), eb('s.withdrawn', '>=', WITHDRAWN)]))
    .orderBy('s.recorded_at')
    .orderBy('s.seq')
    .execute();
  const current = new Map<string, number>();
  // The figure each withdrawal took, for its undo.
  const taken = new Map<string, number>();
  let total = 0;
  return rows.flatMap((r) => {
    if (counted && !counted.has(r.group_id)) return [];
    const was = current.get(r.group_id);
    if (Number(r.withdrawn) === WITHDRAWN) {
      // The office withdrew the group's figures: its figure leaves the total (if it had one).
      if (was === undefined) return [];
      total = roundFigure(total - was);
      current.delete(r.group_id);
      taken.set(r.group_id, was);
      return [{ at: r.recorded_at, total }];
    }
    if (Number(r.withdrawn) === RESTORED) {
      // Its undo: the figure comes back.
      const back = taken.get(r.group_id);
      taken.delete(r.group_id);
      if (back === undefined) return [];
      total = roundFigure(total + back);
      current.set(r.group_id, back);
      return [{ at: r.recorded_at, total }];
    }
    // Rounded to hundredths: quantities' figures ("95,5" kg) add up without a float's tail.
    total = roundFigure(total + Number(r.value) - (was ?? 0));
    current.set(r.group_id, Number(r.value));
    return [{ at: r.recorded_at, total }];
  });
}

/**
 * The name each group had in the list when it last sent figures (submissions that kept one):
 * how the office is told of figures of groups no longer in the list (results/unlisted.ts).
 */
export async function readGroupNames(
  db: StoreDb,
  campaign: string,
  groupIds: readonly string[],
): Promise<Map<string, string>> {
  if (groupIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('result_submissions')
    .select(['group_id', 'group_name'])
    .where('campaign', '=', campaign)
    .where('group_id', 'in', [...groupIds])
    .where('group_name', 'is not', null)
    .orderBy('seq')
    .execute();
  return new Map(rows.map((r) => [r.group_id, r.group_name ?? r.group_id]));
}

/**
 * The office gives `measure` another base (qa58b M3): the group's figures of it stored before the
 * store kept what their base counted (migration 0290), sent against `base` — the base the measure
 * has now, `of` — get `of`, so that Kết quả and the report say the measure's base changed, in its
 * own words. Figures that keep one, or were sent against another base, are left as they are.
 */
export async function keepBaseOf(
  db: StoreDb,
  campaign: string,
  groupId: string,
  measure: { id: string; of: string; base: number },
): Promise<void> {
  await db
    .updateTable('result_values')
    .set({ base_of: measure.of })
    .where('measure', '=', measure.id)
    .where('base_of', 'is', null)
    .where('base', '=', measure.base)
    .where('submission', 'in', (q) =>
      q
        .selectFrom('result_submissions')
        .select('seq')
        .where('campaign', '=', campaign)
        .where('group_id', '=', groupId),
    )
    .execute();
}

/**
 * The group's current figure of `measure`, when the store keeps no base for it (stored before
 * bases were kept), given `base`: the base of the list it was sent against, told by the office's
 * new groups list (studio/unlisted-notes.ts `keepOldBases`). A figure with a base, or none
 * current (withdrawn since), is left as it is.
 */
export async function keepBase(
  db: StoreDb,
  campaign: string,
  groupId: string,
  measure: string,
  base: number,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    // As readLatest orders them: the last submission of the group, then its last with the measure.
    const last = await tx
      .selectFrom('result_submissions')
      .select(['seq', 'withdrawn'])
      .where('campaign', '=', campaign)
      .where('group_id', '=', groupId)
      .orderBy('recorded_at', 'desc')
      .orderBy('seq', 'desc')
      .executeTakeFirst();
    if (!last || Number(last.withdrawn) === WITHDRAWN) return;
    const current = await tx
      .selectFrom('result_submissions as s')
      .innerJoin('result_values as v', 'v.submission', 's.seq')
      .select(['v.submission', 'v.base'])
      .where('s.campaign', '=', campaign)
      .where('s.group_id', '=', groupId)
      .where('v.measure', '=', measure)
      .orderBy('s.recorded_at', 'desc')
      .orderBy('s.seq', 'desc')
      .executeTakeFirst();
    if (!current || current.base !== null) return;
    await tx
      .updateTable('result_values')
      .set({ base })
      .where('submission', '=', current.submission)
      .where('measure', '=', measure)
      .where('base', 'is', null)
      .execute();
  });
}

/**
 * Every group that ever sent figures for the campaign (or had them entered), with the name it
 * had in the list when it last did (its id when none was kept).
 */
export async function readSubmittedGroups(
  db: StoreDb,
  campaign: string,
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('result_submissions')
    .select(['group_id', 'group_name'])
    .where('campaign', '=', campaign)
    .orderBy('seq')
    .execute();
  const names = new Map<string, string>();
  for (const r of rows) names.set(r.group_id, r.group_name ?? names.get(r.group_id) ?? r.group_id);
  return names;
}

/**
 * Which of these submission ids are stored (an import's rows stored by an earlier import), and
 * when each was stored (ISO time), for the studio's preview to say so.
 */
export async function storedIds(db: StoreDb, ids: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  // In slices: a ward's few hundred groups, well under any database's limit of parameters.
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('result_submissions')
      .select(['id', 'recorded_at'])
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) found.set(r.id, r.recorded_at);
  }
  return found;
}

/**
 * Each campaign the store holds figures of, with how many submissions: what a report that finds
 * none of its own campaign's names instead (a wrong --data, an id changed by hand; qa10 Q12).
 */
export async function storedCampaigns(
  db: StoreDb,
): Promise<{ campaign: string; submissions: number }[]> {
  const rows = await db
    .selectFrom('result_submissions')
    .select(['campaign', db.fn.countAll<string | number>().as('n')])
    .groupBy('campaign')
    .orderBy('campaign')
    .execute();
  return rows.map((r) => ({ campaign: r.campaign, submissions: Number(r.n) }));
}

/**
 * Removes every row of a campaign (its submissions, their figures, withdrawals and confirmed
 * marks with them), inside the transaction `tx` the caller holds: the studio's "Xoá hẳn" and the
 * 30-day purge of a deleted campaign (studio/deleted-campaigns.ts), which removes the folder in
 * the same step. Returns how many submissions went.
 */
export async function forgetCampaign(tx: StoreDb, campaign: string): Promise<number> {
  const own = tx.selectFrom('result_submissions').select('seq').where('campaign', '=', campaign);
  await tx.deleteFrom('result_values').where('submission', 'in', own).execute();
  const gone = await tx
    .deleteFrom('result_submissions')
    .where('campaign', '=', campaign)
    .executeTakeFirst();
  return Number(gone.numDeletedRows);
}
