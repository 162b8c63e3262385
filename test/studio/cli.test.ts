/**
 * `phuong-print studio` as the office starts it: a first start without the admin's password (or
 * with too short a one) is refused in one Vietnamese line (and no stack trace), leaving no store
 * file (nor a data folder it made) behind; with it, the
 * studio answers. With --database-url its users and sessions live in PostgreSQL (when the test
 * server is there), not in the data folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, SQLITE_FILE_NAME } from '../../src/store/open-store.js';
import { listUsers } from '../../src/studio/accounts.js';
import { runCli, runCliInProcess } from '../support/cli.js';
import { dropTestDatabases, freshPostgres, PG_URL } from '../support/stores.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { ADMIN_PASSWORD, Client, startCli } from './studio.js';

afterAll(async () => {
  await dropTestDatabases();
  await removeTempDirs();
});

describe('phuong-print studio', () => {
  it('refuses a first start without PHUONG_PRINT_ADMIN_PASSWORD in one Vietnamese line that says how', async () => {
    const data = await makeTempDir();
    const r = await runCli(['studio', '--data', data, '--port', '0'], {
      env: { PHUONG_PRINT_ADMIN_PASSWORD: '' },
    });
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^lỗi: phần mềm chưa có người dùng nào: hãy đặt biến môi trường PHUONG_PRINT_ADMIN_PASSWORD \(ít nhất 10 ký tự\) rồi chạy lại; đó sẽ là mật khẩu của người dùng “admin”\.$/,
    );
    expect(lines[0]?.normalize('NFC')).toBe(lines[0]);
    // Nothing is left behind: a later start with the password is a first start again.
    expect(readdirSync(data)).toEqual([]);
  });

  // The two refusals below run the CLI's code in this process (the real process's one line and
  // exit code are the case above): a process start is ~1.4 s of CPU.
  it('a refused first start does not make the data folder it was given', async () => {
    const data = join(await makeTempDir(), 'du-lieu');
    const r = await runCliInProcess(['studio', '--data', data, '--port', '0'], {
      env: { PHUONG_PRINT_ADMIN_PASSWORD: '' },
    });
    expect(r.code).toBe(1);
    expect(existsSync(data)).toBe(false);
  });

  it('refuses a public address with anything after the name as Cài đặt does, in its words', async () => {
    const data = await makeTempDir();
    const refusal = async (address: string) => {
      const r = await runCliInProcess(
        ['studio', '--data', data, '--port', '0', '--base-url', address],
        {
          env: { PHUONG_PRINT_ADMIN_PASSWORD: ADMIN_PASSWORD },
        },
      );
      expect(r.code).toBe(1);
      return r.stderr.trim().split('\n');
    };
    // A folder of the name: the studio's links, all from "/", would open nothing under it.
    expect(await refusal('https://ubnd.gov.vn/studio/')).toEqual([
      'lỗi: tùy chọn --base-url: phần mềm không chạy được dưới một thư mục của tên miền (“/studio”): các trang của phần mềm và đường dẫn gửi tổ trưởng, trưởng thôn đều bắt đầu ngay sau tên miền, nên đường dẫn, mã QR in ra sẽ không mở được',
      'gợi ý: Cần dành cho phần mềm một tên miền riêng trỏ thẳng tới phần mềm (người cài đặt phần mềm làm việc này), ví dụ https://in-an.ubnd.gov.vn, rồi ghi tên miền đó',
    ]);
    // A studio page's address (its campaigns /c/…): the name alone was meant, not a folder.
    expect(await refusal('https://ubnd.gov.vn/c/')).toEqual([
      'lỗi: tùy chọn --base-url: chỉ ghi phần đầu của địa chỉ, không có phần sau tên miền (“/c”)',
      'gợi ý: Ghi https://ubnd.gov.vn',
    ]);
    expect(readdirSync(data)).toEqual([]);
  });

  it('refuses a first start with too short a password, in one Vietnamese line', async () => {
    const data = await makeTempDir();
    const r = await runCliInProcess(['studio', '--data', data, '--port', '0'], {
      env: { PHUONG_PRINT_ADMIN_PASSWORD: 'ngắn' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      'lỗi: PHUONG_PRINT_ADMIN_PASSWORD chỉ có 4 ký tự, cần ít nhất 10: hãy chọn mật khẩu dài hơn (một câu ngắn dễ nhớ) rồi chạy lại.',
    ]);
    expect(readdirSync(data)).toEqual([]);
  });

  it('starts with it, creates admin, and serves the sign-in page and the health check', async () => {
    const data = await makeTempDir();
    const { child, address } = startCli(['--data', data, '--port', '0']);
    try {
      const base = await address;
      const res = await fetch(`${base}/sign-in`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('Đăng nhập');
      const health = await fetch(`${base}/healthz`);
      expect(await health.text()).toBe('ok\n');
      expect(existsSync(join(data, SQLITE_FILE_NAME))).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it.skipIf(!PG_URL)('keeps its users and sessions in PostgreSQL with --database-url', async () => {
    const url = await freshPostgres(PG_URL ?? '');
    const data = await makeTempDir();
    const { child, address } = startCli(['--data', data, '--port', '0', '--database-url', url]);
    try {
      const c = new Client(await address);
      expect((await c.signIn('admin', ADMIN_PASSWORD)).status).toBe(303);
      expect((await c.get('/')).status).toBe(200);
      expect(existsSync(join(data, SQLITE_FILE_NAME))).toBe(false);
      const store = await openStore({ url });
      try {
        expect((await listUsers(store.db)).map((u) => u.name)).toEqual(['admin']);
        const sessions = await store.db.selectFrom('studio_sessions').select('user_name').execute();
        expect(sessions.map((r) => r.user_name)).toEqual(['admin']);
      } finally {
        await store.close();
      }
    } finally {
      child.kill('SIGTERM');
      await new Promise((ok) => child.once('exit', ok));
    }
  });
});
