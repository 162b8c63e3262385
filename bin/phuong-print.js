#!/usr/bin/env node
// Thin launcher for the CLI compiled to dist/ (by `npm ci` in a clone, by `prepack` in the package).
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);

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
