/**
 * An imported file's rows keyed by the file: the same file's rows again are the same
 * submissions, stored once, and the store says which of a file's rows it holds already — on
 * SQLite, and on PostgreSQL when a test server is given (PHUONG_PRINT_TEST_PG_URL).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Group } from '../../src/load/types.js';
import type { Measure } from '../../src/results/figures.js';
import { fileFingerprint, importId } from '../../src/results/import-figures.js';
import { readHistory, recordAll, storedIds } from '../../src/results/results-store.js';
import { BACKENDS, dropTestDatabases } from '../support/stores.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(async () => {
  await dropTestDatabases();
  await removeTempDirs();
});

const MEASURES: Measure[] = [{ id: 'tham_gia', label: 'Số người tham gia', of: 'people' }];
const scope = { campaign: '2025-5-UBND-VHXH', measures: MEASURES };
const group = (id: string): Group => ({
  id,
  name: `Tổ dân phố số ${id}`,
  population: 900,
  source: { file: 'groups.csv', row: Number(id) + 1 },
});

describe.each(BACKENDS)('an imported file’s rows ($name)', ({ open }) => {
  it('the same file again stores nothing, and its rows are known as stored', async () => {
    const store = await open();
    const file = new TextEncoder().encode('Mã tổ;Số người tham gia\n1;120\n2;80\n');
    const other = new TextEncoder().encode('Mã tổ;Số người tham gia\n1;120\n2;81\n');
    expect(fileFingerprint(file)).not.toBe(fileFingerprint(other));
    const rows = (bytes: Uint8Array, values: number[]) =>
      values.map((v, i) => ({
        group: group(String(i + 1)),
        values: { tham_gia: v },
        source: 'import' as const,
        by: 'lan',
        id: importId(scope.campaign, fileFingerprint(bytes), String(i + 1)),
      }));
    const ids = rows(file, [120, 80]).map((r) => r.id);
    expect((await storedIds(store.db, ids)).size).toBe(0);
    const first = await recordAll(store.db, scope, rows(file, [120, 80]));
    const again = await recordAll(store.db, scope, rows(file, [120, 80]));
    expect(first.map((r) => r.stored)).toEqual([true, true]);
    expect(again.map((r) => r.stored)).toEqual([false, false]);
    const known = await storedIds(store.db, [...ids, 'import:other']);
    expect([...known.keys()]).toEqual(ids);
    // Another file's rows are other submissions.
    expect((await recordAll(store.db, scope, rows(other, [120, 81])))[1]?.stored).toBe(true);
    const history = await readHistory(store.db, scope.campaign, '2');
    expect(history.map((h) => [h.values.tham_gia, h.by])).toEqual([
      [81, 'lan'],
      [80, 'lan'],
    ]);
    await store.close();
  });
});
