/**
 * The launcher (bin/phuong-print.js) when a command's work never completes: Node would exit with
 * code 0 once nothing is left to wait for, and a build that wrote nothing would pass for a
 * success. The real launcher runs over a stand-in dist/cli/main.js whose command never settles
 * (and, as the control, one that finishes): the first must fail with one sentence, no stack.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { execTool } from '../support/exec.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const LAUNCHER = fileURLToPath(new URL('../../bin/phuong-print.js', import.meta.url));

/** A package folder with the real launcher and `main` as its compiled CLI. */
async function packageWith(main: string): Promise<string> {
  const dir = await makeTempDir('phuong-print-launcher-');
  await mkdir(join(dir, 'bin'));
  await mkdir(join(dir, 'dist', 'cli'), { recursive: true });
  await writeFile(join(dir, 'package.json'), '{"type":"module"}\n');
  await copyFile(LAUNCHER, join(dir, 'bin', 'phuong-print.js'));
  // The launcher is CommonJS by its folder's package.json.
  await copyFile(join(LAUNCHER, '..', 'package.json'), join(dir, 'bin', 'package.json'));
  // What the launcher requires beside it (the command word's tier-up budget).
  await copyFile(join(LAUNCHER, '..', 'long-lived.js'), join(dir, 'bin', 'long-lived.js'));
  await writeFile(join(dir, 'dist', 'cli', 'main.js'), main);
  return join(dir, 'bin', 'phuong-print.js');
}

describe('a command that never finishes', () => {
  it('exits non-zero with one sentence, not 0', async () => {
    const bin = await packageWith(
      // A stream nobody ends: the promise is never settled and no handle keeps Node alive.
      'export function main() { return new Promise(() => {}); }\n',
    );
    const r = await execTool(process.execPath, [bin, 'build']);
    expect(r.code).not.toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^internal error: .*never completed$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a command that finishes keeps its own exit code and says nothing more', async () => {
    for (const code of [0, 1]) {
      const bin = await packageWith(`export async function main() { return ${code}; }\n`);
      const r = await execTool(process.execPath, [bin, 'build']);
      expect(r.code).toBe(code);
      expect(r.stderr).toBe('');
    }
  });
});
