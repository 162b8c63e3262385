// A kind is described once, in kinds/names.ts (its name, variants and Vietnamese name), and the
// registry holds one module a description, in its order: a step of README.md "Adding a document
// kind" left out fails here with the sentence of what to add where (qa38 M3: a kind added by the
// README's steps could not be asked for with --kind, and went unnamed in ZIPs, messages and the
// leaders' page). The CLI checks --kind and --size against kinds/names.ts without loading the kinds
// (their layouts bring pdfkit and fontkit): the options' modules must not reach the registry through
// their static imports, or a typo pays ~0.5 s of loading again.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_INFO, KIND_NAMES, type KindInfo, VARIANT_NAMES } from '../../src/kinds/names.js';
import { KINDS } from '../../src/kinds/registry.js';
import { staticImports } from '../support/static-imports.js';

const SRC = resolve(import.meta.dirname, '../../src');
const TEMPLATES = resolve(import.meta.dirname, '../../templates');

/** What is missing for each kind, each as the sentence saying what to add where. */
function missingSteps(): string[] {
  const said: string[] = [];
  const registered = KINDS.filter((k) => k !== undefined).map((k) => k.name);
  for (const [i, info] of (KIND_INFO as readonly KindInfo[]).entries()) {
    const kind = KINDS[i];
    if (kind === undefined)
      said.push(
        `kind "${info.name}" is described in src/kinds/names.ts but has no module in src/kinds/registry.ts: import src/kinds/${info.name}.ts there and add it to BY_NAME`,
      );
    else if (kind.name !== info.name)
      said.push(
        `src/kinds/registry.ts gives kind "${kind.name}" under the name "${info.name}": start that kind's DocumentKind with ...described('${info.name}') (src/kinds/names.ts)`,
      );
    else if (JSON.stringify(kind.variants) !== JSON.stringify(info.variants))
      said.push(
        `kind "${info.name}" has variants ${JSON.stringify(kind.variants)} but src/kinds/names.ts describes ${JSON.stringify(info.variants)}: give them in src/kinds/names.ts only, and start the DocumentKind with ...described('${info.name}')`,
      );
    else if (!existsSync(resolve(TEMPLATES, kind.template)))
      said.push(
        `kind "${info.name}" prints templates/${kind.template}, which does not exist: write it, with the sections src/kinds/${info.name}.ts draws`,
      );
    else if (
      kind.ext !== 'png' &&
      !/^@@ meta-title$/m.test(readFileSync(resolve(TEMPLATES, kind.template), 'utf8'))
    )
      said.push(
        `templates/${kind.template} has no "@@ meta-title" section, the title in the PDF's document properties that every PDF kind's template gives: add one`,
      );
    // What a kind skipped is told it lacks (output/skipped-kinds.ts) reads the description: a
    // kind made from links too (needs its "@@ qr") says so there.
    const needsQr = kind !== undefined && [kind.needs ?? []].flat().includes('qr');
    if (kind !== undefined && needsQr !== (info.printsLinks === true))
      said.push(
        needsQr
          ? `kind "${info.name}" is made from its QR codes (needs "qr") but src/kinds/names.ts does not say so: add printsLinks: true to its description`
          : `src/kinds/names.ts says kind "${info.name}" is made from links (printsLinks) but its DocumentKind does not need "qr": remove printsLinks, or add "qr" to the kind's needs`,
      );
    if (!/^\p{Ll}/u.test(info.vi) || info.vi !== info.vi.normalize('NFC') || info.en === '')
      said.push(
        `kind "${info.name}" in src/kinds/names.ts needs vi, its Vietnamese name in lower case and NFC ("áp phích"), and en, its English plural ("posters")`,
      );
  }
  for (const name of registered.filter((n, i) => registered.indexOf(n) !== i))
    said.push(`kind "${name}" is twice in src/kinds/registry.ts: name each kind once`);
  return said;
}

describe('kind names', () => {
  it('each described kind is in the registry, with its module and template', () => {
    expect(missingSteps()).toEqual([]);
  });

  it('are the registry kinds’ names and variants, in its order', () => {
    expect([...KIND_NAMES]).toEqual(KINDS.map((k) => k.name));
    expect([...VARIANT_NAMES]).toEqual([...new Set(KINDS.flatMap((k) => k.variants ?? []))]);
  });

  it.each(['cli/build.ts', 'cli/check.ts'])(
    '%s validates its options without loading the kinds, pdfkit or fontkit',
    (file) => {
      // The files it loads, and the packages they import.
      const files = staticImports(resolve(SRC, file));
      const loaded = [
        ...files.keys(),
        ...[...files.values()].flat().filter((spec) => !spec.startsWith('.')),
      ];
      expect(loaded.filter((f) => /kinds\/registry\.ts$|^pdfkit$|^fontkit$/.test(f))).toEqual([]);
      // The walk itself must see imports: the option helpers are among them.
      expect(loaded.some((f) => f.endsWith('cli/option-values.ts'))).toBe(true);
    },
  );
});
