/**
 * Test support for the results store's tests: a campaign's two measures and its key, groups of
 * the example's kind, and the store files' clean-up after a test file (both backends).
 */
import { afterAll } from 'vitest';
import type { Group } from '../../src/load/types.js';
import type { Measure } from '../../src/results/figures.js';
import { dropTestDatabases } from '../support/stores.js';
import { removeTempDirs } from '../support/tmp.js';

/** Drops the test file's PostgreSQL databases and temporary folders after its tests. */
export function cleanUpStores(): void {
  afterAll(async () => {
    await dropTestDatabases();
    await removeTempDirs();
  });
}

export const MEASURES: Measure[] = [
  { id: 'tham_gia', label: 'Số người tham gia', of: 'people' },
  { id: 'cai_app', label: 'Số hộ cài ứng dụng', of: 'households' },
];
export const scope = { campaign: '2025-5-UBND-VHXH', measures: MEASURES };

export const group = (id: string, population: number, households: number): Group => ({
  id,
  name: `Tổ dân phố số ${id}`,
  population,
  households,
  source: { file: 'groups.csv', row: Number(id) + 1 },
});
