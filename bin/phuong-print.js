#!/usr/bin/env node
// Thin launcher for the CLI compiled to dist/ (by `npm ci` in a clone, by `prepack` in the package).
// CommonJS (bin/package.json): Node starts its ES module loader only when an ES module loads, so
// `--version` and `--help`, answered from dist/bundle/quick.cjs, never start it (~20 ms of a
// start-up budget of 150 ms; bench/results.md "## start-up"); every other command imports the
// ES module bundle as before.
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { setFlagsFromString } = require('node:v8');

// V8 sends a function to its optimising compiler (TurboFan, on helper threads) once it has run
// about 66 KB of bytecode. A command of a few hundred documents ends before most of those
// compilations pay: a 300-poster build spent ~1 s of CPU compiling on the helper threads, on a
// 2-core machine the core the build's writes and garbage collector also need, for code that then
// ran ~0.2 s. Four times the budget leaves tier-up to what stays hot (a long build still gets
// it, a little later): 300 posters 0.83x the user CPU (bench/results.md "whole process: a short
// build"). A command starts with 16 times: a check, a small build, an import are over before the
// compiler's work pays (a 2-group check 0.85x the CPU, a 2-group build of every kind 0.90x:
// bench/results.md "## h-fixed"); a build of more than 1,000 documents goes back to 4 times
// before it draws (src/output/tier-up.ts), and so do the server and the studio, which run for
// weeks, and `build --watch`, which runs for hours (bin/long-lived.js: the command word only, not
// `build --out studio`). Set before any of the program's code is loaded, so every function
// starts with it; the worker threads share the process's flags.
const argv = process.argv.slice(2);
const serving = require('./long-lived.js').longLived(argv);
setFlagsFromString(`--interrupt-budget=${serving ? 270336 : 1081344}`);
if (!serving) globalThis[Symbol.for('phuong-print.tier-up')] = 'start';

// The bundle (dist/bundle/, scripts/bundle.mjs) starts faster than tsc's output (dist/cli/…); it
// is made from that output, after it. It runs only if it is newer than dist/.tsbuildinfo, which
// tsc rewrites whenever it changes dist/: after a `tsc` alone (an editor's watch, `npx tsc -p
// tsconfig.build.json`) the bundle would be yesterday's code, so tsc's output runs instead —
// the same code, started slower — until `npm run build` makes the bundle again. The installed
// package ships the bundle only (no .tsbuildinfo to compare with).
const mtime = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs;
const dist = join(__dirname, '..', 'dist');
const bundled = mtime(join(dist, 'bundle', 'main.js'));
const compiled = mtime(join(dist, '.tsbuildinfo'));
const fresh = bundled !== undefined && (compiled === undefined || bundled >= compiled);
const entry = fresh ? join(dist, 'bundle', 'main.js') : join(dist, 'cli', 'main.js');

// The same test as quick.ts's isQuick, here so that nothing else is loaded for other commands.
const quick = argv.length === 1 && ['--version', '--help', '-h'].includes(argv[0]);
if (quick && fresh) {
  const version = () =>
    JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version;
  require(join(dist, 'bundle', 'quick.cjs')).quickAnswer(argv, version);
} else runMain();

/** Every other command line: the program's ES module entry, main. */
function runMain() {
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

  import(pathToFileURL(entry).href).then(
    ({ main }) =>
      main(argv).then((code) => {
        settled = true;
        process.exitCode = code;
      }),
    (e) => {
      const notBuilt = e?.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes(entry);
      settled = true;
      if (!notBuilt) throw e;
      process.stderr.write(
        'error: phuong-print is not built: dist/ is missing\n' +
          'hint: In a clone of the repository, run "npm ci" (it builds dist/) or "npm run build".\n',
      );
      process.exitCode = 1;
    },
  );
}
