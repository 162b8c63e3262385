/**
 * What `check`, a build, `serve` and the studio learn from the inputs before any document is
 * drawn (output/inputs.ts) asks the same groups again and again: each kind's checks, the room
 * notes (output/room-notes.ts), the unprinted-fields warning, a served group's page. A group's
 * context is built once for all of them, and each kind's sections are drawn once a group: the
 * room notes drew the first group's sections again, with a context of their own for each kind
 * (bench/results.md "## h-fixed2").
 */
import { describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../src/kinds/kind.js';
import { KINDS } from '../../src/kinds/registry.js';
import type { DocContext } from '../../src/model/context.js';
import { loadBuildInputs } from '../../src/output/inputs.js';
import type { Sections } from '../../src/template/sections.js';
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
  });

  it('have the room notes read the drawing the inputs hand out, not draw their own', async () => {
    // Each kind's room notes wrapped to record what they are given, and the wrapped kinds loaded:
    // the room notes run inside loadBuildInputs, as a build's, serve's and the studio's do.
    const read: { kind: DocumentKind; ctx: DocContext; sections: Sections }[] = [];
    const wrapped = KINDS.map((k): DocumentKind => {
      const { roomNotes } = k;
      if (!roomNotes) return k;
      const kind: DocumentKind = {
        ...k,
        roomNotes: (input) => {
          read.push({ kind, ctx: input.ctx, sections: input.sections });
          return roomNotes(input);
        },
      };
      return kind;
    });
    const inputs = await loadBuildInputs(
      { campaign: EXAMPLE_CAMPAIGN, groups: EXAMPLE_GROUPS },
      wrapped,
    );
    const [first] = inputs.groups;
    if (!first) throw new Error('the example has no group');
    const withNotes = inputs.kinds.filter((k) => k.roomNotes);
    expect(withNotes.length).toBeGreaterThan(1);
    // The first group's drawing of every kind with room notes is the one the inputs hand out.
    const ofFirst = read.filter((r) => r.ctx === inputs.contextOf(first));
    expect(ofFirst.map((r) => r.kind.name).sort()).toEqual(withNotes.map((k) => k.name).sort());
    for (const { kind, sections } of ofFirst) expect(sections).toBe(inputs.firstDrawn(kind));
  });
});
