/**
 * The warning for a filled field no paper document prints (output/unprinted-fields.ts) draws a
 * kind's templates only until one prints the field: the example's slogan, which its poster
 * prints (templates/poster.hbs), never draws the flyer, the checklist or the tracking sheet for
 * it. A notice build paid for all five kinds' templates before (bench/results.md "## h-fixed").
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../src/kinds/kind.js';
import { KINDS } from '../../src/kinds/registry.js';
import { buildContext, groupSlugs } from '../../src/model/context.js';
import { drawnFor, nothingToPrintFor, unprintedFields } from '../../src/output/unprinted-fields.js';
import { EXAMPLE_CAMPAIGN, exampleInputs } from '../support/render.js';

describe('the unprinted-fields warning', () => {
  it('draws the kinds up to the first that prints the field, and no further', async () => {
    const { campaign, groups } = await exampleInputs();
    const group = groups[0];
    if (!group) throw new Error('the example has no group');
    expect(campaign.slogan).toBeTruthy();
    const ctx = buildContext(campaign, group, groupSlugs([group]).get(group.id) ?? group.id);
    const asked: string[] = [];
    const drawn = drawnFor(ctx);
    const spied = (kind: DocumentKind) => {
      if (!asked.includes(kind.name)) asked.push(kind.name);
      return drawn(kind);
    };
    const warnings = unprintedFields({
      campaign,
      campaignFile: EXAMPLE_CAMPAIGN,
      campaignBytes: await readFile(EXAMPLE_CAMPAIGN),
      kinds: KINDS,
      nothingToPrint: nothingToPrintFor(ctx, undefined, spied),
      context: ctx,
      drawn: spied,
    });
    expect(warnings).toEqual([]);
    // The poster's template prints the slogan; the kinds after it in the list are not drawn.
    const poster = KINDS.findIndex((k) => k.name === 'poster');
    expect(
      asked.every((name) => KINDS.findIndex((k) => k.name === name) <= poster),
      asked.join(),
    ).toBe(true);
    expect(asked).toContain('poster');
  });
});
