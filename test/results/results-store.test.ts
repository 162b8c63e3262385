/**
 * The groups' figures in a real store file: a submission is checked before anything is stored,
 * stored in one transaction, never overwritten (a correction is a new submission, the old one
 * stays in the history), and the same submission sent twice is stored once — on SQLite, and on
 * PostgreSQL when a test server is given (PHUONG_PRINT_TEST_PG_URL).
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FiguresRefused } from '../../src/results/figures.js';
import {
  readHistory,
  readLatest,
  readProgress,
  recordAll,
  recordSubmission,
  recordWithdrawal,
} from '../../src/results/results-store.js';
import { latestSeq } from '../../src/serve/results-form.js';
import { backendsReusingOneDatabase } from '../support/stores.js';
import { cleanUpStores, group, scope } from './store-fixtures.js';

cleanUpStores();
/** One PostgreSQL database for the file's stores, emptied for each (its tests open one at a time). */
const BACKENDS = backendsReusingOneDatabase();

const G1 = group('1', 861, 248);
const G2 = group('2', 1152, 345);

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe.each(BACKENDS)('results store ($name)', ({ name, open: freshStore }) => {
  it('keeps every submission; the current figure is the latest of each measure', async () => {
    const store = await freshStore();
    const at = (m: number) => new Date(Date.UTC(2025, 9, 20, 8, m));
    await recordSubmission(store.db, scope, {
      group: G1,
      values: { tham_gia: 120, cai_app: 40 },
      source: 'leader',
      at: at(0),
    });
    await recordSubmission(store.db, scope, {
      group: G1,
      values: { tham_gia: 150 },
      source: 'leader',
      at: at(5),
    });
    await recordSubmission(store.db, scope, {
      group: G2,
      values: { cai_app: 12 },
      source: 'import',
      at: at(7),
    });
    const latest = await readLatest(store.db, scope.campaign);
    expect(Object.fromEntries(latest.get('1') ?? [])).toEqual({
      // Each figure with the group's name and base in the list it was sent against (qa26 F1).
      tham_gia: {
        value: 150,
        at: at(5).toISOString(),
        source: 'leader',
        confirmed: false,
        base: G1.population,
        // What that base counted: the measure's `of` then (qa58b M3).
        of: 'people',
        name: G1.name,
      },
      cai_app: {
        value: 40,
        at: at(0).toISOString(),
        source: 'leader',
        confirmed: false,
        base: G1.households,
        of: 'households',
        name: G1.name,
      },
    });
    expect(latest.get('2')?.get('cai_app')?.value).toBe(12);
    const history = await readHistory(store.db, scope.campaign, '1');
    expect(history.map((h) => [h.at, h.values])).toEqual([
      [at(5).toISOString(), { tham_gia: 150 }],
      [at(0).toISOString(), { tham_gia: 120, cai_app: 40 }],
    ]);
    // Another campaign's store holds none of these.
    expect((await readLatest(store.db, '2026-1-UBND-VHXH')).size).toBe(0);
    await store.close();
  });

  it("the ward's progress counts each group once, with its latest figure at each moment", async () => {
    const store = await freshStore();
    for (const [g, v] of [
      [G1, 120],
      [G2, 30],
      [G1, 150],
      [G2, 25],
    ] as const) {
      await recordSubmission(store.db, scope, {
        group: g,
        values: { tham_gia: v },
        source: 'leader',
      });
    }
    await recordSubmission(store.db, scope, {
      group: G1,
      values: { cai_app: 9 },
      source: 'leader',
    });
    const progress = await readProgress(store.db, scope.campaign, 'tham_gia');
    // 120; 120 + 30; 150 + 30 (a correction, not an addition); 150 + 25.
    expect(progress.map((p) => p.total)).toEqual([120, 150, 180, 175]);
    await store.close();
  });

  it("the office's withdrawal takes back a group's figures: appended, once, not over a later save", async () => {
    const store = await freshStore();
    const at = (m: number) => new Date(Date.UTC(2025, 9, 20, 8, m));
    await recordSubmission(store.db, scope, {
      group: G1,
      values: { tham_gia: 120, cai_app: 40 },
      source: 'office',
      by: 'lan.vhxh',
      at: at(0),
    });
    await recordSubmission(store.db, scope, {
      group: G2,
      values: { tham_gia: 30 },
      source: 'leader',
      at: at(1),
    });
    const base = latestSeq(await readHistory(store.db, scope.campaign, '1'));
    const withdraw = { group: G1, by: 'lan.vhxh', id: 'withdraw-1', base, at: at(2) };
    // A page shown before a later save withdraws nothing: its base is no longer the latest.
    expect(
      await recordWithdrawal(store.db, scope.campaign, { ...withdraw, id: 'w-0', base: base - 1 }),
    ).toBe('stale');
    expect(await recordWithdrawal(store.db, scope.campaign, withdraw)).toBe('stored');
    expect(await recordWithdrawal(store.db, scope.campaign, withdraw)).toBe('already');

    const latest = await readLatest(store.db, scope.campaign);
    expect(latest.has('1')).toBe(false);
    expect(latest.get('2')?.get('tham_gia')?.value).toBe(30);
    // As they stood before the withdrawal, the figures were there.
    expect((await readLatest(store.db, scope.campaign, at(2).toISOString())).has('1')).toBe(true);
    // The history keeps the figures and the withdrawal, with who.
    const history = await readHistory(store.db, scope.campaign, '1');
    expect(history.map((h) => [h.at, h.withdrawn, h.by, h.values])).toEqual([
      [at(2).toISOString(), true, 'lan.vhxh', {}],
      [at(0).toISOString(), false, 'lan.vhxh', { tham_gia: 120, cai_app: 40 }],
    ]);
    // The ward's total: 120; 120 + 30; 30 (group 1's figure taken back).
    const progress = await readProgress(store.db, scope.campaign, 'tham_gia');
    expect(progress.map((p) => p.total)).toEqual([120, 150, 30]);
    // Nothing left to withdraw.
    const now = latestSeq(await readHistory(store.db, scope.campaign, '1'));
    expect(
      await recordWithdrawal(store.db, scope.campaign, { ...withdraw, id: 'w-2', base: now }),
    ).toBe('none');

    // The leader sends figures again: they count.
    await recordSubmission(store.db, scope, {
      group: G1,
      values: { tham_gia: 90 },
      source: 'leader',
      at: at(3),
    });
    const again = await readLatest(store.db, scope.campaign);
    expect(Object.fromEntries([...(again.get('1') ?? [])].map(([k, f]) => [k, f.value]))).toEqual({
      tham_gia: 90,
    });
    expect((await readProgress(store.db, scope.campaign, 'tham_gia')).at(-1)?.total).toBe(120);
    // The first withdrawal's page pressed again after that save: not "already done", stale.
    expect(await recordWithdrawal(store.db, scope.campaign, withdraw)).toBe('stale');
    await store.close();
  });

  it('the same submission id twice is stored once', async () => {
    const store = await freshStore();
    const s = { group: G1, values: { tham_gia: 10 }, source: 'leader' as const, id: 'form-abc' };
    const first = await recordSubmission(store.db, scope, s);
    const again = await recordSubmission(store.db, scope, { ...s, values: { tham_gia: 11 } });
    expect(first.stored).toBe(true);
    expect(again).toEqual({ seq: first.seq, stored: false, values: { tham_gia: 10 } });
    const history = await readHistory(store.db, scope.campaign, '1');
    expect(history.map((h) => h.values)).toEqual([{ tham_gia: 10 }]);
    await store.close();
  });

  it('keeps who of the office stored a submission; a leader’s has no one', async () => {
    const store = await freshStore();
    await recordSubmission(store.db, scope, {
      group: G1,
      values: { tham_gia: 10 },
      source: 'leader',
    });
    await recordSubmission(store.db, scope, {
      group: G1,
      values: { tham_gia: 12 },
      source: 'office',
      by: 'lan.vhxh',
    });
    const history = await readHistory(store.db, scope.campaign, '1');
    expect(history.map((h) => [h.source, h.by, h.values])).toEqual([
      ['office', 'lan.vhxh', { tham_gia: 12 }],
      ['leader', undefined, { tham_gia: 10 }],
    ]);
    await store.close();
  });

  it('refuses negative, fractional and unknown figures, and above the population unless confirmed', async () => {
    const store = await freshStore();
    const refused = await refusal(
      recordSubmission(store.db, scope, {
        group: G1,
        values: { tham_gia: -1, cai_app: 2.5, khac: 3 },
        source: 'leader',
      }),
    );
    expect(refused).toBeInstanceOf(FiguresRefused);
    expect((refused as FiguresRefused).problems.map((p) => [p.measure, p.kind])).toEqual([
      ['tham_gia', 'negative'],
      ['cai_app', 'fraction'],
      ['khac', 'unknown-measure'],
    ]);
    // 249 households is one more than the groups file says group 1 has (248).
    const above = await refusal(
      recordSubmission(store.db, scope, { group: G1, values: { cai_app: 249 }, source: 'leader' }),
    );
    expect((above as FiguresRefused).problems).toEqual([
      {
        kind: 'above',
        measure: 'cai_app',
        group: G1.name,
        value: 249,
        limit: 248,
        base: 'households',
        unit: 'hộ',
      },
    ]);
    expect((await readLatest(store.db, scope.campaign)).size).toBe(0);
    await recordSubmission(store.db, scope, {
      group: G1,
      values: { cai_app: 249, tham_gia: 861 },
      source: 'office',
      confirmed: true,
    });
    const [entry] = await readHistory(store.db, scope.campaign, '1');
    expect(entry).toMatchObject({ confirmed: true, source: 'office' });
    expect(entry?.values).toEqual({ cai_app: 249, tham_gia: 861 });
    await store.close();
  });

  it('a batch with one bad submission stores nothing of the batch', async () => {
    const store = await freshStore();
    const refused = await refusal(
      recordAll(store.db, scope, [
        { group: G1, values: { tham_gia: 100 }, source: 'import' },
        { group: G2, values: { tham_gia: -4 }, source: 'import' },
      ]),
    );
    expect(refused).toBeInstanceOf(FiguresRefused);
    expect((await readLatest(store.db, scope.campaign)).size).toBe(0);
    await recordAll(store.db, scope, [
      { group: G1, values: { tham_gia: 100 }, source: 'import' },
      { group: G2, values: { tham_gia: 4 }, source: 'import' },
    ]);
    expect((await readLatest(store.db, scope.campaign)).size).toBe(2);
    await store.close();
  });

  it.skipIf(name !== 'SQLite')(
    'the file itself refuses a negative figure written behind the module',
    async () => {
      const store = await freshStore();
      await recordSubmission(store.db, scope, {
        group: G1,
        values: { tham_gia: 1 },
        source: 'leader',
      });
      const file = store.file as string;
      await store.close();
      const raw = new Database(file);
      expect(() =>
        raw.prepare("insert into result_values values (1, 'cai_app', -5, null, null)").run(),
      ).toThrow(/CHECK/);
      expect(() =>
        raw
          .prepare(
            "insert into result_submissions (id, campaign, group_id, source, recorded_at) values ('x', 'c', '1', 'anyone', 't')",
          )
          .run(),
      ).toThrow(/CHECK/);
      raw.close();
    },
  );
});
