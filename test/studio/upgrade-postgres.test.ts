/**
 * A PostgreSQL store is not copied before an upgrade (qa35): the installer's pg_dump is the way
 * back. `studio` about to bring an earlier version's PostgreSQL store up to date says so in one
 * line at start, naming pg_dump; a start with nothing to bring up to date says nothing of it; and
 * Cài đặt says to pg_dump before upgrading. Skipped unless PHUONG_PRINT_TEST_PG_URL names a
 * server (CI starts one).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { firstSteps, postgresStoreOf } from '../support/old-store.js';
import { dropTestDatabases, freshPostgres, PG_URL } from '../support/stores.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { Client, plainText, studioProcess } from './studio.js';

afterAll(async () => {
  await dropTestDatabases();
  await removeTempDirs();
});

describe.skipIf(!PG_URL)('an earlier version’s PostgreSQL store', () => {
  it('studio says at start that no copy is kept and names pg_dump; Cài đặt says pg_dump first', async () => {
    const url = await freshPostgres(PG_URL ?? '');
    await postgresStoreOf(firstSteps(3), url);
    const pending = Object.keys(MIGRATIONS).length - 3;
    const dataDir = await makeTempDir();
    const start = () => studioProcess(dataDir, ['--database-url', url]);
    const first = await start();
    let settings: string;
    try {
      const c = new Client(first.url);
      await c.signIn();
      settings = plainText((await c.get('/settings')).text);
    } finally {
      await first.stop();
    }
    const said = first
      .log()
      .split('\n')
      .filter((l) => l.includes('pg_dump'));
    expect(said).toEqual([
      `kho dữ liệu PostgreSQL sắp được cập nhật cho phiên bản này (${pending} bước) và phần mềm không giữ bản sao của kho này: sau đó phiên bản cũ chỉ mở lại được từ bản sao lưu bằng pg_dump làm trước khi cập nhật`,
    ]);
    expect(settings).toContain(
      'Số liệu và tài khoản nằm trong PostgreSQL: trước khi nâng cấp, người cài đặt sao lưu bằng pg_dump để có thể quay lại.',
    );
    expect(settings).not.toContain('truoc-nang-cap');

    // Up to date now: the next start has nothing to say of it.
    const again = await start();
    await again.stop();
    expect(again.log()).not.toContain('pg_dump');
  });
});
