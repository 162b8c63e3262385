#!/usr/bin/env node
// Bundles tsc's output (dist/) into dist/bundle/, which bin/phuong-print.js and the worker threads
// run: one poster's build spends about half its CPU loading ~670 files through Node's module
// loaders; the bundle loads a few dozen (bench/results.md "## whole process: the bundle").
//
// - ES modules, split at the lazy imports (serve, studio, signing, report…): a command still loads
//   only its own code. Every file lands directly in dist/bundle/, two folders below the package,
//   like dist/<stage>/*.js, so `new URL('../../templates/', import.meta.url)` finds the same folder.
// - Inside: the pure-JavaScript packages a build or check loads (INSIDE below) and what they
//   import. pdfkit and fontkit too (with linebreak, which pdfkit shares with us: one copy): ~30
//   fewer ES modules, 0.90× one poster's CPU (bench/results.md). They are the exact versions
//   package.json pins and test/render/pdfkit-contract.test.ts checks, and esbuild keeps every
//   property name, so the private parts render/pdf/pdfkit-internals.ts uses are the same. pdfkit
//   finds its own files (the PDF/A ICC profile, standard fonts) from `import.meta.url`, which in a
//   chunk is the chunk's: those two places ask Node for the installed pdfkit instead.
//   exceljs and numfmt too (the XLSX groups files and report.xlsx; CommonJS, with the `require`
//   of the banner below for Node's own modules), in chunks loaded only by those: exceljs brings
//   ~170 packages and ~5,600 files an install had to unpack.
// - What is inside is a devDependency, not a dependency: the installed package runs the bundle
//   and never asks node_modules for it (pdfkit, fontkit and linebreak excepted: pdfkit's own
//   files are read from its installed copy, which depends on the other two). `npm install` of
//   the package unpacks ~6,900 files, not ~17,100 (user + sys 12.9 s against 23.1 s of CPU,
//   bench/results.md "## tests: CLI, output and kinds files, a third").
//   Outside, loaded from node_modules as before: yargs (its private parts,
//   cli/yargs-internals.ts; it reads its locales beside its own files), native packages, piscina
//   (it starts workers from its own files), Fastify and the server's stack (loaded only by serve
//   and the studio), and whatever is loaded by `createRequire` (iconv-lite, chardet,
//   cli-progress: never bundled).
// - zod's 64 locales: every zod entry point re-exports them all (`export * as locales`); the
//   bundle gets a locales module that holds English only, the one zod uses by default.
// - dist/bundle/groups-thread.js: the thread the studio reads a large groups list in
//   (src/load/groups/thread.ts), an entry of its own: it loads the groups reader, not the renderer.
// - dist/bundle/quick.cjs: `--version` and `--help` (src/cli/quick.ts) for the launcher, CommonJS,
//   one file with nothing outside it.
// - dist/bundle/worker-entry.cjs: the CommonJS shim piscina requires (src/output/worker-entry.cts),
//   copied, so that its `import('./worker.js')` is the bundle's worker.
// - dist/bundle/image-process-child.cjs: the process that reads the campaign's pictures with sharp
//   (src/load/image-process-child.cts), copied: it requires sharp and nothing of ours.
//
// It cannot go stale beside tsc's output: `npm run build`, `prepare` and the tests' global setup
// run it after tsc, and the launcher runs the bundle only when it is newer than dist/.tsbuildinfo
// (tsc writes that file whenever it changes dist/); otherwise it runs tsc's output.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const BUNDLE_DIR = join(ROOT, 'dist', 'bundle');

/** Packages bundled (with what they import); every other package stays in node_modules. */
const INSIDE = new Set([
  'zod',
  'yaml',
  'handlebars',
  'qrcode',
  'csv-parse',
  'marked',
  'fflate',
  'pngjs',
  'jsqr',
  'lru-cache',
  'leven',
  'proper-lockfile',
  'content-disposition',
  'fresh',
  'htmlparser2',
  'domhandler',
  '@cantoo/pdf-lib',
  'pdfkit',
  'fontkit',
  'linebreak',
  'exceljs',
  'numfmt',
]);

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`). */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const insideOnly = {
  name: 'inside-only',
  setup(build) {
    // Bare specifiers from our own modules: bundled when listed, else left to node_modules.
    // (A bundled package's own imports are not filtered: they come along with it.)
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.kind === 'entry-point' || args.importer.includes('/node_modules/')) return undefined;
      if (args.path.startsWith('node:')) return { external: true };
      return INSIDE.has(packageOf(args.path)) ? undefined : { external: true };
    });
  },
};

const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => {
      if (!/\/node_modules\/zod\//.test(args.importer)) return undefined;
      return { path: join(args.resolveDir, args.path), namespace: 'zod-locales' };
    });
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: 'export { default as en } from "./en.js";\n',
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

const pdfkitFindsItsFiles = {
  name: 'pdfkit-finds-its-files',
  setup(build) {
    build.onLoad({ filter: /\/node_modules\/pdfkit\/js\/pdfkit\.node\.mjs$/ }, (args) => {
      const code = readFileSync(args.path, 'utf8');
      const uses = code.split('import.meta.url').length - 1;
      // pdfkit 0.20.2: the ICC profile's URL and the standard fonts' `createRequire`.
      if (uses !== 2)
        throw new Error(
          `pdfkit uses import.meta.url ${uses} times, not 2: check scripts/bundle.mjs`,
        );
      return { contents: code.replaceAll('import.meta.url', "import.meta.resolve('pdfkit')") };
    });
  },
};

/**
 * dist/bundle-inputs.json: for each file of the bundle, the modules inside it (paths from the
 * package's folder: dist/…, node_modules/…). Outside dist/bundle/, so not in the package: the
 * tests read it to tell which modules a command loaded (test/cli/lazy-loading.test.ts).
 */
function writeInputs(metafile) {
  const inputs = {};
  for (const [file, out] of Object.entries(metafile.outputs)) {
    if (file.endsWith('.map')) continue;
    inputs[file.slice('dist/bundle/'.length)] = Object.keys(out.inputs).sort();
  }
  writeFileSync(join(ROOT, 'dist', 'bundle-inputs.json'), `${JSON.stringify(inputs, null, 1)}\n`);
}

// fontkit imports brotli's decoder (1.4 MB, most of it a dictionary) for WOFF2 fonts only; the
// project draws with TrueType fonts. Importing it made every command that loads fontkit parse
// it. It is required from fontkit's installed copy when a WOFF2 font is first decoded.
const fontkitBrotliOnUse = {
  name: 'fontkit-brotli-on-use',
  setup(build) {
    build.onLoad({ filter: /\/node_modules\/fontkit\/dist\/module\.mjs$/ }, (args) => {
      const code = readFileSync(args.path, 'utf8');
      const line = /^import (\S+) from "brotli\/decompress\.js";$/m;
      const found = code.match(line);
      if (!found)
        throw new Error('fontkit no longer imports brotli/decompress.js: check scripts/bundle.mjs');
      const lazy = [
        "import { createRequire as __fontkitRequire } from 'node:module';",
        `const ${found[1]} = (...args) => __fontkitRequire(import.meta.resolve('fontkit'))('brotli/decompress.js')(...args);`,
      ].join('\n');
      return { contents: code.replace(line, lazy) };
    });
  },
};

export async function bundle() {
  const esbuild = await import('esbuild');
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  mkdirSync(BUNDLE_DIR, { recursive: true });
  const { metafile } = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: {
      main: 'dist/cli/main.js',
      worker: 'dist/output/worker.js',
      'groups-thread': 'dist/load/groups/thread.js',
    },
    metafile: true,
    outdir: BUNDLE_DIR,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // CommonJS packages inside call require() for Node's own modules.
    banner: {
      js: "import { createRequire as __bundleRequire } from 'node:module';\nconst require = __bundleRequire(import.meta.url);",
    },
    plugins: [insideOnly, zodEnglishOnly, pdfkitFindsItsFiles, fontkitBrotliOnUse],
    logLevel: 'warning',
    legalComments: 'none',
  });
  writeInputs(metafile);
  // `--version` and `--help` for the launcher, in CommonJS: Node starts its ES module loader
  // only for an ES module, ~20 ms of a 150 ms budget (src/cli/quick.ts).
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { quick: 'dist/cli/quick.js' },
    outdir: BUNDLE_DIR,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    plugins: [insideOnly],
    logLevel: 'warning',
    legalComments: 'none',
  });
  copyFileSync(
    join(ROOT, 'dist', 'output', 'worker-entry.cjs'),
    join(BUNDLE_DIR, 'worker-entry.cjs'),
  );
  // The process that reads the campaign's pictures with sharp (src/load/image-process.ts finds it
  // beside the chunk that holds that module).
  copyFileSync(
    join(ROOT, 'dist', 'load', 'image-process-child.cjs'),
    join(BUNDLE_DIR, 'image-process-child.cjs'),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle();
