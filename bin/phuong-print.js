#!/usr/bin/env node
// Thin launcher for the CLI compiled to dist/ (by `npm ci` in a clone, by `prepack` in the package).
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);

import(entry.href).then(
  ({ main }) =>
    main(process.argv.slice(2)).then((code) => {
      process.exitCode = code;
    }),
  (e) => {
    const notBuilt =
      e?.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes(fileURLToPath(entry));
    if (!notBuilt) throw e;
    process.stderr.write(
      'error: phuong-print is not built: dist/ is missing\n' +
        'hint: In a clone of the repository, run "npm ci" (it builds dist/) or "npm run build".\n',
    );
    process.exitCode = 1;
  },
);
