#!/usr/bin/env node
// `npm install` / `npm ci` in a clone runs this (npm's `prepare`): it compiles src/ to dist/ and
// bundles it (dist/bundle/, scripts/bundle.mjs), which bin/phuong-print.js runs. Without the dev dependencies (`npm ci --omit=dev`) there is no
// TypeScript to compile with: say so and succeed, so that the install itself does not fail
// ("tsc: not found"). During `npm pack` / `npm publish` the `prepack` script has just built.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

if (process.env.npm_command === 'pack' || process.env.npm_command === 'publish') process.exit(0);
// The installed package has dist/ and no src/: nothing to compile.
if (!existsSync(new URL('../src/', import.meta.url))) process.exit(0);

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  console.warn(
    'phuong-print: TypeScript is not installed (dev dependencies omitted), so dist/ was not built. ' +
      'Run "npm ci" with the dev dependencies (it builds), or install the tarball "npm pack" makes.',
  );
  process.exit(0);
}
const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
// esbuild is a dev dependency too, installed with TypeScript.
const { bundle } = await import('./bundle.mjs');
await bundle();
