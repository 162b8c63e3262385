/**
 * Bringing an older store up to date keeps a copy of it as it was (qa35 MAJOR-2): the version
 * that wrote it opens that copy, with every figure and user it had, so an office can go back.
 * A new store and a store already up to date are not copied. A store a newer version wrote is
 * refused in one Vietnamese sentence that names the copy that newer version kept.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import type { Migration } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { openStore } from '../../src/store/open-store.js';
import { runCliInProcess } from '../support/cli.js';
import { firstSteps, stepsIn, storeOf } from '../support/old-store.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

describe('a store brought up to date', () => {
  it('keeps a copy of the older store, as it was, beside it', async () => {
    // The store of a release that knew the first three steps (0000, 0100, 0200), with a user.
    const old = firstSteps(3);
    const dir = await storeOf(old);
    const raw = new Database(join(dir, 'phuong-print.sqlite'));
    raw
      .prepare(
        "insert into studio_users (name, password_hash, is_admin, created_at) values ('thu-ky', 'x', 0, '2026-12-01')",
      )
      .run();
    raw.close();

    const store = await openStore({ dataDir: dir });
    await store.close();
    const copies = readdirSync(dir).filter((n) => n.includes('truoc-nang-cap'));
    expect(copies).toHaveLength(1);
    const copy = copies[0] ?? '';
    // Named with the store's last step before the upgrade.
    expect(copy).toMatch(/^phuong-print\.sqlite\.truoc-nang-cap-0200-\d{4}-\d{2}-\d{2}-\d{6}$/);
    expect(store.upgradeCopy).toBe(join(dir, copy));
    // The copy is the old store: its steps only, its user, readable by the owner only.
    expect(stepsIn(join(dir, copy))).toEqual(Object.keys(old).sort());
    const db = new Database(join(dir, copy), { readonly: true });
    expect(db.prepare('select name from studio_users').all()).toEqual([{ name: 'thu-ky' }]);
    db.close();
    expect(statSync(join(dir, copy)).mode & 0o777).toBe(0o600);
    // The store itself is up to date.
    expect(stepsIn(join(dir, 'phuong-print.sqlite'))).toEqual(Object.keys(MIGRATIONS).sort());

    // Opened again: nothing to bring up to date, no second copy.
    const again = await openStore({ dataDir: dir });
    await again.close();
    expect(again.upgradeCopy).toBeUndefined();
    expect(readdirSync(dir).filter((n) => n.includes('truoc-nang-cap'))).toHaveLength(1);
  });

  it('leaves the copy out of a backup of the data folder: the backup holds the store as it is now', async () => {
    const dir = await storeOf(firstSteps(3));
    const store = await openStore({ dataDir: dir });
    await store.close();
    const copy = readdirSync(dir).find((n) => n.includes('truoc-nang-cap')) ?? '';
    expect(copy).not.toBe('');
    const zip = join(await makeTempDir(), 'sao-luu.zip');
    // The command's code here: which files a backup takes is its, not the program's start-up
    // (the real `backup` runs in backup.test.ts).
    const r = await runCliInProcess(['backup', '--data', dir, '--out', zip]);
    expect(r.code, r.stderr).toBe(0);
    const names = Object.keys(unzipSync(readFileSync(zip)));
    expect(names).toContain('phuong-print.sqlite');
    expect(names.filter((n) => n.includes('truoc-nang-cap'))).toEqual([]);
  });

  it('makes no copy of a new store', async () => {
    const dir = await makeTempDir();
    const store = await openStore({ dataDir: dir });
    await store.close();
    expect(store.upgradeCopy).toBeUndefined();
    expect(readdirSync(dir).filter((n) => n.includes('truoc-nang-cap'))).toEqual([]);
  });

  it('refuses a store a newer version wrote in one Vietnamese sentence naming the copy it kept', async () => {
    const newer: Migration = {
      up: async (db) => {
        await db.schema.createTable('from_the_future').addColumn('id', 'integer').execute();
      },
    };
    const dir = await storeOf(firstSteps(3));
    // The newer version: this one's steps and one more, its copy kept before it ran them.
    const opened = await openStore({ dataDir: dir });
    await opened.close();
    await storeOf({ ...MIGRATIONS, '0900-from-the-future': newer }, dir);
    const before = readdirSync(dir).sort();

    const refused = await openStore({ dataDir: dir }).then(
      async (s) => {
        await s.close();
        return undefined;
      },
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(UserError);
    const said = (refused as UserError).say('vi');
    expect(said).toBe(
      `kho dữ liệu ${join(dir, 'phuong-print.sqlite')} do phiên bản mới hơn của phuong-print ghi (bước 0900-from-the-future), phiên bản này không đọc được`,
    );
    const hint = (refused as UserError).hintIn('vi') ?? '';
    expect(hint).toMatch(/^hãy dùng phiên bản đó, hoặc khôi phục bản sao trước khi nâng cấp/);
    // Quoted for the shell: a data folder may have a space (review41 §6).
    expect(hint).toContain(`--from "${opened.upgradeCopy}" --data "${dir}"`);
    expect(`${said} ${hint}`).not.toMatch(/corrupted|migration|missing/);
    // Nothing written: no copy of its own, no step undone.
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
