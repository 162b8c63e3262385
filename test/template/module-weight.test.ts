/**
 * The template stage's weight (review 42 #8): markdown.ts said one hint of the load stage's image
 * checks, and importing it loaded image-process.ts, which forks a child process, into every
 * module that renders text (the studio's preview, the leaders' pages' workers). The stage's
 * static imports, followed through src/, load no child process.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/gmu;

/** Every file of src/ that `entry` imports (not `import type`), directly or through another. */
function closure(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const text = readFileSync(file, 'utf8');
    const specs = [...text.matchAll(IMPORT)]
      .filter((m) => !/^\s*(?:import|export)\s+type\s/u.test(m[0]))
      .map((m) => m[1] ?? '');
    seen.set(file, specs);
    for (const spec of specs)
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec).replace(/\.js$/u, '.ts'));
  };
  visit(join(SRC, entry));
  return seen;
}

it('renders text without loading the image checks or a child process', () => {
  const files = closure('template/markdown.ts');
  const forks = [...files]
    .filter(([, specs]) => specs.some((s) => /^(?:node:)?child_process$/u.test(s)))
    .map(([file]) => file.slice(SRC.length));
  expect(forks).toEqual([]);
  expect([...files.keys()].map((f) => f.slice(SRC.length))).not.toContain(
    'load/campaign-images.ts',
  );
});
