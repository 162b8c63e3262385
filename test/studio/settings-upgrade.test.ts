/**
 * Cài đặt tells the office how to go back after an upgrade (qa35 MAJOR-2) and how to restore an
 * older `.sqlite` backup (qa35 MINOR-5): a studio opened on an older store lists the copy kept
 * before the upgrade with the command that puts it back, and that command, run by the real CLI
 * with the studio stopped, gives the older store back (its steps, its users).
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { runCli } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { Client, plainText, startStudio } from './studio.js';

afterAll(removeTempDirs);

const stepsOf = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (
      db.prepare('select name from kysely_migration order by name').all() as { name: string }[]
    ).map((r) => r.name);
  } finally {
    db.close();
  }
};

describe('Cài đặt after an upgrade', () => {
  it('lists the copy kept before the upgrade, and the command it says puts the older store back', async () => {
    const dir = await makeTempDir();
    const store = join(dir, 'phuong-print.sqlite');
    const old = Object.keys(MIGRATIONS).sort().slice(0, 3);
    const db = new Kysely<unknown>({
      dialect: new SqliteDialect({ database: new Database(store) }),
    });
    const migrations = Object.fromEntries(old.map((s) => [s, MIGRATIONS[s]]));
    await new Migrator({
      db,
      provider: { getMigrations: async () => migrations as typeof MIGRATIONS },
    }).migrateToLatest();
    await db.destroy();

    const s = await startStudio({ dataDir: dir });
    const c = new Client(s.url);
    await c.signIn();
    const page = await c.get('/settings');
    await s.close();
    expect(page.status).toBe(200);
    const text = plainText(page.text);
    expect(text).toContain('Nâng cấp và quay lại phiên bản cũ');
    const copy = /phuong-print\.sqlite\.truoc-nang-cap-0200-[\d-]+/.exec(text)?.[0] ?? '';
    expect(copy).not.toBe('');
    // The command as the page gives it, run as the installer would.
    const command = new RegExp(`phuong-print restore --from (\\S+${copy}) --data (\\S+)`).exec(
      text,
    );
    expect(command?.[2]).toBe(dir);
    const r = await runCli(['restore', '--from', command?.[1] ?? '', '--data', command?.[2] ?? '']);
    expect(r.code).toBe(0);
    expect(stepsOf(store)).toEqual(old);
    // The older .sqlite backup: said how to restore it, in the same command form.
    expect(text).toContain(`Bản sao lưu cũ dạng .sqlite`);
    expect(text).toContain(`phuong-print restore --from tệp.sqlite --data ${dir}`);
  });
});
