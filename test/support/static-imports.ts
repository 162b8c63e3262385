/**
 * What a module of src/ loads before it runs, read from its text: its static imports and re-exports
 * (`import … from`, `export … from`; not `import type`), followed through the relative ones.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** One static `import`/`export … from '…'` statement; a statement's text stops at its `;`. */
const IMPORT = /^\s*(?:import|export)\s[^'";]*?from\s+'([^']+)'/gmu;

/**
 * Every file `entry` (an absolute .ts path) imports, directly or through another, with the
 * specifiers each one imports (relative ones as written, with .js, and package names).
 */
export function staticImports(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const specs = [...readFileSync(file, 'utf8').matchAll(IMPORT)]
      .filter((m) => !/^\s*(?:import|export)\s+type\s/u.test(m[0]))
      .map((m) => m[1] ?? '');
    seen.set(file, specs);
    for (const spec of specs)
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec).replace(/\.js$/u, '.ts'));
  };
  visit(entry);
  return seen;
}
