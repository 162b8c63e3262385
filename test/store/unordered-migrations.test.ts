/**
 * A store made by a release whose migrations do not form a prefix of today's name order opens
 * (qa27 F1): 0280-result-bases was released after 0300-studio-settings, and every store made in
 * between was refused ("corrupted migrations…") and the studio did not start. And a store brought
 * up to date by a newer release than this one is refused in one Vietnamese sentence naming the
 * step, not Kysely's English.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Migration } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { openStore } from '../../src/store/open-store.js';
import { storeOf } from '../support/old-store.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

describe('stores made by other releases', () => {
  it('opens a store made before 0280-result-bases, after 0300-studio-settings, its users kept', async () => {
    // fd7ba90's migrations: every one of today's but the results' bases.
    const { '0280-result-bases': _later, ...released } = MIGRATIONS;
    expect(Object.keys(released)).toContain('0300-studio-settings');
    const dir = await storeOf(released as Record<string, Migration>);
    const raw = new Database(join(dir, 'phuong-print.sqlite'));
    raw
      .prepare(
        "insert into studio_users (name, password_hash, is_admin, created_at) values ('lan', 'x', 1, '2026-01-01')",
      )
      .run();
    raw.close();

    const store = await openStore({ dataDir: dir });
    try {
      const users = await store.db.selectFrom('studio_users').select('name').execute();
      expect(users).toEqual([{ name: 'lan' }]);
      // The figures' bases are there: the column the results now read.
      const columns = await store.db.introspection.getTables();
      const values = columns.find((t) => t.name === 'result_values');
      expect(values?.columns.map((c) => c.name)).toContain('base');
    } finally {
      await store.close();
    }
  });

  it('refuses a store a newer release brought up to date, in Vietnamese, naming the step', async () => {
    const newer: Migration = {
      up: async (db) => {
        await db.schema.createTable('from_the_future').addColumn('id', 'integer').execute();
      },
    };
    const dir = await storeOf({ ...MIGRATIONS, '0900-from-the-future': newer });
    const opened = await openStore({ dataDir: dir }).then(
      async (s) => {
        await s.close();
        return undefined;
      },
      (e: unknown) => e,
    );
    expect(opened).toBeInstanceOf(UserError);
    const said = (opened as UserError).say('vi');
    expect(said).toContain('do phiên bản mới hơn của phuong-print ghi');
    expect(said).toContain('0900-from-the-future');
    expect(said).not.toMatch(/corrupted|migration/);
  });
});
