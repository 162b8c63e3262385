/**
 * Vitest global setup: compile `src/` to `dist/` and bundle it (`dist/bundle/`) before any test
 * runs. The CLI tests run the tool as users do (`bin/phuong-print.js` → the bundle), so a `vitest`
 * started without a build would test yesterday's code. The build is incremental, and skipped when
 * dist/ is newer than everything it is made from: a source file, a folder (a file added or
 * removed) or a tsconfig newer than dist/.tsbuildinfo means a build is due (and the file is
 * touched after each build, so that a build which found nothing to change counts too). An
 * incremental tsc with nothing to do still costs ~2.7 s of CPU before the first test starts.
 * The bundle is made again when it is older than tsc's output, the bundling script or the
 * package lock (packages inside it); the launcher would run tsc's output then, not stale code.
 *
 * It then points the run's temporary files at memory when the machine has room there
 * (memory-tmp.ts), and its teardown removes them, whether the tests passed or not.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useMemoryTmpdir } from './memory-tmp.js';

/** The newest modification time (ms) of `path` and, for a folder, of everything under it. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** Whether dist/ was built after the last change to what it is built from. */
function distIsCurrent(root: string): boolean {
  let built: number;
  try {
    built = statSync(join(root, 'dist', '.tsbuildinfo')).mtimeMs;
  } catch {
    return false;
  }
  // package-lock.json: a TypeScript (or @types) upgrade changes what tsc makes.
  const sources = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
  return sources.every((p) => newest(join(root, p)) < built);
}

/** Whether dist/bundle/ was made after tsc's output and everything else it is made from. */
function bundleIsCurrent(root: string): boolean {
  let bundled: number;
  try {
    bundled = statSync(join(root, 'dist', 'bundle', 'main.js')).mtimeMs;
  } catch {
    return false;
  }
  const sources = ['dist/.tsbuildinfo', 'scripts/bundle.mjs', 'package-lock.json'];
  return sources.every((p) => newest(join(root, p)) <= bundled);
}

export default function setup(): (() => void) | undefined {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  if (!distIsCurrent(root)) {
    // The time the build starts: a source saved while tsc runs is then newer, and rebuilt next time.
    const started = new Date();
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
      cwd: root,
      stdio: 'inherit',
    });
    utimesSync(join(root, 'dist', '.tsbuildinfo'), started, started);
  }
  if (!bundleIsCurrent(root)) {
    execFileSync(process.execPath, [join(root, 'scripts', 'bundle.mjs')], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  return useMemoryTmpdir();
}
