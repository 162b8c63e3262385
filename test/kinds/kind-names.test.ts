// The CLI checks --kind and --size against kinds/names.ts without loading the kinds (their layouts
// bring pdfkit and fontkit): the names there must be the registry's, and the options' modules must
// not reach the registry through their static imports, or a typo pays ~0.5 s of loading again.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_NAMES, VARIANT_NAMES } from '../../src/kinds/names.js';
import { KINDS } from '../../src/kinds/registry.js';

const SRC = resolve(import.meta.dirname, '../../src');

/** Every file `file` loads through static, non-type imports (relative ones, and package names). */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)';/gms)) {
    const spec = m[1] as string;
    if (spec.startsWith('.')) {
      staticImports(resolve(dirname(file), spec).replace(/\.js$/, '.ts'), seen);
    } else seen.add(spec);
  }
  return seen;
}

describe('kind names', () => {
  it('are the registry kinds’ names and variants, in its order', () => {
    expect([...KIND_NAMES]).toEqual(KINDS.map((k) => k.name));
    expect([...VARIANT_NAMES]).toEqual([...new Set(KINDS.flatMap((k) => k.variants ?? []))]);
  });

  it.each(['cli/build.ts', 'cli/check.ts'])(
    '%s validates its options without loading the kinds, pdfkit or fontkit',
    (file) => {
      const loaded = [...staticImports(resolve(SRC, file))];
      expect(loaded.filter((f) => /kinds\/registry\.ts$|^pdfkit$|^fontkit$/.test(f))).toEqual([]);
      // The walk itself must see imports: the option helpers are among them.
      expect(loaded.some((f) => f.endsWith('cli/option-values.ts'))).toBe(true);
    },
  );
});
