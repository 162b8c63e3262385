/**
 * An imported file's figures in a real store (qa9 Q3), on SQLite and on PostgreSQL when a test
 * server is given: they are as of the file's time, so a leader's correction sent after the file
 * was saved stays the current figure and the file's older figure is named, not stored; the same
 * file imported again is stored once (the group's history lists it once); a figure the store
 * already holds is no new figure; a file saved after the correction is the newer figure. And the
 * figures of groups or measures the campaign no longer has are found, named as they reported.
 */
import { describe, expect, it } from 'vitest';
import { type ImportRow, importFigures } from '../../src/results/import-figures.js';
import {
  readHistory,
  readLatest,
  recordSubmission,
  recordWithdrawal,
} from '../../src/results/results-store.js';
import { readUnlisted } from '../../src/results/unlisted.js';
import { latestSeq } from '../../src/serve/results-form.js';
import { backendsReusingOneDatabase } from '../support/stores.js';
import { cleanUpStores, group, MEASURES, scope } from './store-fixtures.js';

cleanUpStores();
/** One PostgreSQL database for the file's stores, emptied for each (its tests open one at a time). */
const BACKENDS = backendsReusingOneDatabase();

const G1 = group('1', 1000, 250);
const G2 = group('2', 1000, 250);
/** 20/10/2025 at hh:00 UTC. */
const at = (hh: number) => new Date(Date.UTC(2025, 9, 20, hh));

describe.each(BACKENDS)('importing a file of figures ($name)', ({ open: freshStore }) => {
  it('keeps a newer correction, stores the same file once, and a later file wins', async () => {
    const store = await freshStore();
    const fileRows: ImportRow[] = [
      { group: G1, values: { tham_gia: 100, cai_app: 20 }, row: 2 },
      { group: G2, values: { tham_gia: 200 }, row: 3 },
    ];
    const first = await importFigures(store.db, scope, fileRows, {
      key: 'file-a',
      at: at(1),
      confirmed: false,
    });
    expect(first).toEqual({ stored: 2, already: 0, unchanged: 0, blank: 0, newer: [] });
    // The leader of group 1 corrects the figure at 03:00.
    await recordSubmission(store.db, scope, {
      group: G1,
      values: { tham_gia: 150 },
      source: 'leader',
      at: at(3),
    });
    // The same file again: nothing stored a second time.
    const again = await importFigures(store.db, scope, fileRows, {
      key: 'file-a',
      at: at(1),
      confirmed: false,
    });
    expect(again).toEqual({ stored: 0, already: 2, unchanged: 0, blank: 0, newer: [] });
    expect((await readHistory(store.db, scope.campaign, '2')).length).toBe(1);
    // Another export saved at 02:00 (before the correction), imported after it: the leader's
    // figure stays, the file's is named; its figure of group 2 is the one stored already.
    const older = await importFigures(
      store.db,
      scope,
      [
        { group: G1, values: { tham_gia: 100, cai_app: 25 }, row: 2 },
        { group: G2, values: { tham_gia: 200 }, row: 3 },
      ],
      { key: 'file-b', at: at(2), confirmed: false },
    );
    expect(older.stored).toBe(1);
    expect(older.unchanged).toBe(1);
    expect(
      older.newer.map((n) => [
        n.row,
        n.measure,
        n.value,
        'kept' in n && n.kept.value,
        'kept' in n && n.kept.at,
      ]),
    ).toEqual([[2, 'tham_gia', 100, 150, at(3).toISOString()]]);
    let latest = await readLatest(store.db, scope.campaign);
    expect(latest.get('1')?.get('tham_gia')?.value).toBe(150);
    expect(latest.get('1')?.get('cai_app')?.value).toBe(25);
    // Group 1's history: the first file, the correction, the second file's new figure — each once,
    // newest first by the time it speaks for.
    expect(
      (await readHistory(store.db, scope.campaign, '1')).map((h) => [h.source, h.values]),
    ).toEqual([
      ['leader', { tham_gia: 150 }],
      ['import', { cai_app: 25 }],
      ['import', { tham_gia: 100, cai_app: 20 }],
    ]);
    // A file saved after the correction speaks for later: its figure is the current one.
    const later = await importFigures(
      store.db,
      scope,
      [{ group: G1, values: { tham_gia: 170 }, row: 2 }],
      { key: 'file-c', at: at(4), confirmed: false },
    );
    expect(later.stored).toBe(1);
    latest = await readLatest(store.db, scope.campaign);
    expect(latest.get('1')?.get('tham_gia')).toMatchObject({ value: 170, source: 'import' });
    await store.close();
  });

  it('a submission stored later but speaking for an earlier time does not replace a newer figure', async () => {
    const store = await freshStore();
    await recordSubmission(store.db, scope, {
      group: G1,
      values: { tham_gia: 150 },
      source: 'leader',
      at: at(3),
    });
    await recordSubmission(store.db, scope, {
      group: G1,
      values: { tham_gia: 100 },
      source: 'import',
      at: at(1),
    });
    const latest = await readLatest(store.db, scope.campaign);
    expect(latest.get('1')?.get('tham_gia')?.value).toBe(150);
    await store.close();
  });

  it("keeps out a row's figures older than the office's withdrawal, and stores a newer row's", async () => {
    const store = await freshStore();
    await recordSubmission(store.db, scope, {
      group: G1,
      values: { tham_gia: 400 },
      source: 'office',
      at: at(1),
    });
    const base = latestSeq(await readHistory(store.db, scope.campaign, '1'));
    await recordWithdrawal(store.db, scope.campaign, {
      group: G1,
      by: 'lan.vhxh',
      id: 'w',
      base,
      at: at(3),
    });
    // Row 2 was counted at 02:00, before the withdrawal; the file's other row at 04:00, after.
    const rows: ImportRow[] = [
      { group: G1, values: { tham_gia: 100 }, row: 2, at: at(2) },
      { group: G2, values: { tham_gia: 200 }, row: 3, at: at(4) },
    ];
    const done = await importFigures(store.db, scope, rows, {
      key: 'file-w',
      at: at(5),
      confirmed: false,
    });
    expect(done.stored).toBe(1);
    expect(
      done.newer.map((n) => [n.row, n.measure, n.value, 'withdrawn' in n && n.withdrawn]),
    ).toEqual([[2, 'tham_gia', 100, { at: at(3).toISOString(), by: 'lan.vhxh' }]]);
    const latest = await readLatest(store.db, scope.campaign);
    expect(latest.has('1')).toBe(false);
    expect(latest.get('2')?.get('tham_gia')?.value).toBe(200);
    // A row counted after the withdrawal is stored and counts.
    const later = await importFigures(
      store.db,
      scope,
      [{ group: G1, values: { tham_gia: 120 }, row: 2, at: at(4) }],
      { key: 'file-x', at: at(5), confirmed: false },
    );
    expect([later.stored, later.newer]).toEqual([1, []]);
    expect((await readLatest(store.db, scope.campaign)).get('1')?.get('tham_gia')?.value).toBe(120);
    await store.close();
  });

  it('finds the figures of groups and measures the campaign no longer has, by their names', async () => {
    const store = await freshStore();
    const G3 = group('3', 1000, 250);
    for (const [g, values] of [
      [G1, { tham_gia: 10 }],
      [G2, { tham_gia: 20, cai_app: 5 }],
      [G3, { tham_gia: 30 }],
    ] as const) {
      await recordSubmission(store.db, scope, { group: g, values, source: 'leader' });
    }
    // A figure stored before submissions kept their group's name: named by its id alone.
    const old = await store.db
      .insertInto('result_submissions')
      .values({
        id: 'before-names',
        campaign: scope.campaign,
        group_id: '4',
        source: 'leader',
        recorded_at: at(1).toISOString(),
      })
      .returning('seq')
      .executeTakeFirstOrThrow();
    await store.db
      .insertInto('result_values')
      .values({ submission: old.seq, measure: 'tham_gia', value: 40 })
      .execute();
    const latest = await readLatest(store.db, scope.campaign);
    // The list now has group 1 alone, and the campaign one measure (cai_app's id changed).
    const found = await readUnlisted(store.db, scope.campaign, latest, [G1], MEASURES.slice(0, 1));
    expect(found).toEqual({
      groups: [
        // Each with the figures it sent, which the office is told apart (qa26 F2).
        { id: '2', name: 'Tổ dân phố số 2', values: { tham_gia: 20, cai_app: 5 } },
        { id: '3', name: 'Tổ dân phố số 3', values: { tham_gia: 30 } },
        { id: '4', name: undefined, values: { tham_gia: 40 } },
      ],
      measures: [{ id: 'cai_app', groups: 1 }],
    });
    await store.close();
  });
});
