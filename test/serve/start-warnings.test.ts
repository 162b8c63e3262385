/**
 * `serve` says at start what `check` warns of its inputs (qa29 m4): an office that only runs
 * `serve` was told nothing of a group's day before the notice's (the leader's page then said the
 * campaign had ended), a weekday its date contradicts, or a column nothing prints. Said on
 * stderr in Vietnamese, and the server runs anyway. Inputs: test/fixtures/qa29.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collapseSpaces } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { type ServeProcess, spawnServe } from './server.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/qa29/', import.meta.url));
/** The last line of serve's start in Vietnamese: all its warnings said before it. */
const STARTED = 'phuong-print links';
const NO_ADMIN = { PHUONG_PRINT_ADMIN_PASSWORD: '' };

// One server (a start costs ~1 s of CPU) for what it says at start and after a reload. Review 38
// (11): serve says no note of what a build makes (check's "chỉ làm thông báo, …: chiến dịch không
// có ứng dụng"), and after a reload says the warnings new since the load before, once.
describe('serve, started on a groups file with mistyped days, then reloaded after an edit that adds a slip', () => {
  let serve: ServeProcess;
  let groups = '';
  const until = async (what: () => boolean, why: string) => {
    for (const end = Date.now() + 60_000; !what(); ) {
      if (Date.now() > end || serve.child.exitCode !== null) {
        serve.child.kill('SIGKILL');
        throw new Error(`${why}: ${serve.stdout()}${serve.stderr()}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  beforeAll(async () => {
    const dir = await makeTempDir();
    await cp(FIXTURES, dir, { recursive: true });
    groups = join(dir, 'groups.csv');
    // A secret of its own, not --dev: a reload as the office's server does it.
    serve = await spawnServe(
      join(dir, 'campaign.yaml'),
      groups,
      await makeTempDir(),
      ['--lang', 'vi'],
      STARTED,
      { dev: false, env: { ...NO_ADMIN, PHUONG_PRINT_SECRET: 'x'.repeat(32) } },
    );
  });
  afterAll(async () => {
    serve.child.kill('SIGKILL');
    await removeTempDirs();
  });

  it('says check’s warnings of the groups file, in Vietnamese, and serves anyway', () => {
    const said = collapseSpaces(serve.stderr());
    // The fixture's row 7 (tổ 6): 20/11/2026, before the notice's date 03/12/2026.
    expect(said).toContain(
      `cảnh báo: ${groups}, dòng 7, cột “Ngày”: “20/11/2026” trước ngày ban hành 03/12/2026: người dân nhận giấy khi ngày đó đã qua`,
    );
    expect(said).toContain(
      `cảnh báo: ${groups}, dòng 3, cột “Ngày”: 12/12/2026 là thứ Bảy, không phải Chủ nhật`,
    );
    expect(said).toContain('gợi ý: Kiểm tra lại ô đó');
    expect(serve.stdout()).toMatch(/http:\/\/127\.0\.0\.1:\d+/);
    expect(serve.child.exitCode).toBeNull();
  });

  it('says no build note at start', () => {
    expect(serve.stderr()).not.toContain('không có ứng dụng');
  });

  it('says the new slip after the reload, and not the ones it said before', async () => {
    // Tổ 5 (row 6): 09/12/2026 is a Wednesday.
    const text = await readFile(groups, 'utf8');
    await writeFile(groups, text.replace(';09/12/2026;', ';Chủ nhật, 09/12/2026;'));
    serve.child.kill('SIGHUP');
    await until(() => /đã nạp lại/.test(serve.stdout()), 'no reload');
    await until(() => /09\/12\/2026 là/.test(serve.stderr()), 'no new warning');
    const said = collapseSpaces(serve.stderr());
    expect(said).toContain(
      `cảnh báo: ${groups}, dòng 6, cột “Ngày”: 09/12/2026 là thứ Tư, không phải Chủ nhật`,
    );
    expect(said.split('12/12/2026 là thứ Bảy, không phải Chủ nhật').length - 1).toBe(1);
  });
});
