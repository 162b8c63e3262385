/**
 * `phuong-print studio --help`: what it says of --leader-site is true of the studio — it
 * publishes the leaders' pages itself (its "Trang tổ trưởng" tab); a separate `serve` is an
 * option, not the way to publish. What it (and `serve --help`) says of --trust-proxy is the rule
 * the servers follow: X-Forwarded-Proto: https is read without it, "http" there only with it
 * (it said "https from X-Forwarded-Proto", as if only with the flag).
 */
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';

/** The option's help, its wrapped lines joined. */
const optionHelp = (help: string, option: string) =>
  (new RegExp(`${option}\\s+([\\s\\S]*?)\\n\\s+-`).exec(help)?.[1] ?? '').replace(/\s+/g, ' ');
const leaderSiteHelp = (help: string) => optionHelp(help, '--leader-site');

describe('phuong-print studio --help', () => {
  it('says the studio publishes the leaders’ pages itself, --leader-site only for a separate serve', async () => {
    const vi = await runCliInProcess(['studio', '--help']);
    expect(vi.code).toBe(0);
    const line = leaderSiteHelp(vi.stdout);
    expect(line).toContain('studio tự mở các trang tổ trưởng (thẻ Trang tổ trưởng)');
    expect(line).toContain('Chỉ khi có thêm một máy chủ `serve` riêng');
    const en = leaderSiteHelp((await runCliInProcess(['studio', '--help', '--lang', 'en'])).stdout);
    expect(en).toContain('the studio publishes them itself');
  });

  it('says what --trust-proxy adds: the client address, the host, and X-Forwarded-Proto: http believed, https being read without it', async () => {
    for (const command of ['studio', 'serve']) {
      const vi = optionHelp(
        (await runCliInProcess([command, '--help', '--lang', 'vi'])).stdout,
        '--trust-proxy',
      );
      expect(vi).toContain(
        'lấy địa chỉ người dùng từ X-Forwarded-For, tên miền từ X-Forwarded-Host, và tin cả X-Forwarded-Proto: http (https ở đó luôn được đọc, không cần cờ này)',
      );
      expect(vi).not.toContain('https từ X-Forwarded-Proto');
      const en = optionHelp(
        (await runCliInProcess([command, '--help', '--lang', 'en'])).stdout,
        '--trust-proxy',
      );
      expect(en).toContain(
        'X-Forwarded-Proto: http believed (https there is read without this flag too)',
      );
    }
  });
});
