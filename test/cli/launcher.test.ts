/**
 * Which compiled CLI the launcher (bin/phuong-print.js) runs: the bundle (dist/bundle/main.js,
 * made by scripts/bundle.mjs from tsc's output) only when it is newer than tsc's last output
 * (dist/.tsbuildinfo), so that a `tsc` run after the last bundling never leaves yesterday's code
 * running; tsc's output (dist/cli/main.js) otherwise. The real launcher runs over stand-ins that
 * say which one they are.
 */
import { copyFile, mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { execTool } from '../support/exec.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const LAUNCHER = fileURLToPath(new URL('../../bin/phuong-print.js', import.meta.url));

const says = (name: string) =>
  `export async function main() { process.stdout.write('${name}\\n'); return 0; }\n`;

/** A package folder with the real launcher; times in seconds since 2026-01-01, or absent. */
async function runPackage(
  times: { bundle?: number; tsbuildinfo?: number },
  args = ['build'],
): Promise<string> {
  const dir = await makeTempDir('phuong-print-launcher-');
  await mkdir(join(dir, 'bin'));
  await mkdir(join(dir, 'dist', 'cli'), { recursive: true });
  await copyFile(LAUNCHER, join(dir, 'bin', 'phuong-print.js'));
  await copyFile(join(LAUNCHER, '..', 'package.json'), join(dir, 'bin', 'package.json'));
  // What the launcher requires beside it (the command word's tier-up budget).
  await copyFile(join(LAUNCHER, '..', 'long-lived.js'), join(dir, 'bin', 'long-lived.js'));
  await writeFile(join(dir, 'dist', 'cli', 'main.js'), says('tsc output'));
  const epoch = Date.UTC(2026, 0, 1) / 1000;
  if (times.bundle !== undefined) {
    await mkdir(join(dir, 'dist', 'bundle'));
    const main = join(dir, 'dist', 'bundle', 'main.js');
    await writeFile(main, says('bundle'));
    await writeFile(
      join(dir, 'dist', 'bundle', 'quick.cjs'),
      "exports.quickAnswer = (argv, version) => { process.stdout.write('quick ' + argv[0] + ' ' + version() + '\\n'); return true; };\n",
    );
    await utimes(main, epoch + times.bundle, epoch + times.bundle);
  }
  if (times.tsbuildinfo !== undefined) {
    const info = join(dir, 'dist', '.tsbuildinfo');
    await writeFile(info, '{}');
    await utimes(info, epoch + times.tsbuildinfo, epoch + times.tsbuildinfo);
  }
  await writeFile(join(dir, 'package.json'), '{"type":"module","version":"9.8.7"}\n');
  const r = await execTool(process.execPath, [join(dir, 'bin', 'phuong-print.js'), ...args]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.trim();
}

describe('the launcher', () => {
  it('runs the bundle when it was made after tsc last wrote dist/', async () => {
    expect(await runPackage({ tsbuildinfo: 10, bundle: 20 })).toBe('bundle');
  });

  it("runs tsc's output when tsc wrote dist/ after the bundle was made", async () => {
    expect(await runPackage({ bundle: 10, tsbuildinfo: 20 })).toBe('tsc output');
  });

  it('runs the bundle of an installed package, which has no tsc output beside it', async () => {
    expect(await runPackage({ bundle: 10 })).toBe('bundle');
  });

  it("runs tsc's output when there is no bundle", async () => {
    expect(await runPackage({ tsbuildinfo: 10 })).toBe('tsc output');
  });

  it('answers --version and --help alone from quick.cjs, with the package version', async () => {
    expect(await runPackage({ tsbuildinfo: 10, bundle: 20 }, ['--version'])).toBe(
      'quick --version 9.8.7',
    );
    expect(await runPackage({ bundle: 10 }, ['-h'])).toBe('quick -h 9.8.7');
    // Not alone: main answers.
    expect(await runPackage({ bundle: 10 }, ['--help', '--lang', 'vi'])).toBe('bundle');
  });

  it("leaves --version to tsc's output when tsc wrote dist/ after the bundle was made", async () => {
    expect(await runPackage({ bundle: 10, tsbuildinfo: 20 }, ['--version'])).toBe('tsc output');
  });
});
