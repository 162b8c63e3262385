/**
 * `phuong-print studio --help`: what it says of --leader-site is true of the studio — it
 * publishes the leaders' pages itself (its "Trang tổ trưởng" tab); a separate `serve` is an
 * option, not the way to publish.
 */
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';

/** The option's help, its wrapped lines joined. */
const leaderSiteHelp = (help: string) =>
  (/--leader-site\s+([\s\S]*?)\n\s+--/.exec(help)?.[1] ?? '').replace(/\s+/g, ' ');

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
});
