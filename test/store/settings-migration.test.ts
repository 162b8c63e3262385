/**
 * A store made by the release before the studio's settings (every migration up to
 * 0270-results-decimal applied, figures and users in it) opens with the settings' table added
 * and what it held kept: the new migration is named after every released one, as Kysely refuses
 * a store with a later migration applied than one it lacks.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, type Migration, Migrator, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { openStore } from '../../src/store/open-store.js';
import { readPublicAddress, savePublicAddress } from '../../src/studio/settings.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

describe('the studio settings migration', () => {
  it('brings a store of the release before up to date, keeping its users', async () => {
    const dir = await makeTempDir();
    const file = join(dir, 'phuong-print.sqlite');
    // The migrations the release before had, by their released names.
    const names = [
      '0000-store-meta',
      '0100-studio-users',
      '0200-results',
      '0210-result-group-names',
      '0250-results-submitter',
      '0260-results-withdrawn',
      '0270-results-decimal',
    ];
    const released = Object.fromEntries(names.map((n) => [n, MIGRATIONS[n] as Migration]));
    const old = new Kysely<unknown>({
      dialect: new SqliteDialect({ database: new Database(file) }),
    });
    const done = await new Migrator({
      db: old,
      provider: { getMigrations: async () => released },
    }).migrateToLatest();
    expect(done.error).toBeUndefined();
    await old.destroy();
    const raw = new Database(file);
    raw
      .prepare(
        "insert into studio_users (name, password_hash, is_admin, created_at) values ('lan', 'x', 1, '2026-01-01')",
      )
      .run();
    raw.close();

    const store = await openStore({ dataDir: dir });
    const users = await store.db.selectFrom('studio_users').select('name').execute();
    expect(users).toEqual([{ name: 'lan' }]);
    expect(await readPublicAddress(store.db)).toBeUndefined();
    await savePublicAddress(store.db, 'https://phuong-hoacuong.example.vn', 'lan');
    expect(await readPublicAddress(store.db)).toMatchObject({
      address: 'https://phuong-hoacuong.example.vn',
      by: 'lan',
    });
    await store.close();
  });
});
