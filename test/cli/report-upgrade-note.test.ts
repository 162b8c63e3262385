/**
 * `report --data` (or `--database-url`) over an earlier version's store brings it up to date, as
 * serve and studio do: it says so on stderr in the same line they print at start — the copy kept
 * beside a SQLite store, or, for PostgreSQL, that no copy is kept and pg_dump is the way back —
 * not silently (the earlier version could then no longer open the store, with no word why).
 * Skipped for PostgreSQL unless PHUONG_PRINT_TEST_PG_URL names a server.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { runCliInProcess } from '../support/cli.js';
import { firstSteps, postgresStoreOf, storeOf } from '../support/old-store.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { dropTestDatabases, freshPostgres, PG_URL } from '../support/stores.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(async () => {
  await dropTestDatabases();
  await removeTempDirs();
});

const VI = { env: { PHUONG_PRINT_LANG: 'vi' } };

const report = (store: string[], out: string) =>
  runCliInProcess(
    [
      ...['report', '--campaign', EXAMPLE_CAMPAIGN, '--groups', EXAMPLE_GROUPS],
      ...store,
      ...['--out', out],
    ],
    VI,
  );

describe('report over an earlier version’s store', () => {
  it('SQLite: says on stderr that the store was brought up to date and names the copy kept', async () => {
    const data = await storeOf(firstSteps(3));
    const r = await report(['--data', data], join(await makeTempDir(), 'out'));
    expect(r.code, r.stderr).toBe(0);
    const copy = readdirSync(data).find((n) => n.includes('.truoc-nang-cap-'));
    expect(copy).toBeDefined();
    expect(r.stderr).toContain(
      `đã cập nhật kho dữ liệu cho phiên bản này; bản sao như trước khi cập nhật được giữ ở ${join(data, copy ?? '')}`,
    );
    expect(r.stdout).not.toContain('truoc-nang-cap');

    // Up to date now: nothing more to say.
    const again = await report(['--data', data], join(await makeTempDir(), 'out'));
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).not.toContain('cập nhật kho dữ liệu');
  });

  it.skipIf(!PG_URL)(
    'PostgreSQL: says on stderr that no copy is kept, naming pg_dump',
    async () => {
      const url = await freshPostgres(PG_URL ?? '');
      await postgresStoreOf(firstSteps(3), url);
      const pending = Object.keys(MIGRATIONS).length - 3;
      const r = await report(['--database-url', url], join(await makeTempDir(), 'out'));
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain(
        `kho dữ liệu PostgreSQL sắp được cập nhật cho phiên bản này (${pending} bước) và phần mềm không giữ bản sao của kho này: sau đó phiên bản cũ chỉ mở lại được từ bản sao lưu bằng pg_dump làm trước khi cập nhật`,
      );
    },
  );
});
