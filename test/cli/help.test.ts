/**
 * `phuong-print --help` (answered without yargs, src/cli/help.ts): every command the README
 * documents, each with its description, within the terminal's 100 columns; `-h` says the same.
 * The CLI runs from dist/, which vitest's global setup (test/support/global-setup.ts) builds
 * first when src/ has changed.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli, runCliInProcess } from '../support/cli.js';

const README = new URL('../../README.md', import.meta.url);

describe('phuong-print --help', () => {
  it('lists every command the README documents, within 100 columns; -h says the same', async () => {
    const readme = await readFile(README, 'utf8');
    const documented = new Set(
      [...readme.matchAll(/\bphuong-print ([a-z][a-z-]+)/g)].map((m) => m[1] ?? ''),
    );
    expect(documented.size).toBeGreaterThan(5);
    const help = await runCli(['--help']);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stderr).toBe('');
    const lines = help.stdout.split('\n');
    for (const command of documented) {
      const row = lines.find((l) => l.startsWith(`  phuong-print ${command} `));
      // The command's name, then its description beside it.
      expect(row, command).toMatch(/\s{2,}[A-Z]\w+/);
    }
    expect(lines.filter((l) => l.length > 100)).toEqual([]);
    expect(help.stdout).toMatch(/^ {2}-h, --help +Show help/m);
    expect(help.stdout).toMatch(/^ {6}--version +Show version number/m);
    expect((await runCli(['-h'])).stdout).toBe(help.stdout);
  });

  it('says the same in Vietnamese on a Vietnamese machine: the commands as yargs lists them', async () => {
    const help = await runCli(['--help'], { env: { LANG: 'vi_VN.UTF-8' } });
    expect(help.code, help.stderr).toBe(0);
    // yargs' own Vietnamese help (asked with another option beside --help, so yargs answers).
    const yargs = (await runCliInProcess(['--help', '--lang', 'vi'])).stdout;
    const upToOptions = (text: string) => text.slice(0, text.indexOf('\nTùy chọn:'));
    expect(upToOptions(help.stdout).length).toBeGreaterThan(500);
    expect(upToOptions(help.stdout)).toBe(upToOptions(yargs));
    expect(help.stdout).toMatch(/^ {2}-h, --help +Xem hướng dẫn$/m);
    expect(help.stdout).toMatch(/^ {6}--version +Xem số phiên bản$/m);
    expect(help.stdout).toMatch(/^ {6}--lang +Ngôn ngữ thông báo: vi hoặc en/m);
    expect(help.stdout).toContain('\nVí dụ:\n  phuong-print build --campaign campaign.yaml');
    expect(help.stdout.split('\n').filter((l) => l.length > 100)).toEqual([]);
  });

  it("gives --signed-at's default as the README and the signing do: the time of signing", async () => {
    const readme = await readFile(README, 'utf8');
    expect(readme).toMatch(/^\| `--signed-at T` \|.*default the time of signing \(now\)/m);
    const help = (await runCliInProcess(['build', '--help', '--lang', 'en'])).stdout;
    const option = help.slice(help.indexOf('--signed-at'), help.indexOf('--signed-at') + 200);
    expect(collapse(option)).toContain('default: the time of signing, now');
    expect(option).not.toContain('issue date');
    const vi = (await runCliInProcess(['build', '--help', '--lang', 'vi'])).stdout;
    const tuỳChọn = vi.slice(vi.indexOf('--signed-at'), vi.indexOf('--signed-at') + 200);
    expect(collapse(tuỳChọn)).toContain('mặc định: lúc ký');
  });
});

const collapse = (text: string) => text.replace(/\s+/g, ' ');
