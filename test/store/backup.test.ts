/**
 * `phuong-print backup`: a copy of the data folder's store, taken while it is open and being
 * written to, opens as a store and holds every figure written before it; an existing file is
 * never overwritten; a folder without a store is a user error.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { Group } from '../../src/load/types.js';
import { readLatest, recordSubmission } from '../../src/results/results-store.js';
import { openStore } from '../../src/store/open-store.js';
import { CLI_PATH, runCli, runCliInProcess } from '../support/cli.js';
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

  /**
   * qa11 Q17: the store is 0600 (it holds the studio's password hashes and sessions); its copy
   * was 0644 under the usual umask, readable by every local user. The program is run under
   * umask 022, as a shell usually is.
   */
  it('writes the copy readable by its owner only, as the store, its folder made as the store’s', async () => {
    const dir = await makeTempDir();
    const data = join(dir, 'data');
    const store = await openStore({ dataDir: data });
    await store.close();
    const storeMode = (await stat(join(data, 'phuong-print.sqlite'))).mode & 0o777;
    expect(storeMode).toBe(0o600);
    const out = join(dir, 'sao-luu', 'studio.sqlite');
    const backup = (to: string) =>
      promisify(execFile)('sh', [
        '-c',
        'umask 022 && exec "$0" "$@"',
        process.execPath,
        CLI_PATH,
        'backup',
        '--data',
        data,
        '--out',
        to,
        '--lang',
        'vi',
      ]).then(
        (r) => ({ code: 0, stderr: r.stderr }),
        (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
      );
    const res = await backup(out);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect((await stat(out)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, 'sao-luu'))).mode & 0o777).toBe((await stat(data)).mode & 0o777);

    // Refused again, the hint names a file of today's date (Viet Nam's day), not a past one.
    const again = await backup(out);
    expect(again.code).toBe(1);
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    expect(again.stderr).toContain(`ví dụ kèm ngày hôm nay: phuong-print-${today}.sqlite.`);
  });
});
