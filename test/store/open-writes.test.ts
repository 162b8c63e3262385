/**
 * A new store's steps are applied without waiting for the disk after each statement
 * (open-store.ts `migrate`), but the store confirms every write once open (synchronous = FULL:
 * a figure a leader sent survives a power cut), and a store already up to date is opened
 * without a write. bench/results.md "## h-fixed2".
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
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
});
