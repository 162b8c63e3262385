/**
 * Output stage: the version of the code that makes the files, for the incremental keys.
 * `package.json`'s version changes only at a release, but any edit to a layout constant changes
 * the bytes a kind draws (and the glyph ids of pages kept for the print files). So the key holds
 * a hash of the running code itself: every module of the tool as it runs — the bundle
 * (`dist/bundle/`, with the packages bundled into it), else tsc's output (`dist/`, less the
 * bundle), or `src/` when run from source. Hashing them costs a few milliseconds, once per process.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUNDLE_FOLDER, CODE_ROOT } from './code-location.js';

const CODE_FILE = /\.(js|ts|mjs|cjs)$/;

function codeFiles(dir: string, root: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // tsc's output (dist/) holds the bundle too, which is not the code it runs.
    if (entry.isDirectory() && relative(root, path) === BUNDLE_FOLDER) continue;
    if (entry.isDirectory()) files.push(...codeFiles(path, root));
    else if (entry.isFile() && CODE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts'))
      files.push(path);
  }
  return files;
}

let cached: string | undefined;

/** Hash of the tool's code (module paths and contents), computed once per process. */
export function codeVersion(root: string = CODE_ROOT): string {
  if (root === CODE_ROOT && cached) return cached;
  const hash = createHash('sha256');
  for (const file of codeFiles(root, root).sort()) {
    hash.update(relative(root, file));
    hash.update('\u0000');
    hash.update(readFileSync(file));
    hash.update('\u0000');
  }
  const digest = hash.digest('hex');
  if (root === CODE_ROOT) cached = digest;
  return digest;
}
