/**
 * A removed account's password hash is gone from the store's file, not left in its free pages
 * (qa46 F8: `strings` on the SQLite file still showed a removed user's scrypt hash and session,
 * and a purged campaign's figures). The hash read back from the store before the removal is
 * looked for in every byte of the file (and of any -wal beside it) after the store is closed.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openStore, SQLITE_FILE_NAME } from '../../src/store/open-store.js';
import { addUser, removeUser } from '../../src/studio/accounts.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

it("leaves no byte of a removed user's password hash in the store's file", async () => {
  const dir = await makeTempDir();
  const first = await openStore({ dataDir: dir });
  await addUser(first.db, 'admin', 'mat-khau-quan-tri', true);
  await addUser(first.db, 'canbo', 'mat-khau-can-bo-10');
  const { password_hash: hash } = await first.db
    .selectFrom('studio_users')
    .select('password_hash')
    .where('name', '=', 'canbo')
    .executeTakeFirstOrThrow();
  await first.close();
  const file = join(dir, SQLITE_FILE_NAME);
  // Written to the file itself (the log is folded in at close): the case the removal must clear.
  expect((await readFile(file)).includes(Buffer.from(hash))).toBe(true);

  const again = await openStore({ dataDir: dir });
  expect(await removeUser(again.db, 'canbo')).toBe('removed');
  await again.close();
  for (const f of [file, `${file}-wal`].filter((f) => existsSync(f)))
    expect([f, (await readFile(f)).includes(Buffer.from(hash))]).toEqual([f, false]);
});
