/**
 * A store's pending steps are applied in one transaction (open-store.ts `migrate`): a step
 * stopped half-way leaves nothing of itself, and the next start applies it whole (review44 #3).
 * The store confirms every write (synchronous = FULL: a figure a leader sent survives a power
 * cut), and a store already up to date is opened without a write. bench/results.md "## h-fixed2".
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { openStore } from '../../src/store/open-store.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

describe('opening the store', () => {
  it('leaves a store already up to date as it was, and confirms every write once open', async () => {
    const dir = await makeTempDir();
    const file = join(dir, 'phuong-print.sqlite');
    const first = await openStore({ dataDir: dir });
    // 2 = FULL: what the store runs with once open, a new one too.
    const mode = await sql<{ synchronous: number }>`pragma synchronous`.execute(first.db);
    expect(mode.rows[0]?.synchronous).toBe(2);
    await first.close();
    const before = { bytes: await readFile(file), mtime: (await stat(file)).mtimeMs };
    // A file system's clock ticks coarsely: a write in the same tick would keep the mtime.
    await new Promise((r) => setTimeout(r, 50));

    const again = await openStore({ dataDir: dir });
    const rows = await again.db.selectFrom('store_meta').selectAll().execute();
    const modeAgain = await sql<{ synchronous: number }>`pragma synchronous`.execute(again.db);
    await again.close();
    expect(rows.map((r) => r.key)).toEqual(['created_at']);
    expect(modeAgain.rows[0]?.synchronous).toBe(2);
    expect((await stat(file)).mtimeMs).toBe(before.mtime);
    expect(Buffer.compare(await readFile(file), before.bytes)).toBe(0);
  });

  it('keeps nothing of a step stopped half-way, and the next start applies it whole', async () => {
    const dir = await makeTempDir();
    const file = join(dir, 'phuong-print.sqlite');
    // A table in the way of step 0200's third statement (its first two, the submissions table
    // and its index, have then run): the step stops half-way, as a power cut would stop it.
    const raw = new Database(file);
    raw.pragma('journal_mode = WAL');
    raw.exec('create table result_values (x integer)');
    raw.close();
    const failed = await openStore({ dataDir: dir }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(UserError);
    expect(String((failed as Error).message)).toContain('0200-results');

    const look = new Database(file, { readonly: true });
    const tables = (
      look.prepare(`select name from sqlite_master where type = 'table'`).all() as {
        name: string;
      }[]
    ).map((t) => t.name);
    look.close();
    // Nothing of the steps run before it either: the store is as it was before that start.
    expect(tables).not.toContain('result_submissions');
    expect(tables).not.toContain('store_meta');

    // The obstacle gone, the next start opens the store with every step applied.
    const fix = new Database(file);
    fix.exec('drop table result_values');
    fix.close();
    const store = await openStore({ dataDir: dir });
    const steps = await sql<{ name: string }>`select name from kysely_migration`.execute(store.db);
    await store.db
      .insertInto('result_submissions')
      .values({ id: 's1', campaign: 'c', group_id: 'g', source: 'office', recorded_at: 'now' })
      .execute();
    await store.close();
    expect(steps.rows.map((r) => r.name)).toContain('0200-results');
  });
});
