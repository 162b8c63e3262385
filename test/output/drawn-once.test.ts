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
import { renderSections } from '../../src/kinds/render.js';
import type { Group } from '../../src/load/types.js';
import { loadBuildInputs } from '../../src/output/inputs.js';
import { roomWarnings } from '../../src/output/room-notes.js';
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

  it('have the room notes read the drawing they are given, not draw their own', async () => {
    const inputs = await loadBuildInputs({ campaign: EXAMPLE_CAMPAIGN, groups: EXAMPLE_GROUPS });
    // Each drawing handed out, and each the kinds' room notes read.
    const given = new Set<Sections>();
    const read: Sections[] = [];
    const sectionsOf = (kind: DocumentKind, g: Group): Sections => {
      const sections = renderSections(kind, inputs.contextOf(g), inputs.spec.templateDir);
      given.add(sections);
      return sections;
    };
    const kinds = inputs.kinds
      .filter((k) => k.roomNotes)
      .map(
        (k): DocumentKind => ({
          ...k,
          roomNotes: (input) => {
            read.push(input.sections);
            return k.roomNotes?.(input) ?? Promise.resolve([]);
          },
        }),
      );
    expect(kinds.length).toBeGreaterThan(1);
    await roomWarnings(
      kinds,
      inputs.groups,
      inputs.contextOf,
      sectionsOf,
      inputs.fonts,
      inputs.created,
      inputs.spec.campaign,
    );
    // At least the first group's, of every kind with room notes.
    expect(read.length).toBeGreaterThanOrEqual(kinds.length);
    for (const sections of read) expect(given.has(sections)).toBe(true);
  });
});
