/**
 * A build's plan (output/plan.ts) runs on the main thread before any group is drawn, while the
 * worker threads wait. It named every group's ZIP members there, a context and a labels template
 * for each group (a 3,000-group build's plan ~2.5 s of its start under load, docs/architecture.md);
 * the thread that makes a group's ZIP names them now (archive.ts `zipNames`), from the context its
 * documents are drawn with. The plan asks for the first group's only (its labels checked before any
 * file is written), whatever the number of groups.
 */
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/registry.js';
import { expandOutputs } from '../../src/kinds/render.js';
import type { Group } from '../../src/load/types.js';
import { loadBuildInputs } from '../../src/output/inputs.js';
import { planBuild } from '../../src/output/plan.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir } from '../support/tmp.js';

describe("a cold build's plan", () => {
  it("builds no group's context but the first's, and leaves the ZIPs' names to the jobs", async () => {
    const spec = { campaign: EXAMPLE_CAMPAIGN, groups: EXAMPLE_GROUPS };
    const inputs = await loadBuildInputs(spec, KINDS);
    const asked: string[] = [];
    const contextOf = inputs.contextOf;
    inputs.contextOf = (g: Group) => {
      asked.push(g.id);
      return contextOf(g);
    };
    const { groups, kinds } = inputs;
    expect(groups.length).toBeGreaterThan(3);
    const plan = await planBuild(inputs, spec, kinds, groups, expandOutputs(kinds), {
      out: await makeTempDir('plan-contexts-'),
      force: true,
      duplex: true,
    });
    expect(new Set(asked)).toEqual(new Set([groups[0]?.id]));
    // Every group still gets its ZIP, with every document of the build in it.
    const zips = plan.jobs.map((j) => j.job?.zip);
    expect(zips.every((z) => z?.members.length === expandOutputs(kinds).length)).toBe(true);
  });
});
