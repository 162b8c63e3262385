/**
 * What `check`, a build, `serve` and the studio learn from the inputs before any document is
 * drawn (output/inputs.ts) asks the same groups again and again: each kind's checks, the room
 * notes (output/room-notes.ts), the unprinted-fields warning, a served group's page. A group's
 * context is built once for all of them, and each kind's sections are drawn once a group: the
 * room notes drew the first group's sections again, with a context of their own for each kind
 * (bench/results.md "## h-fixed2").
 */
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/registry.js';
import { loadBuildInputs } from '../../src/output/inputs.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';

describe('the inputs a command loads', () => {
  it("build a group's context once, however often it is asked for", async () => {
    const inputs = await loadBuildInputs({ campaign: EXAMPLE_CAMPAIGN, groups: EXAMPLE_GROUPS });
    const [first, second] = inputs.groups;
    if (!first || !second) throw new Error('the example has fewer than two groups');
    const ctx = inputs.contextOf(first);
    expect(inputs.contextOf(first)).toBe(ctx);
    // Still each group's own: its name, as the groups file writes it.
    expect(JSON.stringify(ctx)).toContain(first.name);
    expect(JSON.stringify(inputs.contextOf(second))).toContain(second.name);
    expect(inputs.contextOf(second)).not.toBe(ctx);
    // The first group's sections, drawn while loading, are those every reader gets.
    const kind = KINDS.find((k) => k.name === 'notice');
    if (!kind) throw new Error('no notice kind');
    expect(inputs.firstDrawn(kind)).toBe(inputs.firstDrawn(kind));
  });
});
