/**
 * The template stage's weight (review 42 #8): markdown.ts said one hint of the load stage's image
 * checks, and importing it loaded image-process.ts, which forks a child process, into every
 * module that renders text (the studio's preview, the leaders' pages' workers). The stage's
 * static imports, followed through src/, load no child process.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { staticImports } from '../support/static-imports.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

it('renders text without loading the image checks or a child process', () => {
  const files = staticImports(join(SRC, 'template/markdown.ts'));
  const forks = [...files]
    .filter(([, specs]) => specs.some((s) => /^(?:node:)?child_process$/u.test(s)))
    .map(([file]) => file.slice(SRC.length));
  expect(forks).toEqual([]);
  expect([...files.keys()].map((f) => f.slice(SRC.length))).not.toContain(
    'load/campaign-images.ts',
  );
});
