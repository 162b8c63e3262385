/**
 * `phuong-print backup`: a copy of the data folder's store, taken while it is open and being
 * written to, opens as a store and holds every figure written before it; an existing file is
 * never overwritten; a folder without a store is a user error.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Group } from '../../src/load/types.js';
import { readLatest, recordSubmission } from '../../src/results/results-store.js';
import { openStore } from '../../src/store/open-store.js';
import { runCli, runCliInProcess } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const scope = {
  campaign: 'backup-test',
  measures: [{ id: 'tham_gia', label: 'Số người tham gia', of: 'people' as const }],
};
const group = (i: number): Group => ({
  id: String(i),
  name: `Tổ ${i}`,
  population: 1000,
  source: { file: 'g.csv', row: i + 1 },
});

describe('backup', () => {
  it('copies the open store, figures and all, and never overwrites a file', async () => {
    const dir = await makeTempDir();
    const data = join(dir, 'data');
    const store = await openStore({ dataDir: data });
    for (let i = 1; i <= 20; i++) {
      await recordSubmission(store.db, scope, {
        group: group(i),
        values: { tham_gia: i * 7 },
        source: 'leader',
      });
    }
    const out = join(dir, 'sao-luu.sqlite');
    // The server keeps the store open (and writing) while the office backs it up.
    const [res] = await Promise.all([
      runCli(['backup', '--data', data, '--out', out]),
      recordSubmission(store.db, scope, {
        group: group(21),
        values: { tham_gia: 1 },
        source: 'leader',
      }),
    ]);
    await store.close();
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(existsSync(`${out}.partial`)).toBe(false);

    const restored = join(dir, 'restored');
    const { copyFile, mkdir } = await import('node:fs/promises');
    await mkdir(restored);
    await copyFile(out, join(restored, 'phuong-print.sqlite'));
    const copy = await openStore({ dataDir: restored });
    const latest = await readLatest(copy.db, scope.campaign);
    await copy.close();
    for (let i = 1; i <= 20; i++) expect(latest.get(String(i))?.get('tham_gia')?.value).toBe(i * 7);

    // The refusals by the command's code in this process (a start of the program is ~0.3 s of
    // CPU); the copy beside a writing store above is the program, another process.
    const again = await runCliInProcess(['backup', '--data', data, '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('the backup file already exists');
  });

  it('a folder without a store is named, not a crash', async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, 'note.txt'), 'not a store');
    const res = await runCliInProcess(['backup', '--data', dir, '--out', join(dir, 'x.sqlite')]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(
      `error: ${join(dir, 'phuong-print.sqlite')}: no data store in ${dir}`,
    );
  });
});
