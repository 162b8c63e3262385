/**
 * Output stage: where the running code is, for the worker threads' file and the code's version.
 * The tool runs three ways: from src/ (vitest, tsx), from tsc's output (dist/<stage>/*.js) or
 * from the bundle (dist/bundle/*.js, scripts/bundle.mjs), where this module is part of a chunk.
 */
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const HERE = import.meta.url;

/** Run from src/ (vitest, tsx): TypeScript, whose worker threads need compiled code. */
const FROM_SOURCE = HERE.endsWith('.ts');

/** This module is its own file in src/ and in tsc's output; in the bundle it is inside a chunk. */
const BUNDLED = !/\/output\/code-location\.[jt]s$/.test(HERE);

/** The folder that holds every module of the running code: dist/bundle/, dist/ or src/. */
export const CODE_ROOT = fileURLToPath(new URL(BUNDLED ? './' : '../', HERE));

/** The bundle's folder inside dist/, which tsc's output does not count as its own code. */
export const BUNDLE_FOLDER = 'bundle';

/**
 * From src/, threads need compiled code: the bundle's when it was made after tsc's last change to
 * dist/ (the rule bin/phuong-print.js follows), else tsc's output. A cold thread loads the bundle
 * for ~0.15 s less CPU than tsc's ~670 files, and the tests start dozens of threads
 * (bench/results.md "## tests: the heaviest files, cheaper").
 */
function compiled(bundled: string, tsc: string): URL {
  const bundle = new URL(`../../dist/bundle/${bundled}`, HERE);
  const mtime = (url: URL) => statSync(url, { throwIfNoEntry: false })?.mtimeMs;
  const bundledAt = mtime(new URL('../../dist/bundle/worker.js', HERE));
  const compiledAt = mtime(new URL('../../dist/.tsbuildinfo', HERE));
  return bundledAt !== undefined &&
    compiledAt !== undefined &&
    bundledAt >= compiledAt &&
    mtime(bundle)
    ? bundle
    : new URL(`../../dist/${tsc}`, HERE);
}

/**
 * The CommonJS shim piscina loads in each worker thread (output/worker-entry.cts): the one beside
 * the running code, so that threads run what the main thread runs; from src/, dist/'s.
 */
export const WORKER = fileURLToPath(
  FROM_SOURCE
    ? compiled('worker-entry.cjs', 'output/worker-entry.cjs')
    : new URL('./worker-entry.cjs', HERE),
);

/**
 * The studio's thread that reads one large groups list (load/groups/thread.ts, an ES module a
 * plain worker thread runs): the bundle's entry `groups-thread.js`, or tsc's output.
 */
export const GROUPS_THREAD = fileURLToPath(
  FROM_SOURCE
    ? compiled('groups-thread.js', 'load/groups/thread.js')
    : new URL(BUNDLED ? './groups-thread.js' : '../load/groups/thread.js', HERE),
);
