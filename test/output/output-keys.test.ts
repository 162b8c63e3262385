/**
 * A document's key (output/keys.ts) is the SHA-256 of its parts, each followed by a NUL: the
 * build's shared key, the kind, the variant, the template's text, the group's row (without where
 * it was read), its folder and roster, and what the build does beyond drawing. A plan takes the
 * keys of group after group from one hash of the parts they share (`outputKeyOf`, the state
 * copied per group): the keys must be the ones each document had, or every re-run after the
 * change would draw the whole ward again.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findKind } from '../../src/kinds/registry.js';
import { templateFile } from '../../src/kinds/render.js';
import { loadBuildInputs } from '../../src/output/inputs.js';
import { outputKey, outputKeyOf } from '../../src/output/keys.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';

const sha256Of = (parts: string[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(`${p}\u0000`);
  return h.digest('hex');
};

describe("a document's key", () => {
  it('is the hash of its parts, for group after group of one output', async () => {
    const inputs = await loadBuildInputs({ campaign: EXAMPLE_CAMPAIGN, groups: EXAMPLE_GROUPS });
    const poster = findKind('poster');
    if (!poster) throw new Error('no poster kind');
    const o = { kind: poster, variant: 'a3' };
    const template = inputs.templates.get(templateFile(poster)) ?? '';
    expect(template.length).toBeGreaterThan(100);
    const shared = 'the build’s shared key';
    const keyOf = outputKeyOf(inputs, shared, o, 'pdfa');
    const groups = inputs.groups.slice(0, 3);
    expect(groups).toHaveLength(3);
    for (const g of groups) {
      const { source: _source, ...row } = g;
      const parts = [shared, 'poster', 'a3', template, JSON.stringify(row)];
      const slug = inputs.slugs.get(g.id) ?? '';
      expect(slug).not.toBe('');
      const expected = sha256Of([...parts, slug, '', 'pdfa']);
      expect(keyOf(g)).toBe(expected);
      expect(outputKey(inputs, shared, g, o, 'pdfa')).toBe(expected);
      // Nothing beyond drawing: no part for it, as before there was one.
      expect(outputKey(inputs, shared, g, o)).toBe(sha256Of([...parts, slug, '']));
    }
  });
});
