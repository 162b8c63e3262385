/**
 * Every PDF kind makes a structurally valid PDF: `qpdf --check` (cross-reference table, object
 * streams, page tree, content streams) passes on one document of each kind and variant.
 * Image kinds (PNG) are skipped.
 */
import { describe, expect, it } from 'vitest';
import { KINDS } from '../src/kinds/registry.js';
import { execTool } from './support/exec.js';
import { exampleInputs, renderFor } from './support/render.js';
import { withPdfFile } from './support/tmp.js';

const outputs = KINDS.filter((k) => (k.ext ?? 'pdf') === 'pdf').flatMap((kind) =>
  (kind.variants ?? [undefined]).map((variant) => ({ kind, variant })),
);

describe('qpdf --check', () => {
  it('covers every PDF kind', () => {
    const names = outputs.map((o) => `${o.kind.name}${o.variant ? `-${o.variant}` : ''}`);
    expect(names).toEqual(
      expect.arrayContaining(['notice', 'flyer', 'checklist', 'tracker', 'poster-a4', 'poster-a3']),
    );
  });

  it.each(outputs.map((o) => [`${o.kind.name}${o.variant ? ` ${o.variant}` : ''}`, o] as const))(
    '%s passes',
    async (_, { kind, variant }) => {
      const { campaign, groups } = await exampleInputs();
      const doc = await renderFor(kind, campaign, groups[4] ?? (groups[0] as never), variant);
      const result = await withPdfFile(doc.bytes, (file) => execTool('qpdf', ['--check', file]));
      expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
      expect(result.stdout).toContain('No syntax or stream encoding errors found');
      expect(result.stderr).toBe('');
    },
  );
});
