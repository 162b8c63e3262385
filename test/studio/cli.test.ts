/**
 * `phuong-print studio` as the office starts it: a first start without the admin's password is
 * refused in one sentence with a hint (and no stack trace); with it, the studio answers.
 */
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_PATH, runCli } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

describe('phuong-print studio', () => {
  it('refuses a first start without PHUONG_PRINT_ADMIN_PASSWORD, saying how to give it', async () => {
    const data = await makeTempDir();
    const r = await runCli(['studio', '--data', data, '--port', '0'], {
      env: { PHUONG_PRINT_ADMIN_PASSWORD: '' },
    });
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      'error: the studio has no user yet and PHUONG_PRINT_ADMIN_PASSWORD is not set',
    );
    expect(lines[1]).toMatch(/^hint: .*PHUONG_PRINT_ADMIN_PASSWORD=.*user "admin"/);
  });

  it('starts with it, creates admin, and serves the sign-in page', async () => {
    const data = await makeTempDir();
    const child = spawn(process.execPath, [CLI_PATH, 'studio', '--data', data, '--port', '0'], {
      env: { ...process.env, PHUONG_PRINT_ADMIN_PASSWORD: 'mật-khẩu-văn-phòng' },
    });
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /studio on (http:\/\/\S+)/.exec(out);
          if (m?.[1]) resolve(m[1]);
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      const res = await fetch(`${address}/sign-in`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('Đăng nhập');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
