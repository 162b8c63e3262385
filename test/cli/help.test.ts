/**
 * `phuong-print --help` (answered without yargs, src/cli/help.ts): every command the README
 * documents, each with its description, within the terminal's 100 columns; `-h` says the same.
 * Run `npm run build` first: the CLI runs from dist/.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

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
});
