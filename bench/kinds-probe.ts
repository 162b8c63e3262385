/**
 * Bench: our kinds in-process — renderOutput with the shared fonts of loadFonts(), one group
 * after another of the synthetic ward. Out: per kind/variant, median ms and bytes per document;
 * and the A4 poster alone, timed like the peers.
 */

import { join } from 'node:path';
import { findKind, KINDS } from '../src/kinds/registry.js';
import { expandOutputs, outputFileName } from '../src/kinds/render.js';
import { loadBuildInputs } from '../src/output/inputs.js';
import { renderOutput } from '../src/render/output.js';
import { ROOT } from './cli-run.js';
import { type ProbeOptions, type Timing, time } from './timing.js';

const CAMPAIGN = join(ROOT, 'examples/hai-phong/campaign.yaml');

export async function probeKinds(opts: ProbeOptions): Promise<Timing[]> {
  const inputs = await loadBuildInputs({ campaign: CAMPAIGN, groups: opts.groups });
  const out: Timing[] = [];
  for (const o of expandOutputs(KINDS)) {
    const render = (i: number) => {
      const g = inputs.groups[i % inputs.groups.length];
      if (!g) throw new Error('bench: no groups');
      return renderOutput(o.kind, inputs.contextOf(g), {
        fonts: inputs.fonts,
        created: inputs.created,
        variant: o.variant,
      });
    };
    out.push(await time(outputFileName(o), async () => render, opts.warmup, opts.count));
    process.stderr.write(`bench: ${outputFileName(o)} ${out.at(-1)?.steadyMs.toFixed(1)} ms\n`);
  }
  return out;
}

/** The A4 poster, from loading campaign, fonts and templates to the last poster. */
export async function probeOurPoster(opts: ProbeOptions): Promise<Timing> {
  const poster = findKind('poster');
  if (!poster) throw new Error('bench: no poster kind');
  return time(
    'ours',
    async () => {
      const inputs = await loadBuildInputs({ campaign: CAMPAIGN, groups: opts.groups }, [poster]);
      return (i) => {
        const g = inputs.groups[i % inputs.groups.length];
        if (!g) throw new Error('bench: no groups');
        return renderOutput(poster, inputs.contextOf(g), {
          fonts: inputs.fonts,
          created: inputs.created,
          variant: 'a4',
        });
      };
    },
    opts.warmup,
    opts.count,
  );
}
