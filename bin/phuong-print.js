#!/usr/bin/env node
// Thin launcher for the CLI compiled to dist/ (by `npm ci` in a clone, by `prepack` in the package).
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// V8 sends a function to its optimising compiler (TurboFan, on helper threads) once it has run
// about 66 KB of bytecode. A command of a few hundred documents ends before most of those
// compilations pay: a 300-poster build spent ~1 s of CPU compiling on the helper threads, on a
// 2-core machine the core the build's writes and garbage collector also need, for code that then
// ran ~0.2 s. Four times the budget leaves tier-up to what stays hot (a long build still gets
// it, a little later): 300 posters 0.83x the user CPU (bench/results.md "whole process: a short
// build"). Set before any of the program's code is loaded, so every function starts with it; the
// worker threads share the process's flags.
setFlagsFromString('--interrupt-budget=270336');

// The bundle (dist/bundle/, scripts/bundle.mjs) starts faster than tsc's output (dist/cli/…); it
// is made from that output, after it. It runs only if it is newer than dist/.tsbuildinfo, which
// tsc rewrites whenever it changes dist/: after a `tsc` alone (an editor's watch, `npx tsc -p
// tsconfig.build.json`) the bundle would be yesterday's code, so tsc's output runs instead —
// the same code, started slower — until `npm run build` makes the bundle again. The installed
// package ships the bundle only (no .tsbuildinfo to compare with).
const mtime = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs;
const bundle = new URL('../dist/bundle/main.js', import.meta.url);
const bundled = mtime(bundle);
const compiled = mtime(new URL('../dist/.tsbuildinfo', import.meta.url));
const entry =
  bundled !== undefined && (compiled === undefined || bundled >= compiled)
    ? bundle
    : new URL('../dist/cli/main.js', import.meta.url);

// A command whose work never completes (a stream that never ends, a promise nobody settles)
// would let Node exit with code 0 once nothing is left to wait for: a build that wrote nothing
// would look like a success. Say so, and fail. 'beforeExit' comes only from an empty event
// loop, never from process.exit (yargs exits that way after printing a command's help).
let settled = false;
let said = false;
process.on('beforeExit', () => {
  if (settled || said) return;
  said = true;
  process.stderr.write(
    'internal error: phuong-print stopped before the command finished: its work never completed\n' +
      'hint: Nothing it was writing is complete; run the command again, and report this if it repeats.\n',
  );
  process.exitCode = 70;
});

import(entry.href).then(
  ({ main }) =>
    main(process.argv.slice(2)).then((code) => {
      settled = true;
      process.exitCode = code;
    }),
  (e) => {
    const notBuilt =
      e?.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes(fileURLToPath(entry));
    settled = true;
    if (!notBuilt) throw e;
    process.stderr.write(
      'error: phuong-print is not built: dist/ is missing\n' +
        'hint: In a clone of the repository, run "npm ci" (it builds dist/) or "npm run build".\n',
    );
    process.exitCode = 1;
  },
);
