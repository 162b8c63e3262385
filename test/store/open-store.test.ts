/**
 * The store opens as the office's data folder holds it: a SQLite file created on first use, in
 * WAL mode, with the schema brought up to date once (reopening keeps what is there); a file that
 * is not a store is a user error, not a crash.
 */
import { chmod, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { isUserError } from '../../src/errors.js';
import { openStore } from '../../src/store/open-store.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

describe('openStore (SQLite)', () => {
  it('creates the file in the data folder, in WAL mode, and migrates once', async () => {
    const dir = join(await makeTempDir(), 'data');
    const first = await openStore({ dataDir: dir });
    const created = await first.db
      .selectFrom('store_meta')
      .select('value')
      .where('key', '=', 'created_at')
      .executeTakeFirstOrThrow();
    await first.close();

    const raw = new Database(join(dir, 'phuong-print.sqlite'), { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();

    const again = await openStore({ dataDir: dir });
    const rows = await again.db.selectFrom('store_meta').selectAll().execute();
    await again.close();
    expect(rows).toEqual([{ key: 'created_at', value: created.value }]);
  });

  it("keeps the store (figures, the studio's accounts) readable by its user only, an older one too (qa9 Q10)", async () => {
    const dir = await makeTempDir();
    const store = await openStore({ dataDir: dir });
    // A write, so that SQLite makes its -wal and -shm files beside the database.
    await store.db.schema.createTable('probe').addColumn('x', 'integer').execute();
    const modes = async () =>
      Object.fromEntries(
        await Promise.all(
          (await readdir(dir)).map(async (f) => [f, (await stat(join(dir, f))).mode & 0o777]),
        ),
      );
    expect(await modes()).toEqual({
      'phuong-print.sqlite': 0o600,
      'phuong-print.sqlite-wal': 0o600,
      'phuong-print.sqlite-shm': 0o600,
    });
    await store.close();
    // A store an earlier version made readable by everyone is made private when opened.
    await chmod(join(dir, 'phuong-print.sqlite'), 0o644);
    const again = await openStore({ dataDir: dir });
    expect((await stat(join(dir, 'phuong-print.sqlite'))).mode & 0o777).toBe(0o600);
    await again.close();
  });

  it('refuses a file that is not a store with a user error', async () => {
    const dir = await makeTempDir();
    await writeFile(
      join(dir, 'phuong-print.sqlite'),
      'this is a spreadsheet, not a database\n'.repeat(200),
    );
    const err = await openStore({ dataDir: dir }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isUserError(err)).toBe(true);
    expect(String((err as Error).message)).toContain('phuong-print.sqlite');
  });
});
